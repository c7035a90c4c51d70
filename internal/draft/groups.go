package draft

import (
	"strings"
	"unicode/utf8"
)

// This file reads the groups a count names as subjects: in 截至3月末，270个
// 市级重点建设项目已经开工244个，完成投资521.6亿元, the projects counted are
// what the sentence goes on about, and the later figures are theirs.

// groupNouns end the name of a group that a count counts.
var groupNouns = []string{"项目", "企业"}

// progressVerbs work on projects that exist: the projects after them stay
// the topic of the sentence (加快推进42个征收拆迁项目，累计签订…协议1654份). The
// verbs that acquire projects (引进, 签约, 拿下) count them for who acquired
// them, and are not here.
var progressVerbs = []string{"推进", "紧盯", "盯紧", "实施", "推动", "抓好", "建设好"}

// groupDeterminers say only that a group is of several kinds or the
// others: 各类项目 names no group.
var groupDeterminers = []string{"各类", "各种", "其他", "其它", "相关", "这些", "全部", "所有", "一批", "多个"}

const countDigits = "0123456789.一二三四五六七八九十百千万两"

// groupAt returns the group that the count printed in text[start:end]
// names, when the noun after the count ends in a group noun (项目, 企业)
// with a modifier that says which (市级重点建设项目, 防疫物资企业), and the
// count leads its clause, is the head of a relative clause (总投资…的138个重
// 点项目), or follows a verb of progress (加快推进12个市级重点项目). Not a
// group: the examples of a list (齐鲁卫星等50余个高端项目), an industry's
// enterprises (which name the industry), a bare or generic noun.
func (r *reader) groupAt(start, end int) (org, bool) {
	t := r.text
	if start < 0 || end >= len(t) || start >= end {
		return org{}, false
	}
	stop := forward(t, end, maxClause, isClauseEnd)
	phrase := r.countedPhrase(t[end:cutAtVerb(t, end, stop)])
	noun := ""
	for _, n := range groupNouns {
		if strings.HasSuffix(phrase, n) {
			noun = n
		}
	}
	mod := strings.TrimSuffix(phrase, noun)
	if noun == "" || utf8.RuneCountInString(mod) < 2 || strings.ContainsAny(phrase, "、“”") {
		return org{}, false
	}
	for _, d := range groupDeterminers {
		if strings.HasPrefix(mod, d) {
			return org{}, false
		}
	}
	if industryLike(mod) {
		return org{}, false // 生物医药企业 are the industry's
	}
	pre := t[back(t, start, maxClause, isClauseEnd):start]
	if strings.HasSuffix(pre, "等") {
		return org{}, false
	}
	ok := r.leadsClause(start)
	if !ok && noun == "项目" {
		for _, w := range progressVerbs {
			ok = ok || strings.HasSuffix(pre, w)
		}
	}
	if !ok {
		return org{}, false
	}
	return org{zh: phrase, start: start, end: end + len(phrase), kind: orgGroup}, true
}

// countBefore returns where the count that ends at end (a number and a
// measure word: 270个, 40余家) starts, or -1.
func countBefore(t string, lo, end int) int {
	c, size := utf8.DecodeLastRuneInString(t[lo:end])
	if !strings.ContainsRune("个家项", c) {
		return -1
	}
	i := end - size
	for _, w := range []string{"余", "多"} {
		i -= len(t[lo:i]) - len(strings.TrimSuffix(t[lo:i], w))
	}
	j := i
	for j > lo {
		c, size := utf8.DecodeLastRuneInString(t[lo:j])
		if !strings.ContainsRune(countDigits, c) {
			break
		}
		j -= size
	}
	if j == i {
		return -1
	}
	return j
}

// countAfter returns where the count that starts at start ends, or -1.
func countAfter(t string, start int) int {
	i := start
	for i < len(t) {
		c, size := utf8.DecodeRuneInString(t[i:])
		if !strings.ContainsRune(countDigits, c) {
			break
		}
		i += size
	}
	if i == start {
		return -1
	}
	for _, w := range []string{"余", "多"} {
		if strings.HasPrefix(t[i:], w) {
			i += len(w)
		}
	}
	c, size := utf8.DecodeRuneInString(t[i:])
	if !strings.ContainsRune("个家项", c) {
		return -1
	}
	return i + size
}

// groupsIn returns the groups counts name in text[lo:hi].
func (r *reader) groupsIn(lo, hi int) []org {
	t := r.text
	var out []org
	for _, n := range groupNouns {
		for off := lo; off < hi; {
			k := strings.Index(t[off:hi], n)
			if k < 0 {
				break
			}
			nounEnd := off + k + len(n)
			off = nounEnd
			// Back over the modifier to the count's measure word.
			for i, steps := nounEnd-len(n), 0; i > lo && steps < 20; steps++ {
				if s := countBefore(t, lo, i); s >= 0 {
					if g, ok := r.groupAt(s, i); ok && g.end == nounEnd {
						if _, known := r.v.subjectNamed(g.zh); !known {
							out = append(out, g)
						}
					}
					break
				}
				c, size := utf8.DecodeLastRuneInString(t[lo:i])
				if !isHan(c) {
					break
				}
				i -= size
			}
		}
	}
	return out
}

// groupOf returns the group the figure is the count of (270个 of 270个市级重
// 点建设项目), or whose relative clause it is in (1320亿元 of 总投资1320亿元的
// 138个重点项目).
func (r *reader) groupOf(f *Figure) (org, bool) {
	t := r.text
	if f.Count {
		if g, ok := r.groupAt(f.Start, f.End); ok {
			return g, true
		}
	}
	if rest, ok := strings.CutPrefix(t[f.End:], "的"); ok {
		at := len(t) - len(rest)
		if e := countAfter(t, at); e > 0 {
			return r.groupAt(at, e)
		}
	}
	return org{}, false
}

// countedPhrase returns the part of the noun phrase after a count that the
// count counts: what ends in a counted noun, without a flow named after it
// (16家防疫物资企业出口 counts 防疫物资企业, whose exports follow).
func (r *reader) countedPhrase(phrase string) string {
	for _, n := range countSuffixes {
		k := strings.Index(phrase, n)
		if k < 0 || k+len(n) == len(phrase) {
			continue
		}
		rest := phrase[k+len(n):]
		for _, in := range r.v.indicators {
			if rest == in.text && !r.countIndicator(in.id) {
				return phrase[:k+len(n)]
			}
		}
	}
	return phrase
}

// countIndicator reports whether the indicator is a count (its unit is
// one, or it has none).
func (r *reader) countIndicator(id string) bool {
	u := r.v.indicator[id].Unit
	return u == "" || strings.HasPrefix(u, "count")
}
