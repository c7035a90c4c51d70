package jinan

import (
	"testing"

	"github.com/shopspring/decimal"
)

// TestFactsInWords checks the facts of issue #16, the figures the seeds
// print in words, against the values read from the pages: each comment
// quotes the seed, and the counter is the word after the numeral.
func TestFactsInWords(t *testing.T) {
	const obs, plan = "observed", "target"
	count := func(v, counter string) factView {
		return factView{Value: v, Unit: "count", Counter: counter, Bound: "exact", Measure: "level", Status: obs, Sources: 1}
	}
	with := func(v factView, period, label, status string, sources int) factView {
		v.Period, v.Label, v.Status, v.Sources = period, label, status, sources
		return v
	}
	tests := []struct {
		id, file string
		want     factView
	}{
		// 000: 确保9月底前中国算谷产业园开工建设, printed in the lead and the body.
		{"china-computing-valley-park.construction-start.level.2020-09-30", file000,
			factView{Value: "9", Unit: "month-end", Bound: "at_most", Measure: "level", Period: "2020-09-30", Label: "9月底前", Status: plan, Sources: 2}},
		// 信息技术、高端装备、生物制药三大核心产业 (三 is 3).
		{"jinan-hitech-zone.core-industries.level-planned.2020", file000, with(count("3", "大"), "2020", "重点工作攻坚年", plan, 1)},
		// 人工智能、产业金融、医疗健康、文化产业、信息技术等五大主导产业.
		{"ftz-jinan-area.leading-industries.level-planned.undated", file000, with(count("5", "大"), "", "", plan, 1)},
		// 依托这两支专业力量 (两 is 2); 今后将继续与两支专业力量.
		{"jinan-geological-rescue-team.professional-partner-teams.level.2020-04-24", file000, with(count("2", "支"), "2020-04-24", "4月24日", obs, 2)},
		// 从六个方面简谈; 韩伟从六个方面逐一解读.
		{"tianqiao.plan-aspects.level.2020", file000, with(count("6", "个"), "2020", "重点工作攻坚年", plan, 2)},
		// 全力打好“九大攻坚”.
		{"tianqiao.tackling-campaigns.level.2020", file000, with(count("9", "大"), "2020", "重点工作攻坚年", plan, 1)},
		// 四大电商产业园.
		{"tianqiao.ecommerce-parks.level.2020", file000, with(count("4", "大"), "2020", "重点工作攻坚年", plan, 1)},
		// 001: “三年初见成效”, from the approval of 2018 (今年…第三年): 2018–2020.
		{"jinan.target-horizon.level-initial-results.by-2020", file001,
			factView{Value: "3", Unit: "year", Bound: "exact", Measure: "level", Period: "2018-01-01/2020-12-31", Label: "三年", Status: plan, Sources: 2}},
		// 十大重点产业集群.
		{"jinan.key-industrial-clusters.level.2020-12-31", file001, with(count("10", "大"), "2020-12-31", "", obs, 1)},
		// “五年取得突破”: 2018–2022.
		{"jinan.target-horizon.level-breakthrough.by-2022", file001,
			factView{Value: "5", Unit: "year", Bound: "exact", Measure: "level", Period: "2018-01-01/2022-12-31", Label: "五年", Status: plan, Sources: 1}},
		// 两个月的时间内，两次召开高规格专题会议 (8月13日 and 10月15日).
		{"jinan.special-meetings.level.2020-08-13-to-10-15", file001, with(count("2", "次"), "2020-08-13/2020-10-15", "两个月的时间内", obs, 1)},
		// “三桥一隧”: three bridges and one tunnel.
		{"starting-area-river-crossings.bridges.level.2020-12-31", file001, with(count("3", "桥"), "2020-12-31", "目前", obs, 1)},
		{"starting-area-river-crossings.tunnels.level.2020-12-31", file001, with(count("1", "隧"), "2020-12-31", "目前", obs, 1)},
		// 六大园区加快建设.
		{"starting-area.industrial-parks.level.2020-12-31", file001, with(count("6", "大"), "2020-12-31", "目前", obs, 1)},
		// 五大标志性超高层项目.
		{"financial-center.landmark-skyscrapers.level.2020-12-31", file001, with(count("5", "大"), "2020-12-31", "", obs, 1)},
		// 002: 三大主导行业 (这一年, 2019); 三大平台; 七大产业方向 (2020年); 中国三大核电集团.
		{"jinan-hitech-zone.leading-industries.level.2019", file002, with(count("3", "大"), "2019", "这一年", obs, 1)},
		{"jinan-hitech-zone.health-platforms.level-planned.undated", file002, with(count("3", "大"), "", "", plan, 1)},
		{"jinan-hitech-zone.industry-directions.level-planned.2020", file002, with(count("7", "大"), "2020", "2020年", plan, 1)},
		{"china-nuclear-industry.nuclear-power-groups.level.undated", file002, with(count("3", "大"), "", "", obs, 1)},
		// 一个多亿的不动产登记抵押: more than 1亿, yuan inferred.
		{"runhua-group.mortgage-registered.level.recent", file002,
			factView{Value: "1", Unit: "CNY", Mag: "亿", Bound: "over", Measure: "level", Status: obs, Sources: 1}},
		// 已近“而立之年” (2020年): nearly 30 years.
		{"jinan-hitech-zone.years-since-founding.level.2020", file002,
			factView{Value: "30", Unit: "year", Bound: "nearly", Measure: "level", Period: "2020", Label: "2020年", Status: obs, Sources: 1}},
		// 003: 三大国家战略 (新的一年, 2020); 五大产业发展高地.
		{"jinan.national-strategies.level-three.2020", file003, with(count("3", "大"), "2020", "新的一年", obs, 1)},
		{"shizhong.industrial-highlands.level.2020", file003, with(count("5", "大"), "2020", "2020年", plan, 1)},
		// 004: 不到半小时: under 0.5 hours; 三项工作机制.
		{"lixia.licence-issue-time.level.recent", file004,
			factView{Value: "0.5", Unit: "h", Bound: "under", Measure: "level", Status: obs, Sources: 1}},
		{"jibei-zone.working-mechanisms.level.recent", file004, count("3", "项")},
	}
	c := Default()
	for _, tt := range tests {
		checkFactView(t, c, tt.id, tt.file, tt.want)
	}
	if len(tests) != 25 {
		t.Errorf("%d facts, want the 25 of issue #16", len(tests))
	}
}

// TestFactsInWordsConvert checks the units of issue #16: 不到半小时 is under
// 30 minutes (0.5 × 60, exactly), and 9月底前 is by the end of September,
// in 2020 (000 is of about 2020-04-28).
func TestFactsInWordsConvert(t *testing.T) {
	c := Default()
	f, ok := c.Fact("lixia.licence-issue-time.level.recent")
	if !ok {
		t.Fatal("no 不到半小时")
	}
	minutes, err := ParseUnit("分钟")
	if err != nil || minutes != (Unit{kind: kindMinute}) {
		t.Fatalf("ParseUnit(分钟) = %v, %v", minutes, err)
	}
	m, err := f.Quantity().Convert(minutes)
	if err != nil || !m.Value().Equal(decimal.NewFromInt(30)) || m.Bound() != Under || m.String() != "不到30分钟" {
		t.Errorf("不到半小时 in minutes = %v, %v; want under 30分钟", m, err)
	}
	if h := MustParseQuantity("半小时"); !h.Equal(MustParseQuantity("30分钟")) || !h.Equal(MustParseQuantity("0.5小时")) {
		t.Errorf("半小时 = %v, want 0.5小时 = 30分钟", h)
	}
	d, ok := c.Fact("china-computing-valley-park.construction-start.level.2020-09-30")
	if !ok {
		t.Fatal("no 9月底前")
	}
	inferred, _ := d.YearInferred()
	if got := d.Quantity().String(); got != "9月底前" || d.Period().End().Month() != 9 || d.Period().End().Day() != 30 || !inferred {
		t.Errorf("9月底前 = %s at %v (year inferred %v), want 9月底前 at 2020-09-30, year inferred", got, d.Period(), inferred)
	}
	if _, err := MustParseQuantity("9月底前").Rescale(TenThousand); err == nil {
		t.Error("a deadline took the magnitude 万")
	}
}
