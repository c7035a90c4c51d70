package jinan

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/shopspring/decimal"

	"github.com/jinanfacts/jinan/internal/words"
)

// This file finds and classifies the numbers of a text for Extract:
// figures, dates, clock times and digits inside names and quotations.

// quoteSpans are the short spans inside quotation marks and titles: “…”,
// ‘…’, 《…》, 「…」 of at most maxQuoted characters, each ending at a newline
// when unclosed. A short quotation is a name or a slogan (“九大攻坚”); a
// long one is reported speech, whose figures are figures (“一个多亿的…”).
// Nested quotations are tracked by kind (“…‘宅经济’…”).
type quoteSpans struct {
	spans [4][]span
	next  [4]int
}

// maxQuoted is the longest quotation taken for a name: 《促进工业投资倍增三年行动计划》
// has 14 characters.
const maxQuoted = 20

var quotePairs = [4][2]rune{{'“', '”'}, {'‘', '’'}, {'《', '》'}, {'「', '」'}}

func newQuoteSpans(s string) quoteSpans {
	var q quoteSpans
	open := [4]int{-1, -1, -1, -1}
	for i, r := range s {
		if r == '\n' {
			open = [4]int{-1, -1, -1, -1}
			continue
		}
		for k, p := range quotePairs {
			switch r {
			case p[0]:
				open[k] = i
			case p[1]:
				if open[k] >= 0 && utf8.RuneCountInString(s[open[k]:i]) <= maxQuoted+1 {
					q.spans[k] = append(q.spans[k], span{open[k], i})
				}
				open[k] = -1
			}
		}
	}
	return q
}

// inside reports whether offset i is between a pair of quotation marks.
// Successive calls must not decrease i.
func (q *quoteSpans) inside(i int) bool {
	for k := range q.spans {
		sp := q.spans[k]
		for q.next[k] < len(sp) && sp[q.next[k]].end < i {
			q.next[k]++
		}
		if n := q.next[k]; n < len(sp) && sp[n].start < i && i < sp[n].end {
			return true
		}
	}
	return false
}

// halfFigures returns the halves a qualifier bounds: 不到半小时 is under
// half an hour. The parser reads no 半; a half without a qualifier (上半年,
// 半年度) is left alone.
func halfFigures(s string) []xItem {
	var out []xItem
	for off := 0; ; {
		k := strings.Index(s[off:], "半")
		if k < 0 {
			return out
		}
		at := off + k
		off = at + len("半")
		b, word := halfBound(s[:at])
		if word == "" {
			continue
		}
		u, n := halfUnit(s[off:])
		if n == 0 {
			continue
		}
		it := xItem{}
		it.Kind = FigureKind
		it.Start, it.End = at-len(word), off+n
		it.Quantity = Quantity{value: decimal.New(5, -1), unit: u, bound: b}
		it.Note = "半 is one half"
		it.fig.Unit = "半" // not unitless: a list does not give it a unit
		out = append(out, it)
	}
}

// halfBound returns the longest bound word of a half (不到, 将近, 约 …) that
// ends before, and its bound.
func halfBound(before string) (Bound, string) {
	var found words.BoundWord
	for _, w := range words.Bounds {
		if w.Use&words.Halves != 0 && len(w.Word) > len(found.Word) && strings.HasSuffix(before, w.Word) {
			found = w
		}
	}
	return boundOf(found.Bound), found.Word
}

// halfUnit returns the unit of a half (小时, 个月, 年, 天 …) that after
// starts with, and its length.
func halfUnit(after string) (Unit, int) {
	var found words.UnitWord
	for _, w := range words.UnitWords {
		if w.Use&words.Halves != 0 && len(w.Word) > len(found.Word) && strings.HasPrefix(after, w.Word) {
			found = w
		}
	}
	u, err := ParseUnit(found.Code) // the zero Unit when none
	if err != nil {
		return Unit{}, 0
	}
	return u, len(found.Word)
}

// numberToken is a run of digits with an optional decimal part, as the
// figure-coverage tool counts them (\d+(?:\.\d+)?), with its kind.
type numberToken struct {
	start, end int
	intEnd     int // the end of the integer digits
	kind       NumberKind
	note       string
}

func isDigitRune(r rune) bool { return '0' <= r && r <= '9' || '０' <= r && r <= '９' }

// digitsEnd returns the end of the run of digits at s[j:].
func digitsEnd(s string, j int) int { return digitsEndMax(s, j, len(s)) }

// digitsEndMax returns the end of the run of digits at s[j:], reading at
// most n digits.
func digitsEndMax(s string, j, n int) int {
	for ; j < len(s) && n > 0; n-- {
		r, size := utf8.DecodeRuneInString(s[j:])
		if !isDigitRune(r) {
			break
		}
		j += size
	}
	return j
}

func lastRune(s string) rune {
	r, _ := utf8.DecodeLastRuneInString(s)
	return r
}

// digitsStart returns the start of the run of digits that ends at j.
func digitsStart(s string, j int) int {
	for j > 0 {
		r, size := utf8.DecodeLastRuneInString(s[:j])
		if !isDigitRune(r) {
			break
		}
		j -= size
	}
	return j
}

// numberTokens returns the numbers of s in reading order, classified.
func numberTokens(s string) []numberToken {
	var out []numberToken
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if !isDigitRune(r) {
			i += size
			continue
		}
		t := numberToken{start: i}
		t.intEnd = digitsEnd(s, i)
		t.end = t.intEnd
		if t.end < len(s) && s[t.end] == '.' {
			if k := digitsEnd(s, t.end+1); k > t.end+1 {
				t.end = k
			}
		}
		t.kind, t.note = classifyNumber(s, t)
		out = append(out, t)
		i = t.end
	}
	return out
}

// classifyNumber applies the figure-coverage tool's rules for the numbers
// that are not figures: dates, clock times and digits inside names.
func classifyNumber(s string, t numberToken) (NumberKind, string) {
	intOnly := t.end == t.intEnd
	n := utf8.RuneCountInString(s[t.start:t.intEnd])
	before, after := s[:t.start], s[t.intEnd:]
	if intOnly {
		switch {
		case n == 4 && strings.HasPrefix(after, "年"):
			return DateKind, "year"
		case n <= 2 && monthRangeFirst(s, t.intEnd):
			return DateKind, "month range"
		case n <= 2 && strings.HasPrefix(after, "月"):
			return DateKind, "month"
		case n <= 2 && strings.HasSuffix(before, "月") && strings.HasPrefix(after, "日"):
			return DateKind, "day"
		case n == 1 && strings.HasSuffix(before, "前") && strings.HasPrefix(after, "个月"):
			return DateKind, "months so far"
		case strings.HasPrefix(after, "年来"):
			return DateKind, "a span of years"
		case strings.HasPrefix(after, ":") && digitsEndMax(s, t.intEnd+1, 1) > t.intEnd+1:
			return TimeKind, "clock time"
		case strings.HasSuffix(before, "已经") && strings.HasPrefix(after, "点"):
			return TimeKind, "clock time"
		case n == 4 && (strings.HasPrefix(after, "“") || strings.HasPrefix(after, "中国投资")):
			return NameKind, "a year in a name"
		case strings.HasPrefix(after, "G"):
			return NameKind, "digits glued to G"
		case s[t.start:t.intEnd] == "500" && strings.HasPrefix(after, "强") &&
			(strings.HasSuffix(before, "世界") || strings.HasSuffix(before, "中国")):
			return NameKind, "a ranking's name"
		case strings.HasSuffix(before, "“") && quotedDigits(s, t.intEnd):
			return NameKind, "a quoted number"
		case strings.HasSuffix(before, "+") && strings.HasPrefix(after, "+N"):
			return NameKind, "a quoted number"
		case anniversary(after):
			return NameKind, "an anniversary's name"
		case strings.HasSuffix(before, "成立") && strings.HasPrefix(after, "周年"):
			return NameKind, "an anniversary's name"
		case strings.HasPrefix(after, "英寸"):
			return NameKind, "a wafer size in a project's name"
		case strings.HasPrefix(after, "类创新药"):
			return NameKind, "a drug class"
		case strings.HasSuffix(before, "科技新") && strings.HasPrefix(after, "条"):
			return NameKind, "a policy's name"
		}
	}
	switch {
	case strings.HasSuffix(before, "+") && quotedSecond(s, t.start-1):
		return NameKind, "a quoted number"
	case strings.HasSuffix(before, ":") && isDigitRune(lastRune(s[:t.start-1])):
		return TimeKind, "clock time"
	}
	return FigureKind, ""
}

// monthRangeFirst reports whether s[k:] continues the first month of a
// range to its last: -3月 of 1-3月, 至9月 of 1至9月.
func monthRangeFirst(s string, k int) bool {
	for _, sep := range []string{"-", "—", "至"} {
		if strings.HasPrefix(s[k:], sep) {
			m := digitsEndMax(s, k+len(sep), 3)
			n := utf8.RuneCountInString(s[k+len(sep) : m])
			return n >= 1 && n <= 2 && strings.HasPrefix(s[m:], "月")
		}
	}
	return false
}

// quotedDigits reports whether s[k:] closes a quoted number after its
// first digits: ” of “1339”, +474” of “1+474”, +5+N” of “1+5+N”.
func quotedDigits(s string, k int) bool {
	for strings.HasPrefix(s[k:], "+") {
		m := digitsEnd(s, k+1)
		if m == k+1 {
			break
		}
		k = m
	}
	if strings.HasPrefix(s[k:], "+N") {
		k += len("+N")
	}
	return strings.HasPrefix(s[k:], "”")
}

// quotedSecond reports whether the + at plus follows “ and digits: the
// 474 of “1+474”.
func quotedSecond(s string, plus int) bool {
	d := digitsStart(s, plus)
	return d < plus && strings.HasSuffix(s[:d], "“")
}

// anniversary reports whether after continues N年 or N周年 into a title
// such as 辉煌70年 追梦新时代 or 70周年主题活动.
func anniversary(after string) bool {
	for _, y := range []string{"年", "周年"} {
		rest, ok := strings.CutPrefix(after, y)
		if !ok {
			continue
		}
		if r, size := utf8.DecodeRuneInString(rest); unicode.IsSpace(r) {
			rest = rest[size:]
		}
		if strings.HasPrefix(rest, "追梦") || strings.HasPrefix(rest, "主题") {
			return true
		}
	}
	return false
}
