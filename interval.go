package jinan

import (
	"fmt"
	"math/big"
	"strings"
	"sync"

	"github.com/shopspring/decimal"
)

// Interval is the closed set of true values that a figure allows, in the
// figure's own printed magnitude and unit. A printed figure is a rounding:
// 3.8亿美元 is somewhere in [3.75, 3.85]亿美元, half a unit of its last
// printed digit either side. A one-sided figure leaves a side unbounded:
// 逾3000万美元 is [3000, ∞)万美元, 近四成 (−∞, 4]成, 下降近3% [−3, ∞)%. A count printed as a
// whole number without a magnitude word is exact: 230家 is [230, 230].
//
// A number derived from printed figures carries the interval their
// precision implies, computed exactly: 3.8亿美元 grown 5.8% gives a prior
// level in [3.75/1.0585, 3.85/1.0575]亿美元, about [3.5427, 3.6407]. Ends
// that do not terminate as decimals are rounded outward to the interval's
// Places, so the interval printed always contains the exact one.
//
// The zero Interval is unbounded on both sides: it claims nothing.
type Interval struct {
	lo, hi *big.Rat // nil: unbounded on that side; never modified once set
	places int32    // decimals the ends are printed with when they do not terminate
}

// Lower returns the lower end, rounded down to Places decimals when it does
// not terminate, and false when the interval is unbounded below.
func (iv Interval) Lower() (decimal.Decimal, bool) {
	if iv.lo == nil {
		return decimal.Decimal{}, false
	}
	return roundOutward(iv.lo, iv.places, false), true
}

// Upper returns the upper end, rounded up to Places decimals when it does
// not terminate, and false when the interval is unbounded above.
func (iv Interval) Upper() (decimal.Decimal, bool) {
	if iv.hi == nil {
		return decimal.Decimal{}, false
	}
	return roundOutward(iv.hi, iv.places, true), true
}

// Places returns the decimals an end that does not terminate is rounded
// to (outward).
func (iv Interval) Places() int32 { return iv.places }

// IsBounded reports whether both ends are finite.
func (iv Interval) IsBounded() bool { return iv.lo != nil && iv.hi != nil }

// Contains reports whether the exact value d lies in iv.
func (iv Interval) Contains(d decimal.Decimal) bool { return iv.containsRat(d.Rat()) }

func (iv Interval) containsRat(r *big.Rat) bool {
	return (iv.lo == nil || iv.lo.Cmp(r) <= 0) && (iv.hi == nil || r.Cmp(iv.hi) <= 0)
}

// Overlaps reports whether iv and o share a value: two printed figures
// that can be roundings of one number.
func (iv Interval) Overlaps(o Interval) bool {
	return (iv.lo == nil || o.hi == nil || iv.lo.Cmp(o.hi) <= 0) &&
		(o.lo == nil || iv.hi == nil || o.lo.Cmp(iv.hi) <= 0)
}

// String returns the interval as "[3.5427, 3.6407]", with "−∞" or "∞" for
// an unbounded side.
func (iv Interval) String() string {
	var b strings.Builder
	b.WriteByte('[')
	if lo, ok := iv.Lower(); ok {
		b.WriteString(printed(lo))
	} else {
		b.WriteString("−∞")
	}
	b.WriteString(", ")
	if hi, ok := iv.Upper(); ok {
		b.WriteString(printed(hi))
	} else {
		b.WriteString("∞")
	}
	b.WriteByte(']')
	return b.String()
}

// Interval returns the values q's printed figure allows, in q's magnitude
// and unit (see Interval). The zero Quantity allows anything.
func (q Quantity) Interval() Interval {
	if q.IsZero() {
		return Interval{}
	}
	x := q.value.Rat()
	if q.den > 1 {
		// 三分之一 is exactly one third.
		x.Quo(x, big.NewRat(q.den, 1))
		return Interval{lo: x, hi: x, places: q.Decimals() + 2}
	}
	h := printedHalf(q.value)
	if q.exactCount() {
		h = new(big.Rat)
	}
	iv := Interval{places: q.Decimals() + 2}
	switch q.bound {
	case Over, AtLeast:
		iv.lo = x
	case AtMost, Under:
		iv.hi = x
	case Nearly: // just under the size printed: 近3% is under 3, 下降近3% above −3
		if x.Sign() < 0 {
			iv.lo = x
		} else {
			iv.hi = x
		}
	case Range:
		iv.lo = new(big.Rat).Sub(x, h)
		iv.hi = new(big.Rat).Add(q.high.Rat(), printedHalf(q.high))
		if q.exactCount() {
			iv.hi = q.high.Rat()
		}
	default: // Exact, About: the printed precision
		iv.lo = new(big.Rat).Sub(x, h)
		iv.hi = new(big.Rat).Add(x, h)
	}
	return iv
}

// exactCount reports whether q is a whole count or rank printed without a
// magnitude word: 230家, 第27名. Those are exact; 117万户 is a rounding.
func (q Quantity) exactCount() bool {
	d := q.unit.Dimension()
	return (d == Count || d == Position) && q.mag == Units && q.value.Exponent() >= 0 &&
		(q.bound != Range || q.high.Exponent() >= 0)
}

// printedHalf returns half a unit of the last printed digit of d: 0.05 for
// 3.8. The halves of the exponents figures have come from a table built on
// first use; the caller must not modify the result.
func printedHalf(d decimal.Decimal) *big.Rat {
	exp := d.Exponent()
	if exp >= -halvesReach && exp <= halvesReach {
		halvesOnce.Do(func() {
			for i := range halves {
				halves[i] = computeHalf(int32(i - halvesReach))
			}
		})
		return halves[exp+halvesReach]
	}
	return computeHalf(exp)
}

// The table of printedHalf, for exponents from −halvesReach to halvesReach.
const halvesReach = 12

var (
	halvesOnce sync.Once
	halves     [2*halvesReach + 1]*big.Rat
)

// computeHalf returns 10^exp / 2.
func computeHalf(exp int32) *big.Rat {
	p := new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(abs32(exp))), nil)
	if exp < 0 {
		return new(big.Rat).SetFrac(big.NewInt(1), p.Lsh(p, 1)) // 1 / (2 × 10^−exp)
	}
	return new(big.Rat).SetFrac(p, big.NewInt(2))
}

func abs32(n int32) int32 {
	if n < 0 {
		return -n
	}
	return n
}

// roundOutward rounds r to places decimals, down when up is false, up when
// it is true, exactly; a terminating r with no more decimals is returned as
// it is.
func roundOutward(r *big.Rat, places int32, up bool) decimal.Decimal {
	if d, ok := exactDecimal(r); ok && d.Exponent() >= -places {
		return d
	}
	scale := new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(abs32(places))), nil)
	scaled := new(big.Rat).Set(r)
	if places >= 0 {
		scaled.Mul(scaled, new(big.Rat).SetInt(scale))
	} else {
		scaled.Quo(scaled, new(big.Rat).SetInt(scale))
	}
	n := floorRat(scaled)
	if up {
		n = ceilRat(scaled)
	}
	if places >= 0 {
		return decimal.NewFromBigInt(n, -places)
	}
	return decimal.NewFromBigInt(n.Mul(n, scale), 0)
}

// equal reports whether iv and o have the same ends.
func (iv Interval) equal(o Interval) bool {
	same := func(a, b *big.Rat) bool { return a == nil && b == nil || a != nil && b != nil && a.Cmp(b) == 0 }
	return same(iv.lo, o.lo) && same(iv.hi, o.hi) && iv.places == o.places
}

// scale returns the factor from q's printed value to base units: 10^mag
// times the unit's size (a fraction's denominator is in its Interval).
func (q Quantity) scale() *big.Rat {
	r := new(big.Rat).SetInt(new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(abs32(int32(q.mag)))), nil))
	if q.mag < 0 {
		r.Inv(r)
	}
	if q.unit.IsValid() {
		r.Mul(r, q.unit.factor())
	}
	return r
}

// inMagnitude returns q written in magnitude m ≤ q's, exactly: 1万亿元 in
// 亿 is 10000亿元. The digits keep their precision: 1.2万亿 is 12000亿, not
// 12000.0亿.
func (q Quantity) inMagnitude(m Magnitude) Quantity {
	if m >= q.mag {
		return q
	}
	shift := int32(q.mag - m)
	q.value = q.value.Shift(shift)
	q.high = q.high.Shift(shift)
	q.mag = m
	return q
}

// The arithmetic of intervals, exact. A nil end is unbounded.

func ratAdd(a, b *big.Rat) *big.Rat {
	if a == nil || b == nil {
		return nil
	}
	return new(big.Rat).Add(a, b)
}

// add returns iv + o.
func (iv Interval) add(o Interval) Interval {
	return Interval{lo: ratAdd(iv.lo, o.lo), hi: ratAdd(iv.hi, o.hi), places: max(iv.places, o.places)}
}

// neg returns −iv.
func (iv Interval) neg() Interval {
	out := Interval{places: iv.places}
	if iv.hi != nil {
		out.lo = new(big.Rat).Neg(iv.hi)
	}
	if iv.lo != nil {
		out.hi = new(big.Rat).Neg(iv.lo)
	}
	return out
}

// sub returns iv − o.
func (iv Interval) sub(o Interval) Interval { return iv.add(o.neg()) }

// scale returns iv × k for k > 0.
func (iv Interval) scale(k *big.Rat) Interval {
	out := Interval{places: iv.places}
	if iv.lo != nil {
		out.lo = new(big.Rat).Mul(iv.lo, k)
	}
	if iv.hi != nil {
		out.hi = new(big.Rat).Mul(iv.hi, k)
	}
	return out
}

// shift returns iv + k.
func (iv Interval) shift(k *big.Rat) Interval {
	return iv.add(Interval{lo: k, hi: k})
}

// positive reports whether every value of iv is above zero.
func (iv Interval) positive() bool { return iv.lo != nil && iv.lo.Sign() > 0 }

// mulPositive returns iv × o for o entirely above zero (a share, a growth
// factor); iv may have either sign.
func (iv Interval) mulPositive(o Interval) Interval {
	out := Interval{places: max(iv.places, o.places)}
	// For o > 0 the product's lower end is iv.lo × (o.hi if iv.lo < 0 else o.lo).
	if iv.lo != nil {
		k := o.lo
		if iv.lo.Sign() < 0 {
			k = o.hi
		}
		if k != nil || iv.lo.Sign() == 0 {
			out.lo = mulOrZero(iv.lo, k)
		}
	}
	if iv.hi != nil {
		k := o.hi
		if iv.hi.Sign() < 0 {
			k = o.lo
		}
		if k != nil || iv.hi.Sign() == 0 {
			out.hi = mulOrZero(iv.hi, k)
		}
	}
	return out
}

// mul returns iv × o, whatever their signs: the least and greatest of the
// products of their ends when both are bounded.
func (iv Interval) mul(o Interval) Interval {
	switch {
	case iv.IsBounded() && o.IsBounded():
		out := Interval{places: max(iv.places, o.places)}
		for _, a := range [...]*big.Rat{iv.lo, iv.hi} {
			for _, b := range [...]*big.Rat{o.lo, o.hi} {
				p := new(big.Rat).Mul(a, b)
				if out.lo == nil || p.Cmp(out.lo) < 0 {
					out.lo = p
				}
				if out.hi == nil || p.Cmp(out.hi) > 0 {
					out.hi = p
				}
			}
		}
		return out
	case o.positive():
		return iv.mulPositive(o)
	case iv.positive():
		return o.mulPositive(iv)
	}
	return Interval{places: max(iv.places, o.places)}
}

// mulOrZero returns a × b, where a zero a times an unbounded b is zero.
func mulOrZero(a, b *big.Rat) *big.Rat {
	if a.Sign() == 0 {
		return new(big.Rat)
	}
	return new(big.Rat).Mul(a, b)
}

// quoPositive returns iv ÷ o for o entirely above zero.
func (iv Interval) quoPositive(o Interval) Interval {
	inv := Interval{places: o.places}
	inv.hi = new(big.Rat).Inv(o.lo)
	if o.hi != nil {
		inv.lo = new(big.Rat).Inv(o.hi)
	} else {
		inv.lo = new(big.Rat)
	}
	return iv.mulPositive(inv)
}

// width returns hi − lo, or nil when iv is unbounded.
func (iv Interval) width() *big.Rat {
	if !iv.IsBounded() {
		return nil
	}
	return new(big.Rat).Sub(iv.hi, iv.lo)
}

// supportedPlaces returns the decimals a point value in iv may be given
// with: those of the largest power of ten not above the interval's width,
// as a printed figure's own width is a unit of its last digit (3.8 is
// [3.75, 3.85], width 0.1: one decimal). A point interval supports fallback.
func (iv Interval) supportedPlaces(fallback int32) int32 {
	w := iv.width()
	if w == nil || w.Sign() == 0 {
		return fallback
	}
	// The largest power of ten 10^-p ≤ w, from the table of powers.
	powers := tenPowers()
	for p := int32(maxDerivedPlaces); p > -maxDerivedPlaces; p-- {
		if powers[maxDerivedPlaces-p+1].Cmp(w) > 0 { // 10^-(p-1) > w: p is the answer
			return p
		}
	}
	return -maxDerivedPlaces
}

// tenPowers returns 10^k for k from −maxDerivedPlaces to maxDerivedPlaces,
// at index k + maxDerivedPlaces, built on first use; they must not be
// modified.
func tenPowers() *[2*maxDerivedPlaces + 1]*big.Rat {
	tenPowersOnce.Do(func() {
		for i := range tenPowersTable {
			k := int32(i) - maxDerivedPlaces
			r := new(big.Rat).SetInt(new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(abs32(k))), nil))
			if k < 0 {
				r.Inv(r)
			}
			tenPowersTable[i] = r
		}
	})
	return &tenPowersTable
}

var (
	tenPowersOnce  sync.Once
	tenPowersTable [2*maxDerivedPlaces + 1]*big.Rat
)

// maxDerivedPlaces bounds the decimals of a derived value either way.
const maxDerivedPlaces = 30

// wholeNumbers returns the whole numbers in iv, smallest and largest, and
// how many there are (capped at 2: one or several); ok is false when iv is
// unbounded.
func (iv Interval) wholeNumbers() (first, last *big.Int, n int, ok bool) {
	if !iv.IsBounded() {
		return nil, nil, 0, false
	}
	first = ceilRat(iv.lo)
	last = floorRat(iv.hi)
	switch first.Cmp(last) {
	case 1:
		return first, last, 0, true
	case 0:
		return first, last, 1, true
	}
	return first, last, 2, true
}

// floorRat returns the largest whole number not above r. big.Int.Div is
// Euclidean, which for the positive denominator of a Rat is the floor.
func floorRat(r *big.Rat) *big.Int { return new(big.Int).Div(r.Num(), r.Denom()) }

// ceilRat returns the smallest whole number not below r.
func ceilRat(r *big.Rat) *big.Int {
	q := floorRat(r)
	if !r.IsInt() {
		q.Add(q, big.NewInt(1))
	}
	return q
}

// describe returns the interval for a formula: "in [3.5427, 3.6407]".
func (iv Interval) describe() string { return fmt.Sprintf("in %s", iv) }
