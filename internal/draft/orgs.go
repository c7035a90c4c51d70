package draft

import (
	"strings"
	"unicode/utf8"
)

// This file finds the names of subjects the vocabulary does not know —
// companies and organisations, industries, groups of projects or
// enterprises — and says where they stand in their clause, as a reader
// tells the subject of a clause from its objects.

// The kinds of an organisation's name.
const (
	orgCompany  = iota + 1 // a company or an organisation: a proper name (齐鲁制药集团)
	orgIndustry            // an industry or sector (邮政业, 生物医药产业)
	orgGroup               // a group a count names (270个市级重点建设项目)
)

// org is a name found in the text: its Chinese name as a subject, where
// it stands, and its kind.
type org struct {
	zh         string
	start, end int
	kind       int
	scoped     bool // an industry read from its enterprises in a scope (规模以上物流企业)
}

// genericIndustries are the modifiers of 产业 that say what role an
// industry plays, not which it is: 主导产业 and 新兴产业 name no industry.
var genericIndustries = []string{"主导", "新兴", "优势", "重点", "支柱", "特色", "传统", "未来", "战略性新兴", "相关",
	"上下游", "现代", "高端", "各类", "其他", "全部", "这些", "相关联", "核心"}

// isGenericIndustry reports whether the modifier of 产业 names no industry:
// a role word, or a count (三大产业, 十大产业).
func isGenericIndustry(mod string) bool {
	if k := strings.LastIndex(mod, "、"); k >= 0 {
		mod = mod[k+len("、"):] // the last item of a list modifies 产业: 引项目、聚人才、兴产业 names none
	}
	if utf8.RuneCountInString(mod) < 2 || strings.HasSuffix(mod, "大") || strings.HasSuffix(mod, "个") {
		return true
	}
	for _, g := range genericIndustries {
		if strings.HasSuffix(mod, g) {
			return true
		}
	}
	return false
}

// trimNameHead drops the period words that lead a name read back from its
// suffix (今年以来济南市行政审批服务局 names 济南市行政审批服务局).
func trimNameHead(zh string) string {
	for changed := true; changed; {
		changed = false
		for _, w := range append([]string{"以来", "年"}, headWords...) {
			if rest, ok := strings.CutPrefix(zh, w); ok && utf8.RuneCountInString(rest) >= 2 {
				zh, changed = rest, true
			}
		}
	}
	return zh
}

// exampleOfList reports whether the name that ends at end is an item of a
// list that ends in 等 (山东电力设备公司、超意兴餐饮有限公司等企业): an
// example of a group, not the subject.
func exampleOfList(t string, end int) bool {
	hi := forward(t, end, maxClause, isClauseEnd)
	seg := t[end:hi]
	if strings.HasPrefix(seg, "等") {
		return true
	}
	list := false // an item of a list (、) that ends in 等 or a count: 山东汉方制药有限公司、济南大自然新材料有限公司两家企业
	for i, c := range seg {
		switch {
		case !list && i > 2*len("业") && isHan(c):
			return false // the name ends its word: what follows is no list it is an item of
		case c == '等':
			return list
		case c == '、':
			list = true
		case list && (c >= '0' && c <= '9' || strings.ContainsRune("两三四五六七八九十", c)):
			return true
		case !isHan(c) && c != '“' && c != '”' && c != '(' && c != ')' && c != '（' && c != '）' || i > 150:
			return false
		}
	}
	return false
}

// industryTails are the nouns after 产业 or 业 that make the industry a
// modifier of something else: 产业园, 产业投资基金, 产业集群, 产业基地.
var industryTails = []string{"园", "基金", "母基金", "投资基金", "集群", "基地", "大厦", "联盟", "链", "平台", "项目", "中心", "集团",
	"公司", "研究院", "带", "城", "小镇", "板块", "协会", "共同体", "方向", "领域", "新业态"}

func industryTail(rest string) bool {
	for _, w := range industryTails {
		if strings.HasPrefix(rest, w) {
			return true
		}
	}
	return false
}

// nameVerbs are verbs that no industry's name holds: 起步区批开工重大支撑产业
// is a clause, not a name.
var nameVerbs = []string{"实现", "完成", "达到", "开工", "获批", "加快", "推进", "入选", "签约", "落户", "集齐", "成为", "建成", "举行", "召开", "位于", "集聚", "探索"}

// companyWords end a company's name; an industry's name holds none.
var companyWords = []string{"集团", "公司", "研究院", "银行", "大学", "医院"}

func containsAny(s string, words []string) bool {
	for _, w := range words {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}

// leadsSentence reports whether the name at start leads its sentence: only
// period words and clauses of them stand before it.
func (r *reader) leadsSentence(start int) bool {
	t := r.text
	if !r.leadsClause(start) {
		return false
	}
	s := back(t, start, maxSentence, isSentenceEnd)
	c := back(t, start, maxClause, isClauseEnd)
	for c > s { // the clauses before, back to the sentence's start
		_, size := utf8.DecodeLastRuneInString(t[:c])
		p := back(t, c-size, maxClause, isClauseEnd)
		if p < s {
			p = s
		}
		if !onlyPeriodWords(t[p:c-size]) && !speakerClause(t[p:c-size]) {
			return false
		}
		c = p
	}
	return true
}

// onlyPeriodWords reports whether s holds only a period phrase (一季度,
// 2020年, 截至3月末, 今年以来).
func onlyPeriodWords(s string) bool {
	s = strings.Trim(s, " 　	“”")
	for _, w := range append([]string{"截至", "截止", "到", "今年以来", "以来", "前三季度", "1-2月", "月末", "月底", "年底", "年末", "末", "底", "份"}, headWords...) {
		s = strings.ReplaceAll(s, w, "")
	}
	for _, c := range s {
		if !(c >= '0' && c <= '9' || c == '-' || c == '年' || c == '月' || c == '日' || c == '至') {
			return false
		}
	}
	return true
}

// objectVerbs take an object: a name right after one (加快推进中南高科产业园,
// 新增规模以上服务业企业) is what the clause acts on, not its subject.
var objectVerbs = []string{"成立", "设立", "建设", "推进", "支持", "落户", "入驻", "依托", "围绕", "发展", "培育", "引进", "新增",
	"签约", "对接", "邀请", "组织", "举办", "参加", "服务", "带动", "引领", "包括", "聚焦", "面向", "探索"}

// objectOf reports whether the text before start, in its clause, ends
// with a verb that takes the name as its object.
func objectOf(t string, lo, start int) bool {
	pre := t[back(t, start, maxClause, isClauseEnd):start]
	if len(pre) > start-lo {
		pre = t[lo:start]
	}
	for _, w := range verbs {
		if len(w) > len("为") && strings.HasSuffix(pre, w) {
			return true
		}
	}
	for _, w := range objectVerbs {
		if strings.HasSuffix(pre, w) {
			return true
		}
	}
	return false
}

// leadsClause reports whether the name at start leads its clause: only
// period words, a year, blanks or quotation marks stand before it, or the
// words before end in 的 (以…为骨干的邮政业), or in a place that the name
// belongs to (高新区生物医药企业).
func (r *reader) leadsClause(start int) bool {
	t := r.text
	pre := t[back(t, start, maxClause, isClauseEnd):start]
	for changed := true; changed; {
		changed = false
		pre = strings.TrimLeft(pre, " \u3000\t“”")
		for _, w := range headWords {
			if rest, ok := strings.CutPrefix(pre, w); ok {
				pre, changed = rest, true
			}
		}
		i := 0
		for i < len(pre) && (pre[i] >= '0' && pre[i] <= '9' || pre[i] == '-') {
			i++
		}
		for _, u := range []string{"年", "月", "日", "以来", "末", "底"} {
			if rest, ok := strings.CutPrefix(pre[i:], u); ok && (i > 0 || u == "以来") {
				pre, changed = rest, true
				i = 0
			}
		}
		for _, w := range []string{"截至", "截止", "其中", "同时", "此外", "目前", "期间"} {
			if rest, ok := strings.CutPrefix(pre, w); ok {
				pre, changed = rest, true
			}
		}
	}
	if pre == "" || strings.HasSuffix(pre, "的") || appositive(pre) {
		return true
	}
	for _, n := range r.v.subjects {
		if IsPlace(r.v.subject[n.id].Kind) && strings.HasSuffix(pre, n.text) {
			return true
		}
	}
	return false
}

// notBureaus end in 局 and name no bureau: 格局 is a pattern, 开局 a start.
var notBureaus = []string{"格局", "布局", "开局", "大局", "全局", "结局", "当局", "出局", "新局", "破局", "变局"}

// bureauEnd returns, for the place name that ends at at, the end of the
// government bureau's name it leads: one to six Chinese characters ending
// in 局 (天桥区投促局, 历下区市场监管局), or -1.
func bureauEnd(t string, at, hi int) int {
	for i, n := at, 0; i < hi && n < 7; n++ {
		c, size := utf8.DecodeRuneInString(t[i:])
		if !isHan(c) || c == '的' || c == '和' || c == '等' {
			return -1
		}
		i += size
		if c == '局' && n > 0 {
			if endsWithAny(t[at:i], notBureaus) {
				return -1
			}
			return i
		}
	}
	return -1
}

// fullName returns the name in full that the page prints for an
// abbreviated body's name: a longer name that its place leads, ending in
// the same character, that holds all of the abbreviation's characters in
// order (天桥区投资促进局 for 天桥区投促局). Without one it returns zh.
func (r *reader) fullName(zh, place string) string {
	t := r.text
	last, _ := utf8.DecodeLastRuneInString(zh)
	best := zh
	for off, n := 0, 0; n < 200; n++ {
		k := strings.Index(t[off:], place)
		if k < 0 {
			break
		}
		start := off + k
		off = start + len(place)
		for i, m := off, 0; i < len(t) && m < 12; m++ {
			c, size := utf8.DecodeRuneInString(t[i:])
			if !isHan(c) {
				break
			}
			i += size
			if c == last {
				if cand := t[start:i]; len(cand) > len(best) && inOrder(zh, cand) {
					best = cand
				}
				break
			}
		}
	}
	return best
}

// inOrder reports whether every rune of short occurs in long in order.
func inOrder(short, long string) bool {
	for _, c := range short {
		k := strings.IndexRune(long, c)
		if k < 0 {
			return false
		}
		long = long[k+utf8.RuneLen(c):]
	}
	return true
}

// genericEconomies modify 经济 without naming a sector of it: 区域经济 and
// 实体经济 are the whole economy of a place.
var genericEconomies = []string{"区域", "实体", "整体", "宏观", "国民", "地方", "县域", "城市", "全市", "全区", "全县", "全省", "市场", "外向型", "开放型"}

// indicatorAt reports whether an indicator's name starts at at.
func (r *reader) indicatorAt(at int) bool {
	for _, n := range r.v.indicators {
		if strings.HasPrefix(r.text[at:], n.text) {
			return true
		}
	}
	return false
}

// establishingVerbs bring a company or body into being: the name after
// them is their object (探索成立某公司, 组建某集团).
var establishingVerbs = []string{"探索", "成立", "设立", "组建", "筹建", "新设", "引进"}

// dropEstablishing drops the establishing verbs that lead s, as long as
// two characters are left.
func dropEstablishing(s string) string {
	for changed := true; changed; {
		changed = false
		for _, w := range establishingVerbs {
			if rest, ok := strings.CutPrefix(s, w); ok && utf8.RuneCountInString(rest) >= 2 {
				s, changed = rest, true
			}
		}
	}
	return s
}

// leadingSubject returns the longest name of a subject the vocabulary
// knows that starts s, or "".
func (r *reader) leadingSubject(s string) string {
	best := ""
	for _, n := range r.v.subjects {
		if strings.HasPrefix(s, n.text) && len(n.text) > len(best) {
			best = n.text
		}
	}
	return best
}

// appositiveHeads are the nouns that end a description of the name after
// them, in apposition: “四不像”机构 of “四不像”机构某某研究院 says what kind of
// body the institute is; the institute still leads its clause.
var appositiveHeads = []string{"机构", "单位", "平台", "组织"}

// appositive reports whether the words before a name are only such a
// description: short, ending in one of appositiveHeads, and with no verb.
func appositive(pre string) bool {
	if utf8.RuneCountInString(pre) > 10 || !endsWithAny(pre, appositiveHeads) {
		return false
	}
	for _, list := range [][]string{verbs, objectVerbs, listVerbs} {
		for _, w := range list {
			if len(w) > len("为") && strings.Contains(pre, w) {
				return false
			}
		}
	}
	return true
}

// dropAppositive drops the description in apposition that leads a name
// read back from its suffix (“四不像”机构某某研究院 names 某某研究院), when
// at least four characters are left.
func dropAppositive(zh string) string {
	for _, h := range appositiveHeads {
		k := strings.Index(zh, h)
		if k < 0 {
			continue
		}
		pre, rest := zh[:k+len(h)], zh[k+len(h):]
		if appositive(strings.Trim(pre, "“”")) && utf8.RuneCountInString(rest) >= 4 {
			return rest
		}
	}
	return zh
}

// stripLeadVerbs drops the verbs that lead a name read back from its
// suffix (加快推进中南高科产业园 names 中南高科产业园) and reports whether it
// dropped one: then the name is the verb's object.
func stripLeadVerbs(zh string) (string, bool) {
	dropped := false
	for changed := true; changed; {
		changed = false
		for _, list := range [][]string{verbs, objectVerbs, listVerbs} {
			for _, w := range list {
				if rest, ok := strings.CutPrefix(zh, w); ok && utf8.RuneCountInString(rest) >= 2 && len(w) > len("为") {
					zh, changed, dropped = rest, true, true
				}
			}
		}
	}
	return zh, dropped
}

// listNameBefore is nameBefore for an industry's name, which may run over
// 、 and 和 (信息传输、软件和信息技术服务业).
func listNameBefore(t string, lo, end int) string {
	i := end
	for i > lo && end-i < 90 {
		c, size := utf8.DecodeLastRuneInString(t[lo:i])
		if !isHan(c) && c != '“' && c != '”' && c != '、' {
			break
		}
		if strings.ContainsRune(nameStops, c) && c != '、' && c != '和' && !(c == '与' && strings.HasSuffix(t[lo:end], "产业")) {
			break // an industry's name may join two fields with 与 (智能制造与高端装备产业)
		}
		i -= size
	}
	return strings.Trim(trimNameHead(t[i:end]), "、和与“”")
}

// industryAt reads the name of an industry that ends at end (at a 业), or
// "" when the words name no industry (企业, 就业, 主导产业).
func industryAt(t string, lo, end int) string {
	s := t[lo:end]
	if mod, ok := strings.CutSuffix(s, "产业"); ok {
		if endsWithAny(mod, notIndustries) {
			return ""
		}
		zh := listNameBefore(t, lo, end)
		if isGenericIndustry(strings.TrimSuffix(zh, "产业")) {
			return ""
		}
		return zh
	}
	if endsWithAny(s, notIndustries) {
		return ""
	}
	return listNameBefore(t, lo, end)
}

// orgs returns the names in t[lo:hi] of companies, organisations,
// industries and groups that the vocabulary does not know, in the order
// they end; indAt is where the indicator is named, whose words are not a
// subject's.
func (r *reader) orgs(lo, hi int, indAt [2]int) []org {
	t := r.text
	var out []org
	add := func(o org) {
		if zh := trimNameHead(dropAppositive(o.zh)); zh != o.zh {
			o.start += len(o.zh) - len(zh)
			o.zh = zh
		}
		if utf8.RuneCountInString(o.zh) < 3 || exampleOfList(t, o.end) {
			return
		}
		if o.kind != orgCompany && (industryTail(t[o.end:]) || containsAny(o.zh, companyWords) || containsAny(o.zh, nameVerbs)) {
			return // 产业投资基金 and 产业园 are not the industry; an industry's name holds no company and no verb
		}
		if o.end <= indAt[0] || o.start >= indAt[1] || o.kind == orgCompany || o.scoped { // a scoped industry is inside its enterprises' count
			if _, known := r.v.subjectNamed(o.zh); !known {
				out = append(out, o)
			}
		}
	}
	w := t[lo:hi]
	for _, x := range nameSuffixes {
		if !x.subject {
			continue
		}
		for off := 0; off < len(w); {
			k := strings.Index(w[off:], x.word)
			if k < 0 {
				break
			}
			end := lo + off + k + len(x.word)
			off += k + len(x.word)
			if strings.HasPrefix(t[end:], "等") {
				continue // 超意兴餐饮有限公司等企业: an example of a group, not the subject
			}
			zh, _ := stripLeadVerbs(nameBefore(t, lo, end, false))
			if p := r.leadingSubject(zh); p != "" { // 历下区探索成立某公司: the place acts, the company is its object
				if rest := dropEstablishing(zh[len(p):]); rest != zh[len(p):] {
					zh = rest
				}
			}
			if utf8.RuneCountInString(zh) >= utf8.RuneCountInString(x.word)+2 {
				if s := strings.LastIndex(t[lo:end], zh); s >= 0 {
					add(org{zh, lo + s, end, orgCompany, false})
				}
			}
		}
	}
	for i := lo; i < hi; {
		c, size := utf8.DecodeRuneInString(t[i:])
		i += size
		if c != '业' {
			continue
		}
		if w := scopeAfter(t[i:hi]); w != "" { // 装备制造业规模以上企业: the industry's enterprises in the statistics' scope
			if zh := industryAt(t, lo, i); utf8.RuneCountInString(zh) >= 3 {
				zh, _ = stripLeadVerbs(zh)
				if s := strings.LastIndex(t[lo:i], zh); s >= 0 && utf8.RuneCountInString(zh) >= 3 {
					add(org{zh + w, lo + s, i + len(w), orgIndustry, false})
				}
			}
			continue
		}
		if strings.HasPrefix(t[i:hi], "企业") || strings.HasPrefix(t[i:hi], "产业") || wordGoesOn(t[i:hi]) {
			continue // 制造业企业: the industry is named by the longer word after; 业务 is no industry
		}
		if zh := industryAt(t, lo, i); utf8.RuneCountInString(zh) >= 3 {
			zh, _ = stripLeadVerbs(zh)
			if s := strings.LastIndex(t[lo:i], zh); s >= 0 && utf8.RuneCountInString(zh) >= 3 {
				add(org{zh, lo + s, i, orgIndustry, false})
			}
		}
		if strings.HasSuffix(t[lo:i], "企业") { // 生物医药企业 are the enterprises of 生物医药产业
			k := i - len("企业")
			if mod := listNameBefore(t, lo, k); industryLike(mod) && !strings.HasSuffix(mod, "业") && !strings.HasSuffix(mod, "高新技术") {
				mod, _ = stripLeadVerbs(mod)
				if s := strings.LastIndex(t[lo:k], mod); s >= 0 && utf8.RuneCountInString(mod) >= 2 {
					add(org{mod + "产业", lo + s, k, orgIndustry, false}) // it ends before 企业, the indicator's word
				}
			}
		}
	}
	for _, n := range r.v.subjects { // 天桥区投促局: a government bureau its place leads
		if !IsPlace(r.v.subject[n.id].Kind) || r.v.subject[n.id].Kind == "nation" {
			continue
		}
		for off := lo; off < hi; {
			k := strings.Index(t[off:hi], n.text)
			if k < 0 {
				break
			}
			start := off + k
			off = start + len(n.text)
			if e := bureauEnd(t, off, hi); e > 0 {
				add(org{r.fullName(t[start:e], n.text), start, e, orgCompany, false})
			}
		}
	}
	for _, h := range scopeHeads { // 规模以上物流企业: the logistics industry above designated size
		for off := lo; off < hi; {
			k := strings.Index(t[off:hi], h)
			if k < 0 {
				break
			}
			start := off + k
			off = start + len(h)
			e := strings.Index(t[off:hi], "企业")
			if e < 0 || !scopedIndustry(t[off:off+e]) {
				continue
			}
			mid := t[off : off+e]
			if !strings.HasSuffix(mid, "业") {
				mid += "业"
			}
			add(org{zh: scopeAbbreviations.Replace(h) + mid, start: start, end: off + e, kind: orgIndustry, scoped: true})
		}
	}
	for off := lo; off < hi; { // 数字经济增加值: a sector of the economy, named before its indicator
		k := strings.Index(t[off:hi], "经济")
		if k < 0 {
			break
		}
		end := off + k + len("经济")
		off = end
		if _, ok := first(t, end, min(len(t), end+30), r.v.indicators); !ok || !r.indicatorAt(end) {
			continue
		}
		zh := r.trimHead(strings.TrimLeft(nameBefore(t, lo, end, false), "”"))
		if mod := strings.Trim(strings.TrimSuffix(zh, "经济"), "“”"); utf8.RuneCountInString(mod) >= 2 && !endsWithAny(mod, genericEconomies) && !isGenericIndustry(mod) {
			if s := lo + strings.LastIndex(t[lo:end], zh); s >= lo {
				if strings.Count(zh, "”") > strings.Count(zh, "“") && strings.HasSuffix(t[lo:s], "“") {
					zh, s = "“"+zh, s-len("“") // the quotation mark that opens the name: “四新”经济
				}
				add(org{zh, s, end, orgIndustry, false})
			}
		}
	}
	out = append(out, r.groupsIn(lo, hi)...)
	sortOrgs(out)
	return out
}

func sortOrgs(os []org) {
	for i := 1; i < len(os); i++ {
		for j := i; j > 0 && (os[j].end < os[j-1].end || os[j].end == os[j-1].end && os[j].start < os[j-1].start); j-- {
			os[j], os[j-1] = os[j-1], os[j]
		}
	}
}

// speakers are the verbs of attribution: a name whose clause ends in one
// (济南市发展改革委党组成员、副主任李冠伟介绍) is the source of what follows.
var speakers = []string{"介绍", "表示", "说", "指出", "透露", "称", "告诉记者", "坦言"}

// speakerClause reports whether the clause s attributes what follows
// (济南市发展改革委副主任李明介绍): it ends in a verb of attribution.
func speakerClause(s string) bool {
	for _, w := range speakers {
		if strings.HasSuffix(s, w) && utf8.RuneCountInString(s) <= 40 {
			return true
		}
	}
	return false
}

// speaks reports whether the name that ends at end is the speaker of its
// clause.
func (r *reader) speaks(end int) bool {
	t := r.text
	seg := t[end:forward(t, end, maxClause, isClauseEnd)]
	for _, w := range speakers {
		if strings.HasSuffix(seg, w) && utf8.RuneCountInString(seg) <= 20 {
			return true
		}
	}
	return false
}

// placePrefix returns the Chinese name that a sector or group of the
// figure's place is named with: the district's or zone's (市中区金融业,
// 济南高新区生物医药产业), "" for the city, whose sectors the curators name
// bare (邮政业), and for a name that starts with a place already.
func (r *reader) placePrefix(zh string, sentence, paragraph, at int) string {
	v := r.v
	for _, n := range v.subjects {
		if IsPlace(v.subject[n.id].Kind) && strings.HasPrefix(zh, n.text) {
			if s := v.subject[n.id]; n.alias && (s.Kind == "district" || s.Kind == "zone") && !strings.HasPrefix(zh, s.Zh) {
				return strings.TrimSuffix(s.Zh, n.text) // 高新区生物医药产业 is 济南高新区's
			}
			return ""
		}
	}
	places := func(m match) bool {
		k := v.subject[m.id].Kind
		return IsPlace(k) && k != "nation" && k != "province" && !r.embedded(m)
	}
	id := ""
	lo := max(0, paragraph-2*maxParagraph)
	for lo < paragraph && !utf8.RuneStart(r.text[lo]) {
		lo++
	}
	for _, w := range [][2]int{{sentence, at}, {paragraph, sentence}, {lo, paragraph}} {
		if m, ok := lastWhere(r.text, w[0], w[1], v.subjects, places); ok {
			id = m.id
			break
		}
	}
	if id == "" {
		id = r.topic()
	}
	s, ok := v.Subject(id)
	for ok && s.Kind == "zone" && s.Within != "" && s.Within != "jinan" && s.Within != "shandong" {
		s, ok = v.Subject(s.Within) // a park of a district: the district's sector
	}
	if !ok || s.Kind != "district" && s.Kind != "zone" && s.Kind != "county" {
		return ""
	}
	return s.Zh
}

// placeIndicators are the indicators of a place's whole economy: an
// industry named earlier in the sentence has none of its own (服务业取得“开门
// 红”，进出口总额完成147.2亿元 is the zone's trade).
var placeIndicators = map[string]bool{"gdp": true, "trade": true, "exports": true, "foreign-capital": true,
	"contracted-foreign-capital": true, "budget-revenue": true, "fixed-investment": true, "market-entities": true,
	"deposits": true, "loans": true}

// placeIndicator reports whether the words at at name one of placeIndicators.
func (r *reader) placeIndicator(at [2]int) bool {
	if at[1] <= at[0] || at[1] > len(r.text) {
		return false
	}
	w := r.text[at[0]:at[1]]
	for _, n := range r.v.indicators {
		if n.text == w {
			return placeIndicators[n.id]
		}
	}
	return false
}

// listItem returns, for a list of industries (A业、B业) followed by 分别 and
// a list of figures, the item the figure at start takes: the k-th figure
// of its list (after k figures joined by 、) the k-th name.
func listItem(t, zh string, nameEnd, start int) string {
	parts := strings.Split(zh, "、")
	if len(parts) < 2 || !strings.Contains(t[nameEnd:start], "分别") {
		return zh
	}
	for _, p := range parts {
		if !strings.HasSuffix(p, "业") {
			return zh
		}
	}
	k := 0
	for pos := start; pos-len("、") >= nameEnd && t[pos-len("、"):pos] == "、"; k++ {
		i := pos - len("、")
		j := i
		for j > nameEnd && (t[j-1] >= '0' && t[j-1] <= '9' || t[j-1] == '.' || t[j-1] == '%') {
			j--
		}
		if j == i {
			break
		}
		pos = j
	}
	if k < len(parts) {
		return parts[k]
	}
	return zh
}

// wordGoesOn reports whether the text after a 业 continues its word:
// 业务, 业绩, 业态, 业者 (快递业务收入 names no 快递业).
func wordGoesOn(rest string) bool {
	for _, w := range []string{"务", "绩", "态", "者", "内"} {
		if strings.HasPrefix(rest, w) {
			return true
		}
	}
	return false
}

// scopeWords are the statistics' scopes an industry's enterprises are
// counted in (规模以上企业: above designated size); an industry followed by
// one names the industry's enterprises in that scope, a subject of its own
// (装备制造业规模以上企业).
var scopeWords = []string{"规模以上企业", "规上企业", "限额以上企业", "限上企业"}

// scopeAfter returns the scope word that rest starts with, or "".
func scopeAfter(rest string) string {
	for _, w := range scopeWords {
		if strings.HasPrefix(rest, w) {
			return w
		}
	}
	return ""
}

// figureRunes are the runes of a printed figure in a list of figures.
const figureRunes = "0123456789.%亿万千百元美个家项"

// pairedItem returns, for a list of fields that share the 产业 of the last
// (A与B、C与D产业) followed by as many figures joined by 和 or 、
// (3600亿元和3400亿元), the industry the figure at start takes: the k-th
// field, with 产业, for the k-th figure. Otherwise it returns zh.
func pairedItem(t, zh string, start, end int) string {
	mods, ok := strings.CutSuffix(zh, "产业")
	parts := strings.Split(mods, "、")
	if !ok || len(parts) < 2 {
		return zh
	}
	for _, p := range parts {
		if utf8.RuneCountInString(p) < 2 || strings.HasSuffix(p, "业") {
			return zh
		}
	}
	sep := func(s string) (string, bool) {
		for _, w := range []string{"和", "、"} {
			if rest, ok := strings.CutSuffix(s, w); ok {
				return rest, true
			}
		}
		return s, false
	}
	k := 0 // the figures before it in the list
	for pos := start; ; k++ {
		rest, ok := sep(t[:pos])
		if !ok {
			break
		}
		j := len(rest)
		digits := false
		for j > 0 {
			c, size := utf8.DecodeLastRuneInString(rest[:j])
			if !strings.ContainsRune(figureRunes, c) {
				break
			}
			digits = digits || c >= '0' && c <= '9'
			j -= size
		}
		if !digits {
			break
		}
		pos = j
	}
	n := k + 1 // and the figures after it
	for pos := end; ; n++ {
		rest := t[pos:]
		cut := false
		for _, w := range []string{"和", "、"} {
			if r, ok := strings.CutPrefix(rest, w); ok {
				rest, cut = r, true
			}
		}
		if !cut || rest == "" || rest[0] < '0' || rest[0] > '9' {
			break
		}
		i := figureRunLen(rest)
		pos = len(t) - len(rest) + i
	}
	if n != len(parts) {
		return zh
	}
	return parts[k] + "产业"
}
