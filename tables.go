package jinan

import (
	"strings"
	"sync/atomic"

	"github.com/jinanfacts/jinan/internal/data"
	"github.com/shopspring/decimal"
)

// quantityFromParsed reads a row of data.Quantities, and false when the
// row does not read (a stale table; TestQuantitiesTable catches it).
func quantityFromParsed(p data.Parsed) (Quantity, bool) {
	var q Quantity
	var err error
	if q.value, err = tableDecimal(p.Value); err != nil {
		return Quantity{}, false
	}
	if p.High != "" {
		if q.high, err = tableDecimal(p.High); err != nil {
			return Quantity{}, false
		}
	}
	if q.unit, err = ParseUnit(p.Unit); err != nil || !q.unit.IsValid() {
		return Quantity{}, false
	}
	if err := q.bound.UnmarshalText([]byte(p.Bound)); err != nil {
		return Quantity{}, false
	}
	q.den, q.mag = p.Den, Magnitude(p.Mag)
	return q, true
}

// tableDecimal reads a decimal of a generated table as
// decimal.NewFromString does, with the same digits and exponent: a sign,
// at most 18 digits and at most one point are read without math/big's
// scanner, which is most of the cost of reading a table; anything else
// goes to NewFromString.
func tableDecimal(s string) (decimal.Decimal, error) {
	digits, coef, exp, point := 0, int64(0), int32(0), false
	body := strings.TrimPrefix(s, "-")
	for i := 0; i < len(body); i++ {
		switch c := body[i]; {
		case c >= '0' && c <= '9':
			coef, digits = coef*10+int64(c-'0'), digits+1
			if point {
				exp--
			}
		case c == '.' && !point && i > 0 && i < len(body)-1:
			point = true
		default:
			return decimal.NewFromString(s)
		}
	}
	if digits == 0 || digits > 18 {
		return decimal.NewFromString(s)
	}
	if len(body) < len(s) {
		coef = -coef
	}
	return decimal.New(coef, exp), nil
}

// parsedReads reports whether quantityFromParsed reads p, without
// reading it: its value and high end are decimals as the table writes them,
// its unit and bound are known.
func parsedReads(p *data.Parsed) bool {
	u, err := ParseUnit(p.Unit)
	return tableDecimalText(p.Value) && (p.High == "" || tableDecimalText(p.High)) &&
		err == nil && u.IsValid() && nameIndex(boundNames[:], p.Bound) != 0
}

// tableDecimalText reports whether s is a decimal as the generated tables
// write one, which decimal.NewFromString reads: an optional minus, digits,
// and optionally a point and digits.
func tableDecimalText(s string) bool {
	whole, frac, point := strings.Cut(strings.TrimPrefix(s, "-"), ".")
	return allDigits(whole) && (!point || allDigits(frac))
}

// lazyQuantity is a fact's figure as its row of data.Quantities holds it,
// read on first use: a catalogue that is built but whose figures are not
// all read allocates none of their decimals. It is safe for concurrent
// use; goroutines that read it at once may each read the row, and all get
// the first value stored.
type lazyQuantity struct {
	row   *data.Parsed // read by quantityFromParsed, as parsedReads proved at build
	entry *data.Entry  // whose figure the row holds
	q     atomic.Pointer[Quantity]
}

// get returns the quantity, reading the row on first use. Should the row
// not read after all, the entry's figure is parsed, as build would have;
// build parsed it once already, so that cannot fail either.
func (l *lazyQuantity) get() Quantity {
	if p := l.q.Load(); p != nil {
		return *p
	}
	q, ok := quantityFromParsed(*l.row)
	if !ok {
		q, _ = entryQuantity(l.entry)
	}
	l.q.CompareAndSwap(nil, &q)
	return *l.q.Load()
}
