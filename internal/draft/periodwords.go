package draft

import (
	"fmt"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"
)

// This file holds the period rules that read the figure's own words, and
// the words the extractor's period phrase does not carry: a figure that is
// itself a date (9月底前), a plan's horizon (力争3年内), a plan period
// (“十四五”期间), the level before a change (从109个压缩到64个), a
// duration with no start (24小时内), a year at the head of a count's noun
// (20项2020年重点任务), a campaign year (“重点工作攻坚年”), the period after
// 由…转为, a run of months (连续38个月), a figure printed again.

// reading is a period read by a rule: the field, the label as printed and
// why the year is inferred.
type reading struct {
	field           Field
	label, inferred string
}

// ownPeriod reads the period from the figure's own clause and sentence,
// before any phrase the extractor carries.
func (r *reader) ownPeriod(f *Figure, clause, sentence, at int, doc date, target bool) (Field, string, string, bool) {
	t := r.text
	inferredWhy := func(what string) string {
		return fmt.Sprintf("no year printed for %s: read in the year of the page's date, %s", what, doc)
	}
	// The figure is itself a date: 确保9月底前…开工建设.
	if strings.Contains(f.Figure, "月") || strings.Contains(f.Figure, "季度") {
		if sp, inferred, ok := resolve(f.Figure, doc, target || strings.HasSuffix(f.Figure, "前")); ok {
			why := ""
			c := High
			if inferred {
				why, c = inferredWhy(f.Figure), Medium
			}
			return Field{sp.text, c, "the figure is itself a date: " + f.Figure + appendWhy(why)}, f.Figure, why, true
		}
	}
	before := t[clause:f.Start]
	// 提前12天完成全年收入预期: the year's expectation met 12 days before its
	// end; the flow printed with it cumulates from January to that day.
	if doc.y != 0 {
		if n, ok := earlyDays(t[clause:forward(t, f.End, maxSentence, isSentenceEnd)]); ok {
			y := doc.y
			end := addDays(date{y, 12, 31}, -n)
			if doc.before(end) {
				y, end = y-1, addDays(date{y - 1, 12, 31}, -n)
			}
			switch {
			case strings.HasSuffix(before, "提前") && strings.HasSuffix(f.Figure, "天"):
				return Field{strconv.Itoa(y), Medium, fmt.Sprintf("提前%d天完成全年: the year %d, its expectation met %d days before its end", n, y, n)}, "全年", fmt.Sprintf("the year whose end is %d days after %s, not after the page's date %s", n, end, doc), true
			case f.Measure == "level" && (f.Unit == "CNY" || f.Unit == "USD") && at < clause:
				why := fmt.Sprintf("提前%d天完成全年 in the figure's sentence: the flow cumulates from January to %d days before the year's end, %s", n, n, end)
				return Field{fmt.Sprintf("%04d-01-01/%s", y, end), Medium, why}, "提前" + strconv.Itoa(n) + "天", why, true
			}
		}
	}
	// A plan's horizon: 力争3年内, 力争通过3-5年, from the day it was told.
	if target && doc.y != 0 {
		if n, label, ok := horizon(t[clause:f.End], f.Figure); ok {
			start, told := r.toldOn(clause, doc)
			end := date{start.y + n, start.m, start.d}
			if end.d > endOfMonth(end.y, end.m).d {
				end = endOfMonth(end.y, end.m)
			}
			why := fmt.Sprintf("a horizon of %d years from the day the plan was told, %s (%s)", n, start, told)
			return Field{start.String() + "/" + end.String(), Medium, label + ", printed in the figure's clause: " + why}, label, why, true
		}
	}
	// A plan period the extractor does not carry: “十四五”期间.
	if k := strings.LastIndex(t[sentence:f.Start], "十四五"); k >= 0 && sentence+k > at {
		return Field{"2021-01-01/2025-12-31", High, "“十四五” (the 14th five-year plan, 2021–2025), printed in the figure's sentence"}, "“十四五”期间", "", true
	}
	// The level before a change: 从109个压缩到64个.
	if (strings.HasSuffix(before, "从") || strings.HasSuffix(before, "由")) && changesTo(t[f.End:]) {
		return Field{"", Medium, "the level before a change (从…到): undated"}, "", "", true
	}
	// A duration with no printed start: 24小时内, 一天.
	if d, ok := duration(t[sentence:f.Start]); ok {
		return Field{"", Medium, "a duration with no printed start, " + d + ": undated"}, "", "", true
	}
	// A year at the head of a count's noun: 20项2020年重点任务.
	if f.Count {
		if y, ok := yearAhead(t[f.End:min(len(t), f.End+16)]); ok {
			return Field{strconv.Itoa(y), Medium, fmt.Sprintf("the count is of %d年…: the year printed at the head of its noun", y)}, strconv.Itoa(y) + "年", "", true
		}
	}
	return Field{}, "", "", false
}

func appendWhy(why string) string {
	if why == "" {
		return ""
	}
	return "; " + why
}

// changeWords end the level before a change: 从7个减至3个.
var changeWords = []string{"到", "至", "减至", "减少到", "减少至", "压缩到", "压缩至", "降至", "降到", "下降到", "下降至", "增至", "增加到", "增加至", "提高到", "提高至", "提升到", "提升至", "缩短到", "缩短至"}

func changesTo(after string) bool {
	for _, w := range changeWords {
		if rest, ok := strings.CutPrefix(after, w); ok {
			c, _ := utf8.DecodeRuneInString(rest)
			return c >= '0' && c <= '9' || isNumeral(c)
		}
	}
	return false
}

func isNumeral(c rune) bool {
	return strings.ContainsRune("一二两三四五六七八九十百千万", c)
}

// numberBack reads the number that ends at the end of s, in digits or one
// Chinese numeral, and returns it with the rest of s before it.
func numberBack(s string) (int, string, bool) {
	i := len(s)
	for i > 0 && s[i-1] >= '0' && s[i-1] <= '9' {
		i--
	}
	if i < len(s) && len(s)-i <= 3 {
		n, _ := strconv.Atoi(s[i:])
		return n, s[:i], true
	}
	c, size := utf8.DecodeLastRuneInString(s)
	for _, w := range numerals {
		if w.word == string(c) {
			return w.n, s[:len(s)-size], true
		}
	}
	return 0, s, false
}

// rangeSeps separate the two ends of a range: 3-5年.
var rangeSeps = []string{"-", "—", "－", "–", "~", "～", "至", "到"}

// horizon reads a plan's horizon in years in s, the figure's clause up
// to the figure's end: 3年内, 通过3-5年 (the longest end). fig is the
// figure, which may be the horizon itself.
func horizon(s, fig string) (int, string, bool) {
	for k := strings.LastIndex(s, "年"); k > 0; k = strings.LastIndex(s[:k], "年") {
		after := s[k+len("年"):]
		n, rest, ok := numberBack(s[:k])
		if !ok || n < 1 || n > 30 {
			continue
		}
		if strings.HasPrefix(after, "内") {
			return n, s[len(rest) : k+len("年内")], true
		}
		for _, sep := range rangeSeps {
			if r2, ok := strings.CutSuffix(rest, sep); ok {
				if m, r3, ok := numberBack(r2); ok && m >= 1 && m < n {
					label := s[len(r3) : k+len("年")]
					if label == fig || strings.HasSuffix(r3, "通过") || strings.HasSuffix(r3, "用") {
						return n, label, true
					}
				}
			}
		}
	}
	return 0, "", false
}

// toldOn returns the day a plan was told: the last day printed before the
// clause (4月25日下午…动员大会), in the page's year and not after the page,
// else the page's date.
func (r *reader) toldOn(clause int, doc date) (date, string) {
	t := r.text
	lo := max(clause-periodWindow, 0)
	s := t[lo:clause]
	for k := strings.LastIndex(s, "日"); k > 0; k = strings.LastIndex(s[:k], "日") {
		d, rest, ok := numberBack(s[:k])
		if !ok || !strings.HasSuffix(rest, "月") {
			continue
		}
		m, rest2, ok := numberBack(strings.TrimSuffix(rest, "月"))
		if !ok || m < 1 || m > 12 || d < 1 || d > endOfMonth(doc.y, m).d {
			continue
		}
		y := doc.y
		if n, _, ok := numberBack(strings.TrimSuffix(rest2, "年")); ok && strings.HasSuffix(rest2, "年") && n >= 1900 {
			y = n
		}
		day := date{y, m, d}
		if doc.before(day) {
			break
		}
		return day, fmt.Sprintf("the last day printed before it, %d月%d日", m, d)
	}
	return doc, "the page's date"
}

// durationUnits are the units of a duration with no printed start.
var durationUnits = []string{"小时内", "分钟内", "天内", "日内", "周内", "个月内", "年内"}

// duration finds a duration with no printed start in s (a sentence up to
// the figure): 24小时内, 一个月内, 一天.
func duration(s string) (string, bool) {
	for _, u := range durationUnits {
		for k := strings.LastIndex(s, u); k > 0; k = strings.LastIndex(s[:k], u) {
			if _, rest, ok := numberBack(s[:k]); ok && !strings.HasSuffix(rest, "前") && !strings.HasSuffix(rest, "第") {
				return s[len(rest) : k+len(u)], true
			}
		}
	}
	for _, w := range []string{"一天"} {
		if k := strings.Index(s, w); k >= 0 && !strings.HasPrefix(s[k+len(w):], "前") && !strings.HasPrefix(s[k+len(w):], "后") {
			return w, true
		}
	}
	return "", false
}

// yearAhead reads a printed year at the head of s: 2020年重点任务.
func yearAhead(s string) (int, bool) {
	i := 0
	for i < len(s) && s[i] >= '0' && s[i] <= '9' {
		i++
	}
	if i != 4 || !strings.HasPrefix(s[i:], "年") {
		return 0, false
	}
	rest := s[i+len("年"):]
	if c, _ := utf8.DecodeRuneInString(rest); c >= '0' && c <= '9' || strings.HasPrefix(rest, "以来") || strings.HasPrefix(rest, "度") {
		return 0, false
	}
	y, _ := strconv.Atoi(s[:i])
	return y, y >= 1900
}

// campaign finds the last campaign year named in t[lo:hi] (“重点工作攻坚年”,
// “聚焦提升年”): a year a government names for its work, which is the
// year printed before it in its sentence (把2020年作为“聚焦提升年”), the year
// before the page's when the sentence looks back (过去的一年), else the
// page's year. It returns the reading and where the name is printed.
func (r *reader) campaign(lo, hi, sentence, paragraph int) (reading, int, bool) {
	t := r.text
	s := t[lo:hi]
	for k := strings.LastIndex(s, "年”"); k > 0; k = strings.LastIndex(s[:k], "年”") {
		from := max(0, k-40)
		open := strings.LastIndex(s[from:k], "“")
		if open < 0 {
			continue
		}
		open += from
		name := s[open+len("“") : k+len("年")]
		if !campaignName(name) {
			continue
		}
		at := lo + open
		cs := back(t, at, maxSentence, isSentenceEnd)
		head := t[cs:at]
		y, inferred := r.doc.Year, true
		if py, ok := lastYear(head); ok {
			y, inferred = py, false
		} else if strings.Contains(head, "过去的一年") || strings.Contains(head, "去年") || strings.Contains(head, "上一年") {
			y--
		}
		if inferred && r.doc.Year == 0 {
			return reading{}, 0, false
		}
		c, where := Low, "named in an earlier paragraph"
		switch {
		case at >= sentence:
			c, where = Medium, "named in the figure's sentence"
		case at >= paragraph:
			c, where = Medium, "named earlier in the paragraph"
		}
		why := ""
		if inferred {
			why = fmt.Sprintf("a campaign year named with no year printed is the page's year, %d (the page's date %04d-%02d-%02d)", y, r.doc.Year, r.doc.Month, r.doc.Day)
		}
		reason := fmt.Sprintf("the campaign year “%s”, %s: the year %d", name, where, y)
		if why != "" {
			reason += "; " + why
		}
		return reading{Field{strconv.Itoa(y), c, reason}, name, why}, at, true
	}
	return reading{}, 0, false
}

// campaignName reports whether a quoted name ending in 年 names a campaign
// year (重点工作攻坚年, 聚焦提升年): a few Chinese characters, no number, not
// an age (而立之年) or a span (这一年, 新的一年).
func campaignName(name string) bool {
	n := utf8.RuneCountInString(name)
	if n < 4 || n > 10 {
		return false
	}
	for _, c := range name {
		if !isHan(c) || isNumeral(c) && c != '一' {
			return false
		}
	}
	for _, w := range []string{"之年", "一年", "的年", "每年", "今年", "明年", "去年", "全年", "当年", "同年"} {
		if strings.HasSuffix(name, w) {
			return false
		}
	}
	return true
}

// lastYear returns the last four-digit year printed in s: 把2020年作为.
func lastYear(s string) (int, bool) {
	for k := strings.LastIndex(s, "年"); k > 0; k = strings.LastIndex(s[:k], "年") {
		i := k
		for i > 0 && s[i-1] >= '0' && s[i-1] <= '9' {
			i--
		}
		if k-i == 4 {
			y, _ := strconv.Atoi(s[i:k])
			return y, true
		}
	}
	return 0, false
}

// turnedTo reads 由1-2月的下降24.8%…转为增长31.1%: the figure after 转为 is
// not of the period after 由, which is the base of the turn, but of the
// period the page reports, that of the last figure before the base.
func (r *reader) turnedTo(f *Figure, at int, phrase string) (Field, string, string, bool) {
	t := r.text
	if at < 0 || !strings.HasSuffix(t[:at], "由") || !strings.Contains(t[at:f.Start], "转为") {
		return Field{}, "", "", false
	}
	for j := len(r.earlier) - 1; j >= 0 && r.earlier[j].Start >= at-periodWindow; j-- {
		e := &r.earlier[j]
		if e.Start < at && e.Label != phrase && e.Period.Value != "" {
			return Field{e.Period.Value, Medium, "由" + phrase + "…转为: " + phrase + " is the base of the turn; the figure after 转为 is of the period reported before it, " + e.Label}, e.Label, e.Inferred, true
		}
	}
	return Field{}, "", "", false
}

// cumulativeTo reads a flow completed by a cutoff (截至3月末…完成投资521.6亿
// 元) as cumulating from January to the cutoff, as Chinese releases report
// flows; a stock at a cutoff stays an instant.
func (r *reader) cumulativeTo(f *Figure, clause, at int, phrase string, sp span) (span, bool) {
	if !(strings.HasPrefix(phrase, "截至") || strings.HasPrefix(phrase, "截止")) || sp.start != sp.end {
		return span{}, false
	}
	if f.Measure != "level" || f.Unit != "CNY" && f.Unit != "USD" || sp.end != endOfMonth(sp.end.y, sp.end.m) {
		return span{}, false
	}
	w := r.text[clause:f.Start]
	if !strings.Contains(w, "完成") && !strings.Contains(w, "实现") {
		return span{}, false
	}
	return through(sp.end.y, sp.end.m), true
}

// run reads 连续38个月 as a run of months that ends with the period
// reported: 38 months to March 2020 start in February 2017.
func (r *reader) run(f *Figure, sp span) (span, bool) {
	t := r.text
	fig, ok := strings.CutSuffix(f.Figure, "个月")
	if !ok || !strings.HasSuffix(t[:f.Start], "连续") {
		return span{}, false
	}
	n, err := strconv.Atoi(fig)
	if err != nil || n < 1 || n > 600 || sp.end != endOfMonth(sp.end.y, sp.end.m) {
		return span{}, false
	}
	months := sp.end.y*12 + sp.end.m - 1 - (n - 1)
	start := date{months / 12, months%12 + 1, 1}
	return span{start.String() + "/" + sp.end.String(), start, sp.end}, true
}

// repeated reads a figure the page printed before, in the same words, as
// the same fact: it takes the period of its first print.
func (r *reader) repeated(f *Figure) (Field, string, string, bool) {
	digits := 0
	for _, c := range f.Figure {
		if c >= '0' && c <= '9' {
			digits++
		}
	}
	if digits < 3 {
		return Field{}, "", "", false
	}
	for j := len(r.earlier) - 1; j >= 0 && r.earlier[j].Start >= f.Start-2*periodWindow; j-- {
		e := &r.earlier[j]
		if e.Figure == f.Figure && e.Period.Value != "" && e.Period.Confidence != Low {
			return Field{e.Period.Value, Medium, "the figure " + f.Figure + " is printed before with its period: the same fact"}, e.Label, e.Inferred, true
		}
	}
	return Field{}, "", "", false
}

// joinBack returns where the clause or sentence that starts at pos starts
// when a layout break cut it: pos at the head of a line whose line before
// runs on without a final stop (…着力打造数字经济、 / 科技创新、…金融五大), a
// column break inside a sentence; else pos.
func (r *reader) joinBack(pos int, stop func(rune) bool) int {
	t := r.text
	if pos <= 0 || pos > len(t) || t[pos-1] != '\n' {
		return pos
	}
	e := pos
	for e > 0 && strings.ContainsRune("\n\r \t\u3000", rune(t[e-1])) && t[e-1] < utf8.RuneSelf {
		e--
	}
	for e > 0 {
		c, size := utf8.DecodeLastRuneInString(t[:e])
		if c != '\u3000' {
			break
		}
		e -= size
	}
	if e == 0 || pos-e > 16 {
		return pos
	}
	ls := back(t, e, maxParagraph, func(r rune) bool { return r == '\n' })
	line := t[ls:e]
	last, _ := utf8.DecodeLastRuneInString(line)
	if !(isHan(last) || last == '、') || utf8.RuneCountInString(line) < 20 || !strings.ContainsAny(line, "，,。") {
		return pos
	}
	return back(t, e, maxParagraph, stop)
}

// earlyDays reads 提前12天完成全年 in s: the number of days before the
// year's end that its expectation or task was met.
func earlyDays(s string) (int, bool) {
	for k := strings.Index(s, "提前"); k >= 0; {
		rest := s[k+len("提前"):]
		if n, r2, ok := number(rest); ok && n >= 1 && n <= 180 {
			if r3, ok := strings.CutPrefix(r2, "天"); ok && strings.HasPrefix(r3, "完成全年") {
				return n, true
			}
		}
		j := strings.Index(rest, "提前")
		if j < 0 {
			break
		}
		k += len("提前") + j
	}
	return 0, false
}

// addDays returns d moved by n days.
func addDays(d date, n int) date {
	tm := time.Date(d.y, time.Month(d.m), d.d+n, 0, 0, 0, 0, time.UTC)
	return date{tm.Year(), int(tm.Month()), tm.Day()}
}
