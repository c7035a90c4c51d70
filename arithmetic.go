package jinan

import (
	"fmt"
	"math/big"

	"github.com/shopspring/decimal"
)

// Neg returns −q. The bound turns over: the negation of "over 300" is
// "under −300", and a range's ends swap.
func (q Quantity) Neg() Quantity {
	r := q
	r.value, r.bound = q.value.Neg(), q.bound.flip()
	if q.bound == Range {
		r.value, r.high = q.high.Neg(), q.value.Neg()
	}
	return r
}

// Add returns q + o. Both must be of one dimension and, for money, one
// currency and, for counts, one counter word; otherwise the error is a
// *MismatchError wrapping ErrIncompatible: 20.7% plus 24.3个百分点 is not a
// number, and ranks (第27名) do not add at all. o is expressed in q's unit
// first (exactly, or ErrInexact), and the sum has the smaller of the two
// magnitudes. The bound follows from the inputs' bounds: exact plus exact
// is exact, "over" plus exact is "over", "about" anywhere makes "about",
// and bounds on opposite sides make "about".
func (q Quantity) Add(o Quantity) (Quantity, error) {
	// Ranks are positions, not amounts: 第27名 plus 第3名 is no rank.
	if !sameScale(q.unit, o.unit) || q.IsZero() || q.unit.Dimension() == Position {
		return Quantity{}, &MismatchError{Op: "add", A: q.unit, B: o.unit}
	}
	if q.den > 1 || o.den > 1 {
		return Quantity{}, fmt.Errorf("jinan: add %s and %s: a fraction is %w", q, o, ErrInexact)
	}
	o, err := o.Convert(q.unit)
	if err != nil {
		return Quantity{}, err
	}
	mag := min(q.mag, o.mag)
	at := func(x Quantity, d decimal.Decimal) decimal.Decimal { return d.Shift(int32(x.mag - mag)) }
	sum := Quantity{mag: mag, unit: q.unit, bound: q.bound.sum(o.bound)}
	sum.value = at(q, q.value).Add(at(o, o.value))
	if q.bound == Range || o.bound == Range {
		hi := func(x Quantity) decimal.Decimal {
			if x.bound == Range {
				return at(x, x.high)
			}
			return at(x, x.value)
		}
		sum.high = hi(q).Add(hi(o))
		sum.bound = Range
		if q.bound != Range && q.bound != Exact || o.bound != Range && o.bound != Exact {
			sum.bound = About
		}
	}
	return sum, nil
}

// Sub returns q − o, as q.Add(o.Neg()): "over 300" minus an exact 100 is
// "over 200".
func (q Quantity) Sub(o Quantity) (Quantity, error) {
	d, err := q.Add(o.Neg())
	if err != nil {
		if me, ok := err.(*MismatchError); ok {
			me.Op = "subtract"
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
	if err := convertible(q.unit, to); err != nil {
		return Quantity{}, err
	}
	lo, ok := exactDecimal(q.in(to, q.value))
	hi, okHigh := exactDecimal(q.in(to, q.high))
	if !ok || !okHigh {
		return Quantity{}, fmt.Errorf("jinan: %s in %s: %w", q, to.Symbol(), ErrInexact)
	}
	return Quantity{value: lo, high: hi, unit: to, bound: q.bound}, nil
}

// ConvertRound returns q in unit to, rounded to places decimals half away
// from zero: 1579亩 with places 2 is 1052666.67平方米 (1579 × 10000/15 =
// 1052666.666…).
func (q Quantity) ConvertRound(to Unit, places int32) (Quantity, error) {
	if err := convertible(q.unit, to); err != nil {
		return Quantity{}, err
	}
	return Quantity{
		value: roundRat(q.in(to, q.value), places),
		high:  roundRat(q.in(to, q.high), places),
		unit:  to, bound: q.bound,
	}, nil
}

// in returns d (q's value or high end) as an exact number of unit to.
func (q Quantity) in(to Unit, d decimal.Decimal) *big.Rat {
	r := q.rat(d)
	return r.Quo(r, to.factor())
}

// convertible reports why from cannot be converted into to, or nil.
func convertible(from, to Unit) error {
	if from.Dimension() == Money && to.Dimension() == Money && from.cur != to.cur {
		return fmt.Errorf("jinan: convert %s to %s: %w; use an exchange rate", from, to, ErrNoRate)
	}
	if !sameScale(from, to) {
		return &MismatchError{Op: "convert", A: from, B: to}
	}
	return nil
}
