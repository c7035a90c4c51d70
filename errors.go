package jinan

import (
	"fmt"

	"github.com/jinanfacts/jinan/internal/errs"
	"github.com/jinanfacts/jinan/internal/figure"
)

// Sentinel errors. Every error this package returns wraps one of them, so
// callers test with errors.Is and still read the input from the error text
// or from the typed error that wraps the sentinel. They are constants, so no
// caller can reassign them.
const (
	// ErrSyntax: the text is not a figure, period or unit in any form the
	// seeds print (ParseQuantity("4.4.4%")).
	ErrSyntax = figure.ErrSyntax
	// ErrRange: the number has more digits than any figure needs.
	ErrRange = figure.ErrRange
	// ErrEmpty: there was no text to parse.
	ErrEmpty = figure.ErrEmpty
	// ErrUnknownUnit: a unit or counter that the library does not know
	// ("3.8亿英镑").
	ErrUnknownUnit = figure.ErrUnknownUnit
	// ErrIncompatible: two quantities that do not combine, such as percent
	// and percentage points, CNY and USD, m² and tonnes, or counts of
	// different things.
	ErrIncompatible = errs.Sentinel("incompatible units")
	// ErrInexact: the result does not terminate as a decimal (1579亩 in m²)
	// and the caller asked for an exact one; round explicitly instead.
	ErrInexact = errs.Sentinel("result is not an exact decimal")
	// ErrNoRate: a currency conversion without an exchange rate that the
	// caller chose or the library cites for the amount's period.
	ErrNoRate = errs.Sentinel("no exchange rate")
	// ErrComparablePrices: a derivation that needs a nominal growth rate was
	// given a growth rate at comparable prices (GDP, value added), whose base
	// cannot be backed out of the current-price level.
	ErrComparablePrices = errs.Sentinel("growth is at comparable prices")
	// ErrNotFound: no fact, subject, indicator or document has that ID.
	ErrNotFound = errs.Sentinel("not found")
	// ErrQuote: a source quote is not in its seed, or not where it claims.
	ErrQuote = errs.Sentinel("quote not in seed")
	// ErrNoBasis: a derivation lacks the fact it needs, such as the growth
	// rate a gap is measured from, or its inputs do not allow it.
	ErrNoBasis = errs.Sentinel("no fact to derive from")
	// ErrDomain: the result would be no figure a page can print, such as a
	// negative rank (−第3名), a range whose ends meet or cross, a range across
	// zero, or a magnitude with no word (10^3: 千元 is not printed so).
	ErrDomain = errs.Sentinel("the result is no printable figure")
	// ErrInconsistent: the printed figures admit no value of the kind
	// derived, such as no whole number of enterprises for a printed level
	// and growth rate. The seeds are reported, never fixed.
	ErrInconsistent = errs.Sentinel("the printed figures are inconsistent")
)

// ParseError records a failed parse of figure text: the input (cut to a
// readable length), the byte offset where parsing stopped, why, and the
// sentinel it wraps (ErrSyntax, ErrRange, ErrEmpty or ErrUnknownUnit). It is
// the model of strconv.NumError.
type ParseError = figure.ParseError

// UnitError reports a unit that is not known or not accepted where it was
// given, wrapping ErrUnknownUnit.
type UnitError struct {
	Unit string // the unit text as given, cut to 64 bytes
	Err  error  // ErrUnknownUnit
}

// Error names the unit and the reason.
func (e *UnitError) Error() string { return fmt.Sprintf("jinan: unit %q: %v", e.Unit, e.Err) }

// Unwrap returns the sentinel.
func (e *UnitError) Unwrap() error { return e.Err }

// MismatchError reports an operation on two quantities whose units do not
// combine, such as adding 20.7% to 24.3个百分点. It wraps ErrIncompatible.
type MismatchError struct {
	Op   string // "add", "subtract", "compare", "convert"
	A, B Unit
	// Left and Right are the quantities operated on, as printed, where the
	// operation had quantities (not when only units were given).
	Left, Right string
}

// mismatch returns the *MismatchError of op on quantities a and b.
func mismatch(op string, a, b Quantity) *MismatchError {
	return &MismatchError{Op: op, A: a.unit, B: b.unit, Left: clipInput("", a.String()), Right: clipInput("", b.String())}
}

// Error names the operation, both quantities where known, and both units
// with their dimensions: "jinan: cannot add 20.7% (%, a ratio) and
// 24.3个百分点 (pp, percentage points): incompatible units".
func (e *MismatchError) Error() string {
	side := func(q string, u Unit) string {
		label := fmt.Sprintf("%s, %s", unitLabel(u), dimensionPhrase(u.Dimension()))
		if !u.IsValid() {
			label = "no unit"
		}
		if q == "" {
			return label
		}
		return fmt.Sprintf("%s (%s)", q, label)
	}
	join := "and"
	if e.Op == "convert" {
		join = "to"
	}
	return fmt.Sprintf("jinan: cannot %s %s %s %s: %v", e.Op, side(e.Left, e.A), join, side(e.Right, e.B), ErrIncompatible)
}

// dimensionPhrase names a dimension in a sentence: "a ratio", "money",
// "percentage points".
func dimensionPhrase(d Dimension) string {
	switch d {
	case Ratio, Length, Duration, Count, Position:
		return "a " + d.String()
	case Area:
		return "an area"
	case CalendarSpan:
		return "a calendar span"
	}
	return d.String()
}

// Unwrap returns ErrIncompatible.
func (e *MismatchError) Unwrap() error { return ErrIncompatible }

func unitLabel(u Unit) string {
	if c := u.Counter(); c != "" {
		return u.String() + ":" + c
	}
	return u.String()
}
