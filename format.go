package jinan

import (
	"strconv"
	"strings"
	"sync"

	"github.com/shopspring/decimal"
	"golang.org/x/text/currency"
	"golang.org/x/text/language"
	"golang.org/x/text/message"
	"golang.org/x/text/number"

	"github.com/jinanfacts/jinan/internal/words"
)

// Presentation: figures as text for a reader, in Chinese or English.
//
// The library speaks two languages. A language.Tag is matched against
// Chinese and English (language.Matcher); Chinese tags, simplified or
// traditional, get Chinese, and every other tag gets English.
//
// Chinese is the figure as the seeds print it, as Quantity.String writes
// it: "2027.00亿元", "超过3000万美元" (逾 and 突破 are written 超过),
// "24.3个百分点", "第27名".
//
// English follows the conventions of en (US) whatever the region of the
// tag, so output does not change with the reader's locale: digits are
// grouped by golang.org/x/text/number ("580,000"), the decimal point is
// ".", a currency is its ISO 4217 code from golang.org/x/text/currency
// ("CNY 202.700 billion"), and amounts of a million and more take the
// words million, billion or trillion.
//
// English keeps the printed precision. Scaling moves the decimal point and
// never rounds: 2027.00亿元 is CNY 202.700 billion, not 202.7, because the
// two printed decimals of 2027.00 say the figure is exact to the million
// yuan. Digits printed after a decimal point count as significant, zeros
// included; trailing zeros of a printed integer do not, since print cannot
// tell them from rounding: 3000万美元 is USD 30 million, not 30.00.

// formatMatcher matches a reader's tag to the two languages the library
// writes, English first as the default. It is built on first use.
var (
	formatMatcherOnce sync.Once
	formatMatcher     language.Matcher
)

// chinese reports whether t matches Chinese rather than English.
func chinese(t language.Tag) bool {
	formatMatcherOnce.Do(func() {
		formatMatcher = language.NewMatcher([]language.Tag{language.English, language.Chinese})
	})
	_, i, _ := formatMatcher.Match(t)
	return i == 1
}

// FormatQuantity returns q as text in the language of t: for 2027.00亿元,
// "2027.00亿元" in Chinese and "CNY 202.700 billion" in English; for
// 约58万平方米, "约58万平方米" and "about 580,000 m²"; for 近四成, "近4成" and
// "nearly 40%".
//
// In English a bound is a word before the figure (about, more than, at
// least, at most, nearly, less than), a range is joined by an en dash
// ("1.5–5%", "3–5 years"), tenths (成) are written as percent, a fraction
// as "1/3", percentage points as "pp", and a rank as an ordinal ("27th")
// or, bounded above, as "top 3". Counts take an English noun for the
// counter words whose meaning does not depend on context (家 enterprises,
// 项 items, 名 and 人 persons, 列 trains, 次 times, 户 entities, 国
// countries, 栋 buildings, 批 batches, 种 kinds, 个工作日 working days); 个
// is a bare number, and any other counter is kept in brackets: 40 (支),
// which counts teams in one seed and vials in another. The zero Quantity
// is "".
func FormatQuantity(q Quantity, t language.Tag) string {
	if chinese(t) {
		return q.String()
	}
	return englishQuantity(q, false)
}

// FormatFact returns f's figure as text in the language of t, written as
// its measure needs: growth carries its sign ("+20.7%", "-4.4%"; in
// Chinese "增长20.7%", "下降4.4%"); gaps, changes and contributions are in
// percentage points ("24.3 pp", "24.3个百分点"); a rank with its peer group
// reads "27th of 160" ("160家中第27名"). Other measures are as
// FormatQuantity writes them.
func FormatFact(f Fact, t language.Tag) string {
	q := f.Quantity()
	growth := f.Measure() == Growth || f.Measure() == AverageGrowth || f.Measure() == SequentialGrowth
	if chinese(t) {
		switch {
		case growth && q.value.Sign() < 0:
			abs := q
			abs.value, abs.high = q.value.Abs(), q.high.Abs()
			return words.Down.Word() + abs.String()
		case growth:
			return words.Up.Word() + q.String()
		case f.Measure() == Rank && !f.RankOf().IsZero():
			return f.RankOf().String() + "中" + q.String()
		}
		return q.String()
	}
	s := englishQuantity(q, growth)
	if f.Measure() == Rank && !f.RankOf().IsZero() {
		of := f.RankOf()
		n, _ := englishNumber(of.value, of.high, int32(of.mag), of.bound == Range, false)
		s += " of " + n
	}
	return s
}

// englishCounter returns the English nouns of a counter word, and false
// for a counter without one.
func englishCounter(counter string) ([2]string, bool) {
	c, _ := words.CounterOf(counter)
	return c.English, c.English[0] != ""
}

// englishQuantity writes q in English; signed puts "+" before a positive
// number, as growth is written.
func englishQuantity(q Quantity, signed bool) string {
	if q.IsZero() {
		return ""
	}
	isRange := q.bound == Range
	var prefix string
	if w := q.bound.wordBound().English(); w != "" {
		prefix = w + " "
	}
	switch q.unit.kind {
	case kindRank:
		return englishRank(q, prefix)
	case kindFraction:
		n, _ := englishNumber(q.value, q.high, int32(q.mag), isRange, signed)
		return prefix + n + "/" + strconv.FormatInt(q.Denominator(), 10)
	}
	mag := int32(q.mag)
	if q.unit.kind == kindTenth {
		mag++ // 4成 is 40%
	}
	n, one := englishNumber(q.value, q.high, mag, isRange, signed)
	form := 1
	if one {
		form = 0
	}
	switch k := q.unit.kind; {
	case k == kindCurrency:
		return prefix + message.NewPrinter(language.English).Sprint(currency.ISO(q.unit.cur)) + " " + n
	case k == kindPercent || k == kindTenth:
		return prefix + n + "%"
	case k == kindCount:
		if noun, ok := englishCounter(q.unit.counter); ok {
			return prefix + n + " " + noun[form]
		}
		if c := q.unit.counter; c != "" && c != "个" {
			return prefix + n + " (" + c + ")"
		}
		return prefix + n
	case unitInfos()[k].en[0] != "":
		return prefix + n + " " + unitInfos()[k].en[form]
	}
	return prefix + n
}

// englishRank writes a rank: "27th", "1st"; "top 3" for a rank bounded
// above (前三, 第3以下), and "top 20%" for a rank given as a share of the
// peers (前20%).
func englishRank(q Quantity, prefix string) string {
	n, _ := englishNumber(q.value, q.high, int32(q.mag), q.bound == Range, false)
	percent := q.unit.counter == "%"
	if percent {
		n += "%"
	}
	switch {
	case q.bound == AtMost:
		return "top " + n
	case percent || !q.value.IsInteger() || q.bound == Range:
		return prefix + n
	}
	return prefix + n + ordinalSuffix(q.value)
}

// ordinalSuffix returns the English ordinal suffix of the integer n: "st"
// for 1 and 21, "nd" for 2, "rd" for 3, "th" for 4 and for 11 to 13.
func ordinalSuffix(n decimal.Decimal) string {
	last2 := n.Abs().Mod(decimal.NewFromInt(100)).IntPart()
	switch {
	case last2 >= 11 && last2 <= 13:
		return "th"
	case last2%10 == 1:
		return "st"
	case last2%10 == 2:
		return "nd"
	case last2%10 == 3:
		return "rd"
	}
	return "th"
}

// englishNumber writes lo × 10^mag (and the range's high end) in English:
// digits grouped, the printed precision kept, and a scale word for a
// million and more: "202.700 billion", "580,000", "1.5–5". signed puts "+"
// before positive numbers. one reports whether the number is exactly "1",
// for the singular of the unit that follows.
func englishNumber(lo, hi decimal.Decimal, mag int32, isRange, signed bool) (text string, one bool) {
	top := lo.Shift(mag).Abs()
	if isRange && hi.Shift(mag).Abs().Cmp(top) > 0 {
		top = hi.Shift(mag).Abs()
	}
	var scale int32
	var word string
	for _, s := range []struct {
		exp  int32
		word string
	}{{12, " trillion"}, {9, " billion"}, {6, " million"}} {
		if top.Cmp(decimal.New(1, s.exp)) >= 0 {
			scale, word = s.exp, s.word
			break
		}
	}
	text = englishDigits(lo, mag, scale, signed)
	if isRange {
		text += "–" + englishDigits(hi, mag, scale, signed)
	}
	return text + word, !isRange && word == "" && strings.TrimLeft(text, "+-") == "1"
}

// englishDigits writes d × 10^(mag−scale) with grouped digits and as many
// decimals as the printed digits of d need, and a sign.
func englishDigits(d decimal.Decimal, mag, scale int32, signed bool) string {
	places := max(0, scale-lastPrintedDigit(d, mag))
	s := d.Abs().Shift(mag - scale).StringFixed(places)
	intPart, frac, hasFrac := strings.Cut(s, ".")
	var b strings.Builder
	switch {
	case d.Sign() < 0:
		b.WriteString("-")
	case signed && d.Sign() > 0:
		b.WriteString("+")
	}
	b.WriteString(groupDigits(intPart))
	if hasFrac {
		b.WriteString(".")
		b.WriteString(frac)
	}
	return b.String()
}

// lastPrintedDigit returns the power of ten of the last significant digit
// of d × 10^mag as printed. Digits after the decimal point are all
// significant (2027.00亿 is exact to 10^6), trailing zeros of an integer are
// not (3000万 is exact to 10^7 at least).
func lastPrintedDigit(d decimal.Decimal, mag int32) int32 {
	if e := d.Exponent(); e < 0 {
		return mag + e
	}
	c := d.Coefficient()
	zeros := int32(0)
	if c.Sign() != 0 {
		for _, r := range strings.TrimLeft(c.String(), "-") {
			if r == '0' {
				zeros++
			} else {
				zeros = 0
			}
		}
	}
	return mag + d.Exponent() + zeros
}

// groupDigits groups a string of decimal digits in thousands as
// golang.org/x/text/number writes them for English: "580,000".
func groupDigits(digits string) string {
	n, err := strconv.ParseInt(digits, 10, 64)
	if err != nil {
		// Beyond int64, where no figure of the seeds goes: group by hand
		// as en does.
		var b strings.Builder
		for i, r := range digits {
			if i > 0 && (len(digits)-i)%3 == 0 {
				b.WriteByte(',')
			}
			b.WriteRune(r)
		}
		return b.String()
	}
	return message.NewPrinter(language.English).Sprint(number.Decimal(n))
}
