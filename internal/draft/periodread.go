package draft

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

// This file reads a figure's period from the words around it, as a
// statistician reads Chinese economic news (DOMAIN.md): the period phrase
// printed nearest before the figure dates it, within the reach a phrase of
// its kind has. A year the page looks back on (过去的一年, 2019年 in a page
// of 2020) dates everything after it; a quarter or a month of the year in
// progress dates the flows of its paragraph; a day, a cutoff (截至10月末) or
// a start (从2月份) dates its own sentence; a plan's deadline (年内, 今年确保)
// dates the plan only. A stock that no phrase dates stands as at the page's
// date; a flow or a share that none dates is left undated.

// nowWords say that a figure is as at the time of writing: 现已研发91个,
// 已与22家单位签订.
var nowWords = []string{"截至目前", "目前", "现已", "现在", "已经", "已"}

// periodWindow is how far back a period phrase is looked for.
const periodWindow = 4 * maxParagraph

// period reads the figure's period: the text form, the label as printed,
// and why the year is inferred.
func (r *reader) period(f *Figure, clause, sentence, paragraph int, target bool, prev *Proposal) (Field, string, string) {
	t := r.text
	doc := date{r.doc.Year, r.doc.Month, r.doc.Day}
	now := func(why string) (Field, string, string) {
		w := t[clause:forward(t, f.End, maxClause, isClauseEnd)]
		for _, word := range nowWords {
			if strings.Contains(w, word) && doc.y != 0 {
				reason := fmt.Sprintf("%s in the figure's clause: as at the page's date, %s", word, doc)
				return Field{doc.String(), Medium, reason + why}, word, reason
			}
		}
		return Field{}, "", ""
	}
	lo := max(f.Start-periodWindow, 0)
	for lo < f.Start && !utf8.RuneStart(t[lo]) {
		lo++
	}
	phrase := f.Period
	at := -1 // where the phrase is printed
	if phrase != "" {
		if k := strings.LastIndex(t[lo:f.Start], phrase); k >= 0 {
			at = lo + k
		}
	}
	sentence = r.joinBack(sentence, isSentenceEnd)
	paragraph = r.joinBack(paragraph, func(r rune) bool { return r == '\n' })
	if fd, label, inf, ok := r.ownPeriod(f, clause, sentence, at, doc, target); ok {
		return fd, label, inf
	}
	// A campaign year named after the phrase (“重点工作攻坚年”) dates what
	// follows it, the year of the campaign, unless the phrase is printed
	// in the figure's sentence and is more than the day of a meeting.
	camp, campAt, campOK := r.campaign(lo, f.Start, sentence, paragraph)
	useCampaign := func(phraseDay bool) bool {
		return campOK && campAt > at && (at < sentence || phraseDay)
	}
	if phrase == "" && useCampaign(false) {
		if fd, label, inf := now(""); fd.Value != "" && !target {
			return fd, label, inf
		}
		return camp.field, camp.label, camp.inferred
	}
	if phrase == "" {
		if fd, label, inf := now(""); fd.Value != "" {
			return fd, label, inf
		}
		return Field{"", Medium, "no period phrase before the figure"}, "", ""
	}
	deadline := at >= 0 && strings.HasPrefix(t[at+len(phrase):], "前") // 9月底前 is a deadline, never of the year before
	sp, inferred, ok := resolve(phrase, doc, target || deadline)
	if !ok {
		return Field{"", Low, "the period phrase " + phrase + " names no period the catalogue writes"}, "", ""
	}
	why := ""
	if phrase == "全年" && !target && inferred && doc.y != 0 && doc.m < 12 {
		sp = year(doc.y - 1)
		why = fmt.Sprintf("an observed 全年 is of a year that has ended: the year before the page's date, %s", doc)
	} else if inferred {
		why = fmt.Sprintf("no year printed for %s: read in the year of the page's date, %s", phrase, doc)
	}
	if useCampaign(sp.start == sp.end) {
		if fd, label, inf := now(""); fd.Value != "" && !target && at < sentence {
			return fd, label, inf
		}
		return camp.field, camp.label, camp.inferred
	}
	c, where := Low, "carried from an earlier paragraph"
	switch {
	case at >= 0 && at >= sentence:
		c, where = High, "printed in the figure's sentence"
	case at >= 0 && at >= paragraph:
		c, where = Medium, "printed earlier in the paragraph"
	}
	dated := func(sp span, c Confidence, extra string) (Field, string, string) {
		reason := phrase + ", " + where
		if extra != "" {
			reason += "; " + extra
		}
		if why != "" {
			if c == High {
				c = Medium
			}
			reason += "; " + why
			if r.doc.Evidence != "" {
				reason += " (" + r.doc.Evidence + ")"
			}
		}
		return Field{sp.text, c, reason}, phrase, why
	}
	if c == High {
		if fd, label, inf, ok := r.turnedTo(f, at, phrase); ok {
			return fd, label, inf
		}
		if x, ok := r.cumulativeTo(f, clause, at, phrase, sp); ok {
			return dated(x, Medium, "a flow completed by a month's end cumulates from January")
		}
		if x, ok := r.run(f, sp); ok {
			return dated(x, Medium, "a run of months ends with the period reported")
		}
		return dated(sp, c, "")
	}
	if fd, label, inf := now("; the period phrase " + phrase + " is outside the sentence"); fd.Value != "" {
		return fd, label, inf
	}
	if fd, label, inf, ok := r.repeated(f); ok {
		return fd, label, inf
	}
	if x, ok := r.run(f, sp); ok && c == Medium {
		return dated(x, Low, "a run of months ends with the period reported")
	}
	if prev != nil && prev.Period.Value != "" && prev.Label != phrase && !(isFlow(f) && strings.HasPrefix(prev.Inferred, asAtPage)) {
		// A flow does not take the page's date that a stock before it
		// fell back on.
		return Field{prev.Period.Value, Medium, "the period of the figure before it in the sentence"}, prev.Label, prev.Inferred
	}
	pastYear := doc.y != 0 && sp.end.before(date{doc.y, 1, 1}) && sp.start.m == 1 && sp.start.d == 1
	instant := sp.start == sp.end
	if target {
		switch {
		case c == Low && instant:
			return Field{"", Low, "the last period phrase, " + phrase + ", is a day of an earlier paragraph: the day a plan was told is not its period"}, "", ""
		case pastYear:
			return Field{"", Low, "the last period phrase, " + phrase + ", is of a year that has ended: no plan is for it"}, "", ""
		}
		return dated(sp, c, "a plan keeps the period it was set for")
	}
	switch {
	case at >= 0 && r.plans(at, phrase):
		return r.undatedFigure(f, doc, "the last period phrase, "+phrase+", dates a plan of another sentence", true)
	case c == Medium && instant && cutoff(phrase):
		return Field{"", Medium, "the cutoff " + phrase + " dates the figures of its own sentence: this one is undated"}, "", ""
	case c == Medium && (strings.HasPrefix(phrase, "从") || strings.HasPrefix(phrase, "自")):
		return Field{"", Medium, "a span from " + phrase + " dates the figures of its own sentence: this one is undated"}, "", ""
	case (f.Measure == "share" || f.Percent) && !pastYear && strings.Contains(t[r.joinBack(clause, isClauseEnd):f.Start], "占"):
		return Field{"", Medium, "a share with no period in its sentence (the last phrase, " + phrase + ", dates another): undated"}, "", ""
	case pastYear && r.future(sentence, f.Start):
		return Field{"", Low, "the sentence speaks of what will be done: the past period " + phrase + " does not date it"}, "", ""
	case !pastYear && c == Low && since(phrase):
		// 今年以来 tells of the year so far in its own paragraph: the
		// paragraphs after it tell of events it does not date.
		return r.undatedFigure(f, doc, "the span "+phrase+" of an earlier paragraph dates its own paragraph", false)
	case !pastYear && c == Low:
		// A phrase of an earlier paragraph: a flow of the article's
		// period stays; a count stands as at the page's date.
		switch {
		case f.Count || f.Measure == "rank":
			if doc.y != 0 {
				return r.undatedFigure(f, doc, "a count with no period in its paragraph (the last period phrase, "+phrase+", is in an earlier paragraph)", true)
			}
		case !instant:
		default:
			return Field{"", Low, "the last period phrase, " + phrase + ", is in an earlier paragraph and dates a day: left undated"}, "", ""
		}
	}
	return dated(sp, c, "")
}

// undatedFigure is the reading of a figure no phrase dates: a stock (a
// count, a rank) stands as at its report's dateline (本报济南讯 4月26日),
// else, when stock is true, as at the page's date; a flow, and a count of
// what is new (新开10条航线, an increment over a span none prints), is
// left undated.
func (r *reader) undatedFigure(f *Figure, doc date, why string, stock bool) (Field, string, string) {
	if !(f.Count || f.Measure == "rank") || doc.y == 0 {
		return Field{"", Low, why + ": undated"}, "", ""
	}
	t := r.text
	if w, ok := newWord(t[back(t, f.Start, maxClause, isClauseEnd):f.Start]); ok {
		return Field{"", Low, why + "; a count of what is new (" + w + ") is a flow over a span none prints: undated"}, "", ""
	}
	if day, label, ok := r.dateline(f.Start, doc); ok {
		reason := "as at its report's dateline, " + label + ", " + day.String()
		return Field{day.String(), Low, why + "; a count with no period of its own: " + reason}, label, reason
	}
	if !stock {
		return Field{"", Low, why + ": undated"}, "", ""
	}
	return Field{doc.String(), Low, why + "; a count with no period of its own: as at the page's date"}, "", asAtPage + doc.String()
}

// newWords count what is new: an increment, a flow.
var newWords = []string{"新开", "新增", "新签约", "新签", "新认定", "新引进", "新落户"}

func newWord(clause string) (string, bool) {
	for _, w := range newWords {
		if strings.Contains(clause, w) {
			return w, true
		}
	}
	return "", false
}

// since reports whether a phrase is a span that runs to the time of
// writing: 今年以来, 从2月份.
func since(phrase string) bool {
	return strings.HasSuffix(phrase, "以来") || strings.HasPrefix(phrase, "从") || strings.HasPrefix(phrase, "自")
}

// dateline returns the day of the dateline of the report the text at at
// belongs to: 本报济南讯 4月26日上午. A report starts at its byline (□记者),
// so a dateline before the last byline is of another report.
func (r *reader) dateline(at int, doc date) (date, string, bool) {
	t := r.text
	lo := max(at-periodWindow, 0)
	for lo < at && !utf8.RuneStart(t[lo]) {
		lo++
	}
	s := t[lo:at]
	k := strings.LastIndex(s, "讯")
	if k < 0 || strings.LastIndex(s, "□") > k || !strings.Contains(s[max(0, k-18):k], "本报") {
		return date{}, "", false
	}
	rest := strings.TrimLeft(s[k+len("讯"):], " \t\u3000")
	m, rest, ok := number(rest)
	if !ok || m < 1 || m > 12 || !strings.HasPrefix(rest, "月") {
		return date{}, "", false
	}
	d, rest2, ok := number(strings.TrimPrefix(rest, "月"))
	if !ok || d < 1 || d > endOfMonth(doc.y, m).d || !(strings.HasPrefix(rest2, "日") || strings.HasPrefix(rest2, "号")) {
		return date{}, "", false
	}
	day := date{doc.y, m, d}
	if doc.before(day) {
		day.y--
	}
	return day, fmt.Sprintf("%d月%d日", m, d), true
}

// asAtPage starts the Inferred of a stock dated at the page's date for
// want of a period of its own.
const asAtPage = "as at the page's date, "

// isFlow reports whether a figure measures what happens over a span (a sum
// of money, a growth, a share) rather than a stock of things counted or a
// rank or an area.
func isFlow(f *Figure) bool {
	if f.Count || f.Measure == "rank" {
		return false
	}
	switch f.Unit {
	case "m2", "km2", "mu":
		return false
	}
	return true
}

// cutoff reports whether a phrase is a cutoff or a month's end: 截至10月末,
// 2020年8月底, 年底.
func cutoff(phrase string) bool {
	if strings.HasPrefix(phrase, "截至") || strings.HasPrefix(phrase, "截止") {
		return true
	}
	for _, w := range []string{"底", "末", "底前", "末前"} {
		if strings.HasSuffix(phrase, w) {
			return true
		}
	}
	return false
}

// plans reports whether the phrase at at is a plan's deadline: 年内 or 明年,
// or a phrase in a clause with a word of a plan (今年确保, 预计今年9月前).
func (r *reader) plans(at int, phrase string) bool {
	switch phrase {
	case "年内", "明年":
		return true
	}
	if strings.HasPrefix(phrase, "到") {
		return true
	}
	t := r.text
	lo := back(t, at, maxClause, isClauseEnd)
	hi := forward(t, at+len(phrase), maxClause, isClauseEnd)
	_, ok := planWord(t[lo:hi])
	return ok
}

// futureWords say that a sentence tells what will be done.
var futureWords = []string{"还将", "下一步", "今后", "即将", "将进一步"}

func (r *reader) future(sentence, at int) bool {
	s := r.text[sentence:at]
	for _, w := range futureWords {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}
