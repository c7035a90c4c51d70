package draft

import (
	"strings"
	"unicode/utf8"
)

// This file holds the rules that shape the Chinese name of a proposed new
// indicator or subject the way a curator writes it: the noun phrase of the
// clause without what is not part of the thing measured (the place that
// leads the clause, the period, a batch word, the verb that ranks it, a
// slogan in quotation marks after it), and with what the clause's grammar
// gives it (the head noun of a relative clause, the verb a list shares,
// the predicate that says which enterprises are counted).

// headWords lead a noun phrase without naming what is measured: the
// region words (全市 is the city's, the subject's), the batch words (首批
// 审批师 are 审批师), a pronoun (其服务器 is the subject's 服务器), and the
// period words nameBefore also drops.
var headWords = []string{
	"全市", "全区", "全县", "全省", "全国", "首批", "第一批", "新一批", "其",
	"一季度", "前三季度", "上半年", "全年", "今年", "去年", "目前", "年内", "当前", "现已",
}

// trimHead drops from the head of a noun phrase the names of known places
// and subjects (济北经济开发区省市级“瞪羚”中小企业 counts 省市级“瞪羚”中小企业 of
// the zone) and the head words, as long as two characters are left.
func (r *reader) trimHead(s string) string {
	for changed := true; changed; {
		changed = false
		for _, w := range headWords {
			if rest, ok := strings.CutPrefix(s, w); ok && utf8.RuneCountInString(rest) >= 2 {
				s, changed = rest, true
			}
		}
		best := ""
		for _, n := range r.v.subjects {
			if k := r.v.subject[n.id].Kind; k == "nation" || k == "province" {
				continue // 中国500强企业, 山东省级: the nation and the province name kinds, not a figure's place
			}
			if strings.HasPrefix(s, n.text) && len(n.text) > len(best) {
				best = n.text
			}
		}
		if best != "" {
			if rest := s[len(best):]; utf8.RuneCountInString(rest) >= 2 {
				s, changed = rest, true
			}
		}
	}
	return s
}

// countSuffixes end a noun phrase that counts things: 中小企业数 is the
// number of 中小企业, and the curated name is the noun. 数 after other words
// is part of a word (指数, 系数).
var countSuffixes = []string{"企业", "项目", "机构", "单位", "主体", "人员", "人才", "人"}

// trimCount drops a 数 that counts the noun before it.
func trimCount(s string) string {
	if rest, ok := strings.CutSuffix(s, "数"); ok {
		for _, x := range countSuffixes {
			if strings.HasSuffix(rest, x) {
				return rest
			}
		}
	}
	return s
}

// rankVerbs place what is ranked among its peers: the noun before them is
// the indicator (综合实力跻身全国20强 ranks 综合实力).
var rankVerbs = []string{"稳居", "位居", "位列", "跻身", "名列", "居"}

// rankPeers start the peer group after a rank verb.
var rankPeers = []string{"全", "省", "国", "世界", "各", "前", "第", "同类", "副省级"}

// cutRankVerb returns the part of a phrase before its rank verb, when the
// verb is followed by nothing or by the peers it ranks among.
func cutRankVerb(s string) string {
	for _, w := range rankVerbs {
		k := strings.LastIndex(s, w)
		if k <= 0 {
			continue
		}
		rest := s[k+len(w):]
		ok := rest == ""
		for _, p := range rankPeers {
			ok = ok || strings.HasPrefix(rest, p)
		}
		if ok && utf8.RuneCountInString(s[:k]) >= 2 {
			return s[:k]
		}
	}
	return s
}

// tidyName drops the quotation marks a name does not close (攻坚” of
// “九大攻坚”) and a slogan in quotation marks that ends the phrase after
// the noun (专业市场“腾笼换鸟” is 专业市场 being renewed); a quoted word
// inside a name stays (省市级“瞪羚”中小企业).
func tidyName(s string) string {
	if k := strings.LastIndex(s, "“"); k > 0 && strings.HasSuffix(s, "”") && utf8.RuneCountInString(s[:k]) >= 2 {
		s = s[:k]
	}
	open, closing := strings.Count(s, "“"), strings.Count(s, "”")
	if k := strings.Index(s, "”"); k > 0 && !strings.Contains(s[:k], "“") && utf8.RuneCountInString(s[k+len("”"):]) >= 2 {
		s = s[k+len("”"):] // 线下”企业 of “线上+线下”企业: a label cut off from its opening mark is no part of the name
		open, closing = strings.Count(s, "“"), strings.Count(s, "”")
	}
	if closing > open {
		s = strings.TrimPrefix(s, "”")
		if strings.Count(s, "”") > open {
			s = strings.TrimSuffix(s, "”")
		}
	}
	if open > closing {
		s = strings.TrimSuffix(s, "“")
		if strings.Count(s, "“") > closing {
			s = strings.TrimPrefix(s, "“")
		}
	}
	return strings.Trim(s, "、")
}

// countNoun returns the noun a count is of, read from lo (just after the
// count) to end (the clause's end): up to the first verb or particle; when
// that is 的, the noun after it, for the words before 的 are a relative
// clause on it (40余支涵盖专业救援力量的应急救援队伍 counts 应急救援队伍).
func countNoun(t string, lo, end int) string {
	for _, w := range relativeVerbs {
		if !strings.HasPrefix(t[lo:end], w) {
			continue
		}
		if k := strings.Index(t[lo:end], "的"); k > 0 {
			head := lo + k + len("的")
			if h := t[head:cutAtVerb(t, head, end)]; utf8.RuneCountInString(h) >= 2 {
				if utf8.RuneCountInString(h) <= 3 && utf8.RuneCountInString(t[lo:head]) <= 8 {
					return t[lo : head+len(h)] // 支持片区发展的新政策: a short head says only the kind, the clause which
				}
				return h
			}
		}
	}
	return t[lo:cutAtVerb(t, lo, end)]
}

// relativeVerbs start a relative clause: after a count, the words up to 的
// say what the counted noun does or holds (涵盖…的队伍, 支持…的政策), and the
// noun after 的 is what is counted. After a count, a noun before 的 is
// itself counted (4个重大国家战略叠加的机遇 counts strategies).
var relativeVerbs = []string{"涵盖", "支持", "包括", "包含", "覆盖", "面向", "服务于", "具有", "拥有", "涉及", "聚焦", "专注", "从事", "提供"}

// genericNouns are counted nouns that say only what kind of thing is
// counted: 14家企业申报国家制造业单项冠军 counts the enterprises that applied.
var genericNouns = map[string]bool{"企业": true, "单位": true, "项目": true}

// predicateName returns the name of a count of a generic noun (企业) from
// the predicate after it: the verb phrase to the end of the clause, or of
// the next clause when the noun ends its own (两家企业，荣获省级“瞪羚”称号),
// then the noun: 申报国家制造业单项冠军企业. It returns "" when no verb
// starts the predicate, or it holds a figure.
func predicateName(t string, at, end int, noun string) string {
	lo := at
	if lo == end && lo < len(t) {
		c, size := utf8.DecodeRuneInString(t[lo:])
		if c != '，' && c != ',' {
			return ""
		}
		lo += size
		end = forward(t, lo, maxClause, isClauseEnd)
	}
	pred := t[lo:end]
	for changed := true; changed; { // 成功签约 is 签约
		changed = false
		for _, w := range countAdverbs {
			if rest, ok := strings.CutPrefix(pred, w); ok && rest != "" {
				pred, changed = rest, true
			}
		}
	}
	starts := false
	for _, w := range predicateVerbs {
		starts = starts || strings.HasPrefix(pred, w)
	}
	if !starts || utf8.RuneCountInString(pred) > 20 {
		return ""
	}
	for _, c := range pred {
		if c >= '0' && c <= '9' || !isHan(c) && c != '“' && c != '”' {
			return ""
		}
	}
	for _, w := range settleVerbs { // 签约入驻产业园: where they settle is not which they are
		if k := strings.Index(pred, w); k > 0 {
			pred = pred[:k+len(w)]
			break
		}
	}
	return pred + noun
}

// settleVerbs say where the counted settle, after the predicate's verb
// (签约入驻产业园): the place after them is where, not part of the name.
var settleVerbs = []string{"入驻", "落户", "进驻", "落地"}

// predicateVerbs start a predicate that says which of a generic noun are
// counted: those that applied, passed, won, signed.
var predicateVerbs = []string{"申报", "通过", "荣获", "获得", "获评", "入选", "签订", "签署", "签约", "开工", "入围", "认定为", "被评为"}

// listVerbs are the verbs that head a list of counts and are part of each
// item's name: 新增省级以上企业研发机构1家、省级院士工作站2家 adds both, and
// the second is 新增省级院士工作站.
var listVerbs = []string{"新增", "新认定", "新引进", "引进", "新建", "新开", "培育", "派出"}

// listVerb returns the verb that heads name when it is one of listVerbs.
func listVerb(name string) string {
	for _, w := range listVerbs {
		if strings.HasPrefix(name, w) {
			return w
		}
	}
	return ""
}

// startsWithVerb reports whether a phrase starts with a verb of its own
// (新认定高新技术企业): then it takes no verb from the item before.
func startsWithVerb(phrase string) bool {
	_, dropped := stripLeadVerbs(phrase)
	return dropped
}

// namePhrase returns the noun phrase before the figure that names a new
// indicator, and where it stands in the text: phraseBefore's, without the
// head words and places that lead it and the 数 that counts it; for a rank,
// the part before the rank verb; an item of a list of counts takes the
// verb that heads the item before it (listVerbs). It returns "" when the
// phrase is a measure word or shorter than two characters.
func (r *reader) namePhrase(f *Figure, clause int, measure string, prev *Proposal) (phrase string, at [2]int, ranked bool) {
	t := r.text
	phrase = tidyName(trimCount(r.trimHead(phraseBefore(t, clause, f.Start, r.v.indicators))))
	if measure == "rank" || measure == "percentile" {
		cut := cutRankVerb(phrase)
		phrase, ranked = cut, cut != phrase
	}
	phrase = afterOwner(afterIndustry(dropScopedIndustry(phrase)))
	if measureWords[phrase] || utf8.RuneCountInString(phrase) < 2 {
		return "", [2]int{}, false
	}
	at = [2]int{f.Start - len(phrase), f.Start}
	if k := strings.LastIndex(t[clause:f.Start], phrase); k >= 0 {
		at = [2]int{clause + k, clause + k + len(phrase)}
		if utf8.RuneCountInString(phrase) == 2 { // a measure word stays on a stem of two characters: 放款总额
			for w := range measureWords {
				if strings.HasPrefix(t[at[1]:f.Start], w) && !strings.HasPrefix(w, "增") && w != "同比" {
					phrase, at[1] = phrase+w, at[1]+len(w)
					break
				}
			}
		} else if w, stem := measureNounAfter(t[at[1]:f.Start]), lastWord(phrase); w != "" && stem != "" {
			phrase, at = stem+w, [2]int{at[1] - len(stem), at[1] + len(w)}
		}
	}
	if h, hat := sharedHead(t, clause, phrase, at); h != "" {
		phrase, at = h, hat
	}
	// 新增A1家、B2家, 新增A1家，B2家: B takes the verb of A, when nothing
	// but the mark that joins them stands between A's figure and B.
	if prev != nil && prev.NewIndicator != nil {
		for _, sep := range []string{"、", "，", ","} {
			if strings.HasPrefix(t[prev.End:], sep) && prev.End+len(sep) == at[0] {
				if w := listVerb(prev.NewIndicator.Zh); w != "" && listVerb(phrase) == "" && !startsWithVerb(phrase) {
					phrase = w + phrase
				}
			}
		}
	}
	return phrase, at, ranked
}

// ownerWords say that the noun after them belongs to the organization
// named before them: 开发区内设机构 are the zones' 内设机构, 集团下属企业 the
// group's 下属企业.
var ownerWords = []string{"内设", "下设", "下属", "直属", "旗下"}

// afterOwner returns the part of a phrase from its owner word on: the
// owner before it is the subject, not part of what is measured.
func afterOwner(phrase string) string {
	for _, w := range ownerWords {
		if k := strings.Index(phrase, w); k > 0 && utf8.RuneCountInString(phrase[k+len(w):]) >= 2 {
			return phrase[k:]
		}
	}
	return phrase
}

// scopeHeads start the statistics' scope of a count of enterprises.
var scopeHeads = []string{"规模以上", "规上", "限额以上", "限上"}

// dropScopedIndustry drops the industry between a scope and 企业 in a
// count's phrase (新增规模以上物流企业 is 新增规模以上企业 of the logistics
// industry, which is the subject).
func dropScopedIndustry(phrase string) string {
	rest, ok := strings.CutSuffix(phrase, "企业")
	if !ok {
		return phrase
	}
	for _, h := range scopeHeads {
		k := strings.Index(rest, h)
		if k < 0 {
			continue
		}
		if scopedIndustry(rest[k+len(h):]) {
			return rest[:k+len(h)] + "企业"
		}
	}
	return phrase
}

// scopedIndustry reports whether mid, between a scope and 企业, names an
// industry: two to six Chinese characters, not 工业, whose enterprises
// (规上工业企业) are a subject of their own.
func scopedIndustry(mid string) bool {
	n := utf8.RuneCountInString(mid)
	if n < 2 || n > 6 || strings.HasSuffix(mid, "工业") {
		return false
	}
	for _, c := range mid {
		if !isHan(c) || strings.ContainsRune("的和与及等", c) {
			return false
		}
	}
	return true
}

// afterIndustry returns the part of a phrase after the industry that
// leads it: in 大健康产业销售收入 the industry is the subject and 销售收入 the
// indicator. A phrase with no industry's name at its head is returned whole.
func afterIndustry(phrase string) string {
	best := -1
	for i, c := range phrase {
		end := i + utf8.RuneLen(c)
		if c != '业' || strings.HasPrefix(phrase[end:], "企业") || strings.HasPrefix(phrase[end:], "产业") || wordGoesOn(phrase[end:]) {
			continue
		}
		if zh := industryAt(phrase, 0, end); zh == phrase[:end] && utf8.RuneCountInString(zh) >= 3 && utf8.RuneCountInString(phrase[end:]) >= 2 && !industryTail(phrase[end:]) {
			best = end
		}
	}
	if best < 0 {
		return phrase
	}
	return phrase[best:]
}

// sectorWords name a sector or trade of the economy: in a list of them
// before a noun (银行、保险和证券期货区域总部) they say whose the noun is.
var sectorWords = []string{"银行", "保险", "证券", "期货", "基金", "信托", "金融", "工业", "农业", "商业", "贸易", "商贸",
	"物流", "科技", "制造", "文化", "旅游", "餐饮", "零售", "批发", "住宿", "建筑", "电商", "教育", "医疗", "能源", "化工"}

func sectorPrefix(s string) string {
	for _, w := range sectorWords {
		if strings.HasPrefix(s, w) {
			return w
		}
	}
	return ""
}

// sharedHead returns, for a phrase that ends a list of sectors joined by
// 、 and 和 and runs on into the noun they all modify (银行、保险和证券期货
// 区域总部, 对接工业、贸易商户), that noun, with the action verb that leads
// the list (对接商户), and where the noun stands; else "". The last item
// runs into the noun: the noun starts after the sector words that lead
// the last item.
func sharedHead(t string, clause int, phrase string, at [2]int) (string, [2]int) {
	if at[1]-at[0] != len(phrase) || t[at[0]:at[1]] != phrase {
		return "", at
	}
	lo := at[0] // back over the items before the phrase
	var items []string
	for strings.HasSuffix(t[clause:lo], "、") {
		k := lo - len("、")
		i := k
		for i > clause {
			c, size := utf8.DecodeLastRuneInString(t[clause:i])
			if !isHan(c) || strings.ContainsRune(nameStops, c) || leadsWithAction(t[clause:i]) {
				break
			}
			i -= size
		}
		if i == k {
			break
		}
		items = append(items, t[i:k])
		lo = i
	}
	parts := strings.FieldsFunc(phrase, func(c rune) bool { return c == '、' || c == '和' })
	if len(parts) == 0 {
		return "", at
	}
	last := parts[len(parts)-1]
	items = append(items, parts[:len(parts)-1]...)
	if len(items) == 0 || !strings.HasSuffix(phrase, last) {
		return "", at
	}
	for _, it := range items {
		if !endsWithAny(it, sectorWords) {
			return "", at // every earlier item is a sector (the words before the first are the subject's)
		}
	}
	head, cut := last, false
	for w := sectorPrefix(head); w != "" && utf8.RuneCountInString(head[len(w):]) >= 2; w = sectorPrefix(head) {
		head, cut = head[len(w):], true
	}
	if !cut {
		return "", at
	}
	hat := [2]int{at[1] - len(head), at[1]}
	for w := range actionVerbs {
		if strings.HasSuffix(t[clause:lo], w) {
			head = w + head
		}
	}
	return head, hat
}

// leadsWithAction reports whether s ends with an action verb: the list
// after it starts there.
func leadsWithAction(s string) bool {
	for w := range actionVerbs {
		if strings.HasSuffix(s, w) {
			return true
		}
	}
	return false
}

// sizeNouns measure the size of the noun before them: 基金规模 is how large
// the funds are, and the noun they measure is the last word before them
// (园区管理基金规模 is the 基金规模 of the park's management). A total
// (成交总额) is of the whole phrase, and is dropped from it.
var sizeNouns = []string{"规模"}

// measureNounAfter returns the size noun that s (what stands between a
// phrase and its figure) starts with, when only a bound word follows it.
func measureNounAfter(s string) string {
	for _, w := range sizeNouns {
		if rest, ok := strings.CutPrefix(s, w); ok && onlyVerbs(rest) {
			return w
		}
	}
	return ""
}

// lastWord returns the last two characters of a phrase of Chinese
// characters longer than two, the word a size noun measures; else "".
func lastWord(phrase string) string {
	rs := []rune(phrase)
	if len(rs) <= 2 {
		return ""
	}
	for _, c := range rs[len(rs)-2:] {
		if !isHan(c) {
			return ""
		}
	}
	return string(rs[len(rs)-2:])
}
