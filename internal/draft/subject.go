package draft

import (
	"strings"
	"unicode/utf8"

	"github.com/jinanfacts/jinan/internal/data"
)

// subject reads the figure's subject: in its clause, the known subject
// or the company, organisation or industry (齐鲁制药集团, 济南市应急管理局,
// 邮政业) named nearest before it; else the nearest in its sentence; else
// the subject of the figure before it in the sentence; else the nearest
// place named in the paragraph or the ones before; else the place the page
// names most. A place name inside a longer name (山东 of 山东电力设备公司,
// 济南 of 济南工银新动能基金) is not the place.
func (r *reader) subject(f *Figure, clause, sentence, paragraph int, indAt [2]int, prev *Proposal) (Field, *data.Subject) {
	t, v := r.text, r.v
	hi := f.Start
	if f.Benchmark != "" { // the benchmark's words are not the subject's
		if k := strings.LastIndex(t[clause:hi], f.Benchmark); k >= 0 {
			hi = clause + k
		}
	}
	free := func(m match) bool {
		kind := v.subject[m.id].Kind
		if kind == "nation" || kind == "province" && m.alias {
			return false // 中国 and 山东 name benchmarks and companies (中国重汽, 山东电力设备公司), not a page's subjects
		}
		if !IsPlace(kind) && r.speaks(m.end) {
			return false // the speaker's organisation is the source, not the subject
		}
		if m.start >= sentence && r.inTitle(m.start) {
			return false // the title the sentence cites is not its subject; a later sentence may be about it
		}
		return !r.embedded(m) && (m.end <= indAt[0] || m.start >= indAt[1])
	}
	if zh, ok := r.anaphor(clause, hi, paragraph); ok {
		if id, known := v.subjectNamed(zh); known {
			return Field{id, Medium, "该 refers to the one named before: " + zh}, nil
		}
		return r.newSubject(zh, Medium, "该 refers to the one named before, not in the vocabulary")
	}
	if o, ok := r.describedOrg(f); ok {
		return r.newOrg(o, f, sentence, paragraph, Medium, "the figure describes it, before 的")
	}
	if g, ok := r.groupOf(f); ok {
		return r.newOrg(g, f, sentence, paragraph, Medium, "the group the count names")
	}
	places := func(m match) bool { return IsPlace(v.subject[m.id].Kind) && free(m) }
	for _, w := range []struct {
		lo, hi int
		c      Confidence
		where  string
	}{{clause, hi, High, "the figure's clause"}, {sentence, clause, Medium, "the sentence"}} {
		var best *org
		olo := w.lo
		if prev != nil && w.lo != clause && prev.End > olo && prev.End <= w.hi {
			olo = prev.End // a name before the figure before it is that figure's, and carries on in prev
		}
		accept := free
		if w.lo != clause && r.placeIndicator(indAt) {
			// an organisation named earlier in the sentence has no market
			// entities, GDP or trade of its own: the figure is its place's
			accept = func(m match) bool { return IsPlace(v.subject[m.id].Kind) && free(m) }
		}
		m, ok := lastWhere(t, olo, w.hi, v.subjects, accept)
		for _, o := range r.orgs(olo, w.hi, indAt) {
			switch {
			case o.kind == orgGroup:
				// a group a count named earlier is the topic of what follows
			case w.lo == clause && f.Count && o.end == f.Start:
				continue // 计算机、装备制造业三大主导行业: what the count counts
			case r.speaks(o.end):
				continue // the source of the clause
			case r.inTitle(o.start):
				continue // inside the title the sentence cites
			case w.lo == clause && objectOf(t, w.lo, o.start) && !(o.scoped && f.Count):
				continue // what the clause acts on; but a count of an industry's enterprises (新增规模以上物流企业4家) is the industry's
			case w.lo != clause && !r.leadsClause(o.start):
				continue // an organisation inside a sentence is its source or a partner; one that leads a clause is its subject
			case w.lo != clause && o.kind != orgGroup && r.placeIndicator(indAt):
				continue // an industry or organisation has no GDP or trade of its own: the figure is its place's
			}
			best = &o
		}
		if best != nil && (!ok || best.end > m.end || best.end == m.end && len(best.zh) > len(m.text)) {
			return r.newOrg(*best, f, sentence, paragraph, Medium, "named in "+w.where)
		}
		if ok {
			if zh := r.otherPlaceSector(m, sentence, paragraph); zh != "" {
				return r.newSubject(zh, Medium, "a sector the vocabulary knows of another place, named here in "+w.where+": this place's")
			}
			c, why := w.c, ""
			if c == High && (objectOf(t, w.lo, m.start) || !r.leadsClause(m.start) && !IsPlace(v.subject[m.id].Kind) || r.namesMore(m.end, f.Start)) {
				c, why = Medium, ", after a verb or inside the clause: perhaps part of what it acts on"
			}
			return Field{m.id, c, "named in " + w.where + ": " + m.text + why}, nil
		}
	}
	if prev != nil && prev.Subject.Value != "" {
		// A list of industries governed by 分别 gives its items to each list
		// of figures after it in turn (A业、B业分别由…x%、y%，转为…u%、v%): the
		// first figure of a later list is A's again, not B's.
		for _, o := range r.orgs(sentence, clause, indAt) {
			if o.kind == orgIndustry && strings.Contains(o.zh, "、") && strings.Contains(t[o.end:f.Start], "分别") && !strings.HasSuffix(t[:f.Start], "、") {
				return r.newOrg(o, f, sentence, paragraph, Medium, "the list its figures are given to in turn")
			}
		}
		return Field{prev.Subject.Value, Medium, "the subject of the figure before it in the sentence"}, prev.NewSubject
	}
	// The organisation that leads a clause earlier in the paragraph, when no
	// place is named after it, is still the subject: 齐鲁制药集团实现出口…。其中，….
	pm, pok := lastWhere(t, paragraph, sentence, v.subjects, places)
	var topic *org
	for _, o := range r.orgs(paragraph, sentence, [2]int{}) {
		if o.kind != orgIndustry && !r.speaks(o.end) && r.leadsSentence(o.start) {
			topic = &o
		}
	}
	km, kok := lastWhere(t, paragraph, sentence, v.subjects, func(m match) bool {
		k := v.subject[m.id].Kind
		return !IsPlace(k) && free(m) && !r.speaks(m.end) && r.leadsSentence(m.start)
	})
	if kok && (topic == nil || km.end >= topic.end) && (!pok || km.end > pm.end) {
		return Field{km.id, Low, "the subject of an earlier sentence of the paragraph: " + km.text}, nil
	}
	// A place named after the topic displaces it only as the subject of a
	// clause of its own: in 某研究院济南成立 or 落户济南 the place is where
	// the topic is, and the paragraph's figures are still the topic's.
	if topic != nil && (!pok || topic.end > pm.end || !r.leadsClause(pm.start)) {
		return r.newOrg(*topic, f, sentence, paragraph, Low, "the subject of an earlier sentence of the paragraph")
	}
	if pok {
		return Field{pm.id, Medium, "the place named earlier in the paragraph: " + pm.text}, nil
	}
	// The first paragraph of a report under a headline is read whole: a
	// place that leads a clause after the figure, when the paragraph names
	// none before it, is its subject, not one of the paragraphs before the
	// headline, which are another report's.
	if m, ok := r.placeAfter(f.End, func(m match) bool { return places(m) && r.leadsClause(m.start) }); ok && r.afterHeadline(paragraph) {
		return Field{m.id, Low, "no place named before the figure in its paragraph: the one it names after: " + m.text}, nil
	}
	lo := paragraph - 2*maxParagraph
	if lo < 0 {
		lo = 0
	}
	for lo < paragraph && !utf8.RuneStart(t[lo]) {
		lo++
	}
	if m, ok := lastWhere(t, lo, paragraph, v.subjects, places); ok {
		return Field{m.id, Low, "the place named in a paragraph before: " + m.text}, nil
	}
	if id := r.topic(); id != "" {
		return Field{id, Low, "no place named before the figure: the place the page names most"}, nil
	}
	return Field{}, nil
}

// afterHeadline reports whether the line before the paragraph that starts
// at paragraph, blank lines skipped, is a headline: short, with no mark
// that ends a sentence or a clause.
func (r *reader) afterHeadline(paragraph int) bool {
	t := r.text
	end := paragraph
	for end > 0 {
		c, size := utf8.DecodeLastRuneInString(t[:end])
		if c != '\n' && c != '\r' && c != ' ' && c != '\u3000' && c != '\t' {
			break
		}
		end -= size
	}
	if end == 0 {
		return false
	}
	start := back(t, end, maxClause, func(c rune) bool { return c == '\n' })
	line := t[start:end]
	return utf8.RuneCountInString(line) <= 30 && !strings.ContainsAny(line, "。；;，,：:！？!?")
}

// placeAfter returns the first place named in the rest of the paragraph
// after at that ok accepts (ok sees the place right after one too); of a place and the place right after it
// (济南济北经济开发区), the latter, the narrower.
func (r *reader) placeAfter(at int, ok func(match) bool) (match, bool) {
	t := r.text
	hi := forward(t, at, maxParagraph, func(c rune) bool { return c == '\n' })
	var best match
	found := false
	for _, n := range r.v.subjects {
		for off, k := at, 0; off < hi && k < 100; k++ {
			i := strings.Index(t[off:hi], n.text)
			if i < 0 {
				break
			}
			m := match{name: n, start: off + i, end: off + i + len(n.text)}
			off = m.end
			if ok(m) && (!found || m.start < best.start || m.start == best.start && m.end > best.end) {
				best, found = m, true
			}
		}
	}
	if !found {
		return best, false
	}
	if next, ok2 := first(t, best.end, min(hi, best.end+60), r.v.subjects); ok2 && next.start == best.end && ok(next) {
		best = next
	}
	return best, true
}

// anaphorHeads are the nouns 该 refers back with: 该项目 is the project
// named before, 该院 the institute.
var anaphorHeads = []string{"项目", "公司", "集团", "企业", "中心", "园区", "基地", "院", "局", "园"}

// anaphor returns the name that 该X in the figure's clause (before hi)
// refers to: the last name before the clause, back to the paragraph
// before, that ends in X and is longer than it (中建八局某某项目 for 该项目).
func (r *reader) anaphor(clause, hi, paragraph int) (string, bool) {
	t := r.text
	k := strings.LastIndex(t[clause:hi], "该")
	if k < 0 {
		return "", false
	}
	after := t[clause+k+len("该") : hi]
	head := ""
	for _, h := range anaphorHeads {
		if strings.HasPrefix(after, h) && len(h) > len(head) {
			head = h
		}
	}
	if head == "" {
		return "", false
	}
	lo := max(0, paragraph-maxParagraph)
	for lo < paragraph && !utf8.RuneStart(t[lo]) {
		lo++
	}
	w := t[lo : clause+k]
	for end := len(w); end > 0; {
		i := strings.LastIndex(w[:end], head)
		if i < 0 {
			break
		}
		end = i
		zh, _ := stripLeadVerbs(trimNameHead(nameBefore(t, lo, lo+i+len(head), false)))
		if utf8.RuneCountInString(zh) >= utf8.RuneCountInString(head)+3 && !strings.HasPrefix(zh, "该") {
			return zh, true
		}
	}
	return "", false
}

// describedOrg returns the company or organisation that a figure before
// 的 describes (资本金45.7亿元的某某集团, 总投资10亿元的某某公司): the name
// right after 的, ending its clause or its subject.
func (r *reader) describedOrg(f *Figure) (org, bool) {
	t := r.text
	if !strings.HasPrefix(t[f.End:], "的") {
		return org{}, false
	}
	lo := f.End + len("的")
	hi := forward(t, lo, maxClause, func(c rune) bool { return isClauseEnd(c) || c == '、' })
	for _, o := range r.orgs(lo, hi, [2]int{}) {
		if o.kind == orgCompany && o.start == lo {
			return o, true
		}
	}
	return org{}, false
}

// scopeAbbreviations are the statistics' short names of their scopes:
// 规上 is 规模以上 (above designated size), 限上 限额以上.
var scopeAbbreviations = strings.NewReplacer("规上", "规模以上", "限上", "限额以上")

// otherPlaceSector returns, for a known sector of a district or zone
// (规上服务业 of one zone) named bare in a page about another district or
// zone, the name of that place's sector (市中区规模以上服务业), the scope
// written out; else "".
func (r *reader) otherPlaceSector(m match, sentence, paragraph int) string {
	v := r.v
	s := v.subject[m.id]
	if IsPlace(s.Kind) || s.Within == "" || s.Within == "jinan" || s.Within == "shandong" {
		return ""
	}
	within, ok := v.Subject(s.Within)
	if !ok || within.Kind != "district" && within.Kind != "zone" && within.Kind != "county" {
		return ""
	}
	p := r.placePrefix(m.text, sentence, paragraph, m.start)
	if p == "" || p == within.Zh || strings.HasPrefix(m.text, p) {
		return ""
	}
	return p + scopeAbbreviations.Replace(m.text)
}

// inTitle reports whether the text at at is inside the title of a
// document, plan or law (《中国（山东）自由贸易试验区总体方案》): a place or a
// body named there is the title's, not a subject of the sentence that
// cites it.
func (r *reader) inTitle(at int) bool {
	t := r.text
	lo := back(t, at, maxSentence, func(c rune) bool { return c == '\n' || c == '》' })
	return strings.Contains(t[lo:at], "《")
}

// nameSuffixes end the names of companies, organisations, parks and
// programmes; a place name that starts one (济南市应急管理局) is not the
// place. The ones marked subject name a subject of their own.
var nameSuffixes = [...]struct {
	word    string
	subject bool
}{
	{"有限公司", true}, {"股份公司", true}, {"集团", true}, {"公司", true}, {"银行", true}, {"研究院", true},
	{"医院", true}, {"大学", true}, {"管理局", true}, {"服务局", true}, {"促进局", true}, {"统计局", false},
	{"发展改革委", true}, {"委员会", true}, {"产业园", true}, {"示范园", true}, {"园区", false}, {"首店", true},
	{"基金", false}, {"总部", false}, {"计划", false}, {"大赛", false}, {"工程", false}, {"强", false},
}

// embedded reports whether the place name m starts a longer name: the
// Chinese characters after it, up to a punctuation mark, end in a name's
// suffix (山东电力设备公司, 中国500强, 泉城“5150”引才倍增计划).
func (r *reader) embedded(m match) bool {
	if !IsPlace(r.v.subject[m.id].Kind) {
		return false
	}
	t := r.text
	end := m.end
	for i, n := m.end, 0; i < len(t) && n < 20; n++ {
		c, size := utf8.DecodeRuneInString(t[i:])
		if !isHan(c) && c != '“' && c != '”' && !(c >= '0' && c <= '9') || c == '的' || c == '等' || c == '和' {
			break
		}
		i += size
		end = i
	}
	if bureauEnd(t, m.end, len(t)) > 0 {
		return true // 天桥区投促局
	}
	rest := t[m.end:end]
	if dropEstablishing(rest) != rest {
		return false // 历下区成立某公司: the place sets the company up
	}
	for _, x := range nameSuffixes {
		if strings.Contains(rest, x.word) {
			return true
		}
	}
	return false
}

// topic returns the place the page names most, "jinan" on a tie.
func (r *reader) topic() string {
	if r.topicDone {
		return r.topicID
	}
	r.topicDone = true
	counts := map[string]int{}
	t := r.text
	for _, n := range r.v.subjects {
		if !IsPlace(r.v.subject[n.id].Kind) {
			continue
		}
		for off, k := 0, 0; k < 1000; k++ {
			i := strings.Index(t[off:], n.text)
			if i < 0 {
				break
			}
			if m := (match{name: n, start: off + i, end: off + i + len(n.text)}); !r.embedded(m) {
				counts[n.id]++
			}
			off += i + len(n.text)
		}
	}
	best := ""
	if _, ok := r.v.subject["jinan"]; ok {
		best = "jinan"
	}
	ids := make([]string, 0, len(counts))
	for id := range counts {
		ids = append(ids, id)
	}
	for _, id := range sortedStrings(ids) {
		if counts[id] > counts[best] {
			best = id
		}
	}
	r.topicID = best
	return best
}

func sortedStrings(s []string) []string {
	for i := 1; i < len(s); i++ {
		for j := i; j > 0 && s[j] < s[j-1]; j-- {
			s[j], s[j-1] = s[j-1], s[j]
		}
	}
	return s
}

// newOrg proposes the new subject o names for the figure: an industry of a
// list (A业、B业分别…) is the one the figure's place in its list gives, and
// a sector or group of a district or zone is named with the place's name
// before it (市中区金融业).
func (r *reader) newOrg(o org, f *Figure, sentence, paragraph int, c Confidence, where string) (Field, *data.Subject) {
	zh := o.zh
	why := "a company, organisation or industry " + where + ", not in the vocabulary"
	if o.kind != orgCompany {
		zh = pairedItem(r.text, listItem(r.text, zh, o.end, f.Start), f.Start, f.End)
		if p := r.placePrefix(zh, sentence, paragraph, o.start); p != "" {
			zh = p + zh
			why += ", a sector of " + p
		}
	}
	return r.newSubject(zh, c, why)
}

// namesMore reports whether the words between a subject's name and the
// figure hold more than an indicator's name, verbs and period words: a
// longer noun phrase there may name the figure's own subject (济南企业科创板
// 上市进程, 济南市2019年重点项目建设观摩评议).
func (r *reader) namesMore(lo, hi int) bool {
	s := r.text[lo:hi]
	for _, n := range r.v.indicators {
		s = strings.ReplaceAll(s, n.text, "")
	}
	for _, w := range append(append([]string{}, verbs...), headWords...) {
		s = strings.ReplaceAll(s, w, "")
	}
	for w := range measureWords {
		s = strings.ReplaceAll(s, w, "")
	}
	n := 0
	for _, c := range s {
		if isHan(c) {
			n++
		}
	}
	return n > 2
}
