package extract

import (
	"strings"
	"unicode/utf8"
)

// This file reads the numbers written in digits: it finds the run of
// digits, says whether it is well formed, classifies what is not a figure
// (dates, clock times, digits in names, citation marks, list markers,
// units of reference), and hands the figures to the phrase reader.

// digitsToken is a run of digits with its decimal part, as the project's
// figure-coverage tool counts numbers (\d+(?:\.\d+)?).
type digitsToken struct {
	start, intEnd, end int // integer digits [start, intEnd), the decimals to end
	n                  int // the integer digits
	runEnd             int // the end of the run of digits, points and commas
	malformed          string
}

// readDigits reads the number at s[i:], and whether it is malformed: a
// point with no decimals before a unit (3.亿元), a second point (2.3.5), a
// thousands separator out of place (1,2345), a full stop between digits
// (3。5).
func readDigits(s string, i int) digitsToken {
	t := digitsToken{start: i}
	t.intEnd = digitsEnd(s, i)
	t.n = utf8.RuneCountInString(s[i:t.intEnd])
	j := t.intEnd
	for j < len(s) && s[j] == ',' {
		k := digitsEnd(s, j+1)
		if k == j+1 {
			break // a comma between clauses
		}
		if g := utf8.RuneCountInString(s[j+1 : k]); g != 3 || t.n > 3 && j == t.intEnd {
			t.malformed = "a thousands separator out of place"
		}
		j = k
	}
	t.end = j
	if p, size := pointAt(s, j); p {
		switch k := digitsEnd(s, j+size); {
		case k > j+size:
			t.end = k
			if q, qsize := pointAt(s, k); q && digitsEnd(s, k+qsize) > k+qsize {
				t.malformed = "a second decimal point"
			}
		case pointOrUnit(s, j+size):
			t.malformed = "a point with no decimals"
		}
	}
	if strings.HasPrefix(s[t.end:], "。") && digitsEnd(s, t.end+len("。")) > t.end+len("。") {
		t.malformed = "a full stop between digits"
	}
	t.runEnd = t.end
	if t.malformed != "" {
		t.runEnd = malformedEnd(s, i)
	}
	return t
}

// pointAt reports a decimal point, ASCII or full width, at s[j:].
func pointAt(s string, j int) (bool, int) {
	switch {
	case strings.HasPrefix(s[j:], "."):
		return true, 1
	case strings.HasPrefix(s[j:], "．"):
		return true, len("．")
	}
	return false, 0
}

// pointOrUnit reports whether s[j:] starts with a point, a magnitude or a
// unit: after a point with no decimals, the number is malformed (3.亿元,
// 5.%, 12..6), not ended by a full stop or a list marker (1.全年).
func pointOrUnit(s string, j int) bool {
	if p, _ := pointAt(s, j); p {
		return true
	}
	r, _ := decodeRune(s, j)
	return r == '万' || r == '亿' || r == '%' || r == '％' || wordAfter(s, j, vocab().units) > 0
}

// malformedEnd returns the end of the run of digits, points, commas and full
// stops between digits at s[i:].
func malformedEnd(s string, i int) int {
	for i < len(s) {
		r, size := decodeRune(s, i)
		switch {
		case isDigitRune(r), r == '.', r == '．':
		case (r == ',' || r == '。') && digitsEnd(s, i+size) > i+size:
		default:
			return i
		}
		i += size
	}
	return i
}

// writtenSign returns the sign written just before the digit at i, and
// where it is: − (−4.4%), the ASCII and full-width minus and plus, but not
// the hyphen of a range or a code, which follows a digit or a letter.
func (x *extractor) writtenSign(i int) (int, int) {
	s := x.text
	r, size := runeBefore(s, i)
	sign := 0
	switch r {
	case '-', '−', '－':
		sign = -1
	case '+', '＋':
		sign = 1
	}
	if sign == 0 || i-size < x.last {
		return 0, -1
	}
	p, _ := runeBefore(s, i-size)
	if isDigitRune(p) || p < utf8.RuneSelf && (isASCIILetter(byte(p)) || p == '.' || p == '-' || p == '+' || p == '%' || p == '/') {
		return 0, -1
	}
	return sign, i - size
}

// digits reads the number whose first digit is at i, and returns where the
// scan goes on.
func (x *extractor) digits(i int) int {
	s := x.text
	t := readDigits(s, i)
	sign, signAt := x.writtenSign(i)
	if k, note, start, end := x.classifyDigits(t); k != 0 {
		if k == Date && note == "date" && !comparisonBase(s, start) {
			x.period = s[start:end] // the period of the figures after it
		}
		x.add(Item{Kind: k, Start: start, End: end, Note: note, numAt: i})
		return end
	}
	start := i
	if sign != 0 {
		start = signAt
	}
	if t.malformed != "" {
		end := x.tailEnd(t.runEnd)
		x.add(Item{Kind: Figure, Start: start, End: end, Flags: Malformed, Note: t.malformed, numAt: i})
		return end
	}
	it, ok := x.readFigure(i, sign, signAt)
	if !ok {
		// The parser refuses the number itself: more than 30 digits.
		x.add(Item{Kind: Figure, Start: start, End: t.end, Flags: Malformed, Note: "a number too long for a figure", numAt: i})
		return t.end
	}
	it.Kind, it.Note = x.figureKind(&it)
	x.add(it)
	return max(it.End, i+1)
}

// classifyDigits says what a number in digits is when it is not a figure,
// with its span; kind 0 for a figure. The rules are those of the
// figure-coverage tool, made general.
func (x *extractor) classifyDigits(t digitsToken) (Kind, string, int, int) {
	s := x.text
	i := t.start
	before, after := s[:i], s[t.intEnd:]
	intOnly := t.end == t.intEnd
	if open, size := runeBefore(s, i); intOnly && i-size >= x.last {
		if c, csize := decodeRune(s, t.end); c == closing(open) && c != 0 {
			if open == '(' || open == '（' {
				return Word, "a list marker", i - size, t.end + csize
			}
			return Citation, "a citation mark", i - size, t.end + csize
		}
	}
	switch {
	case i > 0 && isASCIILetter(s[i-1]) && !acronymBefore(before):
		return Name, "digits in an identifier", i, t.end
	case t.end < len(s) && isASCIILetter(s[t.end]):
		return Name, "digits in an identifier", i, t.end
	case strings.HasSuffix(before, "-") && len(before) > 1 && (isASCIILetter(before[len(before)-2]) || isDigitRune(rune(before[len(before)-2]))):
		return Name, "a code", i, t.end
	}
	if e := dottedDate(s, t); e > 0 {
		return Date, "date", i, e
	}
	if strings.HasPrefix(s[t.end:], "版") || strings.HasPrefix(s[t.end:], "时代") {
		return Name, "a version", i, t.end // 工业互联网2.0版
	}
	if !intOnly && t.n <= 2 && utf8.RuneCountInString(s[t.intEnd:t.end]) == 5 && strings.HasPrefix(s[t.end:], "年") {
		// 1.2023年: the marker of an item of a list before a year.
		_, size := pointAt(s, t.intEnd)
		return Word, "a list marker", i, t.intEnd + size
	}
	next, _ := decodeRune(s, t.intEnd)
	if intOnly && opensDate(next) && !strings.HasPrefix(s[t.intEnd:], "月底前") {
		// 9月底前 is a deadline, which the parser reads; 9月底 a date.
		if e := periodAt(s, i); e > t.intEnd {
			return Date, "date", i, e
		}
	}
	if intOnly && t.n <= 2 && opensDayOrClock(next) {
		if k, note, end := x.dayOrClock(t); k != 0 {
			return k, note, i, end
		}
	}
	if intOnly {
		if note, end := nameAt(s, t); note != "" {
			return Name, note, i, end
		}
		if x.listMarker(t) {
			_, size := utf8.DecodeRuneInString(after)
			return Word, "a list marker", i, t.end + size
		}
	}
	if strings.HasSuffix(before, "每") && i-len("每") >= x.last {
		return Word, "a unit of reference", i - len("每"), x.tailEnd(t.end)
	}
	return 0, "", 0, 0
}

// dottedDate returns the end of a date written with points, hyphens or
// slashes between the year, the month and the day (2024.3.15, 2024-06-30,
// 2024/6/30), or 0.
func dottedDate(s string, t digitsToken) int {
	if t.n != 4 || t.intEnd >= len(s) {
		return 0
	}
	sep := s[t.intEnd]
	if sep != '.' && sep != '-' && sep != '/' {
		return 0
	}
	j := t.intEnd
	for part := 0; part < 2; part++ {
		if j >= len(s) || s[j] != sep {
			return 0
		}
		k := digitsEndMax(s, j+1, 3)
		if n := k - (j + 1); n < 1 || n > 2 {
			return 0
		}
		j = k
	}
	return j
}

// closing returns the closing bracket of a citation mark or list marker.
func closing(open rune) rune {
	switch open {
	case '[':
		return ']'
	case '［':
		return '］'
	case '【':
		return '】'
	case '〔':
		return '〕'
	case '(':
		return ')'
	case '（':
		return '）'
	}
	return 0
}

// acronymBefore reports whether s ends with the Latin acronym of an
// indicator, after which digits are a figure: GDP12757.4亿元.
func acronymBefore(s string) bool {
	for _, a := range []string{"GDP", "CPI", "PPI", "PMI"} {
		if strings.HasSuffix(s, a) {
			return true
		}
	}
	return false
}

// dayFollowers follow the day of a month printed without its month: 15日
// 发布, 记者1日获悉, 3日表示.
var dayFollowers = []string{"，", ",", "、", "上午", "下午", "晚", "早", "凌晨", "中午", "电", "讯", "发布", "公布",
	"召开", "举行", "举办", "开幕", "闭幕", "起", "至", "到", "在", "从", "对", "表示", "宣布", "获悉", "消息",
	"介绍", "透露", "称", "说", "指出", "印发", "出台", "正式", "启动", "开通", "签署", "零时", "0时", "当天", "前后", "晚间"}

// dayPreceders come before a day printed without its month.
var dayPreceders = []string{"记者", "于", "截至", "至", "到", "自", "从", "本月", "同日", "月"}

// durationWords before N日 make it a span of days: 压缩5日, 用时3日.
var durationWords = []string{"压缩", "缩短", "减少", "用时", "耗时", "历时", "仅用", "提前", "延长", "缩减", "不超过",
	"不到", "近", "约", "超过", "为", "达", "需", "要", "至少", "最多", "时间"}

// dayOrClock reads the day of a month printed without its month (15日发布)
// and clock times (10:00, 上午9时, 已经11点); kind 0 for neither.
func (x *extractor) dayOrClock(t digitsToken) (Kind, string, int) {
	s := x.text
	before, after := s[:t.start], s[t.intEnd:]
	v := 0
	for _, r := range s[t.start:t.intEnd] {
		v = v*10 + int(narrowDigit(r))
	}
	if d := strings.HasPrefix(after, "日") || strings.HasPrefix(after, "号"); d && v >= 1 && v <= 31 {
		rest := after[len("日"):]
		duration := false
		for _, w := range durationWords {
			duration = duration || strings.HasSuffix(before, w)
		}
		dated := false
		for _, w := range dayFollowers {
			dated = dated || strings.HasPrefix(rest, w)
		}
		for _, w := range dayPreceders {
			dated = dated || strings.HasSuffix(before, w)
		}
		if dated && !duration && !strings.HasPrefix(rest, "内") && !strings.HasPrefix(rest, "以内") {
			return Date, "a day of the month", t.intEnd + len("日")
		}
	}
	if len(after) > 0 && (after[0] == ':' || strings.HasPrefix(after, "：")) && v <= 24 {
		_, size := utf8.DecodeRuneInString(after)
		m := t.intEnd + size
		if e := digitsEndMax(s, m, 3); utf8.RuneCountInString(s[m:e]) == 2 && !strings.HasPrefix(s[e:], ".") {
			if s[e:] != "" && s[e] == ':' && utf8.RuneCountInString(s[e+1:digitsEndMax(s, e+1, 3)]) == 2 {
				e = digitsEndMax(s, e+1, 3) // seconds: 10:00:30
			}
			return Time, "clock time", e
		}
	}
	clockBefore := false
	for _, w := range []string{"上午", "下午", "晚上", "凌晨", "早上", "中午", "傍晚", "已经", "当日", "当天", "日", "每天", "至"} {
		clockBefore = clockBefore || strings.HasSuffix(before, w)
	}
	if rest, ok := strings.CutPrefix(after, "时"); ok && v <= 24 {
		for _, w := range []string{"至", "到", "—", "-", "前", "后", "起", "许", "整", "左右"} {
			clockBefore = clockBefore || strings.HasPrefix(rest, w)
		}
	}
	for _, w := range []string{"时", "点"} {
		if !strings.HasPrefix(after, w) || v > 24 {
			continue
		}
		e := t.intEnd + len(w)
		m := digitsEndMax(s, e, 3)
		minutes := m > e && strings.HasPrefix(s[m:], "分")
		if clockBefore || minutes {
			if minutes {
				e = m + len("分")
			}
			return Time, "clock time", e
		}
	}
	return 0, "", 0
}

// narrowDigit returns the value of an ASCII or full-width digit.
func narrowDigit(r rune) rune {
	if r >= '０' {
		return r - '０'
	}
	return r - '0'
}

// nameAt says whether a whole number is inside a name, and the end of
// its span; "" when it is not.
func nameAt(s string, t digitsToken) (string, int) {
	i := t.start
	digits := s[i:t.intEnd]
	before, after := s[:i], s[t.intEnd:]
	next, _ := decodeRune(s, t.intEnd)
	prev, _ := runeBefore(s, i)
	if !opensName(next) && !closesName(prev) && !closesNumber(prev) && digits[0] != '0' {
		return "", 0 // no rule below applies
	}
	switch {
	case t.n == 4 && (strings.HasPrefix(after, "“") || strings.HasPrefix(after, "中国投资")):
		return "a year in a name", t.end
	case strings.HasPrefix(after, "强") && (digits == "500" || strings.HasSuffix(before, "世界") || strings.HasSuffix(before, "中国")):
		return "a ranking's name", t.intEnd + len("强")
	case strings.HasSuffix(before, "“") && quotedDigits(s, t.intEnd):
		return "a quoted number", t.end
	case strings.HasSuffix(before, "+") && (strings.HasPrefix(after, "+N") || quotedSecond(s, i-1)):
		return "a quoted number", t.end
	case anniversary(after):
		y := "年"
		if strings.HasPrefix(after, "周年") {
			y = "周年"
		}
		return "an anniversary's name", t.intEnd + len(y)
	case strings.HasSuffix(before, "成立") && strings.HasPrefix(after, "周年"):
		return "an anniversary's name", t.end
	case strings.HasPrefix(after, "英寸"):
		return "a wafer size in a project's name", t.end
	case strings.HasPrefix(after, "类创新药"):
		return "a drug class", t.end
	case strings.HasSuffix(before, "科技新") && strings.HasPrefix(after, "条"):
		return "a policy's name", t.intEnd + len("条")
	case strings.HasPrefix(after, "热线"), strings.HasPrefix(after, "号线"), strings.HasPrefix(after, "指数"):

		return "a number in a name", t.end
	case strings.HasPrefix(after, "号") && !strings.HasSuffix(before, "月"):
		return "a number in a name", t.end
	case t.n >= 2 && digits[0] == '0':
		return "a code", t.end
	}
	for _, w := range []string{"图", "表", "附表", "附图", "附件"} {
		if strings.HasSuffix(before, w) {
			return "a label", t.end
		}
	}
	for _, w := range []string{"拨打", "致电", "热线", "电话", "号码", "热线电话", "代码", "邮编", "代码：", "邮编："} {
		if strings.HasSuffix(before, w) {
			return "a telephone number or a code", t.end
		}
	}
	for _, w := range []string{"年规划", "年计划", "年行动"} {
		if strings.HasPrefix(after, w) {
			return "a plan's name", t.intEnd + len("年")
		}
	}
	if rest, ok := strings.CutPrefix(after, "岁"); ok {
		for _, w := range []string{"及以上", "以上", "及以下", "以下", "至", "到", "-", "—", "～", "~"} {
			if strings.HasPrefix(rest, w) {
				return "an age group's bound", t.intEnd + len("岁")
			}
		}
	}
	for _, sep := range []string{"-", "—", "至", "～", "~", "到"} {
		if rest, ok := strings.CutPrefix(after, sep); ok {
			if e := digitsEndMax(rest, 0, 3); e > 0 && strings.HasPrefix(rest[e:], "岁") {
				return "an age group", t.intEnd + len(sep) + e + len("岁")
			}
		}
	}
	return "", 0
}

// listMarker reports whether a whole number at the start of a line, a
// sentence or a note is the marker of an item of a list: 1.全年, 2、, 3）,
// 注：1.本公报.
func (x *extractor) listMarker(t digitsToken) bool {
	s := x.text
	j := t.start
	for j > 0 {
		r, size := decodeLastRune(s, j)
		if r != ' ' && r != '　' && r != '\t' {
			if r != '\n' && r != '。' && r != '：' && r != '；' {
				return false
			}
			break
		}
		j -= size
	}
	mark, size := decodeRune(s, t.end)
	switch mark {
	case '.', '．', '、', ')', '）':
	default:
		return false
	}
	next := t.end + size
	return next < len(s) && !isDigitRune(runeAt(s, next)) && !pointOrUnit(s, next)
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
	d := plus
	for d > 0 {
		r, size := decodeLastRune(s, d)
		if !isDigitRune(r) {
			break
		}
		d -= size
	}
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
		if r, size := utf8.DecodeRuneInString(rest); r == ' ' || r == '　' {
			rest = rest[size:]
		}
		if strings.HasPrefix(rest, "追梦") || strings.HasPrefix(rest, "主题") {
			return true
		}
	}
	return false
}
