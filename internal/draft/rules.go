package draft

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/jinanfacts/jinan/internal/data"
)

// This file holds the rules that read each field from the words around a
// figure.

// isHan reports whether r is a Chinese character.
func isHan(r rune) bool { return unicode.Is(unicode.Han, r) }

// nameStops are the runes that end a name read backwards from its last
// word: particles, conjunctions and prepositions.
const nameStops = "的在由和与及、对向将把被从为是了等其该这"

// verbs are the words that start a clause's predicate or close a noun
// phrase: a new indicator's name is read up to them, or from after them.
var verbs = []string{
	"实现", "完成", "达到", "达", "开展", "累计", "共计", "共", "已经", "已", "其中", "全年", "总计", "合计",
	"拥有", "相继", "落户", "入驻", "签约", "成功", "现场", "通过", "均", "进行", "参与", "获得", "荣获", "获",
	"位于", "覆盖", "进入", "新增了", "引进了", "推动", "推出", "发布", "提出", "确定", "确立", "组建", "培育",
	"入围", "申报", "包含", "涉及", "进驻", "注册", "加快推进", "推进", "对接", "集聚", "引入", "派出", "开工",
	"建成", "打造", "形成", "为", "是", "约", "近", "超", "超过", "突破", "逾", "力争", "确保", "争取", "压缩到",
	"压缩", "减至", "增至", "提高到", "下降到", "总计达", "仍", "达成", "签订", "放宽", "将", "加快", "入选", "获评", "被评为", "认定为", "签署",
}

// notIndustries end in 业 but name no industry.
var notIndustries = []string{"企业", "就业", "行业", "营业", "毕业", "专业", "作业", "物业", "创业", "事业", "主营业", "产业"}

func endsWithAny(s string, suffixes []string) bool {
	for _, x := range suffixes {
		if strings.HasSuffix(s, x) {
			return true
		}
	}
	return false
}

// nameBefore reads the name that ends at end, back to a particle, a
// punctuation mark, a period phrase or lo; list lets it run over 、 and 和
// (信息传输、软件和信息技术服务业).
func nameBefore(t string, lo, end int, list bool) string {
	i := end
	for i > lo && end-i < 60 {
		c, size := utf8.DecodeLastRuneInString(t[lo:i])
		if !isHan(c) && c != '“' && c != '”' {
			break
		}
		if strings.ContainsRune(nameStops, c) && !(list && (c == '、' || c == '和')) {
			break
		}
		i -= size
	}
	name := t[i:end]
	// A period phrase or a verb at the head is not part of the name.
	for changed := true; changed; {
		changed = false
		for _, p := range []string{"一季度", "前三季度", "上半年", "全年", "今年", "去年", "其中", "全市", "全区", "目前", "年内"} {
			if rest, ok := strings.CutPrefix(name, p); ok {
				name, changed = rest, true
			}
		}
	}
	return strings.Trim(name, "、和“”")
}

// newSubject proposes a subject the vocabulary does not know.
func (r *reader) newSubject(zh string, c Confidence, why string) (Field, *data.Subject) {
	id, ok := r.newSubjects[zh]
	if !ok {
		id = "new-subject-" + strconv.Itoa(len(r.newSubjects)+1)
		r.newSubjects[zh] = id
	}
	return Field{id, c, why + ": " + zh}, &data.Subject{ID: id, Zh: zh, Within: "jinan"}
}

// newIndicator proposes an indicator the vocabulary does not know.
func (r *reader) newIndicator(zh string, f *Figure, c Confidence, why string) (Field, *data.Indicator) {
	id, ok := r.newIndicators[zh]
	if !ok {
		id = "new-indicator-" + strconv.Itoa(len(r.newIndicators)+1)
		r.newIndicators[zh] = id
	}
	return Field{id, c, why + ": " + zh}, &data.Indicator{ID: id, Zh: zh}
}

// weakWords are indicator words so general that a modifier before them
// names a different indicator: 征迁面积 is not any 面积.
var weakWords = map[string]bool{"面积": true, "企业": true, "项目": true}

// measureWords name a measure, not an indicator: 增速达40.6% says what is
// measured earlier in the sentence.
var measureWords = map[string]bool{"增速": true, "增幅": true, "增长": true, "比重": true, "占比": true, "总数": true,
	"数量": true, "总量": true, "规模": true, "金额": true, "总额": true, "完成率": true, "排名": true, "成绩": true, "同比": true}

// unitIndicators are the headline indicators a figure's unit implies when
// no indicator is named: 37.99平方公里 is an area.
var unitIndicators = [...]struct{ unit, id string }{{"m2", "land-area"}, {"km2", "land-area"}, {"mu", "land-area"}}

// onlyVerbs reports whether s holds nothing but verbs and bound words
// (实现, 达到, 为, 超过): the name before s is the figure's.
func onlyVerbs(s string) bool {
	for s != "" {
		cut := false
		for w := range measureWords {
			if rest, ok := strings.CutPrefix(s, w); ok {
				s, cut = rest, true
				break
			}
		}
		for _, w := range verbs {
			if rest, ok := strings.CutPrefix(s, w); ok {
				s, cut = rest, true
				break
			}
		}
		if !cut {
			return false
		}
	}
	return true
}

// industryLike reports whether a modifier names an industry (生物医药,
// 大数据和新一代信息技术): its enterprises are counted as enterprises of
// that industry's subject.
// 高新技术 is a status an enterprise is certified with (高新技术企业), not an
// industry; 产业 before a word that makes it a modifier (产业集群领军企业) names
// no industry of the enterprises.
func industryLike(s string) bool {
	if strings.HasSuffix(s, "高新技术") {
		return false
	}
	if k := strings.LastIndex(s, "产业"); k >= 0 && !industryTail(s[k+len("产业"):]) {
		return true
	}
	return strings.HasSuffix(s, "业") || strings.HasSuffix(s, "技术") || strings.HasSuffix(s, "医药")
}

// weakTails are indicator words so general that, when the figure follows
// them (入园项目30个), a modifier before them names a different indicator.
var weakTails = map[string]bool{"面积": true, "企业": true, "项目": true}

// indicator reads what the figure measures: the noun a count is of when it
// follows the count (270个市级重点建设项目), else the nearest indicator
// named before the figure in its clause, else (for a growth, gap, rank …)
// the indicator of the figure before it in the sentence, else the nearest
// in the sentence, else a new indicator named by the words before the
// figure.
func (r *reader) indicator(f *Figure, clause, sentence int, measure string, prev *Proposal) (Field, *data.Indicator, [2]int) {
	none := [2]int{}
	t, v := r.text, r.v
	if f.Count && f.End < len(t) {
		if c, _ := utf8.DecodeRuneInString(stripPeriodHead(t[f.End:min(len(t), f.End+16)])); isHan(c) || c == '“' {
			end := forward(t, f.End, maxClause, isClauseEnd)
			head := len(t[f.End:end]) - len(stripPeriodHead(t[f.End:end]))
			phrase := r.countedPhrase(countNoun(t, f.End+head, end))
			at := f.End + head + max(0, strings.Index(t[f.End+head:end], phrase))
			if genericNouns[phrase] {
				if zh := predicateName(t, at+len(phrase), end, phrase); zh != "" {
					fd, d := r.newIndicator(zh, f, Low, "the count is of the "+phrase+" the predicate after it names")
					return fd, d, [2]int{at, at + len(phrase)}
				}
			}
			if zh := treatedName(t, clause, f.Start, at+len(phrase), end, phrase); zh != "" {
				fd, d := r.newIndicator(zh, f, Low, "the count is of what 对…进行 treats: "+zh)
				return fd, d, [2]int{at, at + len(phrase)}
			}
			if genericNouns[phrase] {
				if zh := r.leadVerbName(clause, f.Start, phrase); zh != "" {
					fd, d := r.newIndicator(zh, f, Low, "the count is of the "+phrase+" the clause's verb acts on: "+zh)
					return fd, d, [2]int{at, at + len(phrase)}
				}
			}
			if w := r.objectVerb(clause, f.Start); w != "" && !genericNouns[phrase] && utf8.RuneCountInString(phrase) >= 2 {
				if _, known := v.indicatorNamed(phrase); !known {
					zh := w + "的" + tidyName(phrase)
					fd, d := r.newIndicator(zh, f, Low, "the count is of what the verb before it acts on: "+zh)
					return fd, d, [2]int{at, at + len(phrase)}
				}
			}
			m, ok := last(phrase, 0, len(phrase), v.indicators)
			if g, isGroup := r.groupAt(f.Start, f.End); isGroup && ok && m.end == len(phrase) && strings.HasSuffix(g.zh, m.text) {
				// The group is the subject (270个市级重点建设项目): the count is of its noun.
				return Field{m.id, High, "the count of the group " + g.zh + ": " + m.text}, nil, [2]int{at + m.start, at + m.end}
			}
			if ok && m.end == len(phrase) && !(weakWords[m.text] && m.start > 0 && !industryLike(phrase[:m.start]) && !isGenericIndustry(phrase[:m.start])) {
				return Field{m.id, High, "the count is of " + phrase + ": " + m.text}, nil, [2]int{at + m.start, at + m.end}
			}
			if m, ok := first(phrase, 0, len(phrase), v.indicators); ok && m.start == 0 {
				return Field{m.id, Medium, "the count is of " + m.text}, nil, [2]int{at + m.start, at + m.end}
			}
			if zh := tidyName(phrase); utf8.RuneCountInString(zh) >= 2 {
				fd, d := r.newIndicator(zh, f, Low, "the count is of a noun the vocabulary does not know")
				return fd, d, [2]int{at, at + len(phrase)}
			}
		}
	}
	if f.Percent && strings.HasPrefix(t[f.End:], "的") { // 80%以上的试点任务: a share of the noun after 的
		lo := f.End + len("的")
		end := forward(t, lo, maxClause, isClauseEnd)
		if noun := tidyName(t[lo:cutAtVerb(t, lo, end)]); utf8.RuneCountInString(noun) >= 2 && !strings.Contains(t[clause:f.Start], "占") {
			if id, known := v.indicatorNamed(noun); known {
				return Field{id, Medium, "the share is of the noun after it: " + noun}, nil, [2]int{lo, lo + len(noun)}
			}
			if _, ok := last(t, clause, f.Start, v.indicators); !ok {
				fd, d := r.newIndicator(noun, f, Low, "the share is of the noun after it, a name the vocabulary does not know")
				return fd, d, [2]int{lo, lo + len(noun)}
			}
		}
	}
	if w := sizeBefore(t[clause:f.Start]); w != "" && strings.HasPrefix(t[f.End:], "的") { // 规模100亿元的某某基金: the size of the noun after 的
		lo := f.End + len("的")
		end := forward(t, lo, maxClause, isClauseEnd)
		noun, _, _ := strings.Cut(t[lo:cutAtVerb(t, lo, end)], "、") // the first item of a list of such nouns
		if stem := lastWord(tidyName(noun)); stem != "" {
			zh := stem + w
			if id, known := v.indicatorNamed(zh); known {
				return Field{id, Medium, "the size of the noun after it: " + zh}, nil, [2]int{clause, f.Start}
			}
			fd, d := r.newIndicator(zh, f, Low, "the size of the noun after it, a name the vocabulary does not know")
			return fd, d, [2]int{clause, f.Start}
		}
	}
	if measure == "rank" || measure == "percentile" {
		if zh, at := appraisalFrame(t, sentence, clause); zh != "" {
			if _, ok := last(t, clause, f.Start, v.indicators); !ok {
				if id, known := v.indicatorNamed(zh); known {
					return Field{id, Medium, "the appraisal the sentence ranks in: " + zh}, nil, at
				}
				fd, d := r.newIndicator(zh, f, Low, "the appraisal the sentence ranks in, a name the vocabulary does not know")
				return fd, d, at
			}
		}
	}
	if fd, at, ok := r.pairedIndicator(f, sentence); ok {
		return fd, nil, at
	}
	phrase, phraseAt, ranked := r.namePhrase(f, clause, measure, prev)
	hi := f.Start
	if measure == "share" || measure == "contribution" {
		// The words after 占 or 拉动 name the whole: 税收占一般公共预算收入的比重.
		for _, w := range []string{"占", "拉动"} {
			if k := strings.LastIndex(t[clause:hi], w); k >= 0 {
				hi = clause + k
				break
			}
		}
	}
	if hi < f.Start && strings.HasPrefix(t[hi:], "占") && !strings.HasPrefix(t[hi:], "占有") { // the item of a list, or the clause, that 占 follows is what the share is of: …、1类创新药占全省54.8%
		lo := clause
		if k := strings.LastIndex(t[clause:hi], "、"); k >= 0 {
			lo = clause + k + len("、")
		}
		if item := r.trimHead(strings.Trim(t[lo:hi], " \u3000“”")); item != "" {
			lo = hi - len(item)
			if _, ok := last(t, lo, hi, v.indicators); !ok && utf8.RuneCountInString(item) >= 2 && utf8.RuneCountInString(item) <= 12 && !strings.ContainsAny(item, "，。；") {
				fd, d := r.newIndicator(item, f, Low, "the item of the list that the share follows, a name the vocabulary does not know")
				return fd, d, [2]int{lo, hi}
			}
		}
	}
	if m, ok := last(t, clause, hi, v.indicators); ok {
		if zh := modifiedNoun(t, m, hi, measure); zh != "" {
			if id, known := v.indicatorNamed(zh); known {
				return Field{id, Medium, "the noun " + m.text + " modifies: " + zh}, nil, [2]int{m.end, m.end + len(zh)}
			}
			fd, d := r.newIndicator(zh, f, Low, "the noun "+m.text+" modifies, a name the vocabulary does not know")
			return fd, d, [2]int{m.end, m.end + len(zh)}
		}
		if zh := r.verbIndustryNoun(clause, m); zh != "" {
			if id, known := v.indicatorNamed(zh); known {
				return Field{id, Medium, "the verb and the noun, the industry between them the subject's: " + zh}, nil, [2]int{m.start, m.end}
			}
			fd, d := r.newIndicator(zh, f, Low, "the verb and the noun, the industry between them the subject's: a name the vocabulary does not know")
			return fd, d, [2]int{m.start, m.end}
		}
		tail := hi == f.Start && onlyVerbs(t[m.end:f.Start])
		if zh := standardName(t, clause, m.end, m.text); zh != "" {
			if _, known := v.indicatorNamed(zh); !known {
				c := Medium
				if !tail {
					c = Low
				}
				fd, d := r.newIndicator(zh, f, c, "a statistical indicator's standard name, kept whole")
				return fd, d, [2]int{m.end - len(zh), m.end}
			}
		}
		switch {
		case tail && weakTails[m.text] && len(phrase) > len(m.text) && strings.HasSuffix(phrase, m.text) && !industryLike(strings.TrimSuffix(phrase, m.text)) && !generic(strings.TrimSuffix(phrase, m.text)):
			fd, d := r.newIndicator(phrase, f, Low, "a kind of "+m.text+" the vocabulary does not know")
			return fd, d, phraseAt
		case !tail && measure == "level" && phrase != "" && (f.Start-len(phrase) <= m.end || runsInto(t, m.end, phraseAt[0])):
			fd, d := r.newIndicator(phrase, f, Low, "the words before the figure name more than "+m.text+": a name the vocabulary does not know")
			return fd, d, phraseAt
		}
		c := High
		if !tail {
			c = Medium
		}
		return Field{m.id, c, "named in the figure's clause: " + m.text}, nil, [2]int{m.start, m.end}
	}
	if ranked {
		fd, d := r.newIndicator(phrase, f, Low, "what the clause ranks, a name the vocabulary does not know")
		return fd, d, phraseAt
	}
	if measure != "level" && prev != nil && prev.Indicator.Value != "" {
		return Field{prev.Indicator.Value, Medium, "the indicator of the figure before it in the sentence"}, prev.NewIndicator, none
	}
	if measure != "level" {
		if m, ok := last(t, sentence, clause, v.indicators); ok {
			return Field{m.id, Medium, "named earlier in the sentence: " + m.text}, nil, [2]int{m.start, m.end}
		}
	}
	if phrase != "" {
		fd, d := r.newIndicator(phrase, f, Low, "the words before the figure, a name the vocabulary does not know")
		return fd, d, phraseAt
	}
	for _, u := range unitIndicators {
		if u.unit == f.Unit {
			if _, ok := v.Indicator(u.id); ok {
				return Field{u.id, Low, "no indicator named: the headline indicator of the unit " + u.unit}, nil, none
			}
		}
	}
	if m, ok := last(t, sentence, clause, v.indicators); ok {
		return Field{m.id, Low, "named earlier in the sentence: " + m.text}, nil, [2]int{m.start, m.end}
	}
	if prev != nil && prev.Indicator.Value != "" {
		return Field{prev.Indicator.Value, Low, "no indicator named: that of the figure before it in the sentence"}, prev.NewIndicator, none
	}
	return Field{}, nil, none
}

// verbIndustryNoun returns, when the known indicator m is a weak word (企业,
// 项目) that a predicate verb and an industry lead (签约制造业项目, 入选软件业
// 企业), the verb and the noun (签约项目): the industry is the subject's, as
// dropScopedIndustry reads it after a scope. Else "".
func (r *reader) verbIndustryNoun(clause int, m match) string {
	if !weakTails[m.text] {
		return ""
	}
	pre := r.trimHead(nameBefore(r.text, clause, m.start, false)) // the place that leads the clause is the subject
	for _, w := range predicateVerbs {
		if rest, ok := strings.CutPrefix(pre, w); ok && industryLike(rest) && scopedIndustry(rest) && !isGenericIndustry(rest) {
			return w + m.text
		}
	}
	return ""
}

// measureHeads end the noun a weak word modifies: what follows them says
// how the noun is measured (月均环比增长), not what it is.
var measureHeads = []string{"月均", "年均", "环比", "同比", "累计"}

// modifiedNoun returns, for a figure that is not a level (a growth, a
// rank, a share), when the known indicator m is a weak word (企业, 项目)
// that runs straight on into a noun before hi (企业融资需求额月均环比增长12%,
// 企业科创板上市进程的前四名), that noun: the weak word modifies it, and what
// grows or ranks is the noun. Else "": a count or amount of 企业研发机构 is
// named whole.
func modifiedNoun(t string, m match, hi int, measure string) string {
	if !weakTails[m.text] || m.end >= hi || measure == "level" {
		return ""
	}
	for _, w := range measureHeads {
		if k := strings.Index(t[m.end:hi], w); k >= 0 {
			hi = m.end + k
		}
	}
	noun := cutRankVerb(t[m.end:cutAtVerb(t, m.end, hi)])
	for w := range measureWords {
		if k := strings.Index(noun, w); k >= 0 {
			noun = noun[:k]
		}
	}
	if utf8.RuneCountInString(noun) < 3 || strings.ContainsAny(noun, "“”、") {
		return ""
	}
	for _, c := range noun {
		if !isHan(c) {
			return ""
		}
	}
	return noun
}

// treatedName returns, for a count after 对 whose noun is followed by
// 进行 and a verb (对12条农村公路进行了改造升级), the verb and the noun
// (改造升级农村公路): what is counted is what was treated so. Else "".
func treatedName(t string, clause, start, nounEnd, end int, noun string) string {
	if !strings.HasSuffix(t[clause:start], "对") || utf8.RuneCountInString(noun) < 2 {
		return ""
	}
	rest, ok := strings.CutPrefix(t[nounEnd:end], "进行")
	if !ok {
		return ""
	}
	rest = strings.TrimPrefix(rest, "了")
	if n := utf8.RuneCountInString(rest); n < 2 || n > 6 {
		return ""
	}
	for _, c := range rest {
		if !isHan(c) {
			return ""
		}
	}
	return rest + noun
}

// leadVerbName returns, for a count of a generic noun (项目) after a list
// of examples that the clause's verb leads (还签约了某某总部等31个项目), the
// verb and the noun (签约项目), when the verb is one of predicateVerbs.
func (r *reader) leadVerbName(clause, start int, noun string) string {
	pre := r.trimHead(strings.TrimLeft(r.text[clause:start], " \u3000\t")) // the place that leads the clause is its subject
	if !strings.HasSuffix(pre, "等") {
		return ""
	}
	for changed := true; changed; {
		changed = false
		for _, w := range append([]string{"还", "又", "也"}, countAdverbs...) {
			if rest, ok := strings.CutPrefix(pre, w); ok {
				pre, changed = rest, true
			}
		}
	}
	for _, w := range predicateVerbs {
		if strings.HasPrefix(pre, w) {
			return w + noun
		}
	}
	return ""
}

// stativeVerbs state what a subject has or reaches, not what it did:
// 拥有12家, 达到30个 count the noun itself.
var stativeVerbs = []string{"拥有", "包含", "涵盖", "覆盖", "达到", "实现", "完成", "共有", "现有", "形成", "集聚", "聚集", "位居", "成为"}

// countAdverbs lead the verb before a count: 现已研发, 全面完成.
var countAdverbs = []string{"现已", "已经", "已", "累计", "共", "先后", "相继", "陆续", "目前", "现场", "现", "全面", "成功", "持续", "不断", "共同"}

// objectVerb returns the verb that alone makes the figure's clause before
// a count (现已研发91个项目, 孵化99家企业): then what is counted is what
// it did, named as a relative clause (研发的项目). It returns "" when the
// clause holds more than one verb of two characters after its adverbs,
// or the verb heads a list (新增), or states what the subject has.
func (r *reader) objectVerb(clause, at int) string {
	s := strings.TrimLeft(r.text[clause:at], " \u3000\t")
	for changed := true; changed; {
		changed = false
		for _, w := range countAdverbs {
			if rest, ok := strings.CutPrefix(s, w); ok {
				s, changed = rest, true
			}
		}
	}
	if utf8.RuneCountInString(s) != 2 || listVerb(s) != "" {
		return ""
	}
	for _, c := range s {
		if !isHan(c) {
			return ""
		}
	}
	for _, w := range append(append([]string{}, stativeVerbs...), verbs...) {
		if s == w {
			return ""
		}
	}
	return s
}

// appraisalWords end the name of an appraisal or a ranking list.
var appraisalWords = []string{"考评", "评价", "评比", "评选", "考核", "排名", "榜单", "排行榜", "测评"}

// appraisalFrame returns the appraisal that a clause 在…中 before the
// figure's clause names (在…公布的2020年度开发区综合发展水平考评中, …位居第27名):
// what the rank is of, its period and publishers dropped, and where it
// stands; else "".
func appraisalFrame(t string, sentence, clause int) (string, [2]int) {
	for lo := sentence; lo < clause; {
		hi := forward(t, lo, maxClause, isClauseEnd)
		if hi <= lo || hi > clause {
			break
		}
		c := strings.TrimLeft(t[lo:hi], " \u3000\t")
		if body, ok := strings.CutPrefix(c, "在"); ok {
			if body, ok = strings.CutSuffix(body, "中"); ok && endsWithAny(body, appraisalWords) {
				if k := strings.LastIndex(body, "的"); k >= 0 {
					body = body[k+len("的"):]
				}
				body = stripPeriodHead(body)
				body = strings.TrimPrefix(body, "度")
				if utf8.RuneCountInString(body) >= 4 {
					end := hi - len("中")
					return body, [2]int{end - len(body), end}
				}
			}
		}
		_, size := utf8.DecodeRuneInString(t[hi:])
		lo = hi + size
	}
	return "", [2]int{}
}

// pairedIndicator reads, for a list of figures after 分别 that is as
// long as the list of indicators named before 分别 in the sentence, since
// the figure before
// (A实现增加值，完成营业收入分别增长x%、y%, and the gaps after them, 高于…m、n
// 个百分点), the k-th indicator for the k-th figure.
func (r *reader) pairedIndicator(f *Figure, sentence int) (Field, [2]int, bool) {
	t := r.text
	k := strings.LastIndex(t[sentence:f.Start], "分别")
	if k < 0 {
		return Field{}, [2]int{}, false
	}
	resp := sentence + k
	start := sentence // the names since the figure before: 分别 after a figure distributes its benchmarks
	if d := strings.LastIndexAny(t[sentence:resp], "0123456789"); d >= 0 {
		start = sentence + d + 1
	}
	var names []match
	for lo := start; lo < resp; {
		m, ok := first(t, lo, resp, r.v.indicators)
		if !ok {
			break
		}
		names = append(names, m)
		lo = m.end
	}
	pos, n := figureListPos(t, f.Start, f.End)
	if len(names) < 2 || n != len(names) || pos >= n {
		return Field{}, [2]int{}, false
	}
	m := names[pos]
	return Field{m.id, Medium, "the " + strconv.Itoa(pos+1) + "th of the indicators 分别 pairs with the figures: " + m.text}, [2]int{m.start, m.end}, true
}

// figureListPos returns the place of the figure at [start, end) in its
// list of figures joined by 、 or 和, from 0, and the list's length.
func figureListPos(t string, start, end int) (pos, n int) {
	isFig := func(c rune) bool {
		return strings.ContainsRune(figureRunes, c) || c == '个' || c == '百' || c == '分' || c == '点'
	}
	for at := start; ; pos++ {
		rest, ok := strings.CutSuffix(t[:at], "、")
		if !ok {
			rest, ok = strings.CutSuffix(t[:at], "和")
		}
		if !ok {
			break
		}
		j := len(rest)
		for j > 0 {
			c, size := utf8.DecodeLastRuneInString(rest[:j])
			if !isFig(c) {
				break
			}
			j -= size
		}
		if j == len(rest) || !strings.ContainsAny(rest[j:], "0123456789") {
			break
		}
		at = j
	}
	n = pos + 1
	for at := end; ; n++ {
		rest, ok := strings.CutPrefix(t[at:], "、")
		if !ok {
			rest, ok = strings.CutPrefix(t[at:], "和")
		}
		if !ok || rest == "" || rest[0] < '0' || rest[0] > '9' {
			break
		}
		i := figureRunLen(rest)
		at = len(t) - len(rest) + i
	}
	return pos, n
}

// cutAtVerb returns where the noun phrase that starts at lo ends: at the
// first verb, particle or punctuation mark before hi.
func cutAtVerb(t string, lo, hi int) int {
	for i := lo; i < hi; {
		c, size := utf8.DecodeRuneInString(t[i:])
		for _, w := range verbs {
			if strings.HasPrefix(t[i:hi], w) {
				return i
			}
		}
		if !isHan(c) && c != '“' && c != '”' && c != '、' || strings.ContainsRune("的在等中和及与到", c) && !(c == '中' && strings.Trim(t[lo:i], "“") == "") {
			return i // 中 that starts the noun (中科院院所) is no postposition
		}
		i += size
	}
	return hi
}

// stripPeriodHead drops a printed year at the head of a noun phrase:
// 20项2020年重点任务 counts 重点任务.
func stripPeriodHead(s string) string {
	i := 0
	for i < len(s) && s[i] >= '0' && s[i] <= '9' {
		i++
	}
	if i > 0 {
		if rest, ok := strings.CutPrefix(s[i:], "年"); ok {
			return rest
		}
	}
	return s
}

// phraseBefore returns the noun phrase just before the figure in its
// clause, without the verbs and the subject that lead it: 开展线上招商活动
// 30余次 gives 线上招商活动.
func phraseBefore(t string, clause, at int, keep []name) string {
	s := t[clause:at]
	// Back from the figure over Chinese characters and quotation marks.
	i := len(s)
	for i > 0 {
		c, size := utf8.DecodeLastRuneInString(s[:i])
		if c >= '0' && c <= '9' && i < len(s) && (strings.HasPrefix(s[i:], "强") || strings.HasPrefix(s[i:], "年") || s[i] >= '0' && s[i] <= '9') {
			i -= size // 500强, 2020年: digits inside a name or a year at its head
			continue
		}
		if !isHan(c) && c != '“' && c != '”' || c == '的' {
			break
		}
		i -= size
	}
	s = stripPeriodHead(s[i:])
	s = strings.TrimSuffix(s, "从")
	for w := range measureWords { // a measure word stays on a stem of two characters: 放款总额
		if rest, ok := strings.CutSuffix(s, w); ok && utf8.RuneCountInString(rest) > 2 {
			s = rest
		}
	}
	// The last verb in the phrase leads it, unless it is inside a known
	// indicator's name (共 of 一般公共预算收入).
	inside := func(k, n int) bool {
		for _, x := range keep {
			for off := 0; off < len(s); {
				i := strings.Index(s[off:], x.text)
				if i < 0 {
					break
				}
				if off+i <= k && k+n <= off+i+len(x.text) && len(x.text) > n {
					return true
				}
				off += i + len(x.text)
			}
		}
		return false
	}
	for changed := true; changed; {
		changed = false
		for _, w := range verbs {
			if k := strings.LastIndex(s, w); k >= 0 && k+len(w) < len(s) && !inside(k, len(w)) {
				if actionVerbs[w] { // 对接有融资需求企业: the verb stays on what it acts on
					if k > 0 {
						s, changed = s[k:], true
					}
					continue
				}
				s, changed = s[k+len(w):], true
			}
		}
	}
	for _, w := range verbs { // and the bound or verb that ends it
		s = strings.TrimSuffix(s, w)
	}
	return strings.Trim(s, "“”")
}

// actionVerbs act on the things the figure counts, and say which of them
// are counted (对接有融资需求企业 are the firms matched with a counsellor,
// not all the firms in need): the verb is part of the name, and what
// stands before it is the subject.
var actionVerbs = map[string]bool{"对接": true}

// measure reads what the figure states from the extractor's hint, and
// the words a hint does not weigh: a rank printed in percent (前20%) is a
// percentile band, an ordinal of kinds (第九种) counts them.
func (r *reader) measure(f *Figure) Field {
	m := f.Measure
	switch {
	case m == "":
		return Field{"level", Low, "no hint: read as a level"}
	case m == "rank" && f.Percent:
		return Field{"percentile", Medium, "a rank printed in percent is a band of the peers"}
	case m == "rank" && strings.ContainsAny(f.Figure, "种类"):
		return Field{"level", Medium, "an ordinal of kinds counts them"}
	case m == "target":
		return Field{"level", Medium, "a planned size: a level with the status target"}
	case m == "level":
		return Field{"level", High, "no word of change, comparison or rank before the figure"}
	}
	return Field{m, High, "the figure's words state a " + m}
}

// targetWords plan: a figure after them in its sentence is a target.
var targetWords = []string{"确保", "力争", "争取", "目标", "计划", "规划", "预计", "打造", "“十四五”", "十四五"}

// status reads whether the figure is a target: after a word of a plan
// (确保, 力争, 目标, 计划) in its sentence, or in a period that ends after
// the page was written (到2025年), or set by a plan (方案…确定), or named
// by a slogan of a goal (“三年初见成效”目标). A plan word earlier in the
// sentence does not make a target of a clause that says the work is done
// (已完成, 开工); 计划 and 规划 as nouns (引才倍增计划20人, 16个专项规划,
// 自然资源和规划部门) plan nothing.
func (r *reader) status(f *Figure, clause, sentence int) Field {
	t := r.text
	clause, sentence = r.joinBack(clause, isClauseEnd), r.joinBack(sentence, isSentenceEnd)
	if slogan := t[f.End:min(len(t), f.End+30)]; strings.Contains(slogan, "”目标") {
		if k := strings.Index(slogan, "”"); k >= 0 && strings.HasPrefix(slogan[k:], "”目标") && !strings.ContainsAny(slogan[:k], "，。；") {
			return Field{"target", High, "the figure names a goal: “…”目标"}
		}
	}
	for _, lo := range []int{clause, sentence} {
		w := t[lo:f.Start]
		if word, ok := planWord(w); ok {
			c := High
			if lo == sentence && sentence != clause {
				if done := doneWord(t[clause:forward(t, f.End, maxClause, isClauseEnd)]); done != "" {
					return Field{"", Medium, "a word of a plan earlier in the sentence (" + word + "), but the figure's clause says it is done: " + done}
				}
				c = Low // a plan earlier in the sentence often governs another clause
			}
			return Field{"target", c, "a word of a plan before the figure: " + word}
		}
		if lo == clause && clause == sentence {
			break
		}
	}
	if w := t[sentence:f.Start]; strings.Contains(w, "方案") {
		for _, set := range []string{"方案》确定", "方案确定", "方案，确定", "方案,确定"} {
			if strings.Contains(w, set) {
				return Field{"target", Medium, "what a plan sets is a target: " + set}
			}
		}
	}
	if strings.HasPrefix(f.Period, "到") {
		return Field{"target", High, "a period that ends after the page: " + f.Period}
	}
	return Field{"", High, "no word of a plan before the figure: observed"}
}

// doneWords say that the work a clause tells of is done.
var doneWords = []string{"已经", "已", "开工", "建成", "落地"}

func doneWord(clause string) string {
	for _, w := range doneWords {
		if strings.Contains(clause, w) {
			return w
		}
	}
	return ""
}

// planWord returns the last word of a plan in w that plans: 计划 and 规划
// that end a noun (引才倍增计划20人, 4个综合性规划+, 自然资源和规划、) or
// stand in a title (《产业规划布局》) name a programme or a document.
func planWord(w string) (string, bool) {
	best, bestAt := "", -1
	for _, word := range targetWords {
		for k := strings.LastIndex(w, word); k >= 0; k = strings.LastIndex(w[:k], word) {
			if (word == "计划" || word == "规划") && nounPlan(w, k, word) {
				continue
			}
			if k > bestAt {
				best, bestAt = word, k
			}
			break
		}
	}
	return best, bestAt >= 0
}

// nounPlan reports whether 计划 or 规划 at k in w is a noun.
func nounPlan(w string, k int, word string) bool {
	rest := w[k+len(word):]
	if rest == "" || strings.HasPrefix(rest, "支持") || strings.HasPrefix(rest, "的") || strings.HasPrefix(rest, "》") {
		return true
	}
	if c, _ := utf8.DecodeRuneInString(rest); !isHan(c) {
		return true
	}
	if c, _ := utf8.DecodeLastRuneInString(w[:k]); strings.ContainsRune("”》和、性项", c) {
		return true
	}
	return strings.LastIndex(w[:k], "《") > strings.LastIndex(w[:k], "》")
}

// regionGroups are the peer groups a rank is taken among, by the region
// word that names them, for a subject that is a city and one that is a zone.
var regionGroups = []struct{ word, city, zone string }{
	{"全国", "chinese-cities", "national-hitech-zones"},
	{"全省", "shandong-cities", "shandong-zones"},
	{"省内", "shandong-cities", "shandong-zones"},
	{"全市", "jinan-districts", "jinan-districts"},
	{"各区县", "jinan-districts", "jinan-districts"},
	{"全区", "", ""},
}

// benchmark reads what a gap, difference, contribution, rank or share is
// taken against: the place or peer group its benchmark words name; the
// k-th figure of a list takes the k-th of a list of benchmarks (分别高于全
// 国、全省31.9、28.4个百分点).
func (r *reader) benchmark(f *Figure, figs []Figure, i int, measure, subject string) Field {
	b := f.Benchmark
	switch measure {
	case "gap", "difference", "contribution", "rank", "percentile", "share":
	default:
		return Field{"", High, "a " + measure + " has no benchmark"}
	}
	if b == "" {
		return Field{"", Medium, "no benchmark printed"}
	}
	if parts := strings.Split(b, "、"); len(parts) > 1 {
		k := 0 // the figure's place in its list: the figures before it with the same benchmark
		for j := i - 1; j >= 0 && figs[j].Benchmark == b && i-j < len(parts); j-- {
			k++
		}
		if k < len(parts) {
			b = parts[k]
		}
	}
	v := r.v
	// A peer group or a place the vocabulary names in full, the longest.
	var best data.Subject
	for _, s := range v.all {
		if s.Zh != "" && strings.Contains(b, s.Zh) && len(s.Zh) > len(best.Zh) && (s.Kind == "group") == (measure == "rank" || measure == "percentile") {
			best = s
		}
	}
	if best.ID != "" {
		return Field{best.ID, High, "the benchmark names it: " + b}
	}
	kind := ""
	if s, ok := v.Subject(subject); ok {
		kind = s.Kind
	}
	if measure == "rank" || measure == "percentile" {
		for _, g := range regionGroups {
			if !strings.Contains(b, g.word) {
				continue
			}
			id := g.city
			if kind == "zone" {
				id = g.zone
			}
			if _, ok := v.Subject(id); ok {
				return Field{id, Medium, "ranked among the peers of " + g.word}
			}
		}
		return Field{"", Low, "the peers of " + b + " are not in the vocabulary"}
	}
	switch {
	case strings.Contains(b, "全国"):
		return Field{"china", High, "全国 is China"}
	case strings.Contains(b, "全省") || strings.Contains(b, "山东"):
		return Field{"shandong", High, "全省 is Shandong"}
	case strings.Contains(b, "全市") || strings.Contains(b, "济南"):
		if subject == "jinan" {
			return Field{"jinan", Low, "全市 is the city, though the subject is the city too"}
		}
		return Field{"jinan", High, "全市 is the city's"}
	}
	return Field{"", Low, "the benchmark " + b + " is no place the vocabulary knows"}
}

// generic reports whether a modifier says only that things are of several
// kinds or the others (各类项目, 其他企业), ends a list of examples (等), or
// is a size class of the statistics (亿元以上项目 are projects of a group).
func generic(mod string) bool {
	if strings.Contains(mod, "等") {
		return true
	}
	if strings.HasSuffix(mod, "元以上") {
		return true // 亿元以上项目, the statistics' size class: the projects of a group
	}
	for _, d := range groupDeterminers {
		if strings.HasSuffix(mod, d) {
			return true
		}
	}
	return false
}

// figureRunLen returns the length in bytes of the run of figureRunes that
// starts s: the figure that leads it.
func figureRunLen(s string) int {
	i := 0
	for i < len(s) {
		c, size := utf8.DecodeRuneInString(s[i:])
		if !strings.ContainsRune(figureRunes, c) {
			break
		}
		i += size
	}
	return i
}

// runsInto reports whether the words from lo to hi are Chinese characters
// with no particle or mark between them: a known name at lo runs on into
// the phrase at hi (园区管理基金规模), and modifies it. A verb between
// them (企业达成交易额) ends the known name's phrase.
func runsInto(t string, lo, hi int) bool {
	if lo > hi || containsAny(t[lo:hi], verbs) {
		return false
	}
	for _, c := range t[lo:hi] {
		if !isHan(c) || strings.ContainsRune(nameStops, c) {
			return false
		}
	}
	return true
}

// sizeBefore returns the size noun that ends s when no name runs into it
// (规模, 设立了规模): then it is the size of what follows the figure.
func sizeBefore(s string) string {
	for _, w := range sizeNouns {
		rest, ok := strings.CutSuffix(strings.TrimSpace(s), w)
		if !ok {
			continue
		}
		if c, _ := utf8.DecodeLastRuneInString(rest); rest == "" || !isHan(c) || strings.ContainsRune(nameStops, c) {
			return w
		}
	}
	return ""
}
