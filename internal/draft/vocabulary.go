package draft

import (
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/jinanfacts/jinan/internal/data"
)

// Vocabulary is the names Draft knows: subjects and indicators by their
// Chinese names, and the other words economic prose uses for them
// (进出口 for 进出口总额, 高新区 for 济南高新区). Build one with
// NewVocabulary; it is read-only afterwards.
type Vocabulary struct {
	all        []data.Subject
	subjects   []name // longest first
	indicators []name
	subject    map[string]data.Subject
	indicator  map[string]data.Indicator
}

// name is one way a text names a subject or an indicator.
type name struct {
	text  string
	id    string
	alias bool // a word of the tables below, not the vocabulary's own Chinese name
}

// IsPlace reports whether kind is the kind of a place: nation, province,
// city, district, county or zone.
func IsPlace(kind string) bool {
	switch kind {
	case "nation", "province", "city", "district", "county", "zone":
		return true
	}
	return false
}

// indicatorWords are the words Chinese releases use for the headline
// indicators besides the vocabulary's own names.
var indicatorWords = [...]struct {
	id    string
	words []string
}{
	{"gdp", []string{"地区生产总值", "生产总值", "GDP", "经济总量"}},
	{"trade", []string{"进出口总额", "进出口总值", "进出口", "外贸"}},
	{"exports", []string{"出口额", "出口"}},
	{"foreign-capital", []string{"实际利用外资", "实际使用外资", "实际到位外资", "到位外资", "利用外资"}},
	{"contracted-foreign-capital", []string{"合同外资"}},
	{"budget-revenue", []string{"一般公共预算收入", "地方一般公共预算收入", "财政收入", "预算收入"}},
	{"tax-revenue", []string{"税收收入", "税收"}},
	{"fixed-investment", []string{"固定资产投资"}},
	{"investment", []string{"完成投资", "投资完成额", "投资完成量"}},
	{"total-investment", []string{"总投资"}},
	{"outside-funds", []string{"市外投资到位资金", "到位资金", "市外资金"}},
	{"operating-revenue", []string{"营业收入", "营收"}},
	{"industrial-value-added", []string{"规模以上工业增加值", "规上工业增加值", "工业增速"}},
	{"value-added", []string{"增加值"}},
	{"deposits", []string{"存款余额", "存款"}},
	{"loans", []string{"贷款余额", "贷款"}},
	{"market-entities", []string{"市场主体"}},
	{"enterprises", []string{"企业"}},
	{"projects", []string{"项目"}},
	{"land-area", []string{"占地面积", "占地", "面积"}},
}

// standardNames are the names of indicators in the National Bureau of
// Statistics' releases. A clause that prints one names that indicator
// whole, though a shorter indicator's name ends it: 工业增加值 is not any
// 增加值, 社会消费品零售总额 not any 总额.
var standardNames = []string{
	"工业增加值", "规模以上工业增加值", "规上工业增加值", "工业总产值", "规模以上工业总产值", "工业产值",
	"社会消费品零售总额", "限额以上单位消费品零售额", "网上零售额", "实物商品网上零售额",
	"固定资产投资", "工业投资", "民间投资", "房地产开发投资", "基础设施投资", "制造业投资", "技术改造投资", "工业技改投资",
	"一般公共预算收入", "一般公共预算支出", "税收收入", "非税收入",
	"实际使用外资", "实际利用外资", "合同外资", "进出口总额", "货物进出口总额", "出口总额", "进口总额",
	"居民人均可支配收入", "城镇居民人均可支配收入", "农村居民人均可支配收入", "居民消费价格",
	"本外币各项存款余额", "本外币各项贷款余额", "社会融资规模",
	"利润总额", "主营业务收入", "营业收入", "全社会用电量", "工业用电量", "货运量", "客运量", "快递业务量", "快递业务收入",
	"城镇新增就业", "城镇登记失业率", "研发经费投入", "专利授权量", "发明专利授权量", "技术合同成交额",
}

// standardName returns the longest of standardNames that ends at end in
// text[lo:end] and is longer than the name found there, or "".
func standardName(text string, lo, end int, found string) string {
	best := ""
	for _, n := range standardNames {
		if len(n) > len(found) && len(n) > len(best) && end-len(n) >= lo && text[end-len(n):end] == n && strings.HasSuffix(n, found) {
			best = n
		}
	}
	return best
}

// placeWords are the other names of the places of Jinan that the
// vocabulary names in full.
var placeWords = [...]struct {
	id    string
	words []string
}{
	{"jinan", []string{"济南", "泉城"}},
	{"shandong", []string{"山东"}},
	{"jinan-hitech-zone", []string{"高新区", "济南高新技术产业开发区"}},
	{"jibei-zone", []string{"济北开发区", "济北经济开发区"}},
	{"shandong-ftz", []string{"山东自贸区", "山东自贸试验区", "自贸试验区", "自贸区"}},
	{"ftz-jinan-area", []string{"济南片区", "自贸试验区济南片区", "自贸区济南片区"}},
	{"starting-area", []string{"起步区"}},
	{"medical-center", []string{"医学中心", "国际医学科学中心"}},
	{"financial-center", []string{"国际金融中心", "金融城"}},
}

// NewVocabulary returns the vocabulary of subjects and indicators, with
// the other names of places (济南 for 济南市, 市中 for 市中区) and of the
// headline indicators. Subjects of the kind "group" (peer groups such as
// 山东省地级市) are benchmarks, never a figure's subject.
func NewVocabulary(subjects []data.Subject, indicators []data.Indicator) *Vocabulary {
	v := &Vocabulary{subject: map[string]data.Subject{}, indicator: map[string]data.Indicator{}}
	seen := map[string]bool{}
	addS := func(text, id string, alias bool) {
		if text == "" || seen[text] || utf8.RuneCountInString(text) < 2 {
			return
		}
		seen[text] = true
		v.subjects = append(v.subjects, name{text: text, id: id, alias: alias})
	}
	v.all = append(v.all, subjects...)
	for _, s := range subjects {
		v.subject[s.ID] = s
		if s.Kind == "group" {
			continue
		}
		addS(s.Zh, s.ID, false)
		if IsPlace(s.Kind) {
			for _, suffix := range []string{"市", "省", "区", "县"} {
				if short, ok := strings.CutSuffix(s.Zh, suffix); ok && s.Kind != "zone" && utf8.RuneCountInString(short) >= 2 {
					addS(short, s.ID, true)
				}
			}
			addS(strings.NewReplacer("(", "（", ")", "）").Replace(s.Zh), s.ID, true)
		}
	}
	for _, pw := range placeWords {
		if _, ok := v.subject[pw.id]; ok {
			for _, w := range pw.words {
				addS(w, pw.id, true)
			}
		}
	}
	seen = map[string]bool{}
	addI := func(text, id string, alias bool) {
		if text == "" || seen[text] {
			return
		}
		seen[text] = true
		v.indicators = append(v.indicators, name{text: text, id: id, alias: alias})
	}
	for _, d := range indicators {
		v.indicator[d.ID] = d
		addI(d.Zh, d.ID, false)
	}
	for _, iw := range indicatorWords {
		if _, ok := v.indicator[iw.id]; ok {
			for _, w := range iw.words {
				addI(w, iw.id, true)
			}
		}
	}
	longest := func(ns []name) {
		sort.SliceStable(ns, func(i, j int) bool { return len(ns[i].text) > len(ns[j].text) })
	}
	longest(v.subjects)
	longest(v.indicators)
	return v
}

// Subject returns the vocabulary's subject with the given ID.
func (v *Vocabulary) Subject(id string) (data.Subject, bool) {
	s, ok := v.subject[id]
	return s, ok
}

// Indicator returns the vocabulary's indicator with the given ID.
func (v *Vocabulary) Indicator(id string) (data.Indicator, bool) {
	d, ok := v.indicator[id]
	return d, ok
}

// match is a name found in a window of the text.
type match struct {
	name
	start, end int // in the text
}

// last returns the name of ns that ends nearest to the end of
// text[lo:hi], the longest of those that end there; ok is false when
// none occurs. A name inside a longer name found at the same place (济南
// in 济南高新区) loses to it.
func last(text string, lo, hi int, ns []name) (m match, ok bool) {
	w := text[lo:hi]
	for _, n := range ns {
		k := strings.LastIndex(w, n.text)
		if k < 0 {
			continue
		}
		start, end := lo+k, lo+k+len(n.text)
		if !ok || end > m.end || end == m.end && start < m.start {
			m, ok = match{name: n, start: start, end: end}, true
		}
	}
	return m, ok
}

// first returns the name of ns that starts nearest to the start of
// text[lo:hi], the longest of those that start there.
func first(text string, lo, hi int, ns []name) (m match, ok bool) {
	w := text[lo:hi]
	for _, n := range ns {
		k := strings.Index(w, n.text)
		if k < 0 {
			continue
		}
		start, end := lo+k, lo+k+len(n.text)
		if !ok || start < m.start || start == m.start && end > m.end {
			m, ok = match{name: n, start: start, end: end}, true
		}
	}
	return m, ok
}

// subjectNamed returns the ID of the subject whose name is zh.
func (v *Vocabulary) subjectNamed(zh string) (string, bool) {
	for _, n := range v.subjects {
		if n.text == zh {
			return n.id, true
		}
	}
	return "", false
}

// indicatorNamed returns the ID of the indicator whose name is zh.
func (v *Vocabulary) indicatorNamed(zh string) (string, bool) {
	for _, n := range v.indicators {
		if n.text == zh {
			return n.id, true
		}
	}
	return "", false
}

// lastWhere is last for the names that ok accepts: of each name, the last
// occurrence it accepts.
func lastWhere(text string, lo, hi int, ns []name, ok func(match) bool) (m match, found bool) {
	for _, n := range ns {
		for end := hi; end > lo; {
			k := strings.LastIndex(text[lo:end], n.text)
			if k < 0 {
				break
			}
			c := match{name: n, start: lo + k, end: lo + k + len(n.text)}
			if ok(c) {
				if !found || c.end > m.end || c.end == m.end && c.start < m.start {
					m, found = c, true
				}
				break
			}
			end = lo + k + len(n.text) - 1
		}
	}
	return m, found
}
