package extract

import (
	"strings"
	"unicode/utf8"

	"github.com/jinanfacts/jinan/internal/figure"
	"github.com/jinanfacts/jinan/internal/words"
)

// This file reads the numbers written as Chinese numerals, and says what a
// figure's phrase is when it is not a statistic: a rank or an ordinal of a
// name, a session, a period, wording.

// numeralRunEnd returns the end of the run of numeral runes at s[i:].
func numeralRunEnd(s string, i int) int {
	for i < len(s) {
		r, size := decodeRune(s, i)
		if !isNumeralRune(r) {
			break
		}
		i += size
	}
	return i
}

// numeral reads the Chinese numeral (or 首 of 首位) at i.
func (x *extractor) numeral(i, size int) int {
	s := x.text
	r, _ := decodeRune(s, i)
	if r == '首' {
		if !strings.HasPrefix(s[i:], "首位") {
			return i + size // 首次, 首个, 首批
		}
		if it, ok := x.readFigure(i, 0, -1); ok {
			it.Kind, it.Note = x.figureKind(&it)
			x.add(it)
			return it.End
		}
		return i + size
	}
	end := numeralRunEnd(s, i)
	prev, psize := runeBefore(s, i)
	place := r == '十' || r == '百' || r == '千' || r == '万' || r == '亿'
	switch {
	case (prev == '上' || prev == '数') && place && i-psize >= x.last && !strings.HasSuffix(s[:i-psize], "成千"):
		// 上亿元, 数十亿元: an order of magnitude, not a figure.
		x.add(Item{Kind: Figure, Start: i - psize, End: x.tailEnd(end), Flags: Vague, Note: "an order of magnitude", numAt: i})
		return x.last
	case prev == '每' && i-psize >= x.last:
		x.add(Item{Kind: Word, Start: i - psize, End: x.tailEnd(end), Note: "a unit of reference", numAt: i})
		return x.last
	}
	if next, _ := decodeRune(s, end); next != '季' && next != '月' && next != '年' {
		// no period: 一季度, 三月份 and 二〇二〇年 are the numerals of one
	} else if e := periodAt(s, i); e > i {
		if !comparisonBase(s, i) {
			x.period = s[i:e]
		}
		x.add(Item{Kind: Date, Start: i, End: e, Note: "period", numAt: i})
		return e
	}
	if k, note, start, e := x.classifyNumeral(i, end); k != 0 {
		x.add(Item{Kind: k, Start: start, End: e, Note: note, numAt: i})
		return max(e, i+size)
	}
	if !marked(s, i, end, prev) {
		return end // 进一步, 统一, 一些: the parser would keep no figure
	}
	it, ok := x.readFigure(i, 0, -1)
	if !ok {
		return end
	}
	it.Kind, it.Note = x.figureKind(&it)
	x.add(it)
	return max(it.End, i+size)
}

// marked reports whether a Chinese numeral at [i, end) may be a figure,
// as the parser keeps one: with a unit or counter after it (两家, 四成),
// a rank word before it (第一, 前三), a fraction (三分之一), a qualifier
// (一年多, 十余家), or a magnitude in it (过万亿元, 百亿级).
func marked(s string, i, end int, prev rune) bool {
	if prev == '第' || prev == '前' {
		return true
	}
	for j := i; j < end; {
		r, size := decodeRune(s, j)
		if r == '万' || r == '亿' {
			return true
		}
		j += size
	}
	after := s[end:]
	for _, w := range []string{"分之", "多", "余", "个多"} {
		if strings.HasPrefix(after, w) {
			return true
		}
	}
	return wordAfter(s, end, vocab().units) > 0
}

// classifyNumeral says what a Chinese numeral is before the parser reads
// it, when its neighbours say it is not a figure: the ordinal of a session
// (十二届, 三次全会, 三中全会, 二十大), a list marker (一是, 一、, （一）), a
// numeral of a name (第一产业, 三次产业) or a period (过去五年, 两年平均).
func (x *extractor) classifyNumeral(i, end int) (Kind, string, int, int) {
	s := x.text
	before, after := s[:i], s[end:]
	next, _ := decodeRune(s, end)
	prev, _ := runeBefore(s, i)
	if !opensNumeralWord(next) && !closesNumeralWord(prev) {
		return 0, "", 0, 0 // no rule below applies
	}
	start := i
	if strings.HasSuffix(before, "第") && i-len("第") >= x.last {
		start = i - len("第")
	}
	switch {
	case strings.HasPrefix(after, "届"):
		return Session, "the ordinal of a session", start, end + len("届")
	case strings.HasPrefix(after, "中全会"):
		return Session, "the ordinal of a plenary session", start, end + len("中全会")
	case strings.HasPrefix(after, "中、") && strings.Contains(after[:min(len(after), 30)], "中全会"):
		return Session, "the ordinal of a plenary session", start, end + len("中")
	}
	if rest, ok := strings.CutPrefix(after, "次"); ok {
		meeting := false
		for _, w := range []string{"全体会议", "全会", "会议", "大会", "常委会"} {
			meeting = meeting || strings.HasPrefix(rest, w)
		}
		if meeting && (start < i || sessionBefore(s[max(0, i-36):i])) {
			return Session, "the ordinal of a session", start, end + len("次")
		}
	}
	if strings.HasPrefix(after, "大") && congress(s, i, end) {
		return Session, "the ordinal of a party congress", start, end + len("大")
	}
	clause := clauseHead(s, start)
	switch {
	case strings.HasPrefix(after, "是") && clause:
		return Word, "a list marker", i, end + len("是")
	case strings.HasPrefix(after, "、") && lineHead(s, i):
		return Word, "a list marker", i, end + len("、")
	case (strings.HasSuffix(before, "（") || strings.HasSuffix(before, "(")) && (strings.HasPrefix(after, "）") || strings.HasPrefix(after, ")")):
		_, size := utf8.DecodeLastRuneInString(before)
		_, csize := utf8.DecodeRuneInString(after)
		return Word, "a list marker", i - size, end + csize
	case start < i && clause && (strings.HasPrefix(after, "，") || strings.HasPrefix(after, "、") && !strings.Contains(after[:min(len(after), 24)], "产业")):
		return Word, "a list marker", start, end
	case strings.HasSuffix(before, "其") && (strings.HasPrefix(after, "，") || strings.HasPrefix(after, "是")):
		return Word, "a list marker", i, end
	case start < i && (strings.HasPrefix(after, "产业") || strings.HasPrefix(after, "、") && strings.Contains(after[:min(len(after), 24)], "产业")):
		return Name, "a sector", start, end
	case strings.HasPrefix(after, "次产业"):
		return Name, "the sectors", i, end + len("次产业")
	}
	if rest, ok := strings.CutPrefix(after, "年"); ok && (strings.HasPrefix(rest, "规划") || strings.HasPrefix(rest, "计划") || strings.HasPrefix(rest, "行动")) {
		return Name, "a plan's name", start, end + len("年")
	}
	if rest, ok := strings.CutPrefix(after, "年"); ok && start == i {
		for _, w := range []string{"过去", "近", "未来", "今后", "最近", "这"} {
			if strings.HasSuffix(before, w) {
				return Date, "a span of years as a period", i, end + len("年")
			}
		}
		for _, w := range []string{"来", "以来", "前", "后", "间", "里", "中", "平均"} {
			if strings.HasPrefix(rest, w) {
				return Date, "a span of years as a period", i, end + len("年")
			}
		}
	}
	return 0, "", 0, 0
}

// sessionBefore reports whether the text before N次会议 names a body that
// meets in numbered sessions: 届, 人大, 政协, 委员会, 董事会.
func sessionBefore(before string) bool {
	for _, w := range []string{"届", "人大", "政协", "委员会", "常委会", "董事会", "监事会", "大会", "市委", "省委", "区委", "县委", "党委"} {
		if strings.Contains(before, w) {
			return true
		}
	}
	return false
}

// congress reports whether the numeral N of N大 at [i, end) is the ordinal
// of a party congress (党的二十大) rather than a count of named groups (三大
// 核心产业, 十大产业集群): a congress is numbered past ten, and is named by
// 党的 or 中共 before it, or followed by the words said of a congress.
func congress(s string, i, end int) bool {
	if utf8.RuneCountInString(s[i:end]) < 2 {
		return false // 十大 and the numbers under ten are counts
	}
	before, after := s[:i], s[end+len("大"):]
	if strings.HasSuffix(before, "党的") || strings.HasSuffix(before, "中共") || strings.HasSuffix(before, "十九大和") {
		return true
	}
	for _, w := range []string{"精神", "报告", "会议", "代表", "以来", "胜利", "召开", "期间", "提出", "作出", "部署",
		"强调", "擘画", "明确", "重要", "开幕", "闭幕", "和", "、", "，", "。"} {
		if strings.HasPrefix(after, w) {
			return true
		}
	}
	return false
}

// clauseHead reports whether offset i starts a clause: after a clause mark,
// a line break or the start of the text.
func clauseHead(s string, i int) bool {
	r, _ := runeBefore(s, i)
	return i == 0 || r == '，' || r == '。' || r == '；' || r == '：' || r == '\n' || r == ' ' || r == '　' || r == ','
}

// lineHead reports whether offset i starts a line, spaces aside, or
// follows a full stop.
func lineHead(s string, i int) bool {
	for i > 0 {
		r, size := decodeLastRune(s, i)
		switch r {
		case ' ', '　', '\t':
			i -= size
			continue
		case '\n', '。':
			return true
		}
		return false
	}
	return true
}

// figureKind says what a read phrase is: a figure, or a rank that is not
// one (an ordinal of a name or a session, a period), or wording; with the
// note of a number that is not a figure.
func (x *extractor) figureKind(it *Item) (Kind, string) {
	s := x.text
	f := it.Fig
	phrase := s[it.Start:it.End]
	after := s[it.End:]
	chinese := !isDigitRune(runeAt(s, it.numAt))
	switch {
	case it.Flags != 0:
		return Figure, it.Note
	case chinese && it.numAt-x.lastQuote <= 4*(maxQuoted+1) && (quoted(s, it.numAt) || parenthesized(s, it.numAt)) && !x.quotedCount(it):
		return Name, "a Chinese numeral in a quoted name"
	case f.Ordinal && strings.Contains(phrase, "第"):
		switch {
		case strings.HasPrefix(after, "季度"):
			return Date, "quarter"
		case f.Unit == "年" || f.Unit == "个月" || f.Unit == "日" || f.Unit == "天":
			return Date, "an ordinal year, month or day"
		case f.Unit == "次" && (strings.HasPrefix(after, "会议") || strings.HasPrefix(after, "全体会议") || strings.HasPrefix(after, "全会")):
			return Session, "the ordinal of a session"
		case f.Unit == "" && (strings.HasPrefix(after, "届") || strings.HasPrefix(after, "次")):
			return Session, "the ordinal of a session"
		case strings.HasPrefix(after, "时间") && f.Unit == "":
			return Word, "an idiom: 第一时间"
		case f.Unit == "" && (strings.HasPrefix(after, "产业") || strings.HasPrefix(after, "、") && strings.Contains(after[:min(len(after), 24)], "产业")):
			return Name, "a sector"
		case f.Unit == "" && strings.HasPrefix(after, "，") && clauseHead(s, it.Start):
			return Word, "a list marker"
		case !rankContext(s[clauseStart(s, it.Start, false):it.Start]) && !strings.HasPrefix(after, "名") && f.Unit != "名" && f.Unit != "位":
			return Name, "an ordinal that is not a rank"
		}
	case f.Unit == "个月" && strings.HasSuffix(s[:it.Start], "前"):
		return Date, "months so far"
	case f.Unit == "年" && strings.HasPrefix(after, "来"):
		return Date, "a span of years"
	case f.Unit == "年" && isOne(f) && (strings.HasSuffix(s[:it.Start], "这") || strings.HasSuffix(s[:it.Start], "的") ||
		strings.HasSuffix(s[:it.Start], "过去") || strings.HasSuffix(s[:it.Start], "近")):
		return Date, "a year as a period"
	case chinese && isOne(f) && !f.Ordinal && f.Bound == figure.Exact && f.Magnitude == 0 && f.Den == 0 && f.Unit != "" && !x.pairedCount(it):
		return Word, "the article 一"
	case f.Magnitude != 0 && f.Bound == figure.Exact && bareMagnitude(s, it.numAt, f) && !strings.HasPrefix(after, "级"):
		return Word, "a unit of reference"
	}
	return Figure, ""
}

// quotedCount reports whether a Chinese numeral in quotation marks is a
// figure all the same: a count of named groups (“九大攻坚”, N大 before a
// noun), the horizon that opens a slogan (“三年初见成效”, “五年取得突破”),
// or one of a pair of counts (“三桥一隧”: three bridges and a tunnel). Any
// other numeral in quotation marks belongs to a name (“三区共创”,
// “一港二区三场”).
func (x *extractor) quotedCount(it *Item) bool {
	s, f := x.text, it.Fig
	switch {
	case f.Ordinal || f.Bound != figure.Exact || f.Magnitude != 0 || f.Den != 0:
		return false
	case f.Unit == "大":
		return !isOne(f) // 又一大: "a big", not a count
	case f.Unit == "年":
		r, _ := runeBefore(s, it.Start)
		next, _ := decodeRune(s, it.End)
		return r == '“' && next != '”' && next != utf8.RuneError
	}
	return f.Unit != "" && x.pairedCount(it)
}

// pairedCount reports whether a count in Chinese numerals with a counter
// is joined, with nothing between, to another such count: the 三桥 and the
// 一隧 of 三桥一隧. The 一 of such a pair is a number, not the article.
func (x *extractor) pairedCount(it *Item) bool {
	s := x.text
	if it.Fig.Unit == "" || it.Fig.Unit == "大" {
		return false
	}
	if n := len(x.list); n > 0 && x.list[n-1].End == it.Start && x.list[n-1].Fig.Unit != "" &&
		!isDigitRune(runeAt(s, x.list[n-1].numAt)) {
		return true // the second of the pair
	}
	end := numeralRunEnd(s, it.End)
	if end == it.End {
		return false
	}
	w := wordAfter(s, end, vocab().units)
	return w > 0 && s[end:end+w] != "大"
}

// bareMagnitude reports whether the number of a figure is a magnitude with
// no number before it: the 万 of 万元GDP, the 亿 of 过亿元.
func bareMagnitude(s string, at int, f figure.Figure) bool {
	if !isOne(f) {
		return false
	}
	r, _ := decodeRune(s, at)
	return r == '万' || r == '亿' || r == '十' || r == '百' || r == '千'
}

// isOne reports whether f is the number one on its own, as printed: 1, 一.
func isOne(f figure.Figure) bool {
	return f.Value.Exponent() == 0 && f.Value.Cmp(figure.Decimal(1, 0)) == 0 && f.High.IsZero()
}

// rankWords are the words of a clause that make 第N a rank: 居全省第一,
// 位列各区县第一, 排名第二, 评价第一名.
var rankWords = []string{"居", "列", "排", "跻身", "保持", "评价", "全省", "全市", "全国", "全球", "区县", "行业"}

func rankContext(clause string) bool {
	for _, w := range rankWords {
		if strings.Contains(clause, w) {
			return true
		}
	}
	return false
}

// half reads a half that a qualifier bounds: 不到半小时 is under half an
// hour. The parser reads 半 before a unit of time as 0.5 of it, and the
// phrase is its reading; a half with no qualifier (上半年, 半年度) is left
// alone.
func (x *extractor) half(i, size int) int {
	s := x.text
	v := vocab()
	var bound, unit string
	for _, w := range v.halves {
		if len(w.Word) > len(bound) && strings.HasSuffix(s[:i], w.Word) && i-len(w.Word) >= x.last {
			bound = w.Word
		}
	}
	for _, w := range v.halfUnit {
		if len(w.Word) > len(unit) && strings.HasPrefix(s[i+size:], w.Word) {
			unit = w.Word
		}
	}
	if bound == "" || unit == "" {
		return i + size
	}
	start, end := i-len(bound), i+size+len(unit)
	f, err := figure.Parse(s[start:end])
	if err != nil {
		return i + size
	}
	f.Start, f.End = start, end
	x.add(Item{Kind: Figure, Start: start, End: end, Fig: f, Note: "半 is one half", numAt: i})
	return end
}

// idiom reads an idiom that words.Idioms lists as a figure, bare or in
// quotation marks, with a bound word before it: 已近“而立之年” is nearly 30
// years. No rule reads a number into any other words.
func (x *extractor) idiom(i, size int) int {
	s := x.text
	word := ""
	for _, id := range words.Idioms {
		if strings.HasPrefix(s[i:], id.Word) {
			word = id.Word
		}
	}
	if word == "" {
		return i + size
	}
	start, end := i, i+len(word)
	if strings.HasSuffix(s[:i], "“") && strings.HasPrefix(s[end:], "”") {
		start, end = i-len("“"), end+len("”")
	}
	bound := ""
	for w := range vocab().prefixes.m {
		if p := vocab().prefixes.m[w]; p.bound != 0 && len(w) > len(bound) && strings.HasSuffix(s[:start], w) {
			bound = w
		}
	}
	start -= len(bound)
	if start < x.last {
		return i + size
	}
	f, err := figure.Parse(s[start:end])
	if err != nil {
		return i + size
	}
	f.Start, f.End = start, end
	x.add(Item{Kind: Figure, Start: start, End: end, Fig: f, Note: "an idiom: " + word, numAt: i})
	return end
}
