package jinan_test

import (
	"errors"
	"fmt"
	"regexp"
	"sort"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/shopspring/decimal"

	"github.com/jinanfacts/jinan"
)

// extractSeedTexts returns the text of each seed by file name.
func extractSeedTexts(t testing.TB) map[string]string {
	t.Helper()
	out := map[string]string{}
	for _, d := range jinan.Documents() {
		b, err := d.Text()
		if err != nil {
			t.Fatal(err)
		}
		out[d.File] = string(b)
	}
	return out
}

// extractSeedFile returns the seed file whose name starts with prefix.
func extractSeedFile(t testing.TB, prefix string) string {
	t.Helper()
	for _, d := range jinan.Documents() {
		if strings.HasPrefix(d.File, prefix) {
			return d.File
		}
	}
	t.Fatalf("no seed %s", prefix)
	return ""
}

// extractPrinted returns d with the digits it was printed with.
func extractPrinted(d decimal.Decimal) string {
	if e := d.Exponent(); e < 0 {
		return d.StringFixed(-e)
	}
	return d.String()
}

func extractUnitCode(u jinan.Unit) string {
	b, _ := u.MarshalText()
	return string(b)
}

// hardPhrase is a figure of the seeds that a general number recognizer
// gets wrong, with its reading written by hand from the seed: phrase is
// verbatim from a seed, text the figure's phrase in it.
type hardPhrase struct {
	phrase, text, value string
	mag                 int
	unit                string // a unit code, with ":counter" for counts and ranks
	bound               jinan.Bound
	sign                int
	high                string
	measure             jinan.Measure
	period, bench       string
	inferred            jinan.Inference
}

// hard returns a hard phrase to check for its span, value, magnitude,
// unit, bound and sign; m, p, b, hi and inf add the measure, period,
// benchmark, high end and inferences to check.
func hard(phrase, text, value string, mag int, unit string, bound jinan.Bound, sign int) hardPhrase {
	return hardPhrase{phrase: phrase, text: text, value: value, mag: mag, unit: unit, bound: bound, sign: sign}
}

func (p hardPhrase) m(m jinan.Measure) hardPhrase     { p.measure = m; return p }
func (p hardPhrase) p(period string) hardPhrase       { p.period = period; return p }
func (p hardPhrase) b(bench string) hardPhrase        { p.bench = bench; return p }
func (p hardPhrase) hi(high string) hardPhrase        { p.high = high; return p }
func (p hardPhrase) inf(i jinan.Inference) hardPhrase { p.inferred = i; return p }

// hardPhrases are the figures a general recognizer misreads. Microsoft
// Recognizers-Text 1.3.1 read 41 of 51 such figures fully right: it read
// 个百分点 as percent, dropped the unit of 2000多公里, ignored the bounds
// 超过, 超, 近, 约, 以上, 余 and 多, and gave no sign and no period. Every
// row is a clause copied from a seed; the reading is worked out by hand.
var hardPhrases = []hardPhrase{
	// Percentage points are not percent; the side of the benchmark is the sign.
	hard("增速高于全省平均水平24.3个百分点", "24.3个百分点", "24.3", 0, "pp", jinan.Exact, 1).m(jinan.Gap).b("全省平均水平"),
	hard("比前两个月提高11.1个百分点", "提高11.1个百分点", "11.1", 0, "pp", jinan.Exact, 1).m(jinan.Change).b("前两个月"),
	hard("向上拉动GDP增幅1.1个百分点", "1.1个百分点", "1.1", 0, "pp", jinan.Exact, 0).m(jinan.Contribution),
	hard("占全市进出口总额52.4%,拉动全市22.9个百分点", "22.9个百分点", "22.9", 0, "pp", jinan.Exact, 0).m(jinan.Contribution).b("全市"),
	hard("利率低于传统金融产品的约2个百分点", "约2个百分点", "-2", 0, "pp", jinan.About, -1).m(jinan.Gap).b("传统金融产品"),
	// A list shares its unit and its direction.
	hard("高于全市平均水平16.8、20.2个百分点", "16.8", "16.8", 0, "pp", jinan.Exact, 1).m(jinan.Gap).b("全市平均水平").inf(jinan.ListUnit),
	hard("高于全市平均水平16.8、20.2个百分点", "20.2个百分点", "20.2", 0, "pp", jinan.Exact, 1).m(jinan.Gap),
	hard("分别高于全国、全省31.9、28.4个百分点", "31.9", "31.9", 0, "pp", jinan.Exact, 1).m(jinan.Gap).b("全国、全省").inf(jinan.ListUnit),
	hard("完成营业收入分别增长14.1%、12.3%", "12.3%", "12.3", 0, "%", jinan.Exact, 1).m(jinan.Growth).inf(jinan.ListSign),
	hard("分别由1-2月的下降24.8%、17.8%", "下降24.8%", "-24.8", 0, "%", jinan.Exact, -1).m(jinan.Growth).p("1-2月"),
	hard("分别由1-2月的下降24.8%、17.8%", "17.8%", "-17.8", 0, "%", jinan.Exact, -1).m(jinan.Growth).p("1-2月").inf(jinan.ListSign),
	hard("转为增长31.1%、5.2%", "5.2%", "5.2", 0, "%", jinan.Exact, 1).m(jinan.Growth).inf(jinan.ListSign),
	// Units a recognizer drops or reads as something else.
	hard("行程2000多公里", "2000多公里", "2000", 0, "km", jinan.Over, 0),
	hard("占地26.3平方公里的国际金融中心", "26.3平方公里", "26.3", 0, "km2", jinan.Exact, 0),
	hard("完成供地1579亩", "1579亩", "1579", 0, "mu", jinan.Exact, 0),
	hard("完成国际邮运吞吐量5053.5吨", "5053.5吨", "5053.5", 0, "t", jinan.Exact, 0),
	hard("出口数量达3862万支（粒）", "达3862万支（粒）", "3862", 4, "count:支（粒）", jinan.Exact, 0),
	hard("开行欧亚班列83列", "83列", "83", 0, "count:列", jinan.Exact, 0),
	hard("连续38个月保持正增长", "38个月", "38", 0, "month", jinan.Exact, 0),
	hard("比承诺的5个工作日得多", "5个工作日", "5", 0, "count:个工作日", jinan.Exact, 0),
	// Bounds.
	hard("防疫物资出口逾3000万美元", "逾3000万美元", "3000", 4, "USD", jinan.Over, 0),
	hard("16家防疫物资企业出口突破3000万美元", "突破3000万美元", "3000", 4, "USD", jinan.Over, 0),
	hard("注射用头孢吡肟美国市场占有率超过50%", "超过50%", "50", 0, "%", jinan.Over, 0).m(jinan.Share),
	hard("园区管理基金规模超1600亿元", "超1600亿元", "1600", 8, "CNY", jinan.Over, 0),
	hard("等企业达成交易额超1亿美元", "超1亿美元", "1", 8, "USD", jinan.Over, 0),
	hard("带动社会投资超过200亿元", "超过200亿元", "200", 8, "CNY", jinan.Over, 0),
	hard("在建总建筑面积约为58万平方米", "约为58万平方米", "58", 4, "m2", jinan.About, 0),
	hard("店内近7000平方米的面积", "近7000平方米", "7000", 0, "m2", jinan.Nearly, 0),
	hard("开行数量占全省近四成", "近四成", "4", 0, "tenth", jinan.Nearly, 0).m(jinan.Share).b("全省"),
	hard("80%以上的试点任务已进入实施阶段", "80%以上", "80", 0, "%", jinan.AtLeast, 0),
	hard("主营业务收入力争达到年均增长20%以上", "增长20%以上", "20", 0, "%", jinan.AtLeast, 1).m(jinan.AverageGrowth),
	hard("开展线上招商活动30余次", "30余次", "30", 0, "count:次", jinan.Over, 0),
	hard("我们工地已累计到岗2800余人", "2800余人", "2800", 0, "count:人", jinan.Over, 0),
	hard("组建40余支涵盖专业救援", "40余支", "40", 0, "count:支", jinan.Over, 0),
	hard("计划引入各类外商品22000余种", "22000余种", "22000", 0, "count:种", jinan.Over, 0),
	hard("实施300多项发明专利", "300多项", "300", 0, "count:项", jinan.Over, 0),
	hard("上好佳等20多家企业", "20多家", "20", 0, "count:家", jinan.Over, 0),
	hard("130多个品项", "130多个", "130", 0, "count:个", jinan.Over, 0),
	hard("不到半小时,杨女士就顺利拿到了营业执照", "不到半小时", "0.5", 0, "h", jinan.Under, 0),
	hard("“缺芯”已经一年有余", "一年有余", "1", 0, "year", jinan.Over, 0),
	hard("继2020年GDP过万亿元之后", "过万亿元", "1", 12, "CNY", jinan.Over, 0).p("2020年"),
	hard("今年确保GDP迈过1万亿元门槛", "过1万亿元", "1", 12, "CNY", jinan.Over, 0).p("今年"),
	hard("生物医药企业总数突破3000家", "突破3000家", "3000", 0, "count:家", jinan.Over, 0),
	hard("“一个多亿的不动产登记抵押手续", "一个多亿", "1", 8, "count:", jinan.Over, 0),
	hard("力争3年内内资本产业达到千亿元级规模", "3年内", "3", 0, "year", jinan.AtMost, 0),
	hard("力争3年内内资本产业达到千亿元级规模", "达到千亿元级", "1", 11, "CNY", jinan.AtLeast, 0),
	hard("一批百亿级、50亿级产业集群", "百亿级", "1", 10, "CNY", jinan.AtLeast, 0).inf(jinan.ClassYuan),
	hard("一批百亿级、50亿级产业集群", "50亿级", "50", 8, "CNY", jinan.AtLeast, 0).inf(jinan.ClassYuan),
	hard("24小时内2家企业通过科创板上市审核", "24小时内", "24", 0, "h", jinan.AtMost, 0),
	// Ranges.
	hard("力争通过3-5年，建成全球算力产业新高地", "3-5年", "3", 0, "year", jinan.Range, 0).hi("5"),
	hard("为金融机构提供1.5%—5%的财政补贴", "1.5%—5%", "1.5", 0, "%", jinan.Range, 0).hi("5"),
	// Directions stated by a word.
	hard("一季度济南市生产总值为2027.00亿元，同比下降4.4%", "同比下降4.4%", "-4.4", 0, "%", jinan.Exact, -1).m(jinan.Growth).p("一季度"),
	hard("交易时间压缩5日", "压缩5日", "-5", 0, "d", jinan.Exact, -1).m(jinan.Difference),
	hard("企业融资需求额月均环比增长12%", "环比增长12%", "12", 0, "%", jinan.Exact, 1).m(jinan.SequentialGrowth),
	hard("较去年增长133%", "增长133%", "133", 0, "%", jinan.Exact, 1).m(jinan.Growth),
	hard("以山东顺丰速递等为骨干的邮政业，增速达40.6%", "达40.6%", "40.6", 0, "%", jinan.Exact, 0).m(jinan.Growth),
	// Printed precision.
	hard("一季度济南市生产总值为2027.00亿元", "为2027.00亿元", "2027.00", 8, "CNY", jinan.Exact, 0).m(jinan.Level).p("一季度"),
	hard("增幅29.20%", "29.20%", "29.20", 0, "%", jinan.Exact, 0).m(jinan.Growth),
	hard("完成进出口总值同比增长32.0%", "同比增长32.0%", "32.0", 0, "%", jinan.Exact, 1),
	hard("前三季度，地区生产总值7248.40亿元", "7248.40亿元", "7248.40", 8, "CNY", jinan.Exact, 0).p("前三季度"),
	// Shares, ratios, completion.
	hard("税收占一般公共预算收入的比重达到91.5%", "达到91.5%", "91.5", 0, "%", jinan.Exact, 0).m(jinan.Share).b("一般公共预算收入"),
	hard("3月份投资完成量相当于上年同期的96.2%", "96.2%", "96.2", 0, "%", jinan.Exact, 0).m(jinan.PriorYearRatio).b("上年同期").p("3月份"),
	hard("实际使用外资9046万美元,占全年任务的139.6%", "139.6%", "139.6", 0, "%", jinan.Exact, 0).m(jinan.Completion).b("全年任务"),
	hard("已完成总投资三分之一", "三分之一", "1", 0, "ratio", jinan.Exact, 0).m(jinan.Completion),
	// Ranks, in digits and in Chinese numerals.
	hard("在全省160家省级以上开发区中,位居第27名", "第27名", "27", 0, "rank:名", jinan.Exact, 0).m(jinan.Rank),
	hard("首次进入全省前20%", "前20%", "20", 0, "rank:%", jinan.AtMost, 0).m(jinan.Rank).b("全省"),
	hard("综合实力跻身全国20强", "20强", "20", 0, "rank:强", jinan.AtMost, 0).m(jinan.Rank).b("全国"),
	hard("其服务器市场占有率稳居全球前三", "前三", "3", 0, "rank:", jinan.AtMost, 0).m(jinan.Rank).b("全球"),
	hard("一般公共预算收入和进出口总额增速居全省第一", "第一", "1", 0, "rank:", jinan.Exact, 0).m(jinan.Rank).b("全省"),
	hard("居省内城市和副省级城市首位", "首位", "1", 0, "rank:位", jinan.Exact, 0).m(jinan.Rank).b("省内城市和副省级城市"),
	hard("完成率在全市排名第五", "第五", "5", 0, "rank:", jinan.Exact, 0).m(jinan.Rank).b("全市"),
	hard("开创出全市实际使用外资的第九种模式", "第九种", "9", 0, "rank:种", jinan.Exact, 0).m(jinan.Rank),
	// Chinese numerals that count.
	hard("济南大自然新材料有限公司两家企业", "两家", "2", 0, "count:家", jinan.Exact, 0),
	hard("数字经济、生物医药两大板块", "两大", "2", 0, "count:大", jinan.Exact, 0),
	// Periods as printed, never with an invented year.
	hard("1-3月份一般公共预算收入增长6.6%", "增长6.6%", "6.6", 0, "%", jinan.Exact, 1).m(jinan.Growth).p("1-3月份"),
	hard("截至3月末，270个市级重点建设项目已经开工244个", "244个", "244", 0, "count:个", jinan.Exact, 0).p("截至3月末"),
	hard("今年以来,园区新签约项目49个", "49个", "49", 0, "count:个", jinan.Exact, 0).p("今年以来"),
	hard("数据显示,1-10月,天桥区实际使用外资9046万美元", "9046万美元", "9046", 4, "USD", jinan.Exact, 0).p("1-10月"),
	hard("2019年全市地区生产总值过千亿元区县达到9个", "达到9个", "9", 0, "count:个", jinan.Exact, 0).p("2019年"),
	hard("截至2020年10月底，金融辅导员对接有融资需求企业1218家", "1218家", "1218", 0, "count:家", jinan.Exact, 0).p("截至2020年10月底"),
	hard("2020年前9个月实现营业收入1025亿元", "1025亿元", "1025", 8, "CNY", jinan.Exact, 0).p("2020年前9个月"),
}

// TestExtractHardPhrases reads each hard phrase and checks the figure's
// span, value as printed, magnitude, unit, bound, sign and, where given,
// its measure, benchmark, period and what was inferred.
func TestExtractHardPhrases(t *testing.T) {
	seeds := extractSeedTexts(t)
	if len(hardPhrases) < 51 {
		t.Errorf("%d hard phrases, want at least the 51 of the recognizer sample", len(hardPhrases))
	}
	for _, c := range hardPhrases {
		found := false
		for _, s := range seeds {
			found = found || strings.Contains(s, c.phrase)
		}
		if !found {
			t.Errorf("%q is not verbatim in any seed", c.phrase)
		}
		var got *jinan.Extracted
		items := jinan.Extract(c.phrase)
		for i := range items {
			if items[i].Text == c.text {
				got = &items[i]
			}
		}
		if got == nil {
			t.Errorf("%q: no phrase %q in %v", c.phrase, c.text, extractTexts(items))
			continue
		}
		q := got.Quantity
		if got.Kind != jinan.FigureKind {
			t.Errorf("%q: %q is a %v, want a figure", c.phrase, c.text, got.Kind)
		}
		if v := extractPrinted(q.Value()); v != c.value {
			t.Errorf("%q: value %s, want %s", c.text, v, c.value)
		}
		if int(q.Magnitude()) != c.mag {
			t.Errorf("%q: magnitude %d, want %d", c.text, q.Magnitude(), c.mag)
		}
		if u := extractUnitCode(q.Unit()); u != c.unit {
			t.Errorf("%q: unit %s, want %s", c.text, u, c.unit)
		}
		if q.Bound() != c.bound {
			t.Errorf("%q: bound %v, want %v", c.text, q.Bound(), c.bound)
		}
		if got.Sign != c.sign {
			t.Errorf("%q: sign %d, want %d", c.text, got.Sign, c.sign)
		}
		if c.high != "" && extractPrinted(q.High()) != c.high {
			t.Errorf("%q: high end %s, want %s", c.text, extractPrinted(q.High()), c.high)
		}
		if c.measure != 0 && got.Measure != c.measure {
			t.Errorf("%q: measure %v, want %v", c.text, got.Measure, c.measure)
		}
		if c.bench != "" && got.Benchmark != c.bench {
			t.Errorf("%q: benchmark %q, want %q", c.text, got.Benchmark, c.bench)
		}
		if c.period != "" && got.Period != c.period {
			t.Errorf("%q: period %q, want %q", c.text, got.Period, c.period)
		}
		if got.Inferred != c.inferred {
			t.Errorf("%q: inferred %q, want %q", c.text, got.Inferred, c.inferred)
		}
	}
}

func extractTexts(items []jinan.Extracted) []string {
	var out []string
	for _, e := range items {
		out = append(out, e.Kind.String()+":"+e.Text)
	}
	return out
}

// TestExtractKinds checks that dates, clock times, digits in names and
// wording are classified, not read as figures and not dropped.
func TestExtractKinds(t *testing.T) {
	tests := []struct {
		phrase, text string
		kind         jinan.NumberKind
	}{
		{"4月27日上午，济南市委、市政府新闻发言人刘勤通报了济南市2020年第一季度经济社会发展情况", "4月27日", jinan.DateKind},
		{"4月27日上午，济南市委、市政府新闻发言人刘勤通报了济南市2020年第一季度经济社会发展情况", "2020年第一季度", jinan.DateKind},
		{"唐军介绍，1-3月份一般公共预算收入增长6.6%", "1-3月份", jinan.DateKind},
		{"1至9月，全市装备制造业规模以上企业实现营业收入2420.6亿元", "1至9月", jinan.DateKind},
		{"2020年前9个月实现营业收入1025亿元", "2020年前9个月", jinan.DateKind},
		{"就济南市新旧动能转换工作3年来的成效与措施", "3年来", jinan.DateKind},
		{"比前两个月提高11.1个百分点", "前两个月", jinan.DateKind},
		{"这一年,济南高新区地区生产总值增长速度实现10.5%", "这一年", jinan.DateKind},
		{"截至2020年10月底，金融辅导员对接有融资需求企业1218家", "截至2020年10月底", jinan.DateKind},
		{"本报济南讯 4月26日上午10:00，在济南市行政审批服务大厅", "10:00", jinan.TimeKind},
		{"昨晚从手机申报完已经11点了", "11点", jinan.TimeKind},
		{"受益于新基建利好政策频出，5G、云服务、工业互联网", "5", jinan.NameKind},
		{"区域内已入驻世界500强企业12家、中国500强企业21家", "500强", jinan.NameKind},
		{"韩伟表示，天桥区将全力实施发展“1339”战略", "1339", jinan.NameKind},
		{"围绕全市“1+474”工作体系", "474", jinan.NameKind},
		{"济北经济开发区创建“1+5+N”党建联盟融合新模式", "5", jinan.NameKind},
		{"近日,山东首个8英寸高功率芯片生产项目完成全线设备调试", "8", jinan.NameKind},
		{"1类创新药占全省54.8%", "1", jinan.NameKind},
		{"制定出台“科技成果转化行动计划”“科技新11条”等政策措施", "11条", jinan.NameKind},
		{"“辉煌70年 追梦新时代”市中区庆祝新中国成立70周年主题活动", "70年", jinan.NameKind},
		{"“辉煌70年 追梦新时代”市中区庆祝新中国成立70周年主题活动", "70周年", jinan.NameKind},
		{"2019“泉城杯”国际创新设计大赛", "2019", jinan.NameKind},
		{"4月,济北开发区被评为“2020中国投资发展环境十佳园区”", "2020", jinan.NameKind},
		{"全力打好“九大攻坚”", "九大", jinan.FigureKind},
		{"“一港二区三场”口岸体系", "三场", jinan.NameKind},
		{"中建八局山东第一医科大学项目副经理李厚宁说", "第一", jinan.NameKind},
		{"组织企业参加上海第二届中国进口博览会", "第二届", jinan.SessionKind},
		{"确保真正落地一批大科学计划", "一批", jinan.WordKind},
		{"第一时间帮助项目单位解决实际困难", "第一", jinan.WordKind},
	}
	seeds := extractSeedTexts(t)
	for _, c := range tests {
		inSeed := false
		for _, s := range seeds {
			inSeed = inSeed || strings.Contains(s, c.phrase)
		}
		if !inSeed {
			t.Errorf("%q is not verbatim in any seed", c.phrase)
		}
		items := jinan.Extract(c.phrase)
		var got *jinan.Extracted
		for i := range items {
			if items[i].Text == c.text && got == nil {
				got = &items[i]
			}
		}
		switch {
		case got == nil:
			t.Errorf("%q: no %q in %v", c.phrase, c.text, extractTexts(items))
		case got.Kind != c.kind:
			t.Errorf("%q: %q is a %v (%s), want a %v", c.phrase, c.text, got.Kind, got.Note, c.kind)
		case c.kind != jinan.FigureKind && (!got.Quantity.IsZero() || got.Note == ""):
			t.Errorf("%q: a %v with a reading %v or no note %q", c.text, got.Kind, got.Quantity, got.Note)
		}
	}
}

// extractKnownMisses are the curated facts whose figure Extract does not
// read as the catalogue does, each with the reason.
var extractKnownMisses = map[string]string{
	"runhua-group.mortgage-registered.level.recent": "一个多亿 prints no unit: the catalogue infers yuan from the context (a mortgage), Extract keeps the bare 1亿 it reads",
}

// TestExtractScore measures Extract against the catalogue: every curated
// fact's figure must be found in place (recall) and read with the same
// value × 10^multiplier, unit, bound and sign (accuracy), at least 99%
// each, and every miss must be a known one.
func TestExtractScore(t *testing.T) {
	sc := jinan.Default().ScoreExtract()
	t.Log(sc)
	if sc.Facts == 0 {
		t.Fatal("no facts scored")
	}
	if sc.Found*100 < 99*sc.Facts {
		t.Errorf("recall %d/%d is under 99%%", sc.Found, sc.Facts)
	}
	if sc.Right*100 < 99*sc.Found {
		t.Errorf("accuracy %d/%d is under 99%%", sc.Right, sc.Found)
	}
	if sc.SameMeasure*100 < 95*sc.Found {
		t.Errorf("measure hints %d/%d are under 95%%", sc.SameMeasure, sc.Found)
	}
	missed := map[string]bool{}
	for _, m := range sc.Misses {
		missed[m.ID] = true
		if _, ok := extractKnownMisses[m.ID]; !ok {
			t.Errorf("unexplained miss: %v", m)
		}
	}
	for id := range extractKnownMisses {
		if !missed[id] {
			t.Errorf("known miss %s is read right now: remove it from extractKnownMisses", id)
		}
	}
}

// extractUncurated are the figures of the seeds that no curated fact
// covers: context is verbatim around the figure in the seed file, reason
// says why the catalogue has no fact for it.
var extractUncurated = []struct{ file, context, reason string }{
	{"000", "及千亿元级高端装备产业集群", "the class of a planned equipment cluster; the catalogue holds the zone's human capital target of the same class, not this one"},
	{"000", "一套印章五枚", "the seals in the gift pack, an item of its contents"},
	{"000", "一年成势、两年突破、三年崛起", "the steps of the “三年行动” slogan"},
	{"001", "三年之一", "a garbled phrase (作为…综合试验区的三年之一)"},
	{"001", "推进落实十大千亿产业", "the name of the ten-industries programme (十大千亿产业)"},
	{"001", "济南十大产业链", "the ten chains of that programme"},
	{"001", "两个月的时间内，两次召开", "两个月 is the span of the two meetings, the period of the 两次 fact (jinan.special-meetings…)"},
	{"001", "形成万亿级、五千亿级、三千亿级和千亿元级梯次发展新格局", "tiers of the 2025 plan, not encoded (see the note of the 年均增长20%以上 fact)"},
	{"002", "三大“保卫战”", "the three battles of 蓝天碧水净土"},
	{"004", "一个月内", "the period of the 两大 fact, a span rather than a figure"},
	{"004", "两种资源、两个市场", "a set phrase of trade policy"},
	{"004", "对标“十大千亿产业”", "the name of Jinan's ten-industries programme (十大千亿产业), as in 001"},
	{"004", "对标济南市“十大千亿产业”", "the same programme's name again"},
}

// TestExtractCoverage checks that every figure Extract finds in the seeds
// is covered by a curated fact (its first byte inside a source of the same
// file) or listed in extractUncurated, and that every entry of that list
// is still needed.
func TestExtractCoverage(t *testing.T) {
	seeds := extractSeedTexts(t)
	spans := map[string][]jinan.Source{}
	for f := range jinan.Default().All() {
		for _, s := range f.Sources() {
			spans[s.File] = append(spans[s.File], s)
		}
	}
	used := make([]bool, len(extractUncurated))
	figures, covered := 0, 0
	for file, text := range seeds {
		for _, e := range jinan.Extract(text) {
			if e.Kind != jinan.FigureKind {
				continue
			}
			figures++
			if extractCovered(spans[file], e.Start) {
				covered++
				continue
			}
			listed := false
			for i, u := range extractUncurated {
				if strings.HasPrefix(file, u.file) && extractWithin(text, u.context, e.Start, e.End) {
					used[i], listed = true, true
				}
			}
			if !listed {
				t.Errorf("%s@%d: figure %q is covered by no fact and not listed: …%s…", file, e.Start, e.Text, extractAround(text, e.Start, e.End))
			}
		}
	}
	for i, u := range extractUncurated {
		if !used[i] {
			t.Errorf("%s %q is listed as uncurated but no uncovered figure lies in it", u.file, u.context)
		}
	}
	t.Logf("%d figures, %d covered by facts, %d listed", figures, covered, figures-covered)
}

func extractCovered(sources []jinan.Source, at int) bool {
	for _, s := range sources {
		if s.Start <= at && at < s.End {
			return true
		}
	}
	return false
}

// extractWithin reports whether [start, end) lies inside an occurrence of
// context in text.
func extractWithin(text, context string, start, end int) bool {
	for off := 0; ; {
		i := strings.Index(text[off:], context)
		if i < 0 {
			return false
		}
		if at := off + i; at <= start && end <= at+len(context) {
			return true
		}
		off += i + 1
	}
}

func extractAround(text string, start, end int) string {
	lo, hi := max(0, start-15), min(len(text), end+9)
	for lo > 0 && !utf8.RuneStart(text[lo]) {
		lo--
	}
	for hi < len(text) && !utf8.RuneStart(text[hi]) {
		hi++
	}
	return strings.ReplaceAll(text[lo:hi], "\n", " ")
}

// figureCoverageRules are the rules of ../shared/tools/figure-coverage,
// copied verbatim: each regexp's group 1 marks digits that are not a
// figure. Python's \d is any decimal digit, which is \p{Nd} here.
var figureCoverageRules = []string{
	`(\d{4})年`, `(\d{1,2})月(?:份)?`, `月(\d{1,2})日`, `(\d{1,2})[-—至]\d{1,2}月`, `前(\d)个月`, `(\d+)年来`,
	`(\d{4})(?:“|中国投资)`, `(\d+)G`, `(?:世界|中国)(500)强`, `“(\d+)(?:\+\d+)*(?:\+N)?”`, `“\d+\+(\d+)`,
	`\+(\d+)\+N`, `(\d+):\d+`, `\d+:(\d+)`, `已经(\d+)点`, `(\d+)(?:年|周年)\s?(?:追梦|主题)`, `成立(\d+)周年`,
	`(\d+)英寸`, `(\d+)类创新药`, `科技新(\d+)条`,
}

// figureCoverageChinese are the tool's figures written without Arabic
// digits, by seed.
var figureCoverageChinese = map[string][]string{
	"000": {"增速居全省第一", "增幅居全省第一位", "副省级城市首位", "保持全省第一位", "迈过1万亿元"},
	"001": {"跃居全省第二", "增幅全省第一", "全国主要城市首位", "过千亿元区县", "过百亿元区县", "占全省近四成",
		"总投资三分之一", "评价全省第一", "数量均居全省首位", "稳居全球前三"},
	"002": {"增速列全市第一位", "位列各区县第一", "评价第一名"},
	"003": {"成绩位列全市第一"},
	"004": {"过万亿元", "两家企业", "排名第二", "排名第五"},
}

// figureCoverageFigures returns the byte offsets of the numbers the tool
// counts as figures in text, and of those it does not.
func figureCoverageFigures(text string) (figures, others []int) {
	digit := func(rx string) *regexp.Regexp {
		rx = strings.ReplaceAll(rx, `\d`, `\p{Nd}`)
		return regexp.MustCompile(strings.ReplaceAll(rx, `\s`, `[\s\p{Z}]`))
	}
	skip := map[int]bool{}
	for _, rx := range figureCoverageRules {
		for _, m := range digit(rx).FindAllStringSubmatchIndex(text, -1) {
			skip[m[2]] = true
		}
	}
	for _, m := range digit(`\d+(?:\.\d+)?`).FindAllStringIndex(text, -1) {
		if skip[m[0]] {
			others = append(others, m[0])
		} else {
			figures = append(figures, m[0])
		}
	}
	return figures, others
}

// TestExtractAgreesWithFigureCoverage checks that Extract and the
// figure-coverage tool agree on every number of the seeds: the tool's
// figures are Extract's figures, the numbers it skips are Extract's
// dates, times and names (but for the numbers inside its strict figures:
// the 9 of the deadline 9月底前 is a figure), no number is dropped, and
// each of the tool's Chinese-numeral figures, the strict ones too, is a
// figure for Extract.
func TestExtractAgreesWithFigureCoverage(t *testing.T) {
	for file, text := range extractSeedTexts(t) {
		items := jinan.Extract(text)
		kindAt := func(at int) jinan.NumberKind {
			i := sort.Search(len(items), func(i int) bool { return items[i].End > at })
			if i < len(items) && items[i].Start <= at {
				return items[i].Kind
			}
			return 0
		}
		figures, others := figureCoverageFigures(text)
		for _, at := range figures {
			if k := kindAt(at); k != jinan.FigureKind {
				t.Errorf("%s@%d: the tool's figure is a %v for Extract: …%s…", file, at, k, extractAround(text, at, at+1))
			}
		}
		strict := func(at int) bool { // a number of a strict figure: the 9 of 9月底前
			for _, phrase := range figureCoverageStrict[file[:3]] {
				if extractWithin(text, phrase, at, at+1) {
					return true
				}
			}
			return false
		}
		for _, at := range others {
			if k := kindAt(at); k == 0 || k == jinan.FigureKind && !strict(at) {
				t.Errorf("%s@%d: the tool skips a number Extract reads as %v: …%s…", file, at, k, extractAround(text, at, at+1))
			}
		}
		for _, phrase := range append(figureCoverageChinese[file[:3]], figureCoverageStrict[file[:3]]...) {
			for off := 0; ; {
				i := strings.Index(text[off:], phrase)
				if i < 0 {
					break
				}
				at := off + i
				off = at + 1
				ok := false
				for _, e := range items {
					ok = ok || e.Kind == jinan.FigureKind && e.Start < at+len(phrase) && at < e.End
				}
				if !ok {
					t.Errorf("%s@%d: no figure of Extract in the tool's %q", file, at, phrase)
				}
			}
		}
	}
}

// TestExtractSeedsInvariants checks every item of the seeds: in order, apart,
// Text the span's bytes, and each figure read.
func TestExtractSeedsInvariants(t *testing.T) {
	for file, text := range extractSeedTexts(t) {
		items := jinan.Extract(text)
		if err := extractCheck(text, items); err != nil {
			t.Errorf("%s: %v", file, err)
		}
		for _, e := range items {
			if e.Kind == jinan.FigureKind && e.Quantity.IsZero() {
				t.Errorf("%s@%d: figure %q has no reading: %s", file, e.Start, e.Text, e.Note)
			}
		}
		b := jinan.ExtractBytes([]byte(text))
		if len(b) != len(items) {
			t.Errorf("%s: ExtractBytes finds %d items, Extract %d", file, len(b), len(items))
		}
	}
}

// extractCheck checks what holds for every input: items in order and
// apart, Text the bytes of the span, a known kind, a reading only for
// figures, the sign that of the value, and every digit inside an item.
func extractCheck(text string, items []jinan.Extracted) error {
	end := 0
	for _, e := range items {
		switch {
		case e.Start < end || e.End <= e.Start || e.End > len(text):
			return fmt.Errorf("item %q at [%d,%d) out of order or out of the text", e.Text, e.Start, e.End)
		case text[e.Start:e.End] != e.Text:
			return fmt.Errorf("item at [%d,%d) has Text %q, the text has %q", e.Start, e.End, e.Text, text[e.Start:e.End])
		case e.Kind < jinan.FigureKind || e.Kind > jinan.SessionKind:
			return fmt.Errorf("item %q has kind %v", e.Text, e.Kind)
		case e.Kind != jinan.FigureKind && !e.Quantity.IsZero():
			return fmt.Errorf("%v %q has a reading %v", e.Kind, e.Text, e.Quantity)
		case e.Sign < -1 || e.Sign > 1:
			return fmt.Errorf("%q has sign %d", e.Text, e.Sign)
		case e.Sign < 0 && e.Quantity.Value().Sign() > 0, e.Sign >= 0 && e.Quantity.Value().Sign() < 0:
			return fmt.Errorf("%q has sign %d and value %v", e.Text, e.Sign, e.Quantity)
		}
		_ = e.Quantity.String()
		_ = e.Record("-")
		end = e.End
	}
	k := 0
	for i, r := range text {
		if !('0' <= r && r <= '9' || '０' <= r && r <= '９') {
			continue
		}
		for k < len(items) && items[k].End <= i {
			k++
		}
		if k == len(items) || items[k].Start > i {
			return fmt.Errorf("digit at %d is in no item", i)
		}
	}
	return nil
}

// TestExtractRecord checks the draft record of a seed figure.
func TestExtractRecord(t *testing.T) {
	file := extractSeedFile(t, "000")
	text := extractSeedTexts(t)[file]
	for _, e := range jinan.Extract(text) {
		if e.Text != "同比下降4.4%" {
			continue
		}
		r := e.Record(file)
		want := jinan.Record{ID: fmt.Sprintf("draft.%d", e.Start), Value: "-4.4", Unit: "%", Bound: "exact", Measure: "growth",
			PeriodLabel: "一季度", Inputs: []string{}, Sources: []jinan.RecordSource{{File: file, Start: e.Start, End: e.End, Quote: "同比下降4.4%"}}}
		if fmt.Sprint(r) != fmt.Sprint(want) {
			t.Errorf("Record:\n got %+v\nwant %+v", r, want)
		}
		if text[r.Sources[0].Start:r.Sources[0].End] != r.Sources[0].Quote {
			t.Errorf("the record's source is not the seed's bytes")
		}
		return
	}
	t.Fatal("同比下降4.4% not found in seed 000")
}

// TestExtractMalformed checks the malformed numbers of issue #12: Extract
// flags each or classifies it, never reading a number the text did not
// print, and ParseQuantity rejects each with ErrSyntax.
func TestExtractMalformed(t *testing.T) {
	for _, tt := range []struct {
		text string
		kind jinan.NumberKind
		flag jinan.Flag
	}{
		{"3.亿元", jinan.FigureKind, jinan.FlagMalformed},
		{"1,2345亿元", jinan.FigureKind, jinan.FlagMalformed},
		{"3。5亿元", jinan.FigureKind, jinan.FlagMalformed},
		{"上亿元", jinan.FigureKind, jinan.FlagVague},
		{"每万元GDP", jinan.WordKind, 0},
	} {
		items := jinan.Extract(tt.text)
		if len(items) != 1 || items[0].Kind != tt.kind || items[0].Flags != tt.flag || !items[0].Quantity.IsZero() {
			t.Errorf("Extract(%q) = %+v, want one %v flagged %v with no reading", tt.text, items, tt.kind, tt.flag)
		}
		if _, err := jinan.ParseQuantity(tt.text); !errors.Is(err, jinan.ErrSyntax) {
			t.Errorf("ParseQuantity(%q): %v, want ErrSyntax", tt.text, err)
		}
	}
}

// FuzzExtract reads arbitrary text: Extract must not panic, and what it
// returns must hold together (see extractCheck).
func FuzzExtract(f *testing.F) {
	// The seeds' paragraphs, not the whole seeds: short inputs fuzz fast.
	for _, text := range extractSeedTexts(f) {
		for _, line := range strings.Split(text, "\n") {
			if strings.TrimSpace(line) != "" {
				f.Add(line)
			}
		}
	}
	for _, c := range hardPhrases {
		f.Add(c.phrase)
	}
	for _, p := range readCorpus(f) {
		f.Add(p.text)
	}
	for _, s := range []string{"", "1", "１２．５％", "“1+2+3+N”", "10:00:30", "1.2.3", "约半年", "不到半", "第", "前9", "、、12、",
		"19999999999999999999999999999999999亿元", "\xff\xfe同比下降4.4%", "一一一一一一一一一一年", "“一\n二”", "增长1、2、3个百分点",
		"-", "−", "增长-", "[", "[1", "1]", "每", "上亿", "数十", "3.", "3。", "1,", "1,2", "2024.3.", "第十四届", "二十大", "降幅收窄", "5 %", "（一）", "1.\n"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		if err := extractCheck(text, jinan.Extract(text)); err != nil {
			t.Error(err)
		}
	})
}

// BenchmarkExtract extracts the five seeds; bytes per second are over the
// seeds' total length.
func BenchmarkExtract(b *testing.B) {
	var texts []string
	n := 0
	for _, text := range extractSeedTexts(b) {
		texts = append(texts, text)
		n += len(text)
	}
	b.SetBytes(int64(n))
	b.ReportAllocs()
	for b.Loop() {
		for _, text := range texts {
			jinan.Extract(text)
		}
	}
}

// extractBenchText returns the five seeds concatenated and repeated to at
// least size bytes, the text of the extractor's throughput benchmarks.
func extractBenchText(b *testing.B, size int) string {
	b.Helper()
	var seeds []string
	for _, d := range jinan.Documents() {
		t, err := d.Text()
		if err != nil {
			b.Fatal(err)
		}
		seeds = append(seeds, string(t))
	}
	var sb strings.Builder
	for sb.Len() < size {
		for _, t := range seeds {
			sb.WriteString(t)
		}
	}
	return sb.String()
}

// extractFloor is the regular expression of the throughput floor: a plain
// scan for digit runs with a magnitude.
var extractFloor = regexp.MustCompile(`\d+(?:\.\d+)?[万亿]?`)

// BenchmarkExtractThroughput runs Extract and its floors on the seeds
// repeated to about 1 MB and 10 MB: Extract/1MB against Regexp/1MB is the
// throughput target, Extract/10MB against Extract/1MB the linearity, and
// the figures/op metric divides allocs/op into allocations per figure.
// scripts/bench-extract reads them from one run.
func BenchmarkExtractThroughput(b *testing.B) {
	for _, size := range []struct {
		name  string
		bytes int
	}{{"1MB", 1 << 20}, {"10MB", 10 << 20}} {
		text := extractBenchText(b, size.bytes)
		figures := 0
		for _, e := range jinan.Extract(text) {
			if e.Kind == jinan.FigureKind {
				figures++
			}
		}
		b.Run("Extract/"+size.name, func(b *testing.B) {
			b.SetBytes(int64(len(text)))
			b.ReportAllocs()
			for b.Loop() {
				jinan.Extract(text)
			}
			b.ReportMetric(float64(figures), "figures/op")
		})
		b.Run("Regexp/"+size.name, func(b *testing.B) {
			b.SetBytes(int64(len(text)))
			b.ReportAllocs()
			for b.Loop() {
				extractFloor.FindAllStringIndex(text, -1)
			}
		})
		b.Run("DigitRuns/"+size.name, func(b *testing.B) {
			b.SetBytes(int64(len(text)))
			for b.Loop() {
				n := 0
				for i := 0; i < len(text); i++ {
					if c := text[i]; '0' <= c && c <= '9' && (i == 0 || text[i-1] < '0' || text[i-1] > '9') {
						n++
					}
				}
				extractSink = n
			}
		})
	}
}

// extractSink keeps a benchmark's result alive.
var extractSink int

// BenchmarkExtractAdversarial extracts 1 MB of text made to defeat a
// look-around: one run of digits, one unbroken list, a long quotation.
func BenchmarkExtractAdversarial(b *testing.B) {
	for _, c := range []struct{ name, unit string }{
		{"digits", "1"}, {"list", "1、"}, {"quoted", "“1+"}, {"numerals", "一"}, {"halves", "不到半"},
		{"clauses", "高于增长"}, {"dates", "2020年"},
	} {
		text := strings.Repeat(c.unit, 1<<20/len(c.unit))
		b.Run(c.name, func(b *testing.B) {
			b.SetBytes(int64(len(text)))
			for b.Loop() {
				jinan.Extract(text)
			}
		})
	}
}

func ExampleExtract() {
	text := "4月27日上午10:00，济南通报：一季度济南市生产总值为2027.00亿元，同比下降4.4%；" +
		"高技术制造业分别增长14.1%、12.3%，高于全市平均水平16.8、20.2个百分点；世界500强企业12家。"
	for _, e := range jinan.Extract(text) {
		if e.Kind != jinan.FigureKind {
			fmt.Printf("%v %s (%s)\n", e.Kind, e.Text, e.Note)
			continue
		}
		fmt.Printf("%v %s: %v, sign %d, %v, period %s", e.Kind, e.Text, e.Quantity, e.Sign, e.Measure, e.Period)
		if e.Inferred != 0 {
			fmt.Printf(", inferred %v", e.Inferred)
		}
		fmt.Println()
	}
	// Output:
	// date 4月27日 (date)
	// time 10:00 (clock time)
	// date 一季度 (period)
	// figure 为2027.00亿元: 2027.00亿元, sign 0, level, period 一季度
	// figure 同比下降4.4%: -4.4%, sign -1, growth, period 一季度
	// figure 增长14.1%: 14.1%, sign 1, growth, period 一季度
	// figure 12.3%: 12.3%, sign 1, growth, period 一季度, inferred list-sign
	// figure 16.8: 16.8个百分点, sign 1, gap, period 一季度, inferred list-unit
	// figure 20.2个百分点: 20.2个百分点, sign 1, gap, period 一季度
	// name 500强 (a ranking's name)
	// figure 12家: 12家, sign 0, level, period 一季度
}
