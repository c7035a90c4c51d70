package jinan

import (
	"fmt"
	"math/big"
	"strings"

	"github.com/shopspring/decimal"
)

// estimate is a derived number: the quantity given for it, the interval of
// true values its inputs' printed precision allows, and how the quantity
// was reached from the exact value of the printed digits.
type estimate struct {
	q    Quantity
	iv   Interval
	note string // "rounded half away from zero to 1 decimal, as the interval allows"
}

// String returns the quantity, its interval when it is not a point, and
// the rounding: "约3.59亿美元 in [3.5427, 3.6407], rounded half away from
// zero to 2 decimals, as the interval allows".
func (e estimate) String() string {
	var b strings.Builder
	b.WriteString(e.q.String())
	if lo, hi := e.iv.lo, e.iv.hi; lo == nil || hi == nil || lo.Cmp(hi) != 0 {
		b.WriteString(" " + e.iv.describe())
	}
	if e.note != "" {
		b.WriteString(", " + e.note)
	}
	return b.String()
}

// settle gives the quantity for an exact value whose true value lies in
// iv, in the magnitude and unit of like, with no more digits than iv
// supports:
//   - a count of whole things printed without a magnitude word (enterprises,
//     trains) is the whole number in iv, found by testing the integers, not
//     by rounding: one is exact, several a range, none an ErrInconsistent;
//   - a bounded interval gives the exact value rounded half away from zero
//     to the decimals of the largest power of ten within its width, and
//     "about"; a value with no more decimals than that stands as computed,
//     exact when its inputs are (20.7% − 24.3个百分点 = −3.6%, in [−3.7,
//     −3.5]); a point interval keeps the exact value, which must then
//     terminate or is rounded to fallback decimals;
//   - an interval unbounded on a side keeps the exact value (rounded to
//     fallback decimals if it does not terminate) with oneSided, the bound
//     that its inputs' bounds imply.
func settle(exact *big.Rat, iv Interval, like Quantity, fallback int32, oneSided Bound) (estimate, error) {
	q := Quantity{mag: like.mag, unit: like.unit}
	if like.unit.Dimension() == Count && like.mag == Units {
		return settleWhole(iv, q)
	}
	if !iv.IsBounded() {
		value, ok := exactDecimal(exact)
		note := ""
		switch {
		case !ok:
			value, note = roundRat(exact, fallback), roundedNote(fallback, "")
		case value.Exponent() >= -fallback:
			value = roundPlaces(exact, fallback) // 10000 − 7248.40 keeps two decimals: 2751.60
		}
		q.value, q.bound = value, oneSided
		iv.places = fallback + 2
		return estimate{q: q, iv: iv, note: note}, nil
	}
	if iv.width().Sign() == 0 {
		value, ok := exactDecimal(exact)
		q.value, q.bound = value, Exact
		note := ""
		if !ok {
			q.value, q.bound, note = roundRat(exact, fallback), About, roundedNote(fallback, "")
		}
		iv.places = fallback + 2
		return estimate{q: q, iv: iv, note: note}, nil
	}
	places := iv.supportedPlaces(fallback)
	iv.places = max(places+2, 0)
	if value, ok := exactDecimal(exact); ok && value.Exponent() >= -places {
		// The printed digits give the value with no more decimals than the
		// interval supports: it stands as computed, written with the
		// decimals the interval supports (7248.40 − 2027.00 = 5221.40), and
		// is as exact as its inputs.
		q.value, q.bound = roundPlaces(exact, places), Exact
		if oneSided != Exact {
			q.bound = About
		}
		return estimate{q: q, iv: iv}, nil
	}
	q.value, q.bound = roundPlaces(exact, places), About
	return estimate{q: q, iv: iv, note: roundedNote(places, ", as the interval allows")}, nil
}

// settleWhole gives the whole numbers in iv as the count q.
func settleWhole(iv Interval, q Quantity) (estimate, error) {
	first, last, n, ok := iv.wholeNumbers()
	switch {
	case !ok:
		return estimate{}, fmt.Errorf("a count %s has no bound to search for whole numbers: %w", iv, ErrNoBasis)
	case n == 0:
		return estimate{}, fmt.Errorf("no whole number lies %s: %w", iv.describe(), ErrInconsistent)
	}
	exact := Interval{lo: new(big.Rat).SetInt(first), hi: new(big.Rat).SetInt(last)}
	q.value, q.bound = decimal.NewFromBigInt(first, 0), Exact
	note := fmt.Sprintf("the only whole number %s", iv.describe())
	if n > 1 {
		q.high, q.bound = decimal.NewFromBigInt(last, 0), Range
		note = fmt.Sprintf("the whole numbers %s", iv.describe())
	}
	return estimate{q: q, iv: exact, note: note}, nil
}

// roundedNote says how a value was rounded.
func roundedNote(places int32, why string) string {
	return fmt.Sprintf("rounded half away from zero to %s%s", placesWord(places), why)
}

// placesWord names a number of decimals: "2 decimals", "1 decimal", "a
// whole number", "tens".
func placesWord(places int32) string {
	switch {
	case places == 0:
		return "a whole number"
	case places == 1:
		return "1 decimal"
	case places > 1:
		return fmt.Sprintf("%d decimals", places)
	case places == -1:
		return "tens"
	}
	return fmt.Sprintf("multiples of 1e%d", -places)
}

// roundPlaces rounds r half away from zero to places decimals; a negative
// places rounds to tens, hundreds …, keeping the zeros as printed digits.
func roundPlaces(r *big.Rat, places int32) decimal.Decimal {
	if places >= 0 {
		return roundRat(r, places)
	}
	scale := new(big.Rat).SetInt(new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(-places)), nil))
	whole := roundRat(new(big.Rat).Quo(r, scale), 0)
	return decimal.NewFromBigInt(new(big.Int).Mul(whole.BigInt(), scale.Num()), 0)
}

// ratioInterval returns the interval of a ratio quantity (a share, a
// completion rate) as a plain ratio: 52.4% is [0.5235, 0.5245].
func ratioInterval(r Quantity) Interval { return r.Interval().scale(r.unit.factor()) }

// growthInterval returns the interval of 1 + g for a growth rate g in
// percent: 5.8% is [1.0575, 1.0585].
func growthInterval(g Quantity) Interval {
	return g.Interval().scale(big.NewRat(1, 100)).shift(big.NewRat(1, 1))
}

// contributionOf returns how many percentage points of a whole's growth a
// part accounts for, from the part's share s of the whole, the part's
// growth p and the whole's growth w, all printed: the part grew by
// P − P/(1 + p) while the whole stood at P/s/(1 + w) a year before, so the
// contribution is s × (1 + w) × p / (1 + p) × 100. For 济南高新区's Q1 2020
// trade (52.4% of Jinan's, +48.1%, Jinan +20.7%) it is about 20.54个百分点.
// p / (1 + p) grows with p, so the interval takes each end of p's.
func contributionOf(share, part, whole Quantity) (estimate, error) {
	if share.unit.Dimension() != Ratio || part.unit != unitPercent || whole.unit != unitPercent {
		return estimate{}, &MismatchError{Op: "derive a contribution from", A: share.unit, B: part.unit}
	}
	s, p, w := ratioInterval(share), part.Interval().scale(big.NewRat(1, 100)), growthInterval(whole)
	if !s.positive() || !w.positive() || !p.IsBounded() || p.lo.Cmp(big.NewRat(-1, 1)) <= 0 {
		return estimate{}, fmt.Errorf("contribution of %s, %s, %s: %w", share, part, whole, ErrNoBasis)
	}
	one := big.NewRat(1, 1)
	ratio := func(x *big.Rat) *big.Rat { return new(big.Rat).Quo(x, new(big.Rat).Add(one, x)) }
	gain := Interval{lo: ratio(p.lo), hi: ratio(p.hi)}
	hundred := big.NewRat(100, 1)
	iv := s.mulPositive(w).mul(gain).scale(hundred)
	exact := new(big.Rat).Mul(share.Rat(), new(big.Rat).Add(one, whole.Rat()))
	exact.Mul(exact, ratio(part.Rat())).Mul(exact, hundred)
	return settle(exact, iv, Quantity{unit: unitPercentagePoint}, 2, About)
}
