package jinan

import (
	"fmt"
	"math/big"

	"github.com/shopspring/decimal"
)

// MaxPlaces is the most decimals a rounding takes, and with a minus sign
// the most places before the point (tens, hundreds …): far more than any
// figure of the seeds needs, and few enough that rounding costs nothing.
// Roundings past it fail with ErrRange before any work is done.
const MaxPlaces = MaxDigits

// checkPlaces refuses a number of places past MaxPlaces.
func checkPlaces(op string, places int32) error {
	if places < -MaxPlaces || places > MaxPlaces {
		return fmt.Errorf("jinan: %s to %d places: at most %d either way: %w", op, places, MaxPlaces, ErrRange)
	}
	return nil
}

// Neg returns −q. The bound turns over: the negation of "over 300" is
// "under −300", a range's ends swap, and "nearly" stays "nearly" (下降近3%
// is −近3%), so Neg is its own inverse. A rank has no negative: Neg of
// 第3名 is an error wrapping ErrDomain.
func (q Quantity) Neg() (Quantity, error) {
	if q.unit.Dimension() == Position {
		return Quantity{}, fmt.Errorf("jinan: negate %s: a rank is not negative: %w", q, ErrDomain)
	}
	r := q
	r.value, r.bound = q.value.Neg(), q.bound.flip()
	if q.bound == Range {
		r.value, r.high = q.high.Neg(), q.value.Neg()
	}
	return r, nil
}

// Add returns q + o. Both must be of one dimension and, for money, one
// currency and, for counts, one counter word; otherwise the error is a
// *MismatchError wrapping ErrIncompatible: 20.7% plus 24.3个百分点 is not a
// number, and ranks (第27名) do not add at all. o is expressed in q's unit
// first (exactly, or ErrInexact), and the sum has the smaller of the two
// magnitudes.
//
// The bound is what interval arithmetic gives (see Interval): exact plus
// exact is exact; a range plus an exact figure or a range is a range;
// "about" anywhere else makes "about"; a sum bounded below only is "over"
// (or "at least" when no input is strictly "over"): 1.5%—5% plus 超过2% is
// 超过3.5%; bounded above only, "under" or "at most". Bounds on opposite
// sides (over 3 plus under 2) bound nothing: ErrDomain. A range across zero
// has no printed form: ErrDomain.
func (q Quantity) Add(o Quantity) (Quantity, error) {
	// Ranks are positions, not amounts: 第27名 plus 第3名 is no rank.
	if !sameScale(q.unit, o.unit) || q.IsZero() || q.unit.Dimension() == Position {
		return Quantity{}, mismatch("add", q, o)
	}
	if q.den > 1 || o.den > 1 {
		return Quantity{}, fmt.Errorf("jinan: add %s and %s: a fraction times a rounding is not exact: %w", q, o, ErrInexact)
	}
	o, err := o.Convert(q.unit)
	if err != nil {
		return Quantity{}, err
	}
	mag := min(q.mag, o.mag)
	a, b := q.inMagnitude(mag), o.inMagnitude(mag)
	iv := a.Interval().add(b.Interval())
	sum := Quantity{mag: mag, unit: q.unit, value: a.value.Add(b.value)}
	low := func(x Quantity) decimal.Decimal { return x.value }
	high := func(x Quantity) decimal.Decimal {
		if x.bound == Range {
			return x.high
		}
		return x.value
	}
	either := func(bs ...Bound) bool {
		for _, bd := range bs {
			if a.bound == bd || b.bound == bd {
				return true
			}
		}
		return false
	}
	switch {
	case a.bound == Exact && b.bound == Exact:
		sum.bound = Exact
	case iv.IsBounded() && either(Range) && !either(About):
		sum.value, sum.high, sum.bound = low(a).Add(low(b)), high(a).Add(high(b)), Range
	case iv.IsBounded():
		sum.bound = About
	case iv.lo != nil:
		sum.value, sum.bound = low(a).Add(low(b)), AtLeast
		if either(Over, Nearly) {
			sum.bound = Over
		}
	case iv.hi != nil:
		sum.value, sum.bound = high(a).Add(high(b)), AtMost
		if either(Under, Nearly) {
			sum.bound = Under
		}
	default:
		return Quantity{}, fmt.Errorf("jinan: add %s and %s: bounds on opposite sides bound no sum: %w", q, o, ErrDomain)
	}
	if err := sum.checkRange(fmt.Sprintf("add %s and %s", q, o)); err != nil {
		return Quantity{}, err
	}
	return sum, nil
}

// checkRange refuses a range that has no printed form: ends that meet or
// cross, or ends on both sides of zero.
func (q Quantity) checkRange(op string) error {
	if q.bound != Range {
		return nil
	}
	switch {
	case q.high.Cmp(q.value) <= 0:
		return fmt.Errorf("jinan: %s: the range %s—%s%s has ends that meet or turn back: %w", op, printed(q.value), printed(q.high), q.unit.Symbol(), ErrDomain)
	case q.value.Sign() < 0 && q.high.Sign() > 0:
		return fmt.Errorf("jinan: %s: the range %s—%s%s runs across zero, which no page prints: %w", op, printed(q.value), printed(q.high), q.unit.Symbol(), ErrDomain)
	}
	return nil
}

// Sub returns q − o, as q.Add of −o: "over 300" minus an exact 100 is
// "over 200".
func (q Quantity) Sub(o Quantity) (Quantity, error) {
	neg, err := o.Neg()
	if err != nil {
		return Quantity{}, mismatch("subtract", q, o)
	}
	d, err := q.Add(neg)
	if err != nil {
		if me, ok := err.(*MismatchError); ok {
			me.Op, me.Right = "subtract", clipInput("", o.String())
		}
		return Quantity{}, err
	}
	return d, nil
}

// Convert returns q in unit to, exactly: 26.3平方公里 is 26300000平方米,
// and 6.4万平方米 is 0.064平方公里. The result has magnitude Units, unless
// to is q's own unit, when q is returned as it is. Units of different
// dimensions give a *MismatchError; different currencies give an error
// wrapping ErrNoRate (see the currency conversion with a cited rate); a
// result that does not terminate (1579亩 in m²) gives ErrInexact: use
// ConvertRound.
func (q Quantity) Convert(to Unit) (Quantity, error) {
	if q.unit == to {
		return q, nil
	}
	if err := convertible(q, to); err != nil {
		return Quantity{}, err
	}
	lo, ok := exactDecimal(q.in(to, q.value))
	hi, okHigh := exactDecimal(q.in(to, q.high))
	if !ok || !okHigh {
		return Quantity{}, fmt.Errorf("jinan: %s in %s: %w", q, to.Symbol(), ErrInexact)
	}
	return Quantity{value: lo, high: hi, unit: to, bound: q.bound}, nil
}

// ConvertRound returns q in unit to, rounded to places decimals (a negative
// places rounds to tens, hundreds …): 1579亩 with places 2 is about
// 1052666.67平方米 (1579 × 10000/15 = 1052666.666…). A value that rounding
// changes is "about"; a bound on one side is kept true by rounding away
// from it ("over 1052666.666…" is "over 1052666.66"), and a range's ends are
// rounded outward; a range whose ends meet after rounding is an error
// wrapping ErrDomain. places beyond ±MaxPlaces is an error wrapping
// ErrRange.
func (q Quantity) ConvertRound(to Unit, places int32) (Quantity, error) {
	if err := checkPlaces("convert "+q.String(), places); err != nil {
		return Quantity{}, err
	}
	if err := convertible(q, to); err != nil {
		return Quantity{}, err
	}
	return roundedAs(q.in(to, q.value), q.in(to, q.high), Quantity{unit: to, bound: q.bound}, places, "convert "+q.String())
}

// roundedAs returns like with the exact value lo (and high end hi, for a
// range) rounded to places decimals at like's magnitude; a value with no
// more decimals stands as it is. A value that rounding changes becomes
// "about"; a bound on one side is kept true by
// rounding away from it; a range's ends are rounded outward, and a range
// whose ends meet is an error wrapping ErrDomain.
func roundedAs(lo, hi *big.Rat, like Quantity, places int32, op string) (Quantity, error) {
	r := like
	exactLo, okLo := exactDecimal(lo)
	exactHi, okHi := exactDecimal(hi)
	if okLo && exactLo.Exponent() >= -places && (like.bound != Range || okHi && exactHi.Exponent() >= -places) {
		// Nothing to round: the exact value has no more decimals than asked.
		r.value, r.high = exactLo, exactHi
		if err := r.checkRange(op); err != nil {
			return Quantity{}, err
		}
		return r, r.checkSize()
	}
	switch b := like.bound; {
	case b == Range:
		r.value, r.high = roundOutward(lo, places, false), roundOutward(hi, places, true)
	case b == Over || b == AtLeast || b == Nearly && lo.Sign() < 0:
		r.value = roundOutward(lo, places, false)
	case b == Under || b == AtMost || b == Nearly:
		r.value = roundOutward(lo, places, true)
	default:
		r.value = roundPlaces(lo, places)
		if r.value.Rat().Cmp(lo) != 0 {
			r.bound = About
		}
	}
	if err := r.checkRange(op); err != nil {
		return Quantity{}, err
	}
	if err := r.checkSize(); err != nil {
		return Quantity{}, err
	}
	return r, nil
}

// in returns d (q's value or high end) as an exact number of unit to.
func (q Quantity) in(to Unit, d decimal.Decimal) *big.Rat {
	r := q.rat(d)
	return r.Quo(r, to.factor())
}

// convertible reports why q cannot be converted into unit to, or nil.
func convertible(q Quantity, to Unit) error {
	from := q.unit
	if from.Dimension() == Money && to.Dimension() == Money && from.cur != to.cur {
		return fmt.Errorf("jinan: convert %s to %s: currencies convert only at a cited rate (ConvertCurrency): %w", q, to, ErrNoRate)
	}
	if !sameScale(from, to) {
		return &MismatchError{Op: "convert", A: from, B: to, Left: clipInput("", q.String())}
	}
	return nil
}

// Rescale returns q written with magnitude m, its digits shifted so that the
// value is unchanged and no precision is lost: 2027.00亿元 rescaled to 万
// is 20270000万元. m must be a magnitude with a word the parser reads (千,
// 万, 十万 … 万亿, or none), and q an amount that takes one (money, an area, a
// mass, a length, a count; not a ratio or a rank): anything else is an
// error wrapping ErrDomain.
func (q Quantity) Rescale(m Magnitude) (Quantity, error) {
	if !m.printable() {
		return Quantity{}, fmt.Errorf("jinan: rescale %s to 10^%d: the magnitude has no printed word: %w", q, int8(m), ErrDomain)
	}
	if q.IsZero() {
		return q, nil
	}
	if m != Units && !q.unit.takesMagnitude() {
		return Quantity{}, fmt.Errorf("jinan: rescale %s to %s: a %s takes no magnitude word: %w", q, m, q.unit.Dimension(), ErrDomain)
	}
	if q.mag == m {
		return q, nil
	}
	shift := int32(q.mag) - int32(m)
	r := q
	r.value, r.mag = q.value.Shift(shift), m
	if q.bound == Range {
		r.high = q.high.Shift(shift)
	}
	if err := r.checkSize(); err != nil {
		return Quantity{}, err
	}
	return r, nil
}
