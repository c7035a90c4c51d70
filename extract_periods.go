package jinan

import (
	"strings"
	"unicode/utf8"
)

// This file finds the period phrase before each figure Extract reads:
// 一季度, 1-10月, 前三季度, 今年以来, as printed, without inventing a year.

// periods sets each figure's Period: the nearest period phrase that ends
// before it in its paragraph.
func (x *extractor) periods() {
	s := x.text
	// A period phrase inside a figure is part of the figure: the 年内 of 3年内.
	spans := periodSpans(s)[:0:0]
	k := 0
	for _, sp := range periodSpans(s) {
		for k < len(x.items) && x.items[k].End <= sp.start {
			k++
		}
		if k < len(x.items) && x.items[k].Kind == FigureKind && x.items[k].Start < sp.end {
			continue
		}
		spans = append(spans, sp)
	}
	p, line, scanned := 0, 0, 0
	last := -1
	for i := range x.items {
		it := &x.items[i]
		// The paragraph starts after the last newline before the item.
		if k := strings.LastIndexByte(s[scanned:it.Start], '\n'); k >= 0 {
			line = scanned + k + 1
		}
		scanned = it.Start
		for p < len(spans) && spans[p].end <= it.Start {
			last = p
			p++
		}
		if it.Kind == FigureKind && last >= 0 && spans[last].start >= line {
			it.Period = s[spans[last].start:spans[last].end]
		}
	}
}

// span is a byte span [start, end).
type span struct{ start, end int }

// periodSpans returns the period phrases of s in reading order: 一季度,
// 1-3月份, 前三季度, 2020年前9个月, 截至2020年10月底, 今年以来, 这一年. A
// period after 比, 较, 与 or 相当于 is a base of comparison, not the period
// of what follows (比前两个月提高, 较去年增长), and is left out.
func periodSpans(s string) []span {
	var out []span
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if !periodStart(r) {
			i += size
			continue
		}
		if end := periodAt(s, i); end > i {
			if !comparisonBase(s, i) {
				out = append(out, span{i, end})
			}
			i = end
			continue
		}
		i += size
	}
	return out
}

// periodStart reports whether a period phrase may start with r: a digit,
// a Chinese numeral, or the first character of a period word (截至, 今年,
// 前三季度, 第一季度, 这一年 …).
func periodStart(r rune) bool {
	if isDigitRune(r) {
		return true
	}
	switch r {
	case '截', '自', '从', '到', '过', '新', '这', '近', '今', '去', '上', '明', '当', '全', '本', '目', '日', '年', '前', '下', '第',
		'零', '〇', '一', '二', '两', '三', '四', '五', '六', '七', '八', '九', '十':
		return true
	}
	return false
}

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
	for {
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
	for _, w := range []string{"过去的一年", "新的一年", "这一年", "近年来", "今年", "去年", "上年", "明年", "当年", "全年", "本年", "目前", "近日", "日前", "年内", "前三季度", "前两季度", "上半年", "下半年"} {
		if strings.HasPrefix(rest, w) {
			switch {
			case (w == "去年" || w == "上年") && strings.HasPrefix(rest[len(w):], "同期"):
				return j, partNone
			case w == "全年" && (strings.HasPrefix(rest[len(w):], "任务") || strings.HasPrefix(rest[len(w):], "目标") ||
				strings.HasPrefix(rest[len(w):], "计划") || strings.HasPrefix(rest[len(w):], "收入")):
				return j, partNone
			}
			return j + len(w), partYear
		}
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

// quarterAt returns the end of 一季度 … 四季度 (or 1季度) at s[j:], or 0.
func quarterAt(s string, j int) int {
	r, size := utf8.DecodeRuneInString(s[j:])
	if strings.ContainsRune("一二三四1234", r) && strings.HasPrefix(s[j+size:], "季度") {
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
	m = extendWords(s, m, len(s), "份")
	for _, w := range []string{"末", "底", "初", "上旬", "中旬", "下旬"} {
		if strings.HasPrefix(s[m:], w) {
			return m + len(w)
		}
	}
	return m
}

// numeralEnd returns the end of the Chinese numeral at s[j:], reading at
// most n characters.
func numeralEnd(s string, j, n int) int {
	for ; j < len(s) && n > 0; n-- {
		r, size := utf8.DecodeRuneInString(s[j:])
		if !strings.ContainsRune("零〇一二两三四五六七八九十", r) && !isDigitRune(r) {
			break
		}
		j += size
	}
	return j
}
