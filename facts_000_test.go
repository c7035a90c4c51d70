package jinan

import (
	"github.com/jinanfacts/jinan/internal/data"
	"testing"
)

// TestFacts000 checks the headline facts of seed 000 against values read
// from the page itself.
func TestFacts000(t *testing.T) {
	const obs, plan = "observed", "target"
	tests := []struct {
		id   string
		want factView
	}{
		// 一季度济南市生产总值为2027.00亿元，同比下降4.4%
		{"jinan.gdp.level.2020-q1", factView{Value: "2027.00", Unit: "CNY", Mag: "亿", Bound: "exact", Measure: "level", Period: "2020-Q1", Label: "一季度", Status: obs, Sources: 1}},
		{"jinan.gdp.growth.2020-q1", factView{Value: "-4.4", Unit: "%", Bound: "exact", Measure: "growth", Period: "2020-Q1", Label: "一季度", Status: obs, Sources: 1}},
		// 进出口…同比增长20.7%，比前两个月提高11.1个百分点; printed twice
		{"jinan.trade.growth.2020-q1", factView{Value: "20.7", Unit: "%", Bound: "exact", Measure: "growth", Period: "2020-Q1", Label: "一季度", Status: obs, Sources: 2}},
		{"jinan.trade.change.2020-q1", factView{Value: "11.1", Unit: "pp", Bound: "exact", Measure: "change", Period: "2020-Q1", Label: "一季度", Status: obs, Sources: 1}},
		{"jinan.trade.gap-shandong.2020-q1", factView{Value: "24.3", Unit: "pp", Bound: "exact", Measure: "gap", Period: "2020-Q1", Label: "一季度", Status: obs, Benchmark: "shandong", Sources: 1}},
		// 一般公共预算收入和进出口总额增速居全省第一; 增幅居全省第一位
		{"jinan.trade.rank-growth-shandong-cities.2020-q1", factView{Value: "1", Unit: "rank", Bound: "exact", Measure: "rank", Period: "2020-Q1", Label: "一季度", Status: obs, Benchmark: "shandong-cities", Sources: 2}},
		{"jinan.budget-revenue.rank-growth-shandong-cities.2020-q1", factView{Value: "1", Unit: "rank", Bound: "exact", Measure: "rank", Period: "2020-Q1", Label: "一季度", Status: obs, Benchmark: "shandong-cities", Sources: 3}},
		// 1-3月份一般公共预算收入增长6.6%，比前两个月提高4.3个百分点; …16.7个百分点，居省内城市和副省级城市首位
		{"jinan.budget-revenue.growth.2020-q1", factView{Value: "6.6", Unit: "%", Bound: "exact", Measure: "growth", Period: "2020-Q1", Label: "1-3月份", Status: obs, Sources: 2}},
		{"jinan.budget-revenue.change.2020-q1", factView{Value: "4.3", Unit: "pp", Bound: "exact", Measure: "change", Period: "2020-Q1", Label: "1-3月份", Status: obs, Sources: 1}},
		{"jinan.budget-revenue.gap-shandong.2020-q1", factView{Value: "16.7", Unit: "pp", Bound: "exact", Measure: "gap", Period: "2020-Q1", Label: "一季度", Status: obs, Benchmark: "shandong", Sources: 1}},
		{"jinan.budget-revenue.rank-growth-sub-provincial-cities.2020-q1", factView{Value: "1", Unit: "rank", Counter: "位", Bound: "exact", Measure: "rank", Period: "2020-Q1", Label: "一季度", Status: obs, Benchmark: "sub-provincial-cities", Sources: 2}},
		// 存、贷款余额均继续保持全省第一位
		{"jinan.deposits.rank-shandong-cities.2020-03-31", factView{Value: "1", Unit: "rank", Counter: "位", Bound: "exact", Measure: "rank", Period: "2020-03-31", Status: obs, Benchmark: "shandong-cities", Sources: 1}},
		// 实际利用外资3.8亿美元，同比增长5.8%，增速高于全省平均水平4.9个百分点
		{"jinan.foreign-capital.level.2020-q1", factView{Value: "3.8", Unit: "USD", Mag: "亿", Bound: "exact", Measure: "level", Period: "2020-Q1", Label: "一季度", Status: obs, Sources: 1}},
		{"jinan.foreign-capital.growth.2020-q1", factView{Value: "5.8", Unit: "%", Bound: "exact", Measure: "growth", Period: "2020-Q1", Label: "一季度", Status: obs, Sources: 1}},
		{"jinan.foreign-capital.gap-shandong.2020-q1", factView{Value: "4.9", Unit: "pp", Bound: "exact", Measure: "gap", Period: "2020-Q1", Label: "一季度", Status: obs, Benchmark: "shandong", Sources: 1}},
		// 防疫物资出口逾3000万美元; 16家防疫物资企业出口突破3000万美元
		{"jinan-anti-epidemic-exporters.exports.level.2020-q1", factView{Value: "3000", Unit: "USD", Mag: "万", Bound: "over", Measure: "level", Period: "2020-Q1", Label: "一季度", Status: obs, Sources: 2}},
		{"jinan-anti-epidemic-exporters.enterprises.level.2020-q1", factView{Value: "16", Unit: "count", Counter: "家", Bound: "exact", Measure: "level", Period: "2020-Q1", Label: "一季度", Status: obs, Sources: 1}},
		// 齐鲁制药集团实现出口1.79亿美元; 出口数量达3862万支（粒）; 市场占有率超过50%
		{"qilu-pharma.exports.level.2020-q1", factView{Value: "1.79", Unit: "USD", Mag: "亿", Bound: "exact", Measure: "level", Period: "2020-Q1", Label: "一季度", Status: obs, Sources: 1}},
		{"qilu-pharma.formulation-export-volume-us.level.2020-q1", factView{Value: "3862", Unit: "count", Counter: "支（粒）", Mag: "万", Bound: "exact", Measure: "level", Period: "2020-Q1", Label: "一季度", Status: obs, Sources: 1}},
		{"qilu-pharma.cefepime-us-market-share.share.undated", factView{Value: "50", Unit: "%", Bound: "over", Measure: "share", Status: obs, Sources: 1}},
		// 开展线上招商活动30余次，新签约项目182个，总投资4781.3亿元，…到位资金426.8亿元
		{"jinan.online-investment-events.level.2020-q1", factView{Value: "30", Unit: "count", Counter: "次", Bound: "over", Measure: "level", Period: "2020-Q1", Label: "一季度", Status: obs, Sources: 1}},
		{"jinan.signed-amount.level.2020-q1", factView{Value: "4781.3", Unit: "CNY", Mag: "亿", Bound: "exact", Measure: "level", Period: "2020-Q1", Label: "一季度", Status: obs, Sources: 1}},
		{"jinan.outside-funds.level.2020-q1", factView{Value: "426.8", Unit: "CNY", Mag: "亿", Bound: "exact", Measure: "level", Period: "2020-Q1", Label: "一季度", Status: obs, Sources: 1}},
		// 完成国际邮运吞吐量5053.5吨，开行欧亚班列83列，增长118.4%
		{"jinan.postal-throughput.level.2020-q1", factView{Value: "5053.5", Unit: "t", Bound: "exact", Measure: "level", Period: "2020-Q1", Label: "一季度", Status: obs, Sources: 1}},
		{"jinan.eurasia-freight-trains.level.2020-q1", factView{Value: "83", Unit: "count", Counter: "列", Bound: "exact", Measure: "level", Period: "2020-Q1", Label: "一季度", Status: obs, Sources: 1}},
		{"jinan.eurasia-freight-trains.growth.2020-q1", factView{Value: "118.4", Unit: "%", Bound: "exact", Measure: "growth", Period: "2020-Q1", Label: "一季度", Status: obs, Sources: 1}},
		// 今年确保GDP迈过1万亿元门槛, restated twice as 确保今年迈进“万亿俱乐部”
		{"jinan.gdp.level-planned.2020", factView{Value: "1", Unit: "CNY", Mag: "万亿", Bound: "over", Measure: "level", Period: "2020", Label: "今年", Status: plan, Sources: 3}},
		// 信息传输…增加值138.77亿元，增长16.1%，向上拉动GDP增幅1.1个百分点
		{"jinan-information-services.value-added.level.2020-q1", factView{Value: "138.77", Unit: "CNY", Mag: "亿", Bound: "exact", Measure: "level", Period: "2020-Q1", Label: "一季度", Status: obs, Sources: 1}},
		{"jinan-information-services.value-added.contribution.2020-q1", factView{Value: "1.1", Unit: "pp", Bound: "exact", Measure: "contribution", Period: "2020-Q1", Label: "一季度", Status: obs, Sources: 1}},
		// 高技术制造业…分别增长14.1%、12.3%，高于全市平均水平16.8、20.2个百分点
		{"jinan-hightech-manufacturing.industrial-value-added.growth.2020-q1", factView{Value: "14.1", Unit: "%", Bound: "exact", Measure: "growth", Period: "2020-Q1", Label: "一季度", Status: obs, Sources: 1}},
		{"jinan-hightech-manufacturing.operating-revenue.growth.2020-q1", factView{Value: "12.3", Unit: "%", Bound: "exact", Measure: "growth", Period: "2020-Q1", Label: "一季度", Status: obs, Sources: 1}},
		{"jinan-hightech-manufacturing.industrial-value-added.gap-jinan-industry.2020-q1", factView{Value: "16.8", Unit: "pp", Bound: "exact", Measure: "gap", Period: "2020-Q1", Label: "一季度", Status: obs, Benchmark: "jinan-industry-above-size", Sources: 1}},
		{"jinan-hightech-manufacturing.operating-revenue.gap-jinan-industry.2020-q1", factView{Value: "20.2", Unit: "pp", Bound: "exact", Measure: "gap", Period: "2020-Q1", Label: "一季度", Status: obs, Benchmark: "jinan-industry-above-size", Sources: 1}},
		// 分别由1-2月的下降24.8%、17.8%，转为增长31.1%、5.2%
		{"jinan-computer-communication-manufacturing.industrial-value-added.growth.2020-ytd-02", factView{Value: "-24.8", Unit: "%", Bound: "exact", Measure: "growth", Period: "2020-01-01/2020-02-29", Label: "1-2月", Status: obs, Sources: 1}},
		{"jinan-pharmaceutical-manufacturing.industrial-value-added.growth.2020-ytd-02", factView{Value: "-17.8", Unit: "%", Bound: "exact", Measure: "growth", Period: "2020-01-01/2020-02-29", Label: "1-2月", Status: obs, Sources: 1}},
		{"jinan-computer-communication-manufacturing.industrial-value-added.growth.2020-q1", factView{Value: "31.1", Unit: "%", Bound: "exact", Measure: "growth", Period: "2020-Q1", Label: "一季度", Status: obs, Sources: 1}},
		{"jinan-pharmaceutical-manufacturing.industrial-value-added.growth.2020-q1", factView{Value: "5.2", Unit: "%", Bound: "exact", Measure: "growth", Period: "2020-Q1", Label: "一季度", Status: obs, Sources: 1}},
		// 截至3月末，270个市级重点建设项目已经开工244个，完成投资521.6亿元; 3月份…相当于上年同期的96.2%
		{"jinan-municipal-key-projects.projects.level.2020-03-31", factView{Value: "270", Unit: "count", Counter: "个", Bound: "exact", Measure: "level", Period: "2020-03-31", Label: "截至3月末", Status: obs, Sources: 1}},
		{"jinan-municipal-key-projects.projects-started.level.2020-03-31", factView{Value: "244", Unit: "count", Counter: "个", Bound: "exact", Measure: "level", Period: "2020-03-31", Label: "截至3月末", Status: obs, Sources: 2}},
		{"jinan-municipal-key-projects.investment.level.2020-ytd-03", factView{Value: "521.6", Unit: "CNY", Mag: "亿", Bound: "exact", Measure: "level", Period: "2020-Q1", Label: "截至3月末", Status: obs, Sources: 1}},
		{"jinan-municipal-key-projects.investment.prior-year-ratio.2020-03", factView{Value: "96.2", Unit: "%", Bound: "exact", Measure: "prior_year_ratio", Period: "2020-03", Label: "3月份", Status: obs, Sources: 1}},
		// 已累计到岗2800余人; 在建总建筑面积约为58万平方米
		{"sdfmu-construction-project.site-workers.level.since-2020-02", factView{Value: "2800", Unit: "count", Counter: "人", Bound: "over", Measure: "level", Period: "2020-02-01/2020-04-28", Label: "从2月份复工复产开始", Status: obs, Sources: 1}},
		{"sdfmu-construction-project.gross-floor-area.level.undated", factView{Value: "58", Unit: "m2", Mag: "万", Bound: "about", Measure: "level", Status: obs, Sources: 1}},
		// 力争通过3-5年…; 力争3年内内资本产业达到千亿元级规模
		{"jinan-hitech-zone-computing-power.target-horizon.level.by-2025", factView{Value: "3", High: "5", Unit: "year", Bound: "range", Measure: "level", Period: "2020-04-25/2025-04-25", Label: "3-5年", Status: plan, Sources: 2}},
		// 将济南片区从西向东分为8大板块, printed four times
		{"ftz-jinan-area.industrial-sectors.level.2020-04-28", factView{Value: "8", Unit: "count", Counter: "大", Bound: "exact", Measure: "level", Period: "2020-04-28", Label: "近日", Status: obs, Sources: 4}},
		// 已与22家单位签订战略合作协议，组建40余支…应急救援队伍
		{"jinan-emergency-management-bureau.strategic-partners.level.2020-04-28", factView{Value: "22", Unit: "count", Counter: "家", Bound: "exact", Measure: "level", Period: "2020-04-28", Label: "已", Status: obs, Sources: 1}},
		{"jinan-emergency-management-bureau.rescue-teams.level.2020-04-28", factView{Value: "40", Unit: "count", Counter: "支", Bound: "over", Measure: "level", Period: "2020-04-28", Label: "已", Status: obs, Sources: 1}},
		// 今年以来…市场主体总量达到117万户，同比增长28.24%
		{"jinan.market-entities.level.2020-sofar", factView{Value: "117", Unit: "count", Counter: "户", Mag: "万", Bound: "exact", Measure: "level", Period: "2020-01-01/..2020-04-28", Label: "今年以来", Status: obs, Sources: 1}},
		{"jinan.market-entities.growth.2020-sofar", factView{Value: "28.24", Unit: "%", Bound: "exact", Measure: "growth", Period: "2020-01-01/..2020-04-28", Label: "今年以来", Status: obs, Sources: 1}},
		// 6张卡片; 共6个大类2224条信息
		{"jinan-new-business-pack.service-cards.level.2020-04-26", factView{Value: "6", Unit: "count", Counter: "张", Bound: "exact", Measure: "level", Period: "2020-04-26", Label: "4月26日", Status: obs, Sources: 1}},
		{"jinan-new-business-pack.information-items.level.2020-04-26", factView{Value: "2224", Unit: "count", Counter: "条", Bound: "exact", Measure: "level", Period: "2020-04-26", Label: "4月26日", Status: obs, Sources: 1}},
		// 12项重点攻坚任务, printed twice; 58处专业市场; 总投资1320亿元的138个重点项目
		{"jinan.key-tackling-tasks.level.2020", factView{Value: "12", Unit: "count", Counter: "项", Bound: "exact", Measure: "level", Period: "2020", Label: "重点工作攻坚年", Status: obs, Sources: 2}},
		{"tianqiao.specialised-markets.target.2020", factView{Value: "58", Unit: "count", Counter: "处", Bound: "exact", Measure: "target", Period: "2020", Label: "重点工作攻坚年", Status: plan, Sources: 1}},
		{"tianqiao-key-projects.total-investment.level.2020", factView{Value: "1320", Unit: "CNY", Mag: "亿", Bound: "exact", Measure: "level", Period: "2020", Label: "重点工作攻坚年", Status: obs, Sources: 1}},
		{"tianqiao-key-projects.projects.level.2020", factView{Value: "138", Unit: "count", Counter: "个", Bound: "exact", Measure: "level", Period: "2020", Label: "重点工作攻坚年", Status: obs, Sources: 1}},
	}
	c := Default()
	for _, tt := range tests {
		checkFactView(t, c, tt.id, file000, tt.want)
	}
}

// TestFacts000Relations checks what ties facts of seed 000 to others: the
// earlier period of a change, and inferred years.
func TestFacts000Relations(t *testing.T) {
	c := Default()
	for _, id := range []string{"jinan.trade.change.2020-q1", "jinan.budget-revenue.change.2020-q1"} {
		f, ok := c.Fact(id)
		if !ok {
			t.Fatalf("no fact %q", id)
		}
		// 比前两个月提高: against January–February 2020 (a leap year).
		if got, want := f.Versus().String(), "2020-01-01/2020-02-29"; got != want {
			t.Errorf("%s: versus %s, want %s", id, got, want)
		}
		if inferred, _ := f.YearInferred(); !inferred {
			t.Errorf("%s: the page prints no year for its quarter", id)
		}
	}
	// 20项2020年重点任务 prints its year.
	f, ok := c.Fact("jinan.pledged-key-tasks.level.2020")
	if !ok {
		t.Fatal("no fact jinan.pledged-key-tasks.level.2020")
	}
	if inferred, _ := f.YearInferred(); inferred || f.Quantity().String() != "20项" {
		t.Errorf("20项2020年重点任务: got %v, inferred %v", f.Quantity(), inferred)
	}
}

// TestFacts000Build checks that every entry of seed 000 builds and that
// the seed has the facts counted by hand, reading it figure by figure.
func TestFacts000Build(t *testing.T) {
	s := data.Seed000
	if s.File != file000 {
		t.Fatalf("facts000 is for %s", s.File)
	}
	for i := range s.Entries {
		if _, err := buildEntry(s.File, &s.Entries[i], prepared{}); err != nil {
			t.Error(err)
		}
	}
	// 71 read before issue #16, and 7 of its figures in words: 9月底前, 三大,
	// 五大, 两支, 六个, 九大, 四大.
	if got, want := len(s.Entries), 71+7; got != want {
		t.Errorf("seed 000 has %d facts, want %d", got, want)
	}
}
