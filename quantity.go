package jinan

import (
	"errors"
	"fmt"
	"math/big"
	"strings"
	"unicode/utf8"

	"github.com/shopspring/decimal"

	"github.com/jinanfacts/jinan/internal/figure"
	"github.com/jinanfacts/jinan/internal/words"
)

// Magnitude is the power of ten printed after a number: 万 is 4, 亿 is 8,
// 万亿 is 12. 2027.00亿元 has magnitude 8; 3.8亿美元 too.
type Magnitude int8

// The magnitudes printed in the seeds.
const (
	Units          Magnitude = 0  // no magnitude word
	Thousand       Magnitude = 3  // 千: 5823.6千公顷
	TenThousand    Magnitude = 4  // 万
	TenMillion     Magnitude = 7  // 千万
	HundredMillion Magnitude = 8  // 亿
	TenBillion     Magnitude = 10 // 百亿
	HundredBillion Magnitude = 11 // 千亿
	Trillion       Magnitude = 12 // 万亿
)

// magnitudeWords are the words of the magnitudes 0 to 12; "" where none.
var magnitudeWords = [...]string{"", "", "", "千", "万", "十万", "百万", "千万", "亿", "十亿", "百亿", "千亿", "万亿"}

// printable reports whether m has a word the parser reads after a number:
// none, 千, or 万 to 万亿.
func (m Magnitude) printable() bool { return m == Units || m >= Thousand && m <= Trillion }

// String returns the Chinese magnitude word ("亿" for 8), "" for Units,
// and "e" followed by the power for a magnitude without a word.
func (m Magnitude) String() string {
	if m == Units {
		return ""
	}
	if m > 0 && int(m) < len(magnitudeWords) && magnitudeWords[m] != "" {
		return magnitudeWords[m]
	}
	return fmt.Sprintf("e%d", int8(m))
}

// Quantity is a figure as printed: a decimal with the digits the source
// printed ("2027.00" keeps its two decimals), a magnitude (亿), a unit (元),
// and a bound (逾, 约, 近 …). A range such as 1.5%—5% also has a high end; a
// fraction such as 三分之一 has a denominator.
//
// Quantity is immutable. Its zero value is "no value": IsZero reports it.
//
// Two equalities hold, and they differ:
//   - Equal compares numbers: 2027.00亿元 equals 202700000000元 and 2027亿元,
//     because the values in base units, the unit and the bound are the same.
//   - Identical compares printed forms: 2027.00亿元 and 2027亿元 are not
//     identical, since the first printed two decimals.
type Quantity struct {
	value, high decimal.Decimal
	den         int64
	mag         Magnitude
	unit        Unit
	bound       Bound
}

// NewQuantity returns an exact quantity of value × 10^mag in unit u, as
// printed: NewQuantity(decimal.RequireFromString("2027.00"), HundredMillion, CNY)
// is 2027.00亿元. The quantity must be one a page can print: a unit the
// library writes (元 and 美元 for money; Fraction only comes from parsing
// 三分之一), a magnitude with a word (none, 千, 万 … 万亿), a rank of at least 1,
// and no more than MaxDigits significant digits or decimals; otherwise the
// error wraps ErrDomain, ErrUnknownUnit or ErrRange.
func NewQuantity(value decimal.Decimal, mag Magnitude, u Unit) (Quantity, error) {
	q := Quantity{value: value, mag: mag, unit: u, bound: Exact}
	switch cur, isMoney := u.Currency(); {
	case !u.IsValid():
		return Quantity{}, &UnitError{Unit: u.String(), Err: ErrUnknownUnit}
	case isMoney && u != unitCNY && u != unitUSD:
		return Quantity{}, fmt.Errorf("jinan: a quantity in %s: the library prints money in 元 and 美元 only: %w", cur, ErrDomain)
	case u.kind == kindFraction:
		return Quantity{}, fmt.Errorf("jinan: a plain ratio %s: a fraction is parsed, as 三分之一; use Percent: %w", printed(value), ErrDomain)
	case u.kind == kindMonthEnd:
		return Quantity{}, fmt.Errorf("jinan: the end of month %s: a deadline is parsed, as 9月底前: %w", printed(value), ErrDomain)
	case !mag.printable():
		return Quantity{}, fmt.Errorf("jinan: magnitude 10^%d has no printed word: %w", int8(mag), ErrDomain)
	case mag != Units && !u.takesMagnitude():
		return Quantity{}, fmt.Errorf("jinan: a %s takes no magnitude word %s: %w", u.Dimension(), mag, ErrDomain)
	case u.kind == kindRank && value.Cmp(decimal.NewFromInt(1)) < 0:
		return Quantity{}, fmt.Errorf("jinan: rank %s: a rank starts at 1: %w", printed(value), ErrDomain)
	}
	if err := q.checkSize(); err != nil {
		return Quantity{}, err
	}
	return q, nil
}

// MaxDigits is the most significant digits, and the most decimals, a
// quantity holds: as many as the parser reads (a figure has far fewer).
const MaxDigits = 30

// checkSize refuses a value or high end with more than MaxDigits digits or
// decimals, or an exponent a figure never has, before any arithmetic on it.
func (q Quantity) checkSize() error {
	for _, d := range [...]decimal.Decimal{q.value, q.high} {
		if e := d.Exponent(); e < -MaxDigits || e > MaxDigits || len(strings.TrimPrefix(d.Coefficient().String(), "-")) > MaxDigits {
			return fmt.Errorf("jinan: the value %s: at most %d significant digits, with exponents within ±%d: %w",
				clipInput("", d.String()), MaxDigits, MaxDigits, ErrRange)
		}
	}
	return nil
}

// WithBound returns q with bound b: NewQuantity(3000, TenThousand, USD)
// with Over is 逾3000万美元. A Range needs WithRange; an invalid bound is an
// error wrapping ErrSyntax.
func (q Quantity) WithBound(b Bound) (Quantity, error) {
	if !b.IsValid() || b == Range {
		return Quantity{}, fmt.Errorf("jinan: bound %v: use WithRange for a range: %w", b, ErrSyntax)
	}
	q.bound = b
	return q, nil
}

// WithRange returns the range from q's value to high (same magnitude and
// unit): 1.5%—5% is NewQuantity(1.5, Units, Percent) WithRange(5). high must
// be above the value, and the range on one side of zero; otherwise the
// error wraps ErrDomain.
func (q Quantity) WithRange(high decimal.Decimal) (Quantity, error) {
	q.high, q.bound = high, Range
	if err := q.checkSize(); err != nil {
		return Quantity{}, err
	}
	if err := q.checkRange("make a range"); err != nil {
		return Quantity{}, err
	}
	return q, nil
}

// IsZero reports whether q is the zero Quantity, which holds no value.
func (q Quantity) IsZero() bool { return !q.unit.IsValid() && q.bound == 0 }

// Value returns the number as printed, signed: -4.4 for 同比下降4.4%, 2027.00
// for 2027.00亿元 (Exponent -2 is kept), 1 for the numerator of 三分之一.
func (q Quantity) Value() decimal.Decimal { return q.value }

// ValueText returns the number as printed, signed: "2027.00" for
// 2027.00亿元 (decimal.Decimal's String would drop the zeros), "-4.4" for
// 同比下降4.4%.
func (q Quantity) ValueText() string { return printed(q.value) }

// HighText returns the upper end of a range as printed ("5" for 1.5%—5%),
// or "" when q is not a range.
func (q Quantity) HighText() string {
	if q.bound != Range {
		return ""
	}
	return printed(q.high)
}

// High returns the upper end of a range (5 for 1.5%—5%), or zero when q is
// not a range.
func (q Quantity) High() decimal.Decimal { return q.high }

// Denominator returns the denominator of a fraction (3 for 三分之一), and 1
// for every other quantity.
func (q Quantity) Denominator() int64 {
	if q.den == 0 {
		return 1
	}
	return q.den
}

// Magnitude returns the printed power of ten: 8 for 2027.00亿元.
func (q Quantity) Magnitude() Magnitude { return q.mag }

// Unit returns the unit: CNY for 2027.00亿元.
func (q Quantity) Unit() Unit { return q.unit }

// Bound returns how the figure bounds the true value: Over for 逾3000万美元.
func (q Quantity) Bound() Bound { return q.bound }

// Decimals returns the number of decimals printed: 2 for 2027.00亿元, 0 for
// 230家. SDMX calls it DECIMALS.
func (q Quantity) Decimals() int32 {
	if e := q.value.Exponent(); e < 0 {
		return -e
	}
	return 0
}

// rat returns the exact value of d × 10^mag × unit factor / den.
func (q Quantity) rat(d decimal.Decimal) *big.Rat {
	r := d.Shift(int32(q.mag)).Rat()
	if q.unit.IsValid() {
		r.Mul(r, q.unit.factor())
	}
	if q.den > 1 {
		r.Quo(r, big.NewRat(q.den, 1))
	}
	return r
}

// Rat returns the value in the base unit of q's dimension as an exact
// rational: yuan for 亿元, m² for 亩 and 平方公里, kg for 吨, m for 公里, the
// plain ratio for % (20.7% is 207/1000).
func (q Quantity) Rat() *big.Rat { return q.rat(q.value) }

// Base returns the value in base units as an exact decimal: 2027.00亿元 is
// 202700000000 yuan. Where the value does not terminate as a decimal (1579亩
// in m², 三分之一) it returns ErrInexact; use BaseRound to round.
func (q Quantity) Base() (decimal.Decimal, error) {
	d, ok := exactDecimal(q.Rat())
	if !ok {
		return decimal.Decimal{}, fmt.Errorf("jinan: %s in base units: %w", q, ErrInexact)
	}
	return d, nil
}

// BaseRound returns the value in base units rounded to places decimals,
// half away from zero (as decimal.Round; a negative places rounds to tens,
// hundreds …): 1579亩 with places 2 is 1052666.67 m². places beyond
// ±MaxPlaces is an error wrapping ErrRange.
func (q Quantity) BaseRound(places int32) (decimal.Decimal, error) {
	if err := checkPlaces("round "+q.String(), places); err != nil {
		return decimal.Decimal{}, err
	}
	return roundPlaces(q.Rat(), places), nil
}

// Equal reports whether q and o hold the same number in the same unit with
// the same bound, whatever their printed magnitude and precision:
// 2027.00亿元 equals 2027亿元 and 202700000000元. Units of one dimension
// compare by value: 1平方公里 equals 1000000平方米. It is the method go-cmp
// uses.
func (q Quantity) Equal(o Quantity) bool {
	if q.IsZero() || o.IsZero() {
		return q.IsZero() && o.IsZero()
	}
	if q.bound != o.bound || !sameScale(q.unit, o.unit) {
		return false
	}
	if q.Rat().Cmp(o.Rat()) != 0 {
		return false
	}
	return q.bound != Range || q.rat(q.high).Cmp(o.rat(o.high)) == 0
}

// Identical reports whether q and o print the same: the same digits,
// magnitude, unit and bound. 2027.00亿元 and 2027亿元 are Equal but not
// Identical.
func (q Quantity) Identical(o Quantity) bool {
	return q.unit == o.unit && q.String() == o.String()
}

// Cmp compares the values of q and o in base units, ignoring bounds. It
// returns a *MismatchError when the units do not compare (percent and
// percentage points, CNY and USD).
func (q Quantity) Cmp(o Quantity) (int, error) {
	if !sameScale(q.unit, o.unit) {
		return 0, mismatch("compare", q, o)
	}
	return q.Rat().Cmp(o.Rat()), nil
}

// sameScale reports whether values of a and b in base units are the same
// kind of thing: the same dimension, and the same currency or counter.
func sameScale(a, b Unit) bool {
	if a.Dimension() != b.Dimension() || !a.IsValid() {
		return false
	}
	switch a.Dimension() {
	case Money:
		return a.cur == b.cur
	case Count, Position:
		return a.counter == b.counter
	}
	return true
}

// String returns q as Chinese text prints it: "2027.00亿元", "-4.4%",
// "约58万平方米", "超过2800人", "80%以上", "1.5—5%", "第27名", "3分之1".
// ParseQuantity reads it back.
func (q Quantity) String() string {
	if q.IsZero() {
		return ""
	}
	var b strings.Builder
	value, high, bound := q.value, q.high, q.bound
	switch {
	case q.bound == Range && value.Sign() < 0 && high.Sign() <= 0:
		// A falling range, as ParseQuantity reads it: 下降1—5% runs from
		// −5% to −1%.
		b.WriteString(words.Down.Word())
		value, high = high.Neg(), value.Neg()
	case value.Sign() < 0 && q.bound != Range:
		// The sign leads, before the qualifier of the magnitude: a value
		// under −3 is "-超过3" (more than 3, negated), as ParseQuantity
		// reads it.
		b.WriteString("-")
		value, bound = value.Neg(), bound.flip()
	}
	qualifier := bound.wordBound().Word() // 超过 for Over, 以上 for AtLeast
	if qualifier.Position == words.BeforeNumber {
		b.WriteString(qualifier.Word)
	}
	top := q.unit.kind == kindRank && q.bound == AtMost // 前3, 前20%, 20强
	switch {
	case top && q.unit.counter != "强":
		b.WriteString("前")
	case q.unit.kind == kindRank && !top:
		b.WriteString("第")
	}
	if q.den > 1 {
		fmt.Fprintf(&b, "%d分之", q.den)
	}
	b.WriteString(printed(value))
	if q.bound == Range {
		b.WriteString("—")
		b.WriteString(printed(high))
	}
	b.WriteString(q.mag.String())
	if q.den <= 1 {
		b.WriteString(q.unit.Symbol())
	}
	switch {
	case q.unit.kind == kindMonthEnd && bound == AtMost:
		// 9月底前: the unit's word 月底前 states the bound.
	case qualifier.Position == words.AfterUnit && (bound != AtMost || !top):
		b.WriteString(qualifier.Word)
	}
	return b.String()
}

// printed returns d with the digits it was printed with: "2027.00", not
// decimal's "2027".
func printed(d decimal.Decimal) string {
	if e := d.Exponent(); e < 0 {
		return d.StringFixed(-e)
	}
	return d.String()
}

// MarshalText implements encoding.TextMarshaler with String, so JSON holds
// quantities as strings, never as numbers that lose precision.
func (q Quantity) MarshalText() ([]byte, error) {
	s := q.String()
	if back, err := ParseQuantity(s); s != "" && (err != nil || !back.Identical(q) || !back.Equal(q)) {
		return nil, fmt.Errorf("jinan: quantity %s has no text form that reads back: %w", s, ErrSyntax)
	}
	return []byte(s), nil
}

// UnmarshalText implements encoding.TextUnmarshaler with ParseQuantity; the
// empty text is the zero Quantity.
func (q *Quantity) UnmarshalText(text []byte) error {
	if len(text) == 0 {
		*q = Quantity{}
		return nil
	}
	v, err := ParseQuantity(string(text))
	if err != nil {
		return err
	}
	*q = v
	return nil
}

// exactDecimal converts r to a decimal when its expansion terminates, that
// is when the reduced denominator has no prime factor but 2 and 5.
func exactDecimal(r *big.Rat) (decimal.Decimal, bool) {
	den := new(big.Int).Set(r.Denom())
	var places int32
	for _, p := range []int64{2, 5} {
		var n int32
		prime, q, m := big.NewInt(p), new(big.Int), new(big.Int)
		for {
			q.QuoRem(den, prime, m)
			if m.Sign() != 0 {
				break
			}
			den.Set(q)
			n++
		}
		places = max(places, n)
	}
	if den.Cmp(big.NewInt(1)) != 0 {
		return decimal.Decimal{}, false
	}
	return roundRat(r, places), true
}

// roundRat rounds r to places decimals, half away from zero.
func roundRat(r *big.Rat, places int32) decimal.Decimal {
	num := decimal.NewFromBigInt(r.Num(), 0)
	den := decimal.NewFromBigInt(r.Denom(), 0)
	return num.DivRound(den, places)
}

// ParseQuantity parses one figure as Chinese text prints it, with its
// qualifiers, sign word, magnitude and unit: "2027.00亿元", "同比下降4.4%",
// "逾3000万美元", "近四成", "三分之一", "第27名", "1.5%—5%", "3862万支（粒）".
// Full-width digits are accepted. A leading minus negates, as String writes
// negative values, whichever minus it is written with: the ASCII "-", the
// minus sign U+2212 "−" or the full-width "－" (−4.4% is -4.4%).
//
// Errors are a *ParseError wrapping ErrSyntax, ErrRange, ErrEmpty or
// ErrUnknownUnit, with the byte offset where parsing failed.
func ParseQuantity(s string) (Quantity, error) {
	neg, sign := false, ""
	for _, m := range minusSigns {
		if rest, ok := strings.CutPrefix(s, m); ok && rest != "" && !hasMinus(rest) {
			s, neg, sign = rest, true, m
			break
		}
	}
	f, err := figure.Parse(s)
	if err != nil {
		var pe *ParseError
		if neg && errors.As(err, &pe) {
			// The error is on the caller's input, sign included.
			pe.Input, pe.Offset = clipInput(sign, s), pe.Offset+len(sign)
		}
		return Quantity{}, err
	}
	switch {
	case neg && f.Bound == figure.Range:
		return Quantity{}, &ParseError{Input: sign + s, Reason: "a leading minus before a range", Err: ErrSyntax}
	case neg && f.Negative:
		return Quantity{}, &ParseError{Input: sign + s, Reason: "a leading minus before a word of decrease", Err: ErrSyntax}
	case neg && f.Ordinal:
		return Quantity{}, &ParseError{Input: sign + s, Reason: "a rank is not negative", Err: ErrSyntax}
	case f.Ordinal && f.Value.Sign() <= 0:
		return Quantity{}, &ParseError{Input: s, Offset: f.Start, Reason: "a rank starts at 1", Err: ErrSyntax}
	}
	q, err := fromFigure(f)
	if err != nil {
		return Quantity{}, &ParseError{Input: s, Offset: f.Start, Reason: err.Error(), Err: ErrSyntax}
	}
	if neg != f.Negative {
		// A fall of more than 3% (下降超过3%) is a value under −3%: the
		// bound turns over with the sign, as Neg turns it.
		q.value, q.high, q.bound = q.value.Neg(), q.high.Neg(), q.bound.flip()
		if q.bound == Range {
			q.value, q.high = q.high, q.value // 下降1%—5% runs from −5% to −1%
		}
	}
	return q, nil
}

// minusSigns are the characters a negative figure is written with: the
// ASCII hyphen-minus, the minus sign U+2212 and the full-width minus.
var minusSigns = [...]string{"-", "−", "－"}

// hasMinus reports whether s starts with a minus: a second sign is no
// figure ("--3").
func hasMinus(s string) bool {
	for _, m := range minusSigns {
		if strings.HasPrefix(s, m) {
			return true
		}
	}
	return false
}

// MustParseQuantity is ParseQuantity for literals and tests: it panics on
// an error.
func MustParseQuantity(s string) Quantity {
	q, err := ParseQuantity(s)
	if err != nil {
		panic(err)
	}
	return q
}

// fromFigure turns the parser's figure into a Quantity, unsigned.
func fromFigure(f figure.Figure) (Quantity, error) {
	var b Bound
	if err := b.UnmarshalText([]byte(f.Bound.String())); err != nil {
		return Quantity{}, err
	}
	u := unitFromWord(f.Unit, f.Ordinal)
	return Quantity{value: f.Value, high: f.High, den: f.Den, mag: Magnitude(f.Magnitude), unit: u, bound: b}, nil
}

// unitFromWord maps the parser's canonical unit word to a Unit: "元" to CNY,
// "个百分点" to PercentagePoint, a counter word to a count.
func unitFromWord(w string, ordinal bool) Unit {
	if ordinal {
		return RankOf(w)
	}
	if w == "fraction" {
		return unitFraction
	}
	if u, err := ParseUnit(w); err == nil && w != "" && u.kind != kindCount && u.kind != kindRank {
		return u
	}
	// The parser returns only words it knows; what is not a unit above is
	// a counter word ("家", "大", or "" for a bare number).
	return CountOf(w)
}

// clipInput returns sign+s cut as the figure parser cuts a ParseError's
// input: at most 64 bytes at a rune start, then "...".
func clipInput(sign, s string) string {
	const limit = 64
	if len(sign)+len(s) <= limit {
		return sign + s
	}
	n := limit - len(sign)
	for k := 0; k < utf8.UTFMax-1 && !utf8.RuneStart(s[n]); k++ {
		n--
	}
	return sign + s[:n] + "..."
}
