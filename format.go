package jinan

import (
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/shopspring/decimal"
	"golang.org/x/text/currency"
	"golang.org/x/text/feature/plural"
	"golang.org/x/text/language"
	"golang.org/x/text/message"
	"golang.org/x/text/message/catalog"
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
// or, bounded above, as "top 3". Singular or plural and the ordinal's
// suffix follow the CLDR plural rules of English (golang.org/x/text/feature/plural)
// from the digits as printed: 1 year, 1.0 years, 21st. A count says what it
// counts only where the counter word does (列 trains, 名 and 人 persons,
// 次 times, 户 entities, 国 countries, 栋 buildings, 批 batches, 种 kinds,
// 个工作日 working days, and 家 enterprises, the thing 家 counts most
// often); 个 is a bare number, and any other counter is kept in brackets:
// 40 (支), which counts teams in one seed and vials in another. FormatFact
// names what a fact counts from its indicator. The zero Quantity is "".
func FormatQuantity(q Quantity, t language.Tag) string {
	if chinese(t) {
		return q.String()
	}
	return englishQuantity(q, false, Indicator(0))
}

// FormatFact returns f's figure as text in the language of t, written as
// its measure needs: growth carries its sign ("+20.7%", "-4.4%"; in
// Chinese "增长20.7%", "下降4.4%"); gaps, changes and contributions are in
// percentage points ("24.3 pp", "24.3个百分点"); a rank with its peer group
// reads "27th of 160" ("160家中第27名"). In English a count takes the noun
// of what its indicator counts, whatever the counter word: 14家 of the
// Chinese Academy of Sciences' institutes are "14 institutes", 13家
// development zones "13 development zones", 230家 enterprises "230
// enterprises". Other measures are as FormatQuantity writes them.
func FormatFact(f Fact, t language.Tag) string {
	q := f.Quantity()
	growth := f.Measure() == Growth || f.Measure() == AverageGrowth || f.Measure() == SequentialGrowth
	if chinese(t) {
		switch {
		case growth && (q.value.Sign() < 0 || q.bound == Range && q.high.Sign() < 0):
			// A fall is written by its size, whose bound is the negation's:
			// under −3% is 下降超过3%, −5% to −1% is 下降1—5%.
			if size, err := q.Neg(); err == nil {
				return words.Down.Word() + size.String()
			}
		case growth:
			return words.Up.Word() + q.String()
		case f.Measure() == Rank && !f.RankOf().IsZero():
			return f.RankOf().String() + "中" + q.String()
		}
		return q.String()
	}
	s := englishQuantity(q, growth, f.Indicator())
	if f.Measure() == Rank && !f.RankOf().IsZero() {
		of := f.RankOf()
		s += " of " + englishNumber(of.value, of.high, int32(of.mag), of.bound == Range, false)
	}
	return s
}

// The English messages: what a count counts and the units after a number,
// singular and plural, and the suffixes of ordinals, in a
// golang.org/x/text message catalogue. Plural forms are chosen by the CLDR
// rules of English that golang.org/x/text/feature/plural holds, from the
// digits as printed, so no table of suffixes or plurals is written by hand.
const (
	countKey   = "count/"   // + an indicator ID: 14 institutes
	counterKey = "counter/" // + a counter word: 83 trains
	unitKey    = "unit/"    // + a unit code: 24 hours
	ordinalKey = "ordinal/" // + a plural form: 2nd
)

var (
	englishOnce    sync.Once
	englishPrinter *message.Printer
	englishKeys    map[string]bool
)

// english returns the printer of the English messages and the keys its
// catalogue holds, built on first use. Each noun message takes the plural
// operand of the number (a pluralOperand) as its first argument and the
// number as written as its second.
func english() (*message.Printer, map[string]bool) {
	englishOnce.Do(func() {
		b := catalog.NewBuilder(catalog.Fallback(language.English))
		englishKeys = map[string]bool{}
		noun := func(key string, forms [2]string) {
			// Selectf with plural.One and plural.Other, both valid forms of
			// English, cannot fail.
			_ = b.Set(language.English, key, plural.Selectf(1, "",
				plural.One, "%[2]s "+forms[0], plural.Other, "%[2]s "+forms[1]))
			englishKeys[key] = true
		}
		for _, n := range words.Nouns {
			noun(countKey+n.Indicator, n.English)
		}
		for _, c := range words.Counters {
			if c.English[0] != "" {
				noun(counterKey+c.Word, c.English)
			}
		}
		for _, u := range words.Units {
			if u.English[0] != "" {
				noun(unitKey+u.Code, u.English)
			}
		}
		// English has four ordinal forms: 1st, 2nd, 3rd and the others.
		for _, o := range ordinalSuffixes {
			_ = b.SetString(language.English, ordinalKey+o.name, "%[2]s"+o.suffix)
		}
		englishPrinter = message.NewPrinter(language.English, message.Catalog(b))
	})
	return englishPrinter, englishKeys
}

// ordinalSuffixes are the English messages of the CLDR ordinal plural
// forms of English, by the form's name.
var ordinalSuffixes = [...]struct {
	form         plural.Form
	name, suffix string
}{
	{plural.One, "one", "st"}, {plural.Two, "two", "nd"}, {plural.Few, "few", "rd"}, {plural.Other, "other", "th"},
}

// pluralOperand is a number as printed, d × 10^mag, for the plural rules:
// it implements plural.Interface, so a catalogue message selects its form.
// A range is plural whatever its ends (3–5 years, 1–2 years).
type pluralOperand struct {
	d       decimal.Decimal
	mag     int32
	isRange bool
}

// digits returns the operands of plural.Rules.MatchDigits: the printed
// digits, the position of the decimal point and the visible decimals.
func (o pluralOperand) digits() (digits []byte, exp, scale int) {
	d := o.d.Shift(o.mag)
	c := strings.TrimLeft(d.Coefficient().String(), "-")
	for _, r := range c {
		digits = append(digits, byte(r-'0'))
	}
	return digits, len(c) + int(d.Exponent()), max(0, -int(d.Exponent()))
}

// PluralForm implements plural.Interface with the cardinal rules of t.
func (o pluralOperand) PluralForm(t language.Tag, _ int) (plural.Form, int) {
	if o.isRange {
		return plural.Other, 0
	}
	digits, exp, scale := o.digits()
	return plural.Cardinal.MatchDigits(t, digits, exp, scale), 0
}

// withNoun writes the number n (written as text) and the noun the message
// key names, singular or plural as n needs; ok is false when the catalogue
// has no such message.
func withNoun(key, text string, n pluralOperand) (string, bool) {
	p, keys := english()
	if !keys[key] {
		return "", false
	}
	return p.Sprintf(key, n, text), true
}

// ordinal writes the integer n, written as text, as an English ordinal by
// the CLDR ordinal rules of English: "1st", "22nd", "13th".
func ordinal(text string, n decimal.Decimal) string {
	digits, exp, scale := pluralOperand{d: n.Abs()}.digits()
	form := plural.Ordinal.MatchDigits(language.English, digits, exp, scale)
	name := "other"
	for _, o := range ordinalSuffixes {
		if o.form == form {
			name = o.name
		}
	}
	p, _ := english()
	return p.Sprintf(ordinalKey+name, 0, text)
}

// englishQuantity writes q in English; signed puts "+" before a positive
// number, as growth is written. A count of the indicator counted (valid
// for a fact) takes that indicator's noun.
func englishQuantity(q Quantity, signed bool, counted Indicator) string {
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
		n := englishNumber(q.value, q.high, int32(q.mag), isRange, signed)
		return prefix + n + "/" + strconv.FormatInt(q.Denominator(), 10)
	}
	if q.unit.kind == kindMonthEnd && q.bound == AtMost && q.value.IsInteger() && q.value.Sign() > 0 && q.value.Cmp(decimal.NewFromInt(12)) <= 0 {
		return "by the end of " + time.Month(q.value.IntPart()).String() // 9月底前
	}
	mag := int32(q.mag)
	if q.unit.kind == kindTenth {
		mag++ // 4成 is 40%
	}
	n := englishNumber(q.value, q.high, mag, isRange, signed)
	operand := pluralOperand{d: q.value, mag: mag, isRange: isRange}
	switch k := q.unit.kind; {
	case k == kindCurrency:
		return prefix + message.NewPrinter(language.English).Sprint(currency.ISO(q.unit.cur)) + " " + n
	case k == kindPercent || k == kindTenth:
		return prefix + n + "%"
	case k == kindCount:
		if s, ok := withNoun(countKey+counted.ID(), n, operand); ok {
			return prefix + s
		}
		if s, ok := withNoun(counterKey+q.unit.counter, n, operand); ok {
			return prefix + s
		}
		if c := q.unit.counter; c != "" && c != "个" {
			return prefix + n + " (" + c + ")"
		}
		return prefix + n
	}
	if s, ok := withNoun(unitKey+q.unit.String(), n, operand); ok {
		return prefix + s
	}
	return prefix + n
}

// englishRank writes a rank: "27th", "1st"; "top 3" for a rank bounded
// above (前三, 第3以下), and "top 20%" for a rank given as a share of the
// peers (前20%).
func englishRank(q Quantity, prefix string) string {
	n := englishNumber(q.value, q.high, int32(q.mag), q.bound == Range, false)
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
	return prefix + ordinal(n, q.value)
}

// englishNumber writes lo × 10^mag (and the range's high end) in English:
// digits grouped, the printed precision kept, and a scale word for a
// million and more: "202.700 billion", "580,000", "1.5–5". signed puts "+"
// before positive numbers.
func englishNumber(lo, hi decimal.Decimal, mag int32, isRange, signed bool) string {
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
	text := englishDigits(lo, mag, scale, signed)
	if isRange {
		text += "–" + englishDigits(hi, mag, scale, signed)
	}
	return text + word
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
