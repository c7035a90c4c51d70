package jinan

import (
	"testing"
	"time"
)

// draftRule is one hand-written page and what Draft must read for one of
// its figures: the period in its text form, and the status when set.
type draftRule struct {
	name      string
	published Date
	text      string
	figure    string // the figure as Draft cites it
	nth       int    // which proposal with that figure, from 0
	period    string
	status    string // "" observed, "target"; checked only when checkStatus
	checkStat bool
}

func checkDraftRules(t *testing.T, rules []draftRule) {
	t.Helper()
	for _, tt := range rules {
		d, err := Draft(tt.text, Document{File: "rule.txt", Published: tt.published})
		if err != nil {
			t.Errorf("%s: %v", tt.name, err)
			continue
		}
		var found *Proposal
		n := 0
		for i := range d.Proposals {
			if d.Proposals[i].Figure == tt.figure {
				if n == tt.nth {
					found = &d.Proposals[i]
					break
				}
				n++
			}
		}
		if found == nil {
			var figs []string
			for _, p := range d.Proposals {
				figs = append(figs, p.Figure)
			}
			t.Errorf("%s: no proposal for %q (proposals: %q)", tt.name, tt.figure, figs)
			continue
		}
		if found.Period.Value != tt.period {
			t.Errorf("%s: %s: period %q (%s: %s), want %q", tt.name, tt.figure, found.Period.Value, found.Period.Confidence, found.Period.Reason, tt.period)
		}
		if found.Period.Confidence == 0 || found.Period.Reason == "" {
			t.Errorf("%s: %s: period without a confidence or a reason", tt.name, tt.figure)
		}
		if tt.checkStat && found.Status.Value != tt.status {
			t.Errorf("%s: %s: status %q (%s), want %q", tt.name, tt.figure, found.Status.Value, found.Status.Reason, tt.status)
		}
	}
}

// TestDraftPeriodRules checks each period rule on sentences written for
// it, the periods worked out by hand from DOMAIN.md's readings.
func TestDraftPeriodRules(t *testing.T) {
	may := D(2021, time.May, 20)
	dec := D(2021, time.December, 20)
	checkDraftRules(t, []draftRule{
		// An observed 全年 in a page of March is of the year before, and
		// a year the page looks back on dates the paragraphs after it.
		{name: "observed 全年 carries as last year", published: D(2021, time.March, 15),
			text:   "过去的一年，历下区经济稳步发展。\n全年完成进出口52.3亿元，增长8.1%。\n加快推进15个重点项目。",
			figure: "15个", period: "2020"},
		// A campaign year named with no year printed is the page's year.
		{name: "campaign year", published: may,
			text:   "历城区召开“项目建设提速年”动员大会。\n历城区全面推进35个重点项目。",
			figure: "35个", period: "2021"},
		// A campaign year takes the year printed before it in its sentence.
		{name: "campaign year with its year printed", published: D(2021, time.February, 3),
			text:   "过去的一年，全区完成投资300亿元。\n新的一年，全区把2021年作为“招商引资突破年”。\n全区确定了8项重点任务。",
			figure: "8项", period: "2021"},
		// A plan's horizon runs from the day it was told.
		{name: "horizon N年内", published: D(2020, time.June, 20),
			text:   "6月18日下午，槐荫区召开产业大会。\n力争5年内生物医药产业规模达到500亿元。",
			figure: "500亿元", period: "2020-06-18/2025-06-18", status: "target", checkStat: true},
		// 由 names the base of a turn: the figure after 转为 is of the
		// period the page reports.
		{name: "由…转为, the base", published: D(2021, time.April, 30),
			text:   "一季度，全市工业增加值增长9.5%。\n汽车制造业由1-2月的下降3.2%转为增长6.4%。",
			figure: "下降3.2%", period: "2021-01-01/2021-02-28"},
		{name: "由…转为, the turn", published: D(2021, time.April, 30),
			text:   "一季度，全市工业增加值增长9.5%。\n汽车制造业由1-2月的下降3.2%转为增长6.4%。",
			figure: "增长6.4%", period: "2021-Q1"},
		// 从A压缩到B: A is the level before the change, undated.
		{name: "level before a change", published: dec,
			text:   "2021年，审批环节从9个压缩到4个。",
			figure: "9个", period: ""},
		{name: "level after a change", published: dec,
			text:   "2021年，审批环节从9个压缩到4个。",
			figure: "4个", period: "2021"},
		// A duration with no printed start dates nothing.
		{name: "duration", published: D(2021, time.July, 1),
			text:   "一季度，全区经济平稳运行。\n48小时内3家企业完成注册。",
			figure: "3家", period: ""},
		// The 14th five-year plan is 2021–2025.
		{name: "十四五", published: D(2020, time.October, 9),
			text:   "2019年，全区数字经济规模达到900亿元，力争“十四五”期间，全区数字经济规模突破3000亿元。",
			figure: "突破3000亿元", period: "2021-01-01/2025-12-31", status: "target", checkStat: true},
		// A year at the head of a count's noun dates the count.
		{name: "year at the head of the noun", published: D(2021, time.February, 20),
			text:   "2月18日，市政府公布15项2021年民生实事。",
			figure: "15项", period: "2021"},
		// A run of N months ends with the period reported.
		{name: "run of months", published: may,
			text:   "一季度，全市出口增长12.0%，连续15个月保持增长。",
			figure: "15个月", period: "2020-01-01/2021-03-31"},
		// A flow completed by a cutoff cumulates from January; a stock at
		// the cutoff is an instant.
		{name: "cutoff flow", published: may,
			text:   "截至4月末，全市120个重点项目已开工98个，完成投资310.5亿元。",
			figure: "310.5亿元", period: "2021-01-01/2021-04-30"},
		{name: "cutoff stock", published: may,
			text:   "截至4月末，全市120个重点项目已开工98个，完成投资310.5亿元。",
			figure: "98个", period: "2021-04-30"},
		// A cutoff dates its own sentence only.
		{name: "cutoff of another sentence", published: dec,
			text:   "截至2021年9月底，园区入驻企业120家。这些企业的贷款利率比普通贷款低约1.5个百分点。",
			figure: "约1.5个百分点", period: ""},
		// A span from a start dates its own sentence only.
		{name: "从 of another sentence", published: may,
			text:   "从3月份开工以来，工地累计到岗600余人。项目总建筑面积约12万平方米。",
			figure: "约12万平方米", period: ""},
		// 今年以来 of an earlier paragraph does not make a stock of a
		// later count.
		{name: "今年以来 of an earlier paragraph", published: D(2021, time.November, 30),
			text:   "今年以来，全区签约项目42个。\n工作人员先后走访企业80余家。",
			figure: "80余家", period: ""},
		// A report's dateline dates the counts it reports.
		{name: "dateline", published: D(2021, time.November, 30),
			text:   "□记者 王明 报道\n\n本报济南讯 11月25日，全市启动惠企活动。\n\n今年以来，市场主体增长显著，达到18万户。\n\n活动礼包内含5张服务卡片。",
			figure: "5张", period: "2021-11-25"},
		// A share takes no period of another sentence.
		{name: "share of another sentence", published: may,
			text:   "一季度，全区进出口增长20.1%。数字经济占比超过40%。",
			figure: "超过40%", period: ""},
		// A plan's deadline dates the plan only: the count after it
		// stands as at the page's date.
		{name: "deadline of another sentence", published: may,
			text:   "医院二期工程年内投入使用。此外还引进人才团队18个。",
			figure: "18个", period: "2021-05-20"},
		// A plan keeps the period it was set for, carried from an
		// earlier paragraph; a year that has ended is no plan's.
		{name: "plan keeps its year", published: D(2021, time.March, 10),
			text:   "2021年，全区工作方向明确。\n着力打造五大产业集群。",
			figure: "五大", period: "2021", status: "target", checkStat: true},
		{name: "no plan for a past year", published: D(2021, time.March, 10),
			text:   "2020年，全区生物医药企业达到500家。\n下一步，着力打造三大产业平台。",
			figure: "三大", period: "", status: "target", checkStat: true},
		// The figure is itself a deadline.
		{name: "deadline figure", published: may,
			text:   "确保10月底前新馆开工建设。",
			figure: "10月底前", period: "2021-10-31", status: "target", checkStat: true},
		// 今年9月 is of the page's year even when it is still ahead.
		{name: "今年 ahead", published: may,
			text:   "今年9月，新馆接待游客3000人次。",
			figure: "3000人次", period: "2021-09"},
		// 提前N天完成全年: the year in progress, and the flow to N days
		// before its end.
		{name: "提前N天, the days", published: D(2021, time.December, 28),
			text:   "近日，全市一般公共预算收入完成850.2亿元，提前10天完成全年收入预期。",
			figure: "10天", period: "2021"},
		{name: "提前N天, the flow", published: D(2021, time.December, 28),
			text:   "近日，全市一般公共预算收入完成850.2亿元，提前10天完成全年收入预期。",
			figure: "850.2亿元", period: "2021-01-01/2021-12-21"},
		// A figure printed again is the same fact, with the period of its
		// first print; the figures after it in its sentence follow it.
		{name: "printed again", published: dec,
			text:   "1-10月，全区实际使用外资5678万美元。\n\n全区推动10家外资项目落地，实际使用外资5678万美元，完成全年任务的120.5%。",
			figure: "120.5%", period: "2021-01-01/2021-10-31"},
	})
}

// TestDraftStatusRules checks the status rules on sentences written for
// them: 计划 and 规划 as nouns plan nothing, a clause that says the work is
// done is observed, what a plan sets is a target, and so is a goal's
// slogan.
func TestDraftStatusRules(t *testing.T) {
	may := D(2021, time.May, 20)
	checkDraftRules(t, []draftRule{
		{name: "计划 names a programme", published: may,
			text:   "2021年，全区深入实施“英才汇聚”计划，引进博士120名。",
			figure: "120名", period: "2021", checkStat: true},
		{name: "规划 names a document", published: may,
			text:   "目前，起步区编制了2个总体规划、9个专项规划。",
			figure: "9个", period: "2021-05-20", checkStat: true},
		{name: "a plan's total is a target", published: may,
			text:   "目前，该园区规划总投资500亿元，已完成投资180亿元。",
			figure: "500亿元", period: "2021-05-20", status: "target", checkStat: true},
		{name: "done work is observed", published: may,
			text:   "目前，该园区规划总投资500亿元，已完成投资180亿元。",
			figure: "180亿元", period: "2021-05-20", checkStat: true},
		{name: "what a plan sets", published: may,
			text:   "2021年初，全区印发实施方案，确定6个方面40项重点任务。",
			figure: "40项", period: "2021-Q1", status: "target", checkStat: true},
	})
}

// TestDraftGoalSlogan: a figure inside a quoted slogan followed by 目标 names
// a goal; an age (“而立之年”) is no campaign year.
func TestDraftGoalSlogan(t *testing.T) {
	checkDraftRules(t, []draftRule{
		{name: "slogan of a goal", published: D(2021, time.May, 20),
			text:   "全区上下推进“两年见成效”目标任务。",
			figure: "两年", period: "", status: "target", checkStat: true},
		{name: "an age is no campaign", published: D(2021, time.May, 20),
			text:   "已近“而立之年”的高新区持续发展。\n园区集聚企业300余家。",
			figure: "300余家", period: ""}, // a campaign would make it "2021"
	})
}
