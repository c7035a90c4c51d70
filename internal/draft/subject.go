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
		return !r.embedded(m) && (m.end <= indAt[0] || m.start >= indAt[1])
	}
	places := func(m match) bool { return IsPlace(v.subject[m.id].Kind) && free(m) }
	for _, w := range []struct {
		lo, hi   int
		industry bool
		c        Confidence
		where    string
	}{{clause, hi, true, High, "the figure's clause"}, {sentence, clause, false, Medium, "the sentence"}} {
		m, ok := lastWhere(t, w.lo, w.hi, v.subjects, free)
		zh, at, isNew := r.orgName(w.lo, w.hi, w.industry, indAt)
		if isNew && !w.industry && !strings.HasPrefix(strings.TrimLeft(t[w.lo:w.hi], " \u3000“"), zh) {
			isNew = false // an organisation inside a sentence is its source or a partner; one that starts it is its subject
		}
		if isNew && (!ok || at > m.end || at == m.end && len(zh) > len(m.text)) {
			c := w.c
			if c == High {
				c = Medium
			}
			return r.newSubject(zh, c, "a company, organisation or industry named in "+w.where+", not in the vocabulary")
		}
		if ok {
			return Field{m.id, w.c, "named in " + w.where + ": " + m.text}, nil
		}
	}
	if prev != nil && prev.Subject.Value != "" {
		return Field{prev.Subject.Value, Medium, "the subject of the figure before it in the sentence"}, prev.NewSubject
	}
	if m, ok := lastWhere(t, paragraph, sentence, v.subjects, places); ok {
		return Field{m.id, Medium, "the place named earlier in the paragraph: " + m.text}, nil
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
	rest := t[m.end:end]
	for _, x := range nameSuffixes {
		if strings.Contains(rest, x.word) {
			return true
		}
	}
	return false
}

// orgName finds, in text[lo:hi], the last name of a company, an
// organisation or (with industry) an industry that the vocabulary does not
// know, and returns it with where it ends.
func (r *reader) orgName(lo, hi int, industry bool, indAt [2]int) (string, int, bool) {
	t := r.text
	best, bestEnd := "", -1
	for _, x := range nameSuffixes {
		if !x.subject {
			continue
		}
		k := strings.LastIndex(t[lo:hi], x.word)
		if k < 0 || lo+k+len(x.word) <= bestEnd {
			continue
		}
		end := lo + k + len(x.word)
		if strings.HasPrefix(t[end:], "等") {
			continue // 超意兴餐饮有限公司等企业: an example of a group, not the subject
		}
		if zh := nameBefore(t, lo, end, false); utf8.RuneCountInString(zh) >= utf8.RuneCountInString(x.word)+2 {
			if _, known := r.v.subjectNamed(zh); !known {
				best, bestEnd = zh, end
			}
		}
	}
	if industry {
		for i := hi; i > lo; {
			c, size := utf8.DecodeLastRuneInString(t[lo:i])
			if c == '业' && i > bestEnd && !endsWithAny(t[lo:i], notIndustries) && (i <= indAt[0] || i-size >= indAt[1]) {
				if zh := nameBefore(t, lo, i, true); utf8.RuneCountInString(zh) >= 3 {
					if _, known := r.v.subjectNamed(zh); !known {
						best, bestEnd = zh, i
					}
				}
				break
			}
			i -= size
		}
	}
	return best, bestEnd, best != ""
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
