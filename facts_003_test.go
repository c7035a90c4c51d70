package jinan

import (
	"github.com/jinanfacts/jinan/internal/data"
	"math/big"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
)

// TestFacts003 checks the facts of seed 003 against the page: each expected
// value is read off the seed's text (过去的一年 and 全年 are 2019, inferred
// from a page of early 2020), not off the program.
func TestFacts003(t *testing.T) {
	// past is a fact of 过去的一年; full of 全年; y2019 of a printed 2019年.
	past := func(v factView) factView {
		v.Period, v.Label, v.Inferred, v.Status = "2019", "过去的一年", true, "observed"
		if v.Sources == 0 {
			v.Sources = 1
		}
		return v
	}
	y2019 := func(v factView) factView {
		v.Period, v.Label, v.Status, v.Sources = "2019", "2019年", "observed", 1
		return v
	}
	tests := []struct {
		id   string
		want factView
	}{
		// 银行、保险和证券期货区域总部达70家，实现税收17.7亿元。
		{"shizhong-finance.regional-headquarters.level.2019", past(factView{Value: "70", Unit: "count", Counter: "家",
			Bound: "exact", Measure: "level"})},
		{"shizhong-finance.tax-revenue.level.2019", past(factView{Value: "17.7", Unit: "CNY", Mag: "亿",
			Bound: "exact", Measure: "level"})},
		// 完成增加值增长25%。
		{"shizhong-construction.value-added.growth.2019", past(factView{Value: "25", Unit: "%", Bound: "exact",
			Measure: "growth"})},
		// 新增规模以上服务业企业63家，规上服务业完成营业收入274.8亿元，增长9.2%。
		{"shizhong-above-size-services.new-above-size-enterprises.level.2019", past(factView{Value: "63",
			Unit: "count", Counter: "家", Bound: "exact", Measure: "level"})},
		{"shizhong-above-size-services.operating-revenue.level.2019", past(factView{Value: "274.8", Unit: "CNY",
			Mag: "亿", Bound: "exact", Measure: "level"})},
		{"shizhong-above-size-services.operating-revenue.growth.2019", past(factView{Value: "9.2", Unit: "%",
			Bound: "exact", Measure: "growth"})},
		// 信息通信业…实现税收4.46亿元，增长28.4%。
		{"shizhong-ict.tax-revenue.level.2019", past(factView{Value: "4.46", Unit: "CNY", Mag: "亿", Bound: "exact",
			Measure: "level"})},
		{"shizhong-ict.tax-revenue.growth.2019", past(factView{Value: "28.4", Unit: "%", Bound: "exact",
			Measure: "growth"})},
		// 园区管理基金规模超1600亿元。
		{"new-finance-park.fund-size.level.2019", past(factView{Value: "1600", Unit: "CNY", Mag: "亿", Bound: "over",
			Measure: "level"})},
		// 进驻“线上+线下”企业100余家。
		{"zbj-internet-plus-park.enterprises.level.2019", past(factView{Value: "100", Unit: "count", Counter: "家",
			Bound: "over", Measure: "level"})},
		// 园区载体规模达6.4万平方米。
		{"jinan-innovation-design-park.gross-floor-area.level.2019", past(factView{Value: "6.4", Unit: "m2", Mag: "万",
			Bound: "exact", Measure: "level"})},
		// 高新技术产业产值占规模以上工业总产值比重达90%。
		{"shizhong-high-tech-industry.output-value.share.2019", past(factView{Value: "90", Unit: "%",
			Bound: "exact", Measure: "share"})},
		// 达成交易额超1亿美元。
		{"shizhong.ciie-deals.level.2019", past(factView{Value: "1", Unit: "USD", Mag: "亿", Bound: "over",
			Measure: "level"})},
		// 全年完成进出口41.89亿元，增长12.5%。
		{"shizhong.trade.level.2019", factView{Value: "41.89", Unit: "CNY", Mag: "亿", Bound: "exact",
			Measure: "level", Period: "2019", Label: "全年", Status: "observed", Inferred: true, Sources: 1}},
		{"shizhong.trade.growth.2019", factView{Value: "12.5", Unit: "%", Bound: "exact",
			Measure: "growth", Period: "2019", Label: "全年", Status: "observed", Inferred: true, Sources: 1}},
		// 累计签订房屋征迁协议1654份，征迁面积40.84万平方米。
		{"shizhong-expropriation-projects.expropriation-agreements.level.2019", past(factView{Value: "1654",
			Unit: "count", Counter: "份", Bound: "exact", Measure: "level"})},
		{"shizhong-expropriation-projects.expropriated-area.level.2019", past(factView{Value: "40.84", Unit: "m2",
			Mag: "万", Bound: "exact", Measure: "level"})},
		// 完成供地1579亩，其中出让土地835亩、划拨土地744亩。
		{"shizhong.land-supplied.level.2019", past(factView{Value: "1579", Unit: "mu", Bound: "exact",
			Measure: "level"})},
		{"shizhong.land-transferred.level.2019", past(factView{Value: "835", Unit: "mu", Bound: "exact",
			Measure: "level"})},
		{"shizhong.land-allocated.level.2019", past(factView{Value: "744", Unit: "mu", Bound: "exact",
			Measure: "level"})},
		// 加快推进12个市级重点项目，累计完成投资123.5亿元。
		{"shizhong-city-key-projects.investment.level.2019", past(factView{Value: "123.5", Unit: "CNY", Mag: "亿",
			Bound: "exact", Measure: "level"})},
		// 新增高端楼宇载体20.56万平方米。
		{"shizhong.new-office-floor-area.level.2019", past(factView{Value: "20.56", Unit: "m2", Mag: "万",
			Bound: "exact", Measure: "level"})},
		// 2019年…引进千万元以上项目1134个，认缴资金933亿元，增长28%；其中亿元以上项目174个，认缴资金748亿元，增长38%。
		{"shizhong-projects-10m-plus.projects.level.2019", y2019(factView{Value: "1134", Unit: "count", Counter: "个",
			Bound: "exact", Measure: "level"})},
		{"shizhong-projects-10m-plus.subscribed-capital.level.2019", y2019(factView{Value: "933", Unit: "CNY",
			Mag: "亿", Bound: "exact", Measure: "level"})},
		{"shizhong-projects-10m-plus.subscribed-capital.growth.2019", y2019(factView{Value: "28", Unit: "%",
			Bound: "exact", Measure: "growth"})},
		{"shizhong-projects-100m-plus.projects.level.2019", y2019(factView{Value: "174", Unit: "count", Counter: "个",
			Bound: "exact", Measure: "level"})},
		{"shizhong-projects-100m-plus.subscribed-capital.level.2019", y2019(factView{Value: "748", Unit: "CNY",
			Mag: "亿", Bound: "exact", Measure: "level"})},
		{"shizhong-projects-100m-plus.subscribed-capital.growth.2019", y2019(factView{Value: "38", Unit: "%",
			Bound: "exact", Measure: "growth"})},
		// 规模100亿元的济南工银新动能基金、资本金45.7亿元的山东省投融资担保集团。
		{"jinan-icbc-new-drivers-fund.fund-size.level.2019", y2019(factView{Value: "100", Unit: "CNY", Mag: "亿",
			Bound: "exact", Measure: "level"})},
		{"shandong-investment-guarantee-group.registered-capital.level.2019", y2019(factView{Value: "45.7",
			Unit: "CNY", Mag: "亿", Bound: "exact", Measure: "level"})},
		// 申报入选2019年泉城“5150”引才倍增计划20人: 5150 is a name.
		{"shizhong.quancheng-5150-talents.level.2019", y2019(factView{Value: "20", Unit: "count", Counter: "人",
			Bound: "exact", Measure: "level"})},
		// 决赛项目20个，成绩位列全市第一。
		{"shizhong.talent-contest-projects-landed.level.2019", past(factView{Value: "20", Unit: "count",
			Counter: "个", Bound: "exact", Measure: "level"})},
		{"shizhong.talent-contest-projects-landed.rank-jinan-districts.2019", past(factView{Value: "1",
			Unit: "rank", Bound: "exact", Measure: "rank", Benchmark: "jinan-districts"})},
		// 赴上海、深圳及日韩开展招商推介7次。
		{"shizhong.investment-promotion-trips.level.2019", past(factView{Value: "7", Unit: "count", Counter: "次",
			Bound: "exact", Measure: "level"})},
		// 对7个方面进行全面聚焦 (heading: 7项重点统筹规划): the 2020 plan.
		{"shizhong.plan-aspects.level.2020", factView{Value: "7", Unit: "count", Counter: "个", Bound: "exact",
			Measure: "level", Period: "2020", Label: "2020年", Status: "target", Sources: 2}},
	}
	c := Default()
	for _, tt := range tests {
		f, ok := c.Fact(tt.id)
		if !ok {
			t.Errorf("no fact %q", tt.id)
			continue
		}
		if diff := cmp.Diff(tt.want, viewOf(f), cmpopts.IgnoreFields(factView{}, "High", "Den", "RankOf")); diff != "" {
			t.Errorf("%s (-want +got):\n%s", tt.id, diff)
		}
		if got := f.Sources()[0].File; got != file003 {
			t.Errorf("%s: first source in %s, want %s", tt.id, got, file003)
		}
	}
}

// TestFacts003Land checks that the land supplied is the sum of its parts,
// as the page prints them: 835亩 + 744亩 = 1579亩.
func TestFacts003Land(t *testing.T) {
	c := Default()
	get := func(id string) Quantity {
		f, ok := c.Fact(id)
		if !ok {
			t.Fatalf("no fact %q", id)
		}
		return f.Quantity()
	}
	sold := get("shizhong.land-transferred.level.2019")
	allocated := get("shizhong.land-allocated.level.2019")
	total := get("shizhong.land-supplied.level.2019")
	sum := new(big.Rat).Add(sold.Rat(), allocated.Rat())
	if sum.Cmp(total.Rat()) != 0 {
		t.Errorf("835亩 + 744亩 = %s m², want 1579亩 = %s m²", sum.FloatString(2), total.Rat().FloatString(2))
	}
}

// TestFacts003Build checks that every entry of seed 003 builds and that
// the seed has the number of facts counted by hand: 54.
func TestFacts003Build(t *testing.T) {
	s := data.Seed003
	if s.File != file003 {
		t.Fatalf("facts003 file = %s, want %s", s.File, file003)
	}
	for i := range s.Entries {
		if _, err := buildEntry(s.File, &s.Entries[i], prepared{}); err != nil {
			t.Error(err)
		}
	}
	const want = 54 + 2 // and 三大, 五大 (issue #16)
	if len(s.Entries) != want {
		t.Errorf("seed 003 has %d entries, want %d", len(s.Entries), want)
	}
	n := 0
	for range Default().Query(Query{Seed: file003, Origin: FromSeed}) {
		n++
	}
	if n != want {
		t.Errorf("Default() has %d facts citing seed 003, want %d", n, want)
	}
}
