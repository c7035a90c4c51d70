package figure

import (
	"unicode/utf8"
)

// Scan returns the figure phrases of text in reading order, each with its
// byte span [Start, End) in text. In "进出口总额完成147.2亿元,同比增长48.1%"
// it finds "完成147.2亿元" and "同比增长48.1%".
//
// Scan reads each phrase as Parse does, so Parse(text[f.Start:f.End]) gives
// the same figure (with the span counted from 0), but it ends a phrase
// before whatever does not fit instead of failing: "3.8亿英镑" gives "3.8亿".
// It returns every Arabic number, except one glued to a Latin letter (5G,
// G20). It returns a Chinese numeral only with a unit, a rank, a fraction or
// a qualifier (两家, 第一, 首位, 四成, 三分之一, 百亿级, 过万亿元), so 一季度 and
// 十几 are not figures; nor is 前三季度, a period, nor the 一大 of 又一大动作. Dates are not recognised:
// "2020年" is returned as 2020 of unit 年 for the caller to classify.
//
// Scan never panics, skips invalid UTF-8, and runs in time linear in
// len(text): each attempt reads a bounded number of bytes, because a number
// longer than 30 digits is not a figure.
func Scan(text string) []Figure {
	var out []Figure
	loadTables()
	starts := startRunes
	for i := 0; i < len(text); {
		r, size := utf8.DecodeRuneInString(text[i:])
		if !starts.has(r) && !numeralish(r) {
			i += size // no word of the grammar starts with r: skip the parse
			continue
		}
		prev, _ := utf8.DecodeLastRuneInString(text[:i])
		if mayStart(prev, r) {
			p := parser{s: text, i: i, lax: true}
			if err := p.phrase(); (err == nil || err == errStop) && p.keep() {
				out = append(out, p.figure(i))
				i = p.i
				continue
			}
			if isDigit(narrow(r)) {
				i = runEnd(text, i)
				continue
			}
		}
		i += size
	}
	return out
}

// ReadAt reads the figure phrase that prints the number at offset at of
// text, starting at or after from: for the 4 of "全市同比下降4.4%" and from
// at 全, the phrase "同比下降4.4%". It reads as Scan does, so that the
// phrase is the one Scan would find, with its span in text, and reports
// false when no phrase reads that number: the 一 of 一季度, the 3 of 3.8亿英镑's
// neighbour. A phrase that prints a number before at is not that number's.
// ReadAt reads a bounded number of bytes from from; from must start a rune.
func ReadAt(text string, from, at int) (Figure, bool) {
	loadTables()
	starts := startRunes
	for i := from; i <= at && i < len(text); {
		r, size := decodeRune(text, i)
		if i == at || starts.has(r) {
			// A phrase that starts at a numeral before at prints a number
			// before at: only a word before the number is tried.
			prev, _ := utf8.DecodeLastRuneInString(text[:i])
			if mayStart(prev, r) {
				p := parser{s: text, i: i, lax: true}
				if err := p.phrase(); (err == nil || err == errStop) && p.keep() && p.numStart >= at && p.i > at {
					return p.figure(i), true
				}
			}
		}
		i += size
	}
	return Figure{}, false
}

// startRunes returns the first runes of the words a phrase may start with
// other than a number: 同比, 增长, 达, 约, 首位, 第, 前, 百分之 … A phrase
// starts with one of them or with a numeral, so Scan tries no parse at any
// other rune. loadTables builds it after the word tables.
var startRunes *runeSet

// mayStart reports whether a phrase may start at r, given the rune before.
func mayStart(prev, r rune) bool {
	if r == utf8.RuneError {
		return false
	}
	switch {
	case numeralish(r) && numeralish(prev):
		return false // inside a number: 二〇二〇, 十四五, 几十
	case prev == '数' && numeralish(r) && !isDigit(narrow(r)):
		return false // a vague number: 数十, 数万; but 预算数5000万元 is a figure
	}
	return !compoundSeconds.has(r) || !compounds[[2]rune{prev, r}]
}

// keep reports whether a lax read is a figure worth returning.
func (p *parser) keep() bool {
	switch {
	case !p.seen, p.numChinese && !p.marked:
		return false
	case p.f.Unit == "大" && p.f.Value.Equal(Decimal(1, 0)):
		return false // 又一大动作: "a big", not "the one big"
	case p.numStart > 0 && isASCIILetter(p.s[p.numStart-1]),
		p.numEnd < len(p.s) && isASCIILetter(p.s[p.numEnd]):
		return false // an identifier such as 5G or G20
	}
	return true
}

func isASCIILetter(c byte) bool { return 'a' <= c|0x20 && c|0x20 <= 'z' }

// runEnd returns the end of the run of digits, points and commas at i, so
// a malformed number is skipped whole.
func runEnd(s string, i int) int {
	for i < len(s) {
		r, size := utf8.DecodeRuneInString(s[i:])
		if c := narrow(r); !isDigit(c) && c != '.' && r != ',' {
			break
		}
		i += size
	}
	return i
}

// compounds are words whose second rune would otherwise start a phrase: in
// 通过3—5年 the 过 is "through", not "more than"; in 目前12家 the 前 is "now".
var compounds map[[2]rune]bool

// compoundSeconds are the second runes of compounds.
var compoundSeconds *runeSet
