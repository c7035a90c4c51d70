// Package figure reads the figures printed in Chinese economic reporting,
// such as "2027.00亿元", "同比下降4.4%", "逾3000万美元", "近四成" and "第27名",
// into exact decimals. It keeps the digits as printed, and records the
// magnitude, unit, bound and direction that the words around the digits state.
//
// A figure phrase is, in this order:
//
//	[同比|环比] [增长|提高|下降|减少…] [达|达到|实现|完成|为]
//	[约|约为|近|将近|超过|超|逾|突破|过|不到|不足…]
//	number [—number] [万|亿|万亿|千亿|百亿…] [余|多|个多] [unit]
//	[以上|左右|以下|以内|内|多|级]
//
// or a rank: 第N[unit] (第27名), 前N[名|位|%] (前四名), N强 (20强), 首位.
//
// The number is written in Arabic digits (ASCII or full-width, one decimal
// point, ASCII thousands separators in groups of three: "1,234") or as a
// Chinese numeral below 10000 (两, 十二, 一百零五, 两千). A magnitude with no
// number before it stands for one: 过万亿元 is more than 1×10^12 yuan and 百亿级
// is the 10^10 class. X分之Y is the fraction Y/X (三分之一), 百分之Y is Y
// percent, and X成 counts tenths (四成).
//
// Nothing here converts or rounds. Value is the number as printed, with its
// precision: "2027.00" keeps two decimals. Magnitude is the power of ten
// printed after it, and Unit is the canonical unit word. The value in base
// units is Value × 10^Magnitude of Unit.
//
// Parse reads exactly one phrase and says where and why an input is not one;
// Scan finds the phrases in running text.
package figure

import (
	"fmt"
	"strconv"

	"github.com/shopspring/decimal"
)

// Bound says how the printed number bounds the true value: "逾3000万美元" is
// more than 3000万 US dollars, "近四成" is just under four tenths. The zero
// Bound is unset; Parse and Scan always set one.
type Bound uint8

// The bounds a phrase can state.
const (
	// Exact is a figure stated as is, or with 达, 达到, 实现, 完成, 为:
	// "实现出口1.79亿美元", "2027.00亿元".
	Exact Bound = 1 + iota
	// About is an approximation: 约, 约为, 大约 before the number or 左右
	// after it: "约为58万平方米".
	About
	// Over is strictly more than the number: 逾, 超, 超过, 突破, 过 before it,
	// 余 or 多 after it: "逾3000万美元", "2800余人", "130多个", "过万亿元".
	Over
	// AtLeast is the number or more: 以上, 不少于, 不低于, and the 级 of a class:
	// "80%以上", "千亿元级".
	AtLeast
	// Nearly is just under the number: 近, 将近, 接近: "近7000平方米", "近四成".
	Nearly
	// Under is strictly less than the number: 不到, 不足: "不到3年".
	Under
	// Range is a span from Value to High: "1.5%—5%", "3-5年".
	Range
	// AtMost is the number or less: 以下, 以内, the 内 of a period
	// ("3年内"), and the top-N ranks 前N and N强 ("前四名", "20强").
	AtMost
)

var boundNames = [...]string{"unset", "exact", "about", "over", "at_least", "nearly", "under", "range", "at_most"}

// String returns the bound's name: "exact", "about", "over", "at_least",
// "nearly", "under", "range" or "at_most"; the zero Bound is "unset".
// Over is the bound of "逾3000万美元".
func (b Bound) String() string {
	if int(b) < len(boundNames) {
		return boundNames[b]
	}
	return "Bound(" + strconv.Itoa(int(b)) + ")"
}

// MarshalText encodes the bound as its name, so the Over of "逾3000万美元"
// is the JSON string "over".
func (b Bound) MarshalText() ([]byte, error) {
	if int(b) >= len(boundNames) {
		return nil, fmt.Errorf("figure: invalid bound %d", b)
	}
	return []byte(boundNames[b]), nil
}

// UnmarshalText decodes a name written by MarshalText, such as "over" for
// the bound of "逾3000万美元".
func (b *Bound) UnmarshalText(text []byte) error {
	for i, name := range boundNames {
		if name == string(text) {
			*b = Bound(i)
			return nil
		}
	}
	return fmt.Errorf("figure: unknown bound %q", text)
}

// Figure is one figure phrase as printed. "同比下降4.4%" is Value 4.4, Unit
// "%", Negative, Bound Exact; "逾3000万美元" is Value 3000, Magnitude 4, Unit
// "美元", Bound Over. The zero Figure (Bound unset) means no figure.
//
// Value and High hold a *big.Int: compare figures with Equal, never with ==.
type Figure struct {
	// Value is the number as printed, exponent kept: "2027.00" has exponent
	// −2. A Chinese numeral is its integer (两 is 2, 四成 is 4), a magnitude
	// with no number is 1 (过万亿元), a fraction is its numerator (三分之一:
	// 1), a range its lower end (1.5%—5%: 1.5).
	Value decimal.Decimal
	// Den is the denominator of a fraction (三分之一: 3), 0 otherwise.
	Den int64
	// High is the upper end of a Range (1.5%—5%: 5), the zero decimal otherwise.
	High decimal.Decimal
	// Magnitude is the power of ten printed after the number: 千 3, 万 4, 十万 5,
	// 百万 6, 千万 7, 亿 8, 十亿 9, 百亿 10, 千亿 11, 万亿 12; 0 when none.
	// "1001.4亿元" has Magnitude 8.
	Magnitude int
	// Unit is the canonical unit word ("元", "美元", "%", "个百分点", "成",
	// "平方米", "年", a counter such as "家", …), "fraction" for X分之Y, or ""
	// when the phrase has none. A counter with a printed alternative keeps it
	// as printed: "3862万支（粒）" has Unit "支（粒）".
	Unit string
	// Bound says how Value bounds the true value.
	Bound Bound
	// Negative reports that a decrease word (下降, 减少, 下滑, 降低, 回落)
	// stated the direction: "同比下降4.4%" is a fall of 4.4%.
	Negative bool
	// Ordinal reports a rank rather than a quantity: 第27名, 第一, 首位,
	// 前四名, 20强.
	Ordinal bool
	// Start and End are the byte span [Start, End) of the phrase in the text
	// it was read from, qualifiers, direction word and unit included. Parse
	// spans its whole input.
	Start, End int
}

// IsValid reports whether f is a figure rather than the zero Figure; every
// figure from Parse or Scan, such as "2027.00亿元", is valid.
func (f Figure) IsValid() bool { return f.Bound != 0 }

// Equal reports whether f and g are the same figure as printed: every field
// equal, and Value and High equal both in value and in printed precision, so
// the "2027.00亿元" figure is not Equal to a "2027亿元" one.
func (f Figure) Equal(g Figure) bool {
	return samePrinted(f.Value, g.Value) && samePrinted(f.High, g.High) &&
		f.Den == g.Den && f.Magnitude == g.Magnitude && f.Unit == g.Unit &&
		f.Bound == g.Bound && f.Negative == g.Negative && f.Ordinal == g.Ordinal &&
		f.Start == g.Start && f.End == g.End
}

func samePrinted(a, b decimal.Decimal) bool {
	return a.Equal(b) && a.Exponent() == b.Exponent()
}
