package extract

import (
	"strings"
	"sync"
	"unicode/utf8"
)

// This file reads the period phrases of a text: 一季度, 1-10月, 前三季度,
// 2020年前9个月, 截至2020年10月底, 今年以来, as printed, without inventing a
// year. The latest one carries forward and dates the figures after it.

// periodWords are the period phrases that print no number, and the words
// that start a period phrase with one (截至3月末, 第一季度, 前三季度, 前两个
// 月): their first runes stop the scan.
var periodWords = [...]string{
	"过去的一年", "新的一年", "这一年", "近年来", "今年", "去年", "上年", "明年", "当年", "全年",
	"本年", "目前", "近日", "日前", "年内", "前三季度", "前两季度", "上半年", "下半年",
	"年末", "年底", "年初", "当月", "本月", "报告期内", "报告期末", "本期",
}

// periodWord reads the period phrase that starts with r at i, if any, and
// the words that change the comparison of a passage (从环比看, 从同比看);
// seconds are the second runes of the period words that start with r.
func (x *extractor) periodWord(i int, r rune, size int, seconds []rune) int {
	s := x.text
	switch r {
	case '从', '环', '同':
		rest := s[i:]
		switch {
		case strings.HasPrefix(rest, "从环比看") || strings.HasPrefix(rest, "环比看"):
			x.sequential = true
		case strings.HasPrefix(rest, "从同比看") || strings.HasPrefix(rest, "同比看"):
			x.sequential = false
		}
		if r != '从' {
			return i + size // 同比 and 环比 start no period
		}
	}
	if i < x.last || i+size >= len(s) || !mayStartPeriod(s, i, r, size, seconds) {
		return i + size
	}
	base := comparisonBase(s, i)
	if base && r != '第' && r != '前' && r != '这' && r != '过' && r != '新' {
		return i + size // 比上年, 较去年: a base of comparison that prints no number
	}
	end := periodAt(s, i)
	if end <= i {
		return i + size
	}
	if !base {
		x.period = s[i:end]
	}
	if numbered(s[i:end]) {
		x.add(Item{Kind: Date, Start: i, End: end, Note: "period"})
	}
	return end
}

// mayStartPeriod reports whether r at i and the rune after it may start a
// period phrase: 今年, 截至, 第一季度, 前三季度, 到2025年.
func mayStartPeriod(s string, i int, r rune, size int, seconds []rune) bool {
	r2, size2 := decodeRune(s, i+size)
	switch r {
	case '自', '从', '到', '截':
		if isDigitRune(r2) || isNumeralRune(r2) {
			return true
		}
	case '第':
		r3, _ := decodeRune(s, i+size+size2)
		return isQuarter(r2) && r3 == '季'
	case '前':
		return isNumeralRune(r2)
	}
	for _, c := range seconds {
		if c == r2 {
			return true
		}
	}
	return false
}

// numbered reports whether a phrase prints a number, in digits or as a
// Chinese numeral: a period that does is a date item of its own.
func numbered(phrase string) bool {
	for _, r := range phrase {
		if isDigitRune(r) || isNumeralRune(r) {
			return true
		}
	}
	return false
}

// comparisonBase reports whether the period at i is the base of a
// comparison, not the period of what follows: 比上年, 较一季度, 比1-4月,
// 与上年同期, 相当于上年同期.
func comparisonBase(s string, i int) bool {
	for _, w := range []string{"比", "较", "与", "相当于", "同"} {
		if strings.HasSuffix(s[:i], w) {
			return true
		}
	}
	return false
}

// periodAt returns the end of the period phrase at s[i:], or i.
func periodAt(s string, i int) int {
	j := i
	for _, p := range []string{"截至", "截止到", "截止", "自", "从", "到"} {
		if strings.HasPrefix(s[j:], p) {
			if k, _ := periodPart(s, j+len(p), partNone); k > j+len(p) {
				j += len(p)
			}
			break
		}
	}
	start, last := j, partNone
	for n := 0; n < 8; n++ { // a period phrase has a few parts
		k, part := periodPart(s, j, last)
		if k <= j {
			break
		}
		j, last = k, part
	}
	if j == start {
		return i
	}
	return j
}

type periodPartKind uint8

const (
	partNone periodPartKind = iota
	partYear
	partMonth
	partOther
)

// periodPart reads one part of a period phrase at s[j:], given the kind
// of the part before it, and returns its end and kind; j when there is
// none.
func periodPart(s string, j int, last periodPartKind) (int, periodPartKind) {
	rest := s[j:]
	first, _ := decodeRune(s, j)
	var words []string
	if runeClasses().of(first) >= classPeriod {
		words = periodWordsOf(first)
	}
	for _, w := range words {
		if !strings.HasPrefix(rest, w) {
			continue
		}
		after := rest[len(w):]
		switch {
		case (w == "去年" || w == "上年") && strings.HasPrefix(after, "同期"):
			return j, partNone
		case w == "全年" && (strings.HasPrefix(after, "任务") || strings.HasPrefix(after, "目标") ||
			strings.HasPrefix(after, "计划") || strings.HasPrefix(after, "收入")):
			return j, partNone
		case strings.HasPrefix(w, "年") && last != partNone:
			continue // 2020年末 reads 末 after the year
		}
		return j + len(w), partYear
	}
	if last == partYear || last == partMonth {
		for _, w := range []string{"以来", "度", "初", "底", "末"} {
			if strings.HasPrefix(rest, w) {
				return j + len(w), partOther
			}
		}
	}
	if strings.HasPrefix(rest, "第") {
		if k := quarterAt(s, j+len("第")); k > 0 {
			return k, partOther
		}
	}
	if k := quarterAt(s, j); k > 0 {
		return k, partOther
	}
	if strings.HasPrefix(rest, "前") {
		if k := numeralEnd(s, j+len("前"), 3); k > j+len("前") && strings.HasPrefix(s[k:], "个月") {
			return k + len("个月"), partMonth
		}
	}
	k := digitsEndMax(s, j, 5) // a year or a month has at most 4 digits
	n := utf8.RuneCountInString(s[j:k])
	switch {
	case n == 4 && strings.HasPrefix(s[k:], "年"):
		return k + len("年"), partYear
	case n == 4 && last == partNone:
		if m := yearRange(s, k); m > k {
			return m, partYear
		}
	case n > 0 && strings.HasPrefix(s[k:], "年来"):
		return k + len("年来"), partOther
	case n >= 1 && n <= 2:
		if m, ok := monthRange(s, k); ok {
			return monthTail(s, m), partMonth
		}
		if strings.HasPrefix(s[k:], "月") {
			return monthTail(s, k+len("月")), partMonth
		}
		if last == partMonth && (strings.HasPrefix(s[k:], "日") || strings.HasPrefix(s[k:], "号")) {
			return k + len("日"), partOther
		}
	case n == 0 && (last == partYear || last == partNone):
		if c := numeralEnd(s, j, 3); c > j && c-j <= len("十二") && strings.HasPrefix(s[c:], "月") && !strings.HasPrefix(s[j:], "两") {
			m := c + len("月")
			if last == partYear || strings.HasPrefix(s[m:], "份") || strings.HasPrefix(s[m:], "底") ||
				strings.HasPrefix(s[m:], "末") || strings.HasPrefix(s[m:], "初") {
				return monthTail(s, m), partMonth
			}
		}
	}
	return j, partNone
}

var (
	periodWordsOnce   sync.Once
	periodWordsByRune map[rune][]string
)

// periodWordsOf returns the period words that start with r, longest first.
func periodWordsOf(r rune) []string {
	periodWordsOnce.Do(func() {
		periodWordsByRune = map[rune][]string{}
		for _, w := range periodWords {
			first, _ := utf8.DecodeRuneInString(w)
			periodWordsByRune[first] = append(periodWordsByRune[first], w)
		}
	})
	return periodWordsByRune[r]
}

// yearRange reads the rest of 2019-2023年 from k, the end of the first
// year, and returns the end of 年; k when there is none.
func yearRange(s string, k int) int {
	for _, sep := range []string{"-", "—", "－", "至", "~", "～", "到"} {
		if strings.HasPrefix(s[k:], sep) {
			m := digitsEndMax(s, k+len(sep), 5)
			if utf8.RuneCountInString(s[k+len(sep):m]) == 4 && strings.HasPrefix(s[m:], "年") {
				return m + len("年")
			}
			return k
		}
	}
	return k
}

// quarterAt returns the end of 一季度 … 四季度 (or 1季度) at s[j:], or 0.
func quarterAt(s string, j int) int {
	r, size := decodeRune(s, j)
	if isQuarter(r) && strings.HasPrefix(s[j+size:], "季度") {
		return j + size + len("季度")
	}
	return 0
}

// monthRange reads the rest of 1-3月 or 1至9月 from k, the end of the first
// month, and returns the end of 月.
func monthRange(s string, k int) (int, bool) {
	for _, sep := range []string{"-", "—", "－", "至", "~", "～", "到"} {
		if strings.HasPrefix(s[k:], sep) {
			m := digitsEndMax(s, k+len(sep), 3)
			if n := utf8.RuneCountInString(s[k+len(sep) : m]); n >= 1 && n <= 2 && strings.HasPrefix(s[m:], "月") {
				return m + len("月"), true
			}
			return 0, false
		}
	}
	return 0, false
}

// monthTail reads 份, 末, 底, 初 or a ten-day word after a month.
func monthTail(s string, m int) int {
	if strings.HasPrefix(s[m:], "份") {
		m += len("份")
	}
	for _, w := range []string{"末", "底", "初", "上旬", "中旬", "下旬"} {
		if strings.HasPrefix(s[m:], w) {
			return m + len(w)
		}
	}
	return m
}

// numeralEnd returns the end of the Chinese numeral or digits at s[j:],
// reading at most n runes.
func numeralEnd(s string, j, n int) int {
	for ; j < len(s) && n > 0; n-- {
		r, size := decodeRune(s, j)
		if (!isNumeralRune(r) || r == '百' || r == '千' || r == '万' || r == '亿') && !isDigitRune(r) {
			break
		}
		j += size
	}
	return j
}

// digitsEndMax returns the end of the run of digits at s[j:], reading at
// most n digits.
func digitsEndMax(s string, j, n int) int {
	for ; j < len(s) && n > 0; n-- {
		r, size := decodeRune(s, j)
		if !isDigitRune(r) {
			break
		}
		j += size
	}
	return j
}

// digitsEnd returns the end of the run of digits at s[j:].
func digitsEnd(s string, j int) int { return digitsEndMax(s, j, len(s)) }
