package jinan

import (
	"strings"
	"testing"

	"github.com/jinanfacts/jinan/internal/data"
	"github.com/jinanfacts/jinan/internal/draft"
)

// This file tests the rules that name a new subject or indicator, on
// sentences written for the test, with a vocabulary of the places and the
// headline indicators only: every name below is new to it.

// plainVocabulary is the places and the headline indicators.
func plainVocabulary() *draft.Vocabulary {
	var places []data.Subject
	for _, s := range data.Subjects {
		if draft.IsPlace(s.Kind) || s.Kind == "group" {
			places = append(places, s)
		}
	}
	return draft.NewVocabulary(places, data.Indicators[:data.NamedIndicators])
}

// draftPlain drafts text, dated 2020-04-28, with plainVocabulary, and
// returns the proposal for each figure by its printed figure.
func draftPlain(t *testing.T, text string) map[string]Proposal {
	t.Helper()
	d, err := draftWith(text, Document{File: "test.txt", Published: D(2020, 4, 28)}, plainVocabulary())
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]Proposal{}
	for _, p := range d.Proposals {
		out[p.Figure] = p
	}
	return out
}

// nameOf is the proposal's subject or indicator: the known ID, or "new:"
// and the Chinese name of a new one.
func nameOf(p Proposal, field string) string {
	if field == "subject" {
		if p.NewSubject != nil {
			return "new:" + p.NewSubject.Chinese
		}
		return p.Subject.Value
	}
	if p.NewIndicator != nil {
		return "new:" + p.NewIndicator.Chinese
	}
	return p.Indicator.Value
}

type nameCase struct {
	text, figure, field, want string
}

func checkNames(t *testing.T, cases []nameCase) {
	t.Helper()
	for _, c := range cases {
		ps := draftPlain(t, c.text)
		p, ok := ps[c.figure]
		if !ok {
			t.Errorf("%s: no proposal for %s (have %v)", c.text, c.figure, keysOf(ps))
			continue
		}
		if got := nameOf(p, c.field); got != c.want {
			t.Errorf("%s: %s %s is %s, want %s (%s)", c.text, c.figure, c.field, got, c.want, proposalReason(p, c.field))
		}
	}
}

func keysOf(m map[string]Proposal) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	return out
}

func proposalReason(p Proposal, field string) string {
	if field == "subject" {
		return p.Subject.Reason
	}
	return p.Indicator.Reason
}

// TestDraftNamesCountedNouns: the noun a count is of, as a reader finds it
// after the count.
func TestDraftNamesCountedNouns(t *testing.T) {
	checkNames(t, []nameCase{
		// A relative clause on the counted noun: the noun after 的 is counted.
		{"今年，历下区组建12支覆盖社区、学校的志愿服务队伍。", "12支", "indicator", "new:志愿服务队伍"},
		// A head of two or three characters says only the kind: the relative
		// clause says which, and the name is kept whole.
		{"今年，历下区出台30条面向青年人才的新举措。", "30条", "indicator", "new:面向青年人才的新举措"},
		// A noun before 的 that no verb leads is itself counted.
		{"今年，历下区建成3个智慧社区试点的示范片区。", "3个", "indicator", "new:智慧社区试点"},
		// A slogan in quotation marks after the noun is not part of it.
		{"今年，历下区推动25处老旧厂房“腾笼换鸟”。", "25处", "indicator", "new:老旧厂房"},
		// 中 that starts the noun is part of it, not the postposition.
		{"今年，历下区引进8家中科院研究所。", "8家", "indicator", "new:中科院研究所"},
		{"今年，8家“中科院”院所相继落户历下区。", "8家", "indicator", "new:“中科院”院所"},
		// A year between the count and its noun is the period, not the noun.
		{"历下区公布15项2020年民生实事。", "15项", "indicator", "new:民生实事"},
		// Generic enterprises are named by what the predicate says they did,
		// in the count's clause or the next.
		{"今年，历下区8家企业入选国家级专精特新名单。", "8家", "indicator", "new:入选国家级专精特新名单企业"},
		{"今年，历下区3家企业，荣获省级科技进步奖。", "3家", "indicator", "new:荣获省级科技进步奖企业"},
		// A kind of project is an indicator of its own; a role word before
		// 项目 names none.
		{"今年，历下区开工21个老旧小区改造项目。", "21个", "indicator", "new:老旧小区改造项目"},
		{"今年，历下区引进21个高端项目。", "21个", "indicator", "projects"},
		// Projects too, the adverb before the predicate's verb dropped.
		{"今年，历下区12个项目成功签约。", "12个", "indicator", "new:签约项目"},
		// Where they settle is not part of the name; an adverb of manner
		// before the verb is dropped.
		{"今年，历下区9家企业现场签约入驻软件园。", "9家", "indicator", "new:签约入驻企业"},
		// Without such a predicate they stay enterprises.
		{"今年，历下区8家企业加快转型。", "8家", "indicator", "enterprises"},
	})
}

// TestDraftNamesPhraseBefore: the words before a figure, without what
// leads or ends them and is not what is measured.
func TestDraftNamesPhraseBefore(t *testing.T) {
	checkNames(t, []nameCase{
		// The place that leads the phrase is the subject, 数 counts the noun.
		{"历下区省级专精特新企业数达到45家。", "45家", "indicator", "new:省级专精特新企业"},
		{"历下区省级专精特新企业数达到45家。", "45家", "subject", "lixia"},
		// Region and batch words lead the noun.
		{"今年，全市首批乡村规划师达到36名。", "36名", "indicator", "new:乡村规划师"},
		// What a rank verb ranks is the noun before it.
		{"历下区营商环境便利度位居全省第二。", "第二", "indicator", "new:营商环境便利度"},
		{"历下区人才吸引力跻身全国20强。", "20强", "indicator", "new:人才吸引力"},
		// A list of counts shares the verb that heads it.
		{"全区新增省级工程研究中心3家、市级技术创新中心5家。", "5家", "indicator", "new:新增市级技术创新中心"},
		{"全区新增省级工程研究中心3家、市级技术创新中心5家。", "3家", "indicator", "new:新增省级工程研究中心"},
		// A measure word stays on a stem of two characters, goes after a longer one.
		{"历下区融资总额达5亿元。", "5亿元", "indicator", "new:融资总额"},
		{"历下区技术合同成交总额达5亿元。", "5亿元", "indicator", "new:技术合同成交"},
	})
}

// TestDraftNamesSubjects: the subject a reader takes for a figure when
// the vocabulary does not know it.
func TestDraftNamesSubjects(t *testing.T) {
	checkNames(t, []nameCase{
		// An organisation that leads an earlier sentence of the paragraph
		// stays its subject.
		{"一季度，泉城星辰科技集团实现出口1.2亿美元。其中，对欧出口增长12%。", "增长12%", "subject", "new:泉城星辰科技集团"},
		// The organisation of a speaker is the source, not the subject.
		{"济南市星辰研究院院长李明介绍，一季度新签约项目120个。", "120个", "subject", "jinan"},
		// An industry that leads a clause of the sentence is its subject; a
		// district's sector is named with the district, the city's is bare.
		{"历下区\n金融业平稳运行，证券期货区域总部达30家，实现税收8.5亿元。", "8.5亿元", "subject", "new:历下区金融业"},
		{"济南市\n邮政业发展迅速，快递业务收入增长20%。", "增长20%", "subject", "new:邮政业"},
		// The industries of a list before 分别 take the figures in order.
		{"重点领域内，汽车制造业、纺织业增加值分别增长8.1%、5.2%。", "5.2%", "subject", "new:纺织业"},
		{"重点领域内，汽车制造业、纺织业增加值分别增长8.1%、5.2%。", "增长8.1%", "subject", "new:汽车制造业"},
		// One industry's name may hold 、 and 和.
		{"一季度交通运输、仓储和邮政业增加值100.5亿元。", "100.5亿元", "subject", "new:交通运输、仓储和邮政业"},
		// A park that a verb acts on is its object, not the subject.
		{"历下区\n加快推进星辰科技产业园、未来城和28处老旧市场改造。", "28处", "subject", "lixia"},
		// A zone's enterprises of an industry count for the industry, named with the zone's full name.
		{"高新区\n2019年高新区生物医药企业总数突破800家。", "突破800家", "subject", "new:济南高新区生物医药产业"},
		// An industry named earlier in the sentence has no trade of its own.
		{"高新区\n服务业取得“开门红”，进出口总额完成20.5亿元。", "20.5亿元", "subject", "jinan-hitech-zone"},
		// Companies of a list that ends in 等 are examples of a group.
		{"历下区\n星辰电力公司、蓝海餐饮有限公司等企业达成交易额超1亿美元。", "超1亿美元", "subject", "lixia"},
		// A role word does not name an industry.
		{"历下区\n主导产业更加稳固，新兴产业增长15%。", "增长15%", "subject", "lixia"},
	})
}

// TestDraftSubjectConfidence: a place named in the figure's clause is sure
// (high) when only the indicator and verbs stand between it and the
// figure, and less sure (medium) when a longer noun phrase does, which may
// name the figure's own subject; an indicator's new name from the words
// before the figure is low.
func TestDraftSubjectConfidence(t *testing.T) {
	for _, c := range []struct {
		text, figure string
		want         Confidence
	}{
		{"一季度，历下区地区生产总值增长5.1%。", "增长5.1%", HighConfidence},
		{"历下区星辰智慧社区观摩评议位列第一名。", "第一名", MediumConfidence},
		{"勇夺历下区2019年重点项目建设观摩评议第一名。", "第一名", MediumConfidence},
	} {
		p, ok := draftPlain(t, c.text)[c.figure]
		if !ok {
			t.Errorf("%s: no proposal for %s", c.text, c.figure)
			continue
		}
		if p.Subject.Confidence != c.want {
			t.Errorf("%s: subject %s confidence %s, want %s (%s)", c.text, p.Subject.Value, p.Subject.Confidence, c.want, p.Subject.Reason)
		}
	}
	checkNames(t, []nameCase{
		// The industry that leads the phrase is the subject; the rest names the indicator.
		{"今年，济南市大数据产业主营业务收入突破3000亿元。", "突破3000亿元", "indicator", "new:主营业务收入"},
	})
}

// TestDraftNamesCountedGroups: a group a count names (85个区级重点民生项目)
// is the subject of the count and of the figures that follow about it.
func TestDraftNamesCountedGroups(t *testing.T) {
	const s1 = "截至6月末，85个区级重点民生项目已经开工60个，完成投资42.5亿元。"
	checkNames(t, []nameCase{
		// The count that leads its clause names the group; the later figures are the group's.
		{s1, "85个", "subject", "new:区级重点民生项目"},
		{s1, "85个", "indicator", "projects"},
		{s1, "60个", "subject", "new:区级重点民生项目"},
		{s1, "42.5亿元", "subject", "new:区级重点民生项目"},
		// After a verb of progress too, named with the district's name.
		{"历下区\n加快推进18个老旧小区改造项目，累计签订改造协议920份。", "920份", "subject", "new:历下区老旧小区改造项目"},
		// A figure in a relative clause on the group is the group's.
		{"历下区\n紧盯总投资600亿元的45个重点项目，实行专班推进。", "600亿元", "subject", "new:历下区重点项目"},
		{"历下区\n紧盯总投资600亿元的45个重点项目，实行专班推进。", "45个", "subject", "new:历下区重点项目"},
		// Projects acquired are counted for who acquired them; examples of a list name no group.
		{"历下区\n今年成功引进26个智慧物流项目。", "26个", "subject", "lixia"},
		{"历下区\n星辰卫星等30余个高端项目在全区布局。", "30余个", "subject", "lixia"},
		// The enterprises a count names, with the flow after them: the count is of the enterprises.
		{"一季度，22家冷链物资企业出口突破800万美元。", "22家", "subject", "new:冷链物资企业"},
		{"一季度，22家冷链物资企业出口突破800万美元。", "22家", "indicator", "enterprises"},
		// The speaker's organisation is the source of what follows.
		{"济南市星辰管理局局长李明介绍，截至3月末，120个市级民生项目已经开工100个。", "100个", "subject", "new:市级民生项目"},
	})
}

// TestDraftNamesStandard: the statistics' standard names are kept whole,
// as subjects (an industry's enterprises above designated size) and as
// indicators (工业增加值 is not any 增加值).
func TestDraftNamesStandard(t *testing.T) {
	const s1 = "1至6月，全市纺织业规模以上企业实现营业收入320.5亿元，同比增长8.2%。"
	checkNames(t, []nameCase{
		{s1, "320.5亿元", "subject", "new:纺织业规模以上企业"},
		{s1, "增长8.2%", "subject", "new:纺织业规模以上企业"},
		{s1, "320.5亿元", "indicator", "operating-revenue"},
		{"今年，历下区工业增加值增长7.5%。", "增长7.5%", "indicator", "new:工业增加值"},
		{"历下区\n全年工业投资增长12%，民间投资增长6.5%。", "增长12%", "indicator", "new:工业投资"},
		{"历下区\n全年工业投资增长12%，民间投资增长6.5%。", "增长6.5%", "indicator", "new:民间投资"},
		// An industry's value added stays the industry's 增加值.
		{"历下区\n建筑业增加值增长25%。", "增长25%", "indicator", "value-added"},
	})
}

// TestDraftNamesKindsOf: a modifier before a general word the figure
// follows (企业, 项目) names another indicator, unless it names an industry,
// a size class of the statistics, or only several kinds.
func TestDraftNamesKindsOf(t *testing.T) {
	checkNames(t, []nameCase{
		// 高新技术 is a certified status, not an industry.
		{"历下区\n新认定高新技术企业120家。", "120家", "indicator", "new:新认定高新技术企业"},
		// 产业 that modifies 集群 names no industry of the enterprises.
		{"历下区\n入选市“十佳”产业集群骨干企业8家。", "8家", "indicator", "new:市“十佳”产业集群骨干企业"},
		{"历下区\n落地项目45个，其中亿元以上项目12个。", "45个", "indicator", "new:落地项目"},
		{"历下区\n落地项目45个，其中亿元以上项目12个。", "12个", "indicator", "projects"},
		{"历下区\n生物医药企业达到300家。", "300家", "indicator", "enterprises"},
		{"历下区\n文创等各类项目90个。", "90个", "indicator", "projects"},
	})
}

// TestDraftNamesPairedIndustries: fields joined by 与 share the 产业 that
// ends their list, and a list of figures joined by 和 gives them in order.
func TestDraftNamesPairedIndustries(t *testing.T) {
	const s1 = "重点领域内，新材料与精细化工、现代物流与商贸产业营业收入达到520亿元和310亿元。"
	checkNames(t, []nameCase{
		{s1, "520亿元", "subject", "new:新材料与精细化工产业"},
		{s1, "310亿元", "subject", "new:现代物流与商贸产业"},
		{"重点领域内，节能与环保产业营业收入增长9%。", "增长9%", "subject", "new:节能与环保产业"},
	})
}

// TestDraftNamesPlaceIndicators: an organisation named earlier in the
// sentence has no market entities of its own: the figure is its place's.
func TestDraftNamesPlaceIndicators(t *testing.T) {
	checkNames(t, []nameCase{
		{"今年以来，济南市星辰服务局推行帮办服务，市场主体总量达到120万户。", "120万户", "subject", "jinan"},
	})
}

// TestDraftNamesParagraphTopic: an organisation that leads a paragraph's
// first sentence, after a description of it in apposition, stays the
// subject of the paragraph's later figures; a place named after it as
// where it is (…研究院历下成立, 落户历下区) does not displace it.
func TestDraftNamesParagraphTopic(t *testing.T) {
	text := "2019年5月，新型研发机构泉城智能制造研究院在历下区成立，聚焦高端装备。目前已建成12个联合实验室，累计服务企业300余家。"
	checkNames(t, []nameCase{
		{text, "12个", "subject", "new:泉城智能制造研究院"},
		{text, "300余家", "subject", "new:泉城智能制造研究院"},
		// A place that leads a clause of its own is the subject named after
		// the topic: the paragraph's figures are its.
		{"2019年5月，新型研发机构泉城智能制造研究院成立。历下区拥有12个联合实验室。", "12个", "subject", "lixia"},
	})
}

// TestDraftNamesBureaus: a government bureau its place leads is an
// organisation, named in full when the page prints its full name
// elsewhere; the place inside it is not the subject.
func TestDraftNamesBureaus(t *testing.T) {
	text := "《历下区市场监督管理局年度工作要点》印发。历下区市监局今年办结投诉案件320件。"
	checkNames(t, []nameCase{
		{text, "320件", "subject", "new:历下区市场监督管理局"},
		// Without the full name, the abbreviation as printed.
		{"历下区市监局今年办结投诉案件320件。", "320件", "subject", "new:历下区市监局"},
		// 格局 is no bureau.
		{"历下区新格局下新增企业320家。", "320家", "subject", "lixia"},
	})
}

// TestDraftNamesHeadline: the first paragraph under a headline takes its
// place from a clause it leads later in the paragraph, not from the report
// before the headline; elsewhere the paragraphs before still give it.
func TestDraftNamesHeadline(t *testing.T) {
	before := "槐荫区今年新建公园12处。\n"
	checkNames(t, []nameCase{
		{before + "园区企业加速成长\n今年9月，3家企业获评省级专精特新企业。截至目前，历下区专精特新企业达到40家。", "3家", "subject", "lixia"},
		{before + "今年9月，3家企业获评省级专精特新企业。截至目前，历下区专精特新企业达到40家。", "3家", "subject", "huaiyin"},
		// A place after a verb is what the clause acts on, not its subject.
		{before + "园区企业加速成长\n今年9月，3家企业获评省级专精特新企业，落户历下区。", "3家", "subject", "huaiyin"},
	})
}

// TestDraftNamesListVerbAcrossCommas: the verb that heads a list of counts
// carries over items joined by ， as by 、, until an item has a verb of its
// own.
func TestDraftNamesListVerbAcrossCommas(t *testing.T) {
	text := "今年，历下区新增省级技术创新中心2家，市级重点实验室5家、工业设计中心3家，新认定专精特新企业16家。"
	checkNames(t, []nameCase{
		{text, "2家", "indicator", "new:新增省级技术创新中心"},
		{text, "5家", "indicator", "new:新增市级重点实验室"},
		{text, "3家", "indicator", "new:新增工业设计中心"},
		{text, "16家", "indicator", "new:新认定专精特新企业"},
	})
}

// TestDraftNamesVerbObjectCounts: a count that is the object of the one
// verb of its clause counts what the verb did, named as a relative clause;
// a list verb, a stative verb or a longer clause leaves the noun bare.
func TestDraftNamesVerbObjectCounts(t *testing.T) {
	text := "该中心成立以来，现已培训8000余名产业工人，转化35项专利成果，拥有12个联合实验室。"
	checkNames(t, []nameCase{
		{text, "8000余名", "indicator", "new:培训的产业工人"},
		{text, "35项", "indicator", "new:转化的专利成果"},
		{text, "12个", "indicator", "new:联合实验室"},
		{"今年，历下区新建12个口袋公园。", "12个", "indicator", "new:口袋公园"},
	})
}

// TestDraftNamesShareOfNounAfter: a percent followed by 的 is a share of
// the noun after it; a verb inside a known indicator's name does not cut
// the phrase before a figure.
func TestDraftNamesShareOfNounAfter(t *testing.T) {
	checkNames(t, []nameCase{
		{"历下区今年70%以上的老旧小区完成改造，30%已交付。", "70%以上", "indicator", "new:老旧小区"},
		{"历下区今年70%以上的老旧小区完成改造，30%已交付。", "30%", "indicator", "new:老旧小区"},
		{"历下区一般公共预算收入过十亿元街道达到3个。", "3个", "indicator", "new:一般公共预算收入过十亿元街道"},
	})
}

// TestDraftNamesIndustrialSectors: a manufacturing sector's growth that
// names no indicator is its value added above designated size; a list of
// sectors governed by 分别 gives its items to each list of figures after
// it in turn.
func TestDraftNamesIndustrialSectors(t *testing.T) {
	text := "一季度，汽车制造业、化学原料制造业分别由1-2月的下降12.4%、6.3%，转为增长8.8%、2.1%。"
	checkNames(t, []nameCase{
		{text, "下降12.4%", "subject", "new:汽车制造业"},
		{text, "6.3%", "subject", "new:化学原料制造业"},
		{text, "增长8.8%", "subject", "new:汽车制造业"},
		{text, "2.1%", "subject", "new:化学原料制造业"},
		{text, "增长8.8%", "indicator", "industrial-value-added"},
		{"一季度，汽车制造业增加值增长8.8%。", "增长8.8%", "indicator", "industrial-value-added"},
		// A service sector's value added is not industry's.
		{"一季度，软件和信息技术服务业增加值增长8.8%。", "增长8.8%", "indicator", "value-added"},
	})
}

// TestDraftNamesPairedIndicators: indicators named in turn before 分别
// pair with the figures after it, and with the gaps that follow them; a
// 分别 after a figure distributes benchmarks, not indicators.
func TestDraftNamesPairedIndicators(t *testing.T) {
	text := "一季度，历下区实现税收收入，完成营业收入分别增长6.2%、9.5%，高于全市平均水平1.3、2.4个百分点。"
	checkNames(t, []nameCase{
		{text, "增长6.2%", "indicator", "tax-revenue"},
		{text, "9.5%", "indicator", "operating-revenue"},
		{text, "1.3", "indicator", "tax-revenue"},
		{text, "2.4个百分点", "indicator", "operating-revenue"},
		{"一季度，历下区税收收入增长6.2%，营业收入增长9.5%，分别高于全市2.3、1.4个百分点。", "增长9.5%", "indicator", "operating-revenue"},
	})
}

// TestDraftNamesTitles: a place named inside the title of a plan the
// sentence cites is not the sentence's subject.
func TestDraftNamesTitles(t *testing.T) {
	checkNames(t, []nameCase{
		{"今年，历下区落实《槐荫区产业发展规划》确定的3个重点方向。", "3个", "subject", "lixia"},
	})
}

// TestDraftNamesEconomySectors: a sector of the economy named before its
// indicator (数字经济增加值) is a subject, a sector of its district; a
// place's whole economy (区域经济) is none.
func TestDraftNamesEconomySectors(t *testing.T) {
	checkNames(t, []nameCase{
		{"一季度，历下区数字经济增加值增长9.6%。", "增长9.6%", "subject", "new:历下区数字经济"},
		{"历下区一季度“双创”经济增加值占比超过30%。", "超过30%", "subject", "new:历下区“双创”经济"},
		{"一季度，历下区区域经济增加值增长9.6%。", "增长9.6%", "subject", "lixia"},
	})
}

// TestDraftNamesDescribedOrg: a figure before 的 describes the company
// after it, which is its subject.
func TestDraftNamesDescribedOrg(t *testing.T) {
	text := "2019年，历下区引进注册资本12亿元的泉城数字科技集团。"
	checkNames(t, []nameCase{
		{text, "12亿元", "subject", "new:泉城数字科技集团"},
	})
}

// TestDraftNamesTreatedAndLedCounts: 对…进行 names the count by what was
// done to the noun; a verb that leads a list of examples names a count of
// a generic noun.
func TestDraftNamesTreatedAndLedCounts(t *testing.T) {
	checkNames(t, []nameCase{
		{"今年，历下区对36个老旧小区进行了综合整治。", "36个", "indicator", "new:综合整治老旧小区"},
		{"今年，历下区还签约了泉城数字总部、齐鲁软件园等15个项目。", "15个", "indicator", "new:签约项目"},
		// Without a predicate verb the projects stay projects.
		{"今年，历下区还推介了泉城数字总部、齐鲁软件园等15个项目。", "15个", "indicator", "projects"},
	})
}

// TestDraftNamesOtherPlaceSector: a sector the vocabulary knows as one
// zone's, named bare in a report on a district, is the district's sector,
// its scope written out.
func TestDraftNamesOtherPlaceSector(t *testing.T) {
	var subjects []data.Subject
	for _, s := range data.Subjects {
		if draft.IsPlace(s.Kind) {
			subjects = append(subjects, s)
		}
	}
	subjects = append(subjects, data.Subject{ID: "test-zone-retail", Kind: "industry", Zh: "限上零售业", Within: "jibei-zone"})
	v := draft.NewVocabulary(subjects, data.Indicators[:data.NamedIndicators])
	for _, c := range []struct{ text, want string }{
		{"2019年，历下区消费稳步回升，限上零售业完成营业收入88.6亿元。", "new:历下区限额以上零售业"},
		{"今年，济北经济开发区消费稳步回升，限上零售业完成营业收入88.6亿元。", "test-zone-retail"},
	} {
		d, err := draftWith(c.text, Document{File: "test.txt", Published: D(2020, 4, 28)}, v)
		if err != nil {
			t.Fatal(err)
		}
		found := false
		for _, p := range d.Proposals {
			if strings.HasSuffix(p.Figure, "88.6亿元") {
				found = true
				if got := nameOf(p, "subject"); got != c.want {
					t.Errorf("%s: subject %s, want %s (%s)", c.text, got, c.want, p.Subject.Reason)
				}
			}
		}
		if !found {
			t.Errorf("%s: no proposal for 88.6亿元", c.text)
		}
	}
}

// TestDraftNamesScopedIndustries: the enterprises of an industry in the
// statistics' scope (规上餐饮企业) are that industry above designated size,
// the subject, a sector of its district; the count is of the scope's
// enterprises.
func TestDraftNamesScopedIndustries(t *testing.T) {
	text := "2019年，历下区新增规模以上软件企业12家，规上餐饮企业完成营业收入8.6亿元。"
	checkNames(t, []nameCase{
		{text, "12家", "subject", "new:历下区规模以上软件业"},
		{text, "12家", "indicator", "new:新增规模以上企业"},
		{text, "8.6亿元", "subject", "new:历下区规模以上餐饮业"},
		{text, "8.6亿元", "indicator", "operating-revenue"},
	})
}

// TestDraftNamesNoClauseAsIndustry: words that hold a verb (位于, 集聚)
// are a clause, not the name of an industry ending in 业.
func TestDraftNamesNoClauseAsIndustry(t *testing.T) {
	checkNames(t, []nameCase{
		{"展厅位于历下区解放路商业，商品来自12个国家。", "12个", "subject", "lixia"},
		// What 探索成立 sets up is the clause's object, not its subject.
		{"历下区探索成立泉城科技保险公司，新增产业基金12只。", "12只", "subject", "lixia"},
	})
}

// TestDraftNamesShareListItem: a share after 占 in a list is of its own
// item, not of the indicator an item before it names.
func TestDraftNamesShareListItem(t *testing.T) {
	checkNames(t, []nameCase{
		{"2019年，历下区营业收入突破500亿元、3类医疗器械占全省21.5%。", "21.5%", "indicator", "new:3类医疗器械"},
		// The clause before 占, its place dropped; 占有率 is no 占.
		{"2019年，历下区快递包裹数量占全市35.2%。", "35.2%", "indicator", "new:快递包裹数量"},
	})
}

// TestDraftNamesAppraisalFrame: a rank in a sentence framed by 在…中 that
// names an appraisal is a rank in that appraisal, its period and its
// publishers dropped.
func TestDraftNamesAppraisalFrame(t *testing.T) {
	text := "在省工信厅发布的2020年度县域工业高质量发展考评中，历下区在全省136个县区中位列第9名。"
	checkNames(t, []nameCase{
		{text, "第9名", "indicator", "new:县域工业高质量发展考评"},
	})
}

// TestDraftNamesAnaphor: 该X refers to the name ending in X named before
// it, back into the paragraph before.
func TestDraftNamesAnaphor(t *testing.T) {
	text := "泉城数字产业园二期项目负责人介绍，工程进展顺利。\n该项目总建筑面积约为12万平方米，包含8栋研发楼。"
	checkNames(t, []nameCase{
		{text, "约为12万平方米", "subject", "new:泉城数字产业园二期项目"},
		{text, "8栋", "subject", "new:泉城数字产业园二期项目"},
		// 该 before no noun it refers with is no anaphor.
		{"历下区该年新增企业120家。", "120家", "subject", "lixia"},
	})
}

// TestDraftNamesWeakModifier: for a growth or a rank, 企业 or 项目 that runs
// straight on into a noun modifies that noun, which is what grows or
// ranks; a count keeps its name whole.
func TestDraftNamesWeakModifier(t *testing.T) {
	checkNames(t, []nameCase{
		{"今年以来，历下区企业用电需求量同比增长8.6%。", "增长8.6%", "indicator", "new:用电需求量"},
		{"历城区企业营商环境满意度居全省第3位。", "第3位", "indicator", "new:营商环境满意度"},
		{"2020年，历下区新增省级企业技术中心3家。", "3家", "indicator", "new:新增省级企业技术中心"},
	})
}

// TestDraftNamesOwnerWord: the organization before 内设, 下属 … owns what
// is counted; the name starts at the owner word.
func TestDraftNamesOwnerWord(t *testing.T) {
	checkNames(t, []nameCase{
		{"2020年，历下区街道下属事业单位达12个。", "12个", "indicator", "new:下属事业单位"},
		{"2020年，槐荫区管委会内设部门达8个。", "8个", "indicator", "new:内设部门"},
	})
}

// TestDraftNamesVerbIndustryNoun: an industry between a predicate verb and
// 企业 or 项目 is the subject's; the name is the verb and the noun.
func TestDraftNamesVerbIndustryNoun(t *testing.T) {
	checkNames(t, []nameCase{
		{"今年以来，历城区签约物流业项目占比37.5%。", "37.5%", "indicator", "new:签约项目"},
		{"2020年，历下区签约软件业企业45家。", "45家", "indicator", "new:签约企业"},
	})
}

// TestDraftNamesActionVerb: 对接 says which of the things are counted, and
// stays in the name; who matched them is the subject.
func TestDraftNamesActionVerb(t *testing.T) {
	checkNames(t, []nameCase{
		{"2020年，历下区金融专员对接小微企业560家。", "560家", "indicator", "new:对接小微企业"},
	})
}

// TestDraftNamesCutLabel: a quoted label whose opening mark the phrase
// lost (线下”企业 of “线上+线下”企业) is no part of the name.
func TestDraftNamesCutLabel(t *testing.T) {
	checkNames(t, []nameCase{
		{"2020年，历下区入驻“研发+中试”基地45个。", "45个", "indicator", "new:基地"},
	})
}

// TestDraftNamesSharedHead: sectors listed with 、 and 和 before a noun
// modify it, and the last one runs into it: the noun is what is counted.
func TestDraftNamesSharedHead(t *testing.T) {
	checkNames(t, []nameCase{
		{"2020年，历下区金融、保险和信托服务网点达45个。", "45个", "indicator", "new:服务网点"},
		{"2020年，历下区对接农业、商贸客户120家。", "120家", "indicator", "new:对接客户"},
	})
}

// TestDraftNamesSizeNoun: a size noun (规模, 总额) measures the noun just
// before it, and the words before that noun say whose it is.
func TestDraftNamesSizeNoun(t *testing.T) {
	checkNames(t, []nameCase{
		{"2020年，历下区新设创投基金规模达50亿元。", "50亿元", "indicator", "new:基金规模"},
		// The size before a figure and 的 is of the noun after 的.
		{"2020年，历下区设立了规模20亿元的科创母基金、注册资本5亿元的担保公司。", "20亿元", "indicator", "new:基金规模"},
	})
}
