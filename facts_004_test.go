package jinan

import (
	"github.com/jinanfacts/jinan/internal/data"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
)

// TestFacts004 checks every fact of seed 004 against the page: each
// expected value is read off the seed's text, not off the program.
func TestFacts004(t *testing.T) {
	const (
		sofar = "2021-01-01/..2021-12-27"
		ytd10 = "2021-01-01/2021-10-31"
		ytd9  = "2021-01-01/2021-09-30"
		now   = "2021-12-27"
	)
	tests := []struct {
		id   string
		want factView
	}{
		// 济南市一般公共预算收入完成1001.4亿元 … printed twice; 提前12天完成全年收入预期:
		// from January 1 to 12 days before the end of 2021, December 19.
		{"jinan.budget-revenue.level.2021-to-12-19", factView{Value: "1001.4", Unit: "CNY", Mag: "亿", Bound: "exact",
			Measure: "level", Period: "2021-01-01/2021-12-19", Label: "近日", Status: "observed", Sources: 2}},
		// 继2020年GDP过万亿元之后.
		{"jinan.gdp.level.2020", factView{Value: "1", Unit: "CNY", Mag: "万亿", Bound: "over",
			Measure: "level", Period: "2020", Label: "2020年", Status: "observed", Sources: 2}},
		// 提前12天完成全年收入预期.
		{"jinan.budget-revenue-days-early.level.2021", factView{Value: "12", Unit: "d", Bound: "exact",
			Measure: "level", Period: "2021", Label: "全年", Status: "observed", Sources: 2}},
		// 12月4日 … 17家企业现场签约入驻产业园.
		{"jinan-smart-sensor-park.signed-enterprises.level.2021-12-04", factView{Value: "17", Unit: "count", Counter: "家", Bound: "exact",
			Measure: "level", Period: "2021-12-04", Label: "12月4日", Status: "observed", Sources: 1}},
		// 12月22日 … 10个项目成功签约.
		{"licheng.signed-projects.level.2021-12-22", factView{Value: "10", Unit: "count", Counter: "个", Bound: "exact",
			Measure: "level", Period: "2021-12-22", Label: "12月22日", Status: "observed", Sources: 1}},
		// 一个月内 … 两大板块.
		{"licheng.emerging-industry-sectors.level.2021-12-04-2021-12-22", factView{Value: "2", Unit: "count", Counter: "大", Bound: "exact",
			Measure: "level", Period: "2021-12-04/2021-12-22", Label: "一个月内", Status: "observed", Sources: 1}},
		// 8个国家和地区 … 7个品类、130多个品项.
		{"greenland-bonded-showroom.origin-countries.level.2021-12-27", factView{Value: "8", Unit: "count", Counter: "个", Bound: "exact",
			Measure: "level", Period: now, Label: "近日", Status: "observed", Sources: 1}},
		{"greenland-bonded-showroom.product-categories.level.2021-12-27", factView{Value: "7", Unit: "count", Counter: "个", Bound: "exact",
			Measure: "level", Period: now, Label: "近日", Status: "observed", Sources: 1}},
		{"greenland-bonded-showroom.product-items.level.2021-12-27", factView{Value: "130", Unit: "count", Counter: "个", Bound: "over",
			Measure: "level", Period: now, Label: "近日", Status: "observed", Sources: 1}},
		// 今年10月 … 两家企业; 9月 … 6家企业; 截至目前 … 14家, 较去年增长133%.
		{"jibei-zone.provincial-gazelle-awards.level.2021-10", factView{Value: "2", Unit: "count", Counter: "家", Bound: "exact",
			Measure: "level", Period: "2021-10", Label: "今年10月", Status: "observed", Sources: 1}},
		{"jibei-zone.city-gazelle-awards.level.2021-09", factView{Value: "6", Unit: "count", Counter: "家", Bound: "exact",
			Measure: "level", Period: "2021-09", Label: "9月", Status: "observed", Sources: 1}},
		{"jibei-zone.gazelle-enterprises.level.2021-12-27", factView{Value: "14", Unit: "count", Counter: "家", Bound: "exact",
			Measure: "level", Period: now, Label: "截至目前", Status: "observed", Sources: 1}},
		{"jibei-zone.gazelle-enterprises.growth.2021-12-27", factView{Value: "133", Unit: "%", Bound: "exact",
			Measure: "growth", Period: now, Label: "截至目前", Status: "observed", Sources: 1}},
		// 共派出79名服务生和25名指导员: no period.
		{"jibei-zone.service-staff-sent.level.recent", factView{Value: "79", Unit: "count", Counter: "名", Bound: "exact",
			Measure: "level", Status: "observed", Sources: 1}},
		{"jibei-zone.party-instructors-sent.level.recent", factView{Value: "25", Unit: "count", Counter: "名", Bound: "exact",
			Measure: "level", Status: "observed", Sources: 1}},
		{"jibei-zone.expanding-enterprises.level.undated", factView{Value: "20", Unit: "count", Counter: "家", Bound: "over",
			Measure: "level", Status: "observed", Sources: 1}},
		// 1-10月 … 同比增长20.5% … 同比增长7.25%. 实际到位外资12145万美元,同比增长672%.
		{"jibei-zone-industry-above-size.output-value.growth.2021-ytd-10", factView{Value: "20.5", Unit: "%", Bound: "exact",
			Measure: "growth", Period: ytd10, Label: "1-10月", Status: "observed", Sources: 1}},
		{"jibei-zone-services-above-size.operating-revenue.growth.2021-ytd-10", factView{Value: "7.25", Unit: "%", Bound: "exact",
			Measure: "growth", Period: ytd10, Label: "1-10月", Status: "observed", Sources: 1}},
		{"jibei-zone.foreign-capital.level.2021-ytd-10", factView{Value: "12145", Unit: "USD", Mag: "万", Bound: "exact",
			Measure: "level", Period: ytd10, Label: "1-10月", Status: "observed", Sources: 1}},
		{"jibei-zone.foreign-capital.growth.2021-ytd-10", factView{Value: "672", Unit: "%", Bound: "exact",
			Measure: "growth", Period: ytd10, Label: "1-10月", Status: "observed", Sources: 1}},
		// 2020年度 … 全省160家 … 位居第27名,首次进入全省前20%.
		{"jibei-zone.zone-appraisal.rank-shandong-zones.2020", factView{Value: "27", Unit: "rank", Counter: "名", Bound: "exact",
			Measure: "rank", Period: "2020", Label: "2020年度", Status: "observed", Benchmark: "shandong-zones", RankOf: "160家", Sources: 1}},
		// 前20% is a percentile band (at most 20% of the peers rank above), not rank 20.
		{"jibei-zone.zone-appraisal.percentile-shandong-zones.2020", factView{Value: "20", Unit: "%", Bound: "at_most",
			Measure: "percentile", Period: "2020", Label: "2020年度", Status: "observed", Benchmark: "shandong-zones", Sources: 1}},
		// 今年以来 … 49个, 129.46亿元, 91.8%; 30个, 17.15亿元, 6个.
		{"jibei-zone.signed-projects.level.2021-sofar", factView{Value: "49", Unit: "count", Counter: "个", Bound: "exact",
			Measure: "level", Period: sofar, Label: "今年以来", Status: "observed", Sources: 1}},
		{"jibei-zone.signed-amount.level.2021-sofar", factView{Value: "129.46", Unit: "CNY", Mag: "亿", Bound: "exact",
			Measure: "level", Period: sofar, Label: "今年以来", Status: "observed", Sources: 1}},
		{"jibei-zone-manufacturing.signed-projects.share.2021-sofar", factView{Value: "91.8", Unit: "%", Bound: "exact",
			Measure: "share", Period: sofar, Label: "今年以来", Status: "observed", Sources: 1}},
		{"jibei-zone.settled-projects.level.2021-sofar", factView{Value: "30", Unit: "count", Counter: "个", Bound: "exact",
			Measure: "level", Period: sofar, Label: "今年以来", Status: "observed", Sources: 1}},
		{"jibei-zone.settled-signed-amount.level.2021-sofar", factView{Value: "17.15", Unit: "CNY", Mag: "亿", Bound: "exact",
			Measure: "level", Period: sofar, Label: "今年以来", Status: "observed", Sources: 1}},
		{"jibei-zone.projects-over-100m.level.2021-sofar", factView{Value: "6", Unit: "count", Counter: "个", Bound: "exact",
			Measure: "level", Period: sofar, Label: "今年以来", Status: "observed", Sources: 1}},
		// 1-10月,天桥区实际使用外资9046万美元,占全年任务的139.6%,完成率在全市排名第二.
		{"tianqiao.foreign-capital.level.2021-ytd-10", factView{Value: "9046", Unit: "USD", Mag: "万", Bound: "exact",
			Measure: "level", Period: ytd10, Label: "1-10月", Status: "observed", Sources: 2}},
		{"tianqiao.foreign-capital.completion.2021-ytd-10", factView{Value: "139.6", Unit: "%", Bound: "exact",
			Measure: "completion", Period: ytd10, Label: "1-10月", Status: "observed", Sources: 1}},
		{"tianqiao.foreign-capital.rank-completion-jinan-districts.2021-ytd-10", factView{Value: "2", Unit: "rank", Bound: "exact",
			Measure: "rank", Period: ytd10, Label: "1-10月", Status: "observed", Benchmark: "jinan-districts", Sources: 1}},
		// 1-9月份,引进市外投资到位资金124.16亿元,增幅29.20%,完成率79.59%,…排名第五.
		{"tianqiao.outside-funds.level.2021-ytd-09", factView{Value: "124.16", Unit: "CNY", Mag: "亿", Bound: "exact",
			Measure: "level", Period: ytd9, Label: "1-9月份", Status: "observed", Sources: 1}},
		{"tianqiao.outside-funds.growth.2021-ytd-09", factView{Value: "29.20", Unit: "%", Bound: "exact",
			Measure: "growth", Period: ytd9, Label: "1-9月份", Status: "observed", Sources: 1}},
		{"tianqiao.outside-funds.completion.2021-ytd-09", factView{Value: "79.59", Unit: "%", Bound: "exact",
			Measure: "completion", Period: ytd9, Label: "1-9月份", Status: "observed", Sources: 1}},
		{"tianqiao.outside-funds.rank-completion-jinan-districts.2021-ytd-09", factView{Value: "5", Unit: "rank", Bound: "exact",
			Measure: "rank", Period: ytd9, Label: "1-9月份", Status: "observed", Benchmark: "jinan-districts", Sources: 1}},
		// 一天穿梭3个城市,行程2000多公里.
		{"tianqiao-investment-bureau.cities-visited.level.one-day", factView{Value: "3", Unit: "count", Counter: "个", Bound: "exact",
			Measure: "level", Status: "observed", Sources: 1}},
		{"tianqiao-investment-bureau.distance-travelled.level.one-day", factView{Value: "2000", Unit: "km", Bound: "over",
			Measure: "level", Status: "observed", Sources: 1}},
		// 今年以来 … 32个城市更新项目,合同额达904亿元 … 31个项目,合同额达130亿元.
		{"tianqiao.urban-renewal-projects.level.2021-sofar", factView{Value: "32", Unit: "count", Counter: "个", Bound: "exact",
			Measure: "level", Period: sofar, Label: "今年以来", Status: "observed", Sources: 1}},
		{"tianqiao.urban-renewal-contract-value.level.2021-sofar", factView{Value: "904", Unit: "CNY", Mag: "亿", Bound: "exact",
			Measure: "level", Period: sofar, Label: "今年以来", Status: "observed", Sources: 1}},
		{"tianqiao.signed-projects.level.2021-sofar", factView{Value: "31", Unit: "count", Counter: "个", Bound: "exact",
			Measure: "level", Period: sofar, Label: "今年以来", Status: "observed", Sources: 1}},
		{"tianqiao.contract-value.level.2021-sofar", factView{Value: "130", Unit: "CNY", Mag: "亿", Bound: "exact",
			Measure: "level", Period: sofar, Label: "今年以来", Status: "observed", Sources: 1}},
		// 4个方面12项具体措施; 150余家建筑企业; 第九种模式; 10余家.
		{"tianqiao-investment-bureau.plan-aspects.level.undated", factView{Value: "4", Unit: "count", Counter: "个", Bound: "exact",
			Measure: "level", Status: "observed", Sources: 1}},
		{"tianqiao-investment-bureau.plan-measures.level.undated", factView{Value: "12", Unit: "count", Counter: "项", Bound: "exact",
			Measure: "level", Status: "observed", Sources: 1}},
		{"tianqiao-investment-bureau.invited-enterprises.level.undated", factView{Value: "150", Unit: "count", Counter: "家", Bound: "over",
			Measure: "level", Status: "observed", Sources: 1}},
		// 开创出全市实际使用外资的第九种模式: the city has nine modes; no district is ranked.
		{"jinan.foreign-capital-modes.level.undated", factView{Value: "9", Unit: "count", Counter: "种", Bound: "exact",
			Measure: "level", Status: "observed", Sources: 1}},
		{"tianqiao-investment-bureau.merchants-matched.level.undated", factView{Value: "10", Unit: "count", Counter: "家", Bound: "over",
			Measure: "level", Status: "observed", Sources: 1}},
		// 推动17家外资项目落地,合同外资达2.92亿美元,…完成全年任务的139.66%.
		{"tianqiao.foreign-projects-landed.level.undated", factView{Value: "17", Unit: "count", Counter: "家", Bound: "exact",
			Measure: "level", Status: "observed", Sources: 1}},
		{"tianqiao.contracted-foreign-capital.level.undated", factView{Value: "2.92", Unit: "USD", Mag: "亿", Bound: "exact",
			Measure: "level", Status: "observed", Sources: 1}},
		{"tianqiao.foreign-capital.completion-second-print.2021-ytd-10", factView{Value: "139.66", Unit: "%", Bound: "exact",
			Measure: "completion", Period: ytd10, Label: "1-10月", Status: "observed", Sources: 1}},
		// 11月26日 … 近7000平方米; 已经一年有余.
		{"hema-jinan-first-store.floor-area.level.2021-11-26", factView{Value: "7000", Unit: "m2", Bound: "nearly",
			Measure: "level", Period: "2021-11-26", Label: "11月26日", Status: "observed", Sources: 1}},
		{"global-auto-industry.chip-shortage-duration.level.2021-12-27", factView{Value: "1", Unit: "year", Bound: "over",
			Measure: "level", Period: now, Label: "已经", Status: "observed", Sources: 1}},
	}
	c := Default()
	for _, tt := range tests {
		f, ok := c.Fact(tt.id)
		if !ok {
			t.Errorf("no fact %q", tt.id)
			continue
		}
		if diff := cmp.Diff(tt.want, viewOf(f), cmpopts.IgnoreFields(factView{}, "High", "Den", "Inferred")); diff != "" {
			t.Errorf("%s (-want +got):\n%s", tt.id, diff)
		}
	}
}

// TestFacts004Build builds every entry of seed 004 and counts them: 51
// facts, one per figure, the repeated budget paragraph and the reprinted
// 9046万美元 counted once.
func TestFacts004Build(t *testing.T) {
	s := data.Seed004
	for i := range s.Entries {
		if _, err := buildEntry(s.File, &s.Entries[i], prepared{}); err != nil {
			t.Error(err)
		}
	}
	const want = 51 + 2 // and 不到半小时, 三项 (issue #16)
	if got := len(s.Entries); got != want {
		t.Errorf("seed 004 has %d entries, want %d", got, want)
	}
	n := 0
	for range Default().Query(Query{Seed: s.File, Origin: FromSeed}) {
		n++
	}
	if n != want {
		t.Errorf("catalogue has %d facts from %s, want %d", n, s.File, want)
	}
}

// TestFacts004PeriodsInferred checks that the periods of 2021 say their
// year was inferred from the page's date, and that 2020年度 does not.
func TestFacts004PeriodsInferred(t *testing.T) {
	c := Default()
	for id, want := range map[string]bool{
		"jibei-zone.signed-projects.level.2021-sofar":                 true,
		"tianqiao.outside-funds.level.2021-ytd-09":                    true,
		"jibei-zone.zone-appraisal.rank-shandong-zones.2020":          false,
		"jinan.gdp.level.2020":                                        false,
		"jinan-smart-sensor-park.signed-enterprises.level.2021-12-04": true,
	} {
		f, ok := c.Fact(id)
		if !ok {
			t.Errorf("no fact %q", id)
			continue
		}
		if got, _ := f.YearInferred(); got != want {
			t.Errorf("%s: YearInferred = %v, want %v", id, got, want)
		}
	}
}
