package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/jinanfacts/jinan/internal/figure"
)

// This file reads a figure's phrase: the parser's reading from the words
// before the number, then what the parser leaves to the words around it:
// a written sign, a direction word the parser does not take (增长了5%, 比全
// 省高0.4个百分点, 压缩5日), 有余 after the unit, and what makes the reading
// uncertain (a second magnitude, a unit the tables do not know).

// maxPrefix bounds how far back from a number a phrase may start, in
// runes: 同比增长超过 has six, 同比下降幅度为约 nine.
const maxPrefix = 10

// phraseFrom returns where the words of the phrase of the number at at may
// start: back over the runes of the words a phrase starts with (同比, 下降,
// 达到, 超过, 第 …), at most maxPrefix runes, never before the last item.
func (x *extractor) phraseFrom(at int) int {
	s := x.text
	runes := vocab().prefixRunes
	j := at
	for n := 0; n < maxPrefix && j > x.last; n++ {
		r, size := runeBefore(s, j)
		if !runes.has(r) {
			break
		}
		j -= size
	}
	return j
}

// readFigure reads the figure whose number starts at num. sign is a minus
// (−1) or plus (+1) written at signAt just before the number, 0 for none;
// a written sign ends the words the parser reads, so the extractor reads
// those before it. ok is false when no figure phrase reads the number.
func (x *extractor) readFigure(num, sign, signAt int) (Item, bool) {
	s := x.text
	from := num
	if sign == 0 {
		from = x.phraseFrom(num)
	}
	f, ok := figure.ReadAt(s, from, num)
	if !ok {
		return Item{}, false
	}
	it := Item{Kind: Figure, Start: f.Start, End: f.End, Fig: f, numAt: num}
	x.check(&it)
	up := !f.Negative && startsUp(s[f.Start:f.End])
	switch {
	case sign > 0 && !ratioUnit(f.Unit) && f.Unit != "个百分点":
		// A plus before a count or a level joins the items of a list
		// (1个总体方案+4个综合性规划); only a rate is written with a plus.
	case sign != 0:
		it.Start = signAt
		it.dir = sign
		x.wordsBeforeSign(&it)
	case (f.Negative || up) && compoundVerb(s, f.Start):
		// 改造提升200万亩: the second verb of a pair is no direction.
		it.Start = f.Start + directionLen(s[f.Start:num])
		it.Fig.Negative = false
	case f.Negative:
		it.dir, it.worded = -1, true
	case up:
		it.dir, it.worded = 1, true
	default:
		x.directionBefore(&it)
	}
	return it, true
}

// compoundVerb reports whether a verb ends at i that makes the direction
// word after it the second verb of a pair: 改造提升, 整治提升.
func compoundVerb(s string, i int) bool {
	return hasSuffixAny(s[:i], "改造", "整治", "建设", "扩容", "优化", "升级", "打造")
}

// directionLen returns the length of the direction word, after 同比 or
// 环比, that words starts with.
func directionLen(words string) int {
	n := 0
	for _, c := range []string{"同比", "环比"} {
		if strings.HasPrefix(words, c) {
			n = len(c)
		}
	}
	return n + wordAfter(words, n, vocab().prefixes)
}

// startsUp reports whether a phrase starts with a word of increase, after
// 同比 or 环比: 同比增长20.7%, 提高11.1个百分点.
func startsUp(phrase string) bool {
	for _, c := range []string{"同比", "环比"} {
		phrase = strings.TrimPrefix(phrase, c)
	}
	return wordAfter(phrase, 0, vocab().ups) > 0
}

// check reads what follows the figure for a reading the parser could not
// make: a second magnitude (8.6万万吨) makes it malformed; a unit the tables
// do not know (2000万吨/年) flags it; 有余 bounds it.
func (x *extractor) check(it *Item) {
	s := x.text
	f := &it.Fig
	rest := s[it.End:]
	if f.Bound == figure.Exact {
		for _, w := range vocab().tails {
			if strings.HasPrefix(rest, w.Word) {
				it.End += len(w.Word)
				f.Bound = figure.BoundOf(w.Bound)
				return
			}
		}
	}
	r, size := utf8.DecodeRuneInString(rest)
	switch {
	case (r == '万' || r == '亿') && f.Magnitude != 0 && !f.Ordinal:
		it.End = x.tailEnd(it.End)
		it.Flags |= Malformed
		it.Note = "two magnitudes"
	case (r == '/' || r == '／') && f.Unit != "" && ideograph(runeAt(s, it.End+size)):
		it.End = wordEnd(s, it.End+size, 4)
		it.Flags |= UnknownUnit
		it.Note = "a unit per unit the tables do not know"
	case f.Unit == "" && f.Den == 0 && !f.Ordinal && (r == ' ' || r == '　') && wordAfter(s, skipSpaces(s, it.End), vocab().units) > 0:
		// 5.2 %: a space inside the figure leaves its unit unread.
		it.Flags |= UnknownUnit
		it.Note = "a space between the number and its unit"
	case f.Unit == "" && f.Den == 0 && !f.Ordinal && r >= utf8.RuneSelf && !follower(r) && (ideograph(r) || unicode.IsSymbol(r)) &&
		!strings.HasSuffix(s[it.Start:it.End], "级"):
		// 689.5毫米, 14.6℃: a number with no unit the tables know is
		// followed by a word or a sign that is one.
		it.Flags |= UnknownUnit
		it.Note = "a unit the tables do not know"
	}
}

// follower reports the runes that follow a number with no unit in prose:
// particles and conjunctions (的, 和, 至), the first runes of the words of
// direction, bound and comparison (缩小到, 以上), a numeral.
func follower(r rune) bool { return vocab().followers.has(r) || isNumeralRune(r) }

// ideograph reports a CJK ideograph.
func ideograph(r rune) bool { return unicode.Is(unicode.Han, r) }

func runeAt(s string, i int) rune {
	if i >= len(s) {
		return -1
	}
	r, _ := decodeRune(s, i)
	return r
}

// wordEnd returns the end of the run of at most n ideographs at s[i:].
func wordEnd(s string, i, n int) int {
	for ; i < len(s) && n > 0; n-- {
		r, size := decodeRune(s, i)
		if !ideograph(r) {
			break
		}
		i += size
	}
	return i
}

// tailEnd returns the end of the magnitude and unit that follow a number
// ending at j: 亿元 of 3.亿元, 万万吨 of 8.6万万吨.
func (x *extractor) tailEnd(j int) int {
	s := x.text
	for j < len(s) {
		r, size := decodeRune(s, j)
		if r != '十' && r != '百' && r != '千' && r != '万' && r != '亿' {
			break
		}
		j += size
	}
	if n := wordAfter(s, j, vocab().units); n > 0 {
		j += n
	}
	return j
}

// wordsBeforeSign reads the words before a written sign that the parser
// would have read before the number: bounds (约为-1.2个百分点), exact words (为
// -5.8%), a direction (增长-3.6%: the written sign is the value's) and 同比.
func (x *extractor) wordsBeforeSign(it *Item) {
	s := x.text
	p := it.Start
	for n := 0; n < 4 && p > x.last; n++ {
		w, start, ok := wordBefore(s, p, vocab().prefixes)
		if !ok || start < x.last {
			break
		}
		switch {
		case w.bound != 0 && it.Fig.Bound == figure.Exact:
			it.Fig.Bound = w.bound
		case w.direction < 0 && it.dir < 0:
			it.Flags |= Direction
			it.Note = "a word of decrease and a minus: which is meant?"
			it.worded = true
		case w.direction < 0:
			it.dir, it.worded = -1, true // 下降+3%: the word states the direction
		case w.direction > 0 && it.dir == 0:
			it.dir, it.worded = 1, true // 增长 5.2%
		case w.direction > 0:
			it.worded = true // 增长-3.6%: a growth, whose value is negative
		}
		p = start
	}
	it.Start = p
}

// skipSpaces returns the end of the spaces at s[i:].
func skipSpaces(s string, i int) int {
	for n := 0; n < 3 && i < len(s); n++ {
		switch {
		case s[i] == ' ':
			i++
		case strings.HasPrefix(s[i:], "　"):
			i += len("　")
		default:
			return i
		}
	}
	return i
}

// spacesBefore returns the start of the spaces that end at s[:i].
func spacesBefore(s string, i int) int {
	for n := 0; n < 3 && i > 0; n++ {
		switch {
		case s[i-1] == ' ':
			i--
		case strings.HasSuffix(s[:i], "　"):
			i -= len("　")
		default:
			return i
		}
	}
	return i
}

// directionBefore reads a direction the parser left before the phrase: a
// word of direction before 了 (增长了5%) or a space (增长 5.2%), a verb (压缩
// 5日), or a frame after the base of a comparison in the clause (比全省高0.4
// 个百分点).
func (x *extractor) directionBefore(it *Item) {
	s := x.text
	v := vocab()
	end := it.Start
	if p := spacesBefore(s, end); p < end && p >= x.last {
		// 增长 5.2%: the words the parser would have read, across a space.
		it.Start = p
		x.wordsBeforeSign(it)
		if it.Start == p {
			it.Start = end // no word before the space
		}
		return
	}
	if r, _ := runeBefore(s, end); !v.lastRunes.has(r) {
		return // no verb, frame or 了 ends here
	}
	if strings.HasSuffix(s[:end], "了") && end-len("了") >= x.last {
		if w, start, ok := wordBefore(s, end-len("了"), v.prefixes); ok && w.direction != 0 && start >= x.last {
			it.dir, it.Start, it.worded = w.direction, start, true
			return
		}
	}
	if d, start, ok := wordBefore(s, end, v.verbs); ok && start >= x.last {
		it.dir, it.Start, it.worded = d, start, true
		return
	}
	if d, start, ok := wordBefore(s, end, v.frames); ok && start >= x.last {
		clause := s[clauseStart(s, start, true):start]
		if strings.Contains(clause, "比") || strings.Contains(clause, "较") {
			it.dir, it.Start, it.worded = d, start, true
		}
	}
}
