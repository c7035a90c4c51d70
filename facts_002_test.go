package jinan

import (
	"github.com/jinanfacts/jinan/internal/data"
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
)

// TestFacts002 checks the facts of seed 002 against the page: each expected
// value is read off the seed's text (and DOMAIN.md's reading of its dates),
// not off the program.
func TestFacts002(t *testing.T) {
	tests := []struct {
		id   string
		want factView
	}{
		// Lead: “四新”经济增加值占比超过50%,数字经济占比 / 超过45%: no period printed.
		{"jinan-hitech-zone-four-new-economy.value-added.share.undated", factView{Value: "50", Unit: "%",
			Bound: "over", Measure: "share", Status: "observed", Sources: 1}},
		{"jinan-hitech-zone-digital-economy.value-added.share.undated", factView{Value: "45", Unit: "%",
			Bound: "over", Measure: "share", Status: "observed", Sources: 1}},
		// 24小时内2家企业通过科创板上市审核.
		{"jinan-hitech-zone.star-market-approvals.level.undated", factView{Value: "2", Unit: "count", Counter: "家",
			Bound: "exact", Measure: "level", Status: "observed", Sources: 1}},
		// 这一年 (2019) … 增长速度实现10.5%,增速列全市第一位,总量实现1150.2亿元.
		{"jinan-hitech-zone.gdp.growth.2019", factView{Value: "10.5", Unit: "%", Bound: "exact",
			Measure: "growth", Period: "2019", Label: "这一年", Status: "observed", Sources: 1}},
		{"jinan-hitech-zone.gdp.rank-growth-jinan-districts.2019", factView{Value: "1", Unit: "rank", Counter: "位",
			Bound: "exact", Measure: "rank", Period: "2019", Label: "这一年", Status: "observed",
			Benchmark: "jinan-districts", Sources: 1}},
		{"jinan-hitech-zone.gdp.level.2019", factView{Value: "1150.2", Unit: "CNY", Mag: "亿", Bound: "exact",
			Measure: "level", Period: "2019", Label: "这一年", Status: "observed", Sources: 1}},
		// 全年工业增加值418.4亿元,同比增长13.1%.
		{"jinan-hitech-zone.industry-value-added.level.2019", factView{Value: "418.4", Unit: "CNY", Mag: "亿",
			Bound: "exact", Measure: "level", Period: "2019", Label: "全年", Status: "observed", Sources: 1}},
		{"jinan-hitech-zone.industry-value-added.growth.2019", factView{Value: "13.1", Unit: "%", Bound: "exact",
			Measure: "growth", Period: "2019", Label: "全年", Status: "observed", Sources: 1}},
		// 全年固定资产投资增长22.9%.
		{"jinan-hitech-zone.fixed-investment.growth.2019", factView{Value: "22.9", Unit: "%", Bound: "exact",
			Measure: "growth", Period: "2019", Label: "全年", Status: "observed", Sources: 1}},
		// 全年一般公共预算收入实现124.6亿元,同比增长8.3%,税收…比重达到91.5%.
		{"jinan-hitech-zone.budget-revenue.level.2019", factView{Value: "124.6", Unit: "CNY", Mag: "亿",
			Bound: "exact", Measure: "level", Period: "2019", Label: "全年", Status: "observed", Sources: 1}},
		{"jinan-hitech-zone.budget-revenue.growth.2019", factView{Value: "8.3", Unit: "%", Bound: "exact",
			Measure: "growth", Period: "2019", Label: "全年", Status: "observed", Sources: 1}},
		{"jinan-hitech-zone.tax-revenue.share-budget-revenue.2019", factView{Value: "91.5", Unit: "%", Bound: "exact",
			Measure: "share", Period: "2019", Label: "全年", Status: "observed", Sources: 1}},
		// 勇夺济南市2019年重点项目建设观摩评议和全省功能区营商环境评价第一名.
		{"jinan-hitech-zone.key-project-review.rank-jinan-districts.2019", factView{Value: "1", Unit: "rank",
			Counter: "名", Bound: "exact", Measure: "rank", Period: "2019", Label: "2019年", Status: "observed",
			Benchmark: "jinan-districts", Sources: 1}},
		{"jinan-hitech-zone.business-environment-appraisal.rank-shandong-zones.2019", factView{Value: "1",
			Unit: "rank", Counter: "名", Bound: "exact", Measure: "rank", Period: "2019", Label: "2019年",
			Status: "observed", Benchmark: "shandong-zones", Sources: 1}},
		// 2020年一季度 … 进出口总额完成147.2亿元,同比增长48.1%,占全市进出口总额52.4%,
		// 拉动全市22.9个百分点,连续38个月保持正增长 (growth and run also in the lead).
		{"jinan-hitech-zone.trade.level.2020-q1", factView{Value: "147.2", Unit: "CNY", Mag: "亿", Bound: "exact",
			Measure: "level", Period: "2020-Q1", Label: "2020年一季度", Status: "observed", Sources: 1}},
		{"jinan-hitech-zone.trade.growth.2020-q1", factView{Value: "48.1", Unit: "%", Bound: "exact",
			Measure: "growth", Period: "2020-Q1", Label: "2020年一季度", Status: "observed", Sources: 2}},
		{"jinan-hitech-zone.trade.share-jinan.2020-q1", factView{Value: "52.4", Unit: "%", Bound: "exact",
			Measure: "share", Period: "2020-Q1", Label: "2020年一季度", Status: "observed", Benchmark: "jinan", Sources: 1}},
		{"jinan-hitech-zone.trade.contribution-jinan.2020-q1", factView{Value: "22.9", Unit: "pp", Bound: "exact",
			Measure: "contribution", Period: "2020-Q1", Label: "2020年一季度", Status: "observed", Benchmark: "jinan", Sources: 1}},
		{"jinan-hitech-zone.trade-growth-run.level.2017-02-2020-03", factView{Value: "38", Unit: "month",
			Bound: "exact", Measure: "level", Period: "2017-02-01/2020-03-31", Label: "连续38个月", Status: "observed",
			Inferred: true, Sources: 2}},
		// 一季度度线上销售额完成274亿元,位列各区县第一.
		{"jinan-hitech-zone.online-sales.level.2020-q1", factView{Value: "274", Unit: "CNY", Mag: "亿", Bound: "exact",
			Measure: "level", Period: "2020-Q1", Label: "一季度", Status: "observed", Sources: 1}},
		{"jinan-hitech-zone.online-sales.rank-jinan-districts.2020-q1", factView{Value: "1", Unit: "rank",
			Bound: "exact", Measure: "rank", Period: "2020-Q1", Label: "一季度", Status: "observed",
			Benchmark: "jinan-districts", Sources: 1}},
		// 2019年高新区生物医药企业总数突破3000家、主营业务收入过千亿元、1类创新药占全省54.8%.
		{"jinan-hitech-zone-biomedicine.enterprises.level.2019", factView{Value: "3000", Unit: "count", Counter: "家",
			Bound: "over", Measure: "level", Period: "2019", Label: "2019年", Status: "observed", Sources: 1}},
		{"jinan-hitech-zone-biomedicine.main-business-revenue.level.2019", factView{Value: "1", Unit: "CNY",
			Mag: "千亿", Bound: "over", Measure: "level", Period: "2019", Label: "2019年", Status: "observed", Sources: 1}},
		{"jinan-hitech-zone-biomedicine.class-1-innovative-drugs.share-shandong.2019", factView{Value: "54.8",
			Unit: "%", Bound: "exact", Measure: "share", Period: "2019", Label: "2019年", Status: "observed", Sources: 1}},
		// 力争“十四五”期间,济南市大健康产业销售收入突破万亿元.
		{"jinan-health-industry.sales-revenue.level.by-2025", factView{Value: "1", Unit: "CNY", Mag: "万亿",
			Bound: "over", Measure: "level", Period: "2021-01-01/2025-12-31", Label: "“十四五”期间", Status: "target",
			Sources: 1}},
		// 浪潮、中国重汽2018年双双实现销售收入过千亿元.
		{"inspur.sales-revenue.level.2018", factView{Value: "1", Unit: "CNY", Mag: "千亿", Bound: "over",
			Measure: "level", Period: "2018", Label: "2018年", Status: "observed", Sources: 1}},
		{"sinotruk.sales-revenue.level.2018", factView{Value: "1", Unit: "CNY", Mag: "千亿", Bound: "over",
			Measure: "level", Period: "2018", Label: "2018年", Status: "observed", Sources: 1}},
		// 集聚大数据和新一代信息技术企业3000余家.
		{"jinan-hitech-zone-big-data-it.enterprises.level.undated", factView{Value: "3000", Unit: "count",
			Counter: "家", Bound: "over", Measure: "level", Status: "observed", Sources: 1}},
		// 力争通过3—5年,建设成全球算力产业新高地: the target 000 prints first
		// (力争通过3-5年，建成全球算力产业新高地, at the meeting of 4月25日), so one
		// fact with both sources.
		{"jinan-hitech-zone-computing-power.target-horizon.level.by-2025", factView{Value: "3", High: "5",
			Unit: "year", Bound: "range", Measure: "level", Period: "2020-04-25/2025-04-25", Label: "3-5年",
			Status: "target", Inferred: true, Sources: 2}},
	}
	c := Default()
	for _, tt := range tests {
		f, ok := c.Fact(tt.id)
		if !ok {
			t.Errorf("no fact %q", tt.id)
			continue
		}
		if diff := cmp.Diff(tt.want, viewOf(f), cmpopts.IgnoreFields(factView{}, "Den", "RankOf")); diff != "" {
			t.Errorf("%s (-want +got):\n%s", tt.id, diff)
		}
		if !slices.ContainsFunc(f.Sources(), func(s Source) bool { return s.File == file002 }) {
			t.Errorf("%s: no source in %s", tt.id, file002)
		}
	}
}

// TestFacts002Build checks that every entry of seed 002 builds and that
// the seed has the number of facts counted by hand: 36 of its own (30, and
// the 6 figures in words of issue #16: 三大 three times, 七大, 一个多亿,
// 而立之年), and 38 with a source in it (two targets that 000 prints first).
func TestFacts002Build(t *testing.T) {
	s := data.Seed002
	if s.File != file002 {
		t.Fatalf("facts002 file = %s, want %s", s.File, file002)
	}
	for i := range s.Entries {
		if _, err := buildEntry(s.File, &s.Entries[i], prepared{}); err != nil {
			t.Error(err)
		}
	}
	const want = 30 + 6 + 2
	if len(s.Entries) != want-2 {
		t.Errorf("seed 002 has %d entries, want %d", len(s.Entries), want-2)
	}
	n := 0
	for range Default().Query(Query{Seed: file002, Origin: FromSeed}) {
		n++
	}
	if n != want {
		t.Errorf("Default() has %d facts citing seed 002, want %d", n, want)
	}
}
