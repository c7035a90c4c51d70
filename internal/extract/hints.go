package extract

import (
	"strings"
	"unicode/utf8"
)

// This file guesses what a figure states from the words of its clause, and
// against what: the hint and the benchmark.

// maxLook bounds how far back from a figure the extractor reads the words
// of its clause: 40 Chinese characters. It keeps Extract linear.
const maxLook = 120

// hint returns what a figure states, from w, the clause before the first
// item of its list, and tight, the part of it after the last 、.
func (x *extractor) hint(it *Item, w, tight string) (Hint, string) {
	s := x.text
	v := vocab()
	f := it.Fig
	phrase := s[it.Start:it.End]
	// A written sign is the value's, not a word of change: 贡献率为-5.8% is
	// a share, 净利润为-2.36亿元 a level.
	changed := it.Sign != 0 && it.worded
	switch u := f.Unit; {
	case f.Ordinal:
		return Rank, rankBenchmark(tight)
	case it.Fig.Bound == 0:
		return Level, ""
	case u == "个百分点":
		if at, word := v.contributions.last(w); at >= 0 {
			return Contribution, trimBench(w[at+len(word):])
		}
		if v.contributions.any(s[it.Start:it.numAt]) {
			return Contribution, ""
		}
		if at, gap := v.gaps.last(w); at >= 0 {
			return gapOrChange(trimBench(w[at+len(gap):]))
		}
		if at, n := lastBase(w); at >= 0 && changed {
			return gapOrChange(trimBench(w[at+n:]))
		}
		if changed {
			return Change, ""
		}
		return Difference, ""
	case ratioUnit(u) || u == "fraction":
		tail := s[it.End:min(len(s), it.End+18)]
		if w == "" && !changed {
			// 占比较上年提高2.3个百分点，达到75.2%: the clause before names it.
			if at := clauseStart(s, it.Start, false); at > 0 {
				_, size := decodeLastRune(s, at)
				w = s[clauseStart(s, at-size, false) : at-size]
			}
		}
		switch {
		case strings.Contains(w, "环比") || strings.Contains(phrase, "环比") || it.Inferred&sequentialBasis != 0 && !strings.Contains(w, "同比"):
			return SequentialGrowth, ""
		case changed && v.sequentialBases.any(w):
			return SequentialGrowth, ""
		case strings.Contains(w, "年均") || strings.HasSuffix(tight, "平均"):
			return AverageGrowth, ""
		case changed:
			return Growth, ""
		case v.priorWords.any(w) || strings.Contains(w, "是") && strings.HasSuffix(w, "的"):
			at, word := lastOf(w, []string{"相当于", "恢复到", "恢复至", "是"})
			bench := trimBench(w[at+len(word):])
			if periodic(bench) {
				return PriorYearRatio, bench
			}
			return Level, bench
		case v.shareWords.any(w):
			at, _ := afterLast(w, "占")
			if strings.HasPrefix(at, "比") || strings.HasPrefix(at, "有率") {
				at = ""
			}
			return Share, trimBench(at)
		case v.completionWords.any(w) || budget(w) || strings.Contains(w, "完成") && !strings.Contains(w, "占"):
			at, ok := afterLast(w, "占")
			if !ok {
				at, _ = afterLast(w, "完成")
			}
			if strings.HasPrefix(at, "率") { // 完成率: a rate of no named target
				at = ""
			}
			return Completion, trimBench(at)
		case strings.Contains(w, "占"):
			at, _ := afterLast(w, "占")
			if strings.HasPrefix(at, "比") || strings.HasPrefix(at, "有率") { // 占比, 占有率: no named whole
				at = ""
			}
			return Share, trimBench(at)
		case v.growthWords.any(w) || fallAfter(tail) ||
			hasPrefixAny(tail, "的同比", "的增幅", "的涨幅", "的调控目标", "的预期目标", "的增长目标"):
			return Growth, ""
		case strings.HasPrefix(tail, "的"):
			return Share, "" // 87.6%的受访者: a part of those named after it
		}
		return Level, ""
	case changed:
		return Difference, ""
	case (strings.HasSuffix(tight, "数") || strings.HasSuffix(tight, "算")) && hasSuffixAny(tight, "预算数", "预算", "任务数", "目标数", "计划数", "核定数"):
		return Target, ""
	case u == "" && containsAny(w, "结构", "比例"):
		return Share, ""
	}
	return Level, ""
}

// budget reports whether w names a budget as a whole to complete (完成预
// 算的, 年初预算数), not a budget's revenue or spending (一般公共预算收入).
func budget(w string) bool {
	for off := 0; ; {
		i := strings.Index(w[off:], "预算")
		if i < 0 {
			return false
		}
		off += i + len("预算")
		if rest := w[off:]; !strings.HasPrefix(rest, "收入") && !strings.HasPrefix(rest, "支出") && !strings.HasPrefix(rest, "本级") {
			return true
		}
	}
}

// lastBase returns the offset of the last base of a comparison in w (比 or
// 较, not the 比 of 比重, 比例, 比率 or 占比) and its length; -1 for none.
func lastBase(w string) (int, int) {
	for end := len(w); end > 0; {
		i, word := vocab().baseWords.last(w[:end])
		if i < 0 {
			return -1, 0
		}
		rest := w[i+len(word):]
		if word == "比" && (hasPrefixAny(rest, "重", "例", "率", "值") || strings.HasSuffix(w[:i], "占")) {
			end = i
			continue
		}
		return i, len(word)
	}
	return -1, 0
}

func hasPrefixAny(s string, words ...string) bool {
	for _, w := range words {
		if strings.HasPrefix(s, w) {
			return true
		}
	}
	return false
}

// gapOrChange makes a figure in percentage points against bench a change
// when bench is an earlier period of the same subject (比一季度加快0.7个百分
// 点), a gap when it is another subject (比全省高0.4个百分点).
func gapOrChange(bench string) (Hint, string) {
	if periodic(bench) {
		return Change, bench
	}
	return Gap, bench
}

// periodic reports whether a benchmark names a period: 上年, 一季度, 1-4月,
// 去年同期, 期初.
func periodic(bench string) bool {
	return vocab().periodWords.any(bench) ||
		strings.HasPrefix(bench, "上") || strings.HasPrefix(bench, "去") || strings.HasPrefix(bench, "前")
}

// rankBenchmark returns the peer group of a rank as printed: from the first
// scope word after the last rank verb (居全省第一: 全省), or from the last
// scope word of the clause.
func rankBenchmark(w string) string {
	from := -1
	v := vocab()
	if at, verb := v.rankVerbs.last(w); verb != "" {
		if k, sc := firstOf(w[at+len(verb):], v.scopeWords.words); sc != "" {
			from = at + len(verb) + k
		}
	}
	if from < 0 {
		from, _ = v.scopeWords.last(w)
	}
	if from < 0 {
		return ""
	}
	return trimBench(w[from:])
}

// trimBench trims the words that join a benchmark to its figure:
// 一般公共预算收入的比重达到 gives 一般公共预算收入.
func trimBench(b string) string {
	for {
		t := b
		for _, w := range []string{"的", "比重", "达到", "达", "为", "增幅", "增速", "排名", "评价", "位居", "位列", "居", "列", "在",
			"分别", "均", "都", "同比", "增长", "下降"} {
			t = strings.TrimSuffix(t, w)
		}
		if t == b {
			return strings.TrimSpace(b)
		}
		b = t
	}
}

// clauseStart returns where the clause that ends at i starts: after the
// last clause punctuation (and after 、 when tight), at most maxLook bytes
// back, on a character boundary. It reads bytes: every mark but the ASCII
// ones is a three-byte rune led by 0xE2 (…), 0xE3 (、。) or 0xEF (，；：！？).
func clauseStart(s string, i int, tight bool) int {
	lo := max(0, i-maxLook)
	for j := i - 1; j >= lo; j-- {
		switch c := s[j]; {
		case c == ',' || c == ';' || c == '!' || c == '?' || c == '\n':
			return j + 1
		case (c == 0xe2 || c == 0xe3 || c == 0xef) && j+3 <= i:
			switch s[j : j+3] {
			case "，", "。", "；", "：", "！", "？", "…":
				return j + 3
			case "、":
				if tight {
					return j + 3
				}
			}
		}
	}
	for lo < i && !utf8.RuneStart(s[lo]) {
		lo++
	}
	return lo
}

// clauseStarts returns clauseStart(s, i, true) and clauseStart(s, i,
// false) in one pass.
func clauseStarts(s string, i int) (tight, wide int) {
	tight = -1
	lo := max(0, i-maxLook)
	for j := i - 1; j >= lo; j-- {
		switch c := s[j]; {
		case c == ',' || c == ';' || c == '!' || c == '?' || c == '\n':
			wide = j + 1
			return max(tight, wide), wide
		case (c == 0xe2 || c == 0xe3 || c == 0xef) && j+3 <= i:
			switch s[j : j+3] {
			case "，", "。", "；", "：", "！", "？", "…":
				wide = j + 3
				return max(tight, wide), wide
			case "、":
				if tight < 0 {
					tight = j + 3
				}
			}
		}
	}
	for lo < i && !utf8.RuneStart(s[lo]) {
		lo++
	}
	return max(tight, lo), lo
}

func containsAny(s string, words ...string) bool {
	for _, w := range words {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}

func hasSuffixAny(s string, words ...string) bool {
	for _, w := range words {
		if strings.HasSuffix(s, w) {
			return true
		}
	}
	return false
}

// afterLast returns what follows the last w in s.
func afterLast(s, w string) (string, bool) {
	i := strings.LastIndex(s, w)
	if i < 0 {
		return "", false
	}
	return s[i+len(w):], true
}

// lastOf returns the offset of the last occurrence in s of any of words,
// and the word; -1 and "" when none occurs.
func lastOf(s string, words []string) (int, string) {
	at, word := -1, ""
	for _, w := range words {
		if i := strings.LastIndex(s, w); i > at {
			at, word = i, w
		}
	}
	return at, word
}

// firstOf returns the offset of the first occurrence in s of any of words,
// and the word.
func firstOf(s string, words []string) (int, string) {
	at, word := -1, ""
	for _, w := range words {
		if i := strings.Index(s, w); i >= 0 && (at < 0 || i < at) {
			at, word = i, w
		}
	}
	return at, word
}
