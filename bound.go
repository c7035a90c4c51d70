package jinan

import "fmt"

// Bound says how a printed figure bounds the true value. Chinese economic
// prose qualifies many figures: 逾3000万美元 is more than 30 million dollars,
// 近四成 is nearly 40%, 约58万平方米 is about 580,000 m².
//
// The zero Bound is unset; a Quantity made by the parser always has one.
type Bound uint8

// The bounds, with the words that set them.
const (
	Exact   Bound = 1 + iota // no qualifier, or 达, 实现, 完成: 2027.00亿元
	About                    // 约, 左右: 约58万平方米
	Over                     // 超过, 超, 逾, 突破, 过, 余, 多: 逾3000万美元, 2800余人
	AtLeast                  // 以上: 80%以上; also a class such as 千亿元级
	AtMost                   // 以下, 以内: at most the figure
	Nearly                   // 近: just under the figure, 近四成
	Under                    // 不到, 不足: less than the figure
	Range                    // two figures: 1.5%—5%, 3—5年
)

var boundNames = [...]string{
	Exact: "exact", About: "about", Over: "over", AtLeast: "at_least",
	AtMost: "at_most", Nearly: "nearly", Under: "under", Range: "range",
}

// String returns the bound's export name: "exact", "about", "over",
// "at_least", "at_most", "nearly", "under" or "range".
func (b Bound) String() string {
	if b != 0 && int(b) < len(boundNames) {
		return boundNames[b]
	}
	return fmt.Sprintf("Bound(%d)", uint8(b))
}

// IsValid reports whether b is one of the bounds above.
func (b Bound) IsValid() bool { return b != 0 && int(b) < len(boundNames) }

// MarshalText implements encoding.TextMarshaler with String.
func (b Bound) MarshalText() ([]byte, error) {
	if !b.IsValid() {
		return nil, fmt.Errorf("jinan: marshal %v: %w", b, ErrSyntax)
	}
	return []byte(b.String()), nil
}

// UnmarshalText implements encoding.TextUnmarshaler for the names String
// returns.
func (b *Bound) UnmarshalText(text []byte) error {
	for i, name := range boundNames {
		if name != "" && name == string(text) {
			*b = Bound(i)
			return nil
		}
	}
	return fmt.Errorf("jinan: bound %q: %w", text, ErrSyntax)
}

// lower and upper report on which side of a non-negative value a bound
// puts the true value. Nearly is relative to the value's size: 近3% is just
// under 3%, and 下降近3% (−3% nearly) just above −3% (see Quantity.Interval).
func (b Bound) lower() bool { return b == Over || b == AtLeast }
func (b Bound) upper() bool { return b == AtMost || b == Nearly || b == Under }

// flip returns the bound of −x given the bound of x: the negation of "over
// 300" is "under −300". Nearly stays nearly, as it speaks of the size of
// the value, so flip is its own inverse.
func (b Bound) flip() Bound {
	switch b {
	case Over:
		return Under
	case Under:
		return Over
	case AtLeast:
		return AtMost
	case AtMost:
		return AtLeast
	}
	return b
}

// sum returns the bound of a + b given the bounds of a and b: exact inputs
// give an exact sum; bounds on the same side keep that side (the strict one
// wins); bounds on opposite sides, "about" or a range give "about".
func (b Bound) sum(o Bound) Bound {
	switch {
	case b == Exact:
		return o
	case o == Exact:
		return b
	case b.lower() && o.lower():
		if b == Over || o == Over {
			return Over
		}
		return AtLeast
	case b.upper() && o.upper():
		if b == AtMost && o == AtMost {
			return AtMost
		}
		return Under
	}
	return About
}
