package jinan

import (
	"github.com/jinanfacts/jinan/internal/data"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
)

// TestFacts001 checks the headline facts of seed 001 against the page: each
// expected value is read off the seed's text, not off the program.
func TestFacts001(t *testing.T) {
	const (
		sofar = "2020-01-01/..2020-12-31"
		ytd9  = "2020-01-01/2020-09-30"
		now   = "2020-12-31"
		oct   = "2020-10-31"
	)
	tests := []struct {
		id   string
		want factView
	}{
		// 黄河流域生态保护和高质量发展4个重大国家战略 (今年: 2020).
		{"jinan.national-strategies.level.2020", factView{Value: "4", Unit: "count", Counter: "个", Bound: "exact",
			Measure: "level", Period: "2020", Label: "今年", Status: "observed", Inferred: true, Sources: 1}},
		// 连续3年主要经济指标稳居全省前列.
		{"jinan.years-among-provincial-leaders.level.2018-2020", factView{Value: "3", Unit: "year", Bound: "exact",
			Measure: "level", Period: "2018-01-01/2020-12-31", Label: "连续3年", Status: "observed", Inferred: true, Sources: 1}},
		// 2018年，济南市经济总量跃居全省第二，固定资产投资增幅全省第一.
		{"jinan.gdp.rank-shandong.2018", factView{Value: "2", Unit: "rank", Bound: "exact",
			Measure: "rank", Period: "2018", Label: "2018年", Status: "observed", Benchmark: "shandong-cities", Sources: 1}},
		{"jinan.fixed-investment.rank-growth-shandong.2018", factView{Value: "1", Unit: "rank", Bound: "exact",
			Measure: "rank", Period: "2018", Label: "2018年", Status: "observed", Benchmark: "shandong-cities", Sources: 1}},
		// 综合实力跻身全国20强: rank 20 or better.
		{"jinan.overall-strength.rank-china.2019", factView{Value: "20", Unit: "rank", Counter: "强", Bound: "at_most",
			Measure: "rank", Period: "2019", Label: "2019年", Status: "observed", Benchmark: "chinese-cities", Sources: 1}},
		// 规模以上工业增速列全省和全国主要城市首位.
		{"jinan.industrial-value-added.rank-growth-major-cities.2020-sofar", factView{Value: "1", Unit: "rank", Counter: "位", Bound: "exact",
			Measure: "rank", Period: sofar, Label: "今年以来", Status: "observed", Benchmark: "major-cities", Inferred: true, Sources: 1}},
		// 完成进出口总值同比增长32.0%，分别高于全国、全省31.9、28.4个百分点.
		{"jinan.trade.growth.2020-sofar", factView{Value: "32.0", Unit: "%", Bound: "exact",
			Measure: "growth", Period: sofar, Label: "今年以来", Status: "observed", Inferred: true, Sources: 1}},
		{"jinan.trade.gap-china.2020-sofar", factView{Value: "31.9", Unit: "pp", Bound: "exact",
			Measure: "gap", Period: sofar, Label: "今年以来", Status: "observed", Benchmark: "china", Inferred: true, Sources: 1}},
		{"jinan.trade.gap-shandong.2020-sofar", factView{Value: "28.4", Unit: "pp", Bound: "exact",
			Measure: "gap", Period: sofar, Label: "今年以来", Status: "observed", Benchmark: "shandong", Inferred: true, Sources: 1}},
		// 2019年全市地区生产总值过千亿元区县达到9个。一般公共预算收入过百亿元区县达到4个.
		{"jinan.districts-gdp-over-100bn.level.2019", factView{Value: "9", Unit: "count", Counter: "个", Bound: "exact",
			Measure: "level", Period: "2019", Label: "2019年", Status: "observed", Sources: 1}},
		{"jinan.districts-budget-revenue-over-10bn.level.2019", factView{Value: "4", Unit: "count", Counter: "个", Bound: "exact",
			Measure: "level", Period: "2019", Label: "2019年", Status: "observed", Sources: 1}},
		// 开发区内设机构数量从109个压缩到64个.
		{"jinan-development-zones.internal-bodies.level.before-reform", factView{Value: "109", Unit: "count", Counter: "个", Bound: "exact",
			Measure: "level", Status: "observed", Sources: 1}},
		{"jinan-development-zones.internal-bodies.level.2020", factView{Value: "64", Unit: "count", Counter: "个", Bound: "exact",
			Measure: "level", Period: "2020", Label: "2020年", Status: "observed", Sources: 1}},
		// 14家“中科院”院所, printed twice.
		{"jinan.cas-institutes.level.2020-12-31", factView{Value: "14", Unit: "count", Counter: "家", Bound: "exact",
			Measure: "level", Period: now, Status: "observed", Inferred: true, Sources: 2}},
		// 综合排名跻身国家级高新区第11位.
		{"jinan-hitech-zone.overall-strength.rank-national.2020-12-31", factView{Value: "11", Unit: "rank", Counter: "位", Bound: "exact",
			Measure: "rank", Period: now, Status: "observed", Benchmark: "national-hitech-zones", Inferred: true, Sources: 1}},
		// 世界500强企业12家，中国500强企业21家 … 330余家, printed twice.
		{"financial-center.global-500-firms.level.2020-12-31", factView{Value: "12", Unit: "count", Counter: "家", Bound: "exact",
			Measure: "level", Period: now, Status: "observed", Inferred: true, Sources: 2}},
		{"financial-center.china-500-firms.level.2020-12-31", factView{Value: "21", Unit: "count", Counter: "家", Bound: "exact",
			Measure: "level", Period: now, Status: "observed", Inferred: true, Sources: 2}},
		{"financial-center.financial-institutions.level.2020-12-31", factView{Value: "330", Unit: "count", Counter: "家", Bound: "over",
			Measure: "level", Period: now, Status: "observed", Inferred: true, Sources: 2}},
		// 开行数量占全省近四成: no period.
		{"jinan-eurasia-trains.trains-run.share-shandong.undated", factView{Value: "4", Unit: "tenth", Bound: "nearly",
			Measure: "share", Status: "observed", Sources: 1}},
		// 前三季度，地区生产总值7248.40亿元，同比增长3.1%；规模以上工业增加值增长11.4%.
		{"jinan.gdp.level.2020-ytd-09", factView{Value: "7248.40", Unit: "CNY", Mag: "亿", Bound: "exact",
			Measure: "level", Period: ytd9, Label: "前三季度", Status: "observed", Sources: 1}},
		{"jinan.gdp.growth.2020-ytd-09", factView{Value: "3.1", Unit: "%", Bound: "exact",
			Measure: "growth", Period: ytd9, Label: "前三季度", Status: "observed", Sources: 1}},
		{"jinan.industrial-value-added.growth.2020-ytd-09", factView{Value: "11.4", Unit: "%", Bound: "exact",
			Measure: "growth", Period: ytd9, Label: "前三季度", Status: "observed", Sources: 1}},
		{"jinan.industrial-value-added.rank-growth-shandong.2020-ytd-09", factView{Value: "1", Unit: "rank", Counter: "位", Bound: "exact",
			Measure: "rank", Period: ytd9, Label: "前三季度", Status: "observed", Benchmark: "shandong-cities", Sources: 1}},
		// 中标通知书发放流程办理环节从7个减至3个 (2018年).
		{"jinan.award-notice-steps.level.2018", factView{Value: "3", Unit: "count", Counter: "个", Bound: "exact",
			Measure: "level", Period: "2018", Label: "2018年", Status: "observed", Sources: 1}},
		// 交易时间压缩5日，放宽投标时间15日.
		{"jinan.tender-trading-time.difference.2019", factView{Value: "-5", Unit: "d", Bound: "exact",
			Measure: "difference", Period: "2019", Label: "2019年", Status: "observed", Sources: 1}},
		{"jinan.bidding-time.difference.2019", factView{Value: "15", Unit: "d", Bound: "exact",
			Measure: "difference", Period: "2019", Label: "2019年", Status: "observed", Sources: 1}},
		// 将27个部门的262项行政许可.
		{"jinan-approval-bureau.transferred-permits.level.undated", factView{Value: "262", Unit: "count", Counter: "项", Bound: "exact",
			Measure: "level", Status: "observed", Sources: 1}},
		// 2019年，济南市营商环境评价全省第一.
		{"jinan.business-environment-appraisal.rank-shandong.2019", factView{Value: "1", Unit: "rank", Bound: "exact",
			Measure: "rank", Period: "2019", Label: "2019年", Status: "observed", Benchmark: "shandong-cities", Sources: 1}},
		// 比承诺的5个工作日得多.
		{"jinan-approval-bureau.promised-time-limit.level.2020-06", factView{Value: "5", Unit: "count", Counter: "个工作日", Bound: "exact",
			Measure: "level", Period: "2020-06", Label: "2020年6月", Status: "observed", Sources: 1}},
		// 目前已累计办件量达20万件.
		{"jinan-approval-bureau.cases-handled.level.2020-12-31", factView{Value: "20", Unit: "count", Counter: "件", Mag: "万", Bound: "exact",
			Measure: "level", Period: now, Label: "目前", Status: "observed", Inferred: true, Sources: 1}},
		// 截至2020年10月底 … 1218家，涉及金额282.4亿元.
		{"jinan-financial-counselors.financing-demand.level.2020-10-31", factView{Value: "282.4", Unit: "CNY", Mag: "亿", Bound: "exact",
			Measure: "level", Period: oct, Label: "截至2020年10月底", Status: "observed", Sources: 1}},
		// 为金融机构提供1.5%—5%的财政补贴.
		{"xinyidai-jinan.loan-subsidy-rate.level.2020-12", factView{Value: "1.5", High: "5", Unit: "%", Bound: "range",
			Measure: "level", Period: "2020-12", Label: "2020年12月", Status: "observed", Sources: 1}},
		// 截至2020年10月末 … 42家 … 3.68亿元 … 月均环比增长12%.
		{"xinyidai-jinan.financial-institutions.level.2020-10-31", factView{Value: "42", Unit: "count", Counter: "家", Bound: "exact",
			Measure: "level", Period: oct, Label: "截至2020年10月末", Status: "observed", Sources: 1}},
		{"xinyidai-jinan.loans-granted.level.2020-10-31", factView{Value: "3.68", Unit: "CNY", Mag: "亿", Bound: "exact",
			Measure: "level", Period: oct, Label: "截至2020年10月末", Status: "observed", Sources: 1}},
		{"xinyidai-jinan.financing-demand.sequential-growth.2020-10-31", factView{Value: "12", Unit: "%", Bound: "exact",
			Measure: "sequential_growth", Period: oct, Label: "截至2020年10月末", Status: "observed", Sources: 1}},
		// 利率低于传统金融产品的约2个百分点.
		{"xinyidai-jinan.loan-interest-rate.difference-conventional.undated", factView{Value: "-2", Unit: "pp", Bound: "about",
			Measure: "difference", Status: "observed", Benchmark: "conventional-financial-products", Sources: 1}},
		// 带动社会投资超过200亿元.
		{"shandong-industrial-tech-institute.induced-investment.level.2020-12-31", factView{Value: "200", Unit: "CNY", Mag: "亿", Bound: "over",
			Measure: "level", Period: now, Label: "现已", Status: "observed", Inferred: true, Sources: 1}},
		// 其服务器市场占有率稳居全球前三.
		{"inspur.server-market-share.rank-global.2020-12-31", factView{Value: "3", Unit: "rank", Bound: "at_most",
			Measure: "rank", Period: now, Status: "observed", Benchmark: "global-server-vendors", Inferred: true, Sources: 1}},
		// 2020年8月底 … 占地达45万平方米的森林公园 (a design).
		{"steel-area-forest-park.land-area.level.2020-08-31", factView{Value: "45", Unit: "m2", Mag: "万", Bound: "exact",
			Measure: "level", Period: "2020-08-31", Label: "2020年8月底", Status: "target", Sources: 1}},
		// 建了60年的济钢10万吨钢产能全部退出.
		{"jinan-steel.years-in-operation.level.undated", factView{Value: "60", Unit: "year", Bound: "exact",
			Measure: "level", Status: "observed", Sources: 1}},
		{"jinan-steel.steel-capacity-retired.level.undated", factView{Value: "10", Unit: "t", Mag: "万", Bound: "exact",
			Measure: "level", Status: "observed", Sources: 1}},
		// 主营业务收入达到3600亿元和3400亿元.
		{"jinan-smart-equipment.main-business-revenue.level.undated", factView{Value: "3400", Unit: "CNY", Mag: "亿", Bound: "exact",
			Measure: "level", Status: "observed", Sources: 1}},
		// 企业上云3万家 … 数量均居全省首位.
		{"jinan.cloud-enterprises.level.2020-12-31", factView{Value: "3", Unit: "count", Counter: "家", Mag: "万", Bound: "exact",
			Measure: "level", Period: now, Status: "observed", Inferred: true, Sources: 1}},
		{"jinan.cluster-leaders.rank-shandong.2020-12-31", factView{Value: "1", Unit: "rank", Counter: "位", Bound: "exact",
			Measure: "rank", Period: now, Status: "observed", Benchmark: "shandong-cities", Inferred: true, Sources: 1}},
		// 1至9月 … 营业收入2420.6亿元，同比增长29.8%.
		{"jinan-equipment-manufacturing.operating-revenue.level.2020-ytd-09", factView{Value: "2420.6", Unit: "CNY", Mag: "亿", Bound: "exact",
			Measure: "level", Period: ytd9, Label: "1至9月", Status: "observed", Sources: 1}},
		{"jinan-equipment-manufacturing.operating-revenue.growth.2020-ytd-09", factView{Value: "29.8", Unit: "%", Bound: "exact",
			Measure: "growth", Period: ytd9, Label: "1至9月", Status: "observed", Sources: 1}},
		// 2020年前9个月实现营业收入1025亿元，同比增长20%.
		{"jinan-biomedical-health.operating-revenue.level.2020-ytd-09", factView{Value: "1025", Unit: "CNY", Mag: "亿", Bound: "exact",
			Measure: "level", Period: ytd9, Label: "2020年前9个月", Status: "observed", Sources: 1}},
		{"jinan-biomedical-health.operating-revenue.growth.2020-ytd-09", factView{Value: "20", Unit: "%", Bound: "exact",
			Measure: "growth", Period: ytd9, Label: "2020年前9个月", Status: "observed", Sources: 1}},
		// 到2025年 … 力争达到年均增长20%以上.
		{"jinan-ten-industrial-chains.main-business-revenue.average-growth.by-2025", factView{Value: "20", Unit: "%", Bound: "at_least",
			Measure: "average_growth", Period: "2020-12-31/2025-12-31", Label: "到2025年", Status: "target", Sources: 1}},
		// 规划总投资2000亿元 … 已完成总投资三分之一.
		{"medical-center.total-investment.target.undated", factView{Value: "2000", Unit: "CNY", Mag: "亿", Bound: "exact",
			Measure: "target", Status: "target", Sources: 1}},
		{"medical-center.total-investment.completion.2020-12-31", factView{Value: "1", Unit: "ratio", Bound: "exact", Den: 3,
			Measure: "completion", Period: now, Label: "已", Status: "observed", Inferred: true, Sources: 1}},
		// 占地26.3平方公里的国际金融中心.
		{"financial-center.land-area.level.2020-12-31", factView{Value: "26.3", Unit: "km2", Bound: "exact",
			Measure: "level", Period: now, Status: "observed", Inferred: true, Sources: 1}},
		// 济南康养、生物医药产业规模突破千亿元: over 1 × 10^11 yuan.
		{"jinan-health-care.industry-scale.level.undated", factView{Value: "1", Unit: "CNY", Mag: "千亿", Bound: "over",
			Measure: "level", Status: "observed", Sources: 1}},
		// 山东自贸区119.98平方公里中，有37.99平方公里位于济南.
		{"shandong-ftz.land-area.level.2019-08-26", factView{Value: "119.98", Unit: "km2", Bound: "exact",
			Measure: "level", Period: "2019-08-26", Label: "2019年8月26日", Status: "observed", Sources: 1}},
		{"ftz-jinan-area.land-area.level.2019-08-26", factView{Value: "37.99", Unit: "km2", Bound: "exact",
			Measure: "level", Period: "2019-08-26", Label: "2019年8月26日", Status: "observed", Sources: 1}},
		// 确定7个方面162项具体创新举措.
		{"ftz-jinan-area.innovation-measures.target.2020-q1", factView{Value: "162", Unit: "count", Counter: "项", Bound: "exact",
			Measure: "target", Period: "2020-Q1", Label: "2020年初", Status: "target", Sources: 1}},
		// 80%以上的试点任务已进入实施阶段，40%已落地.
		{"ftz-jinan-area.pilot-tasks.share-under-way.2020-12-31", factView{Value: "80", Unit: "%", Bound: "at_least",
			Measure: "share", Period: now, Status: "observed", Inferred: true, Sources: 1}},
		{"ftz-jinan-area.pilot-tasks.completion.2020-12-31", factView{Value: "40", Unit: "%", Bound: "exact",
			Measure: "completion", Period: now, Status: "observed", Inferred: true, Sources: 1}},
		// 计划引入各类外商品22000余种.
		{"greenland-jinan-global-trade.foreign-goods-kinds.level.2020-05-19", factView{Value: "22000", Unit: "count", Counter: "种", Bound: "over",
			Measure: "level", Period: "2020-05-19", Label: "5月19日", Status: "target", Inferred: true, Sources: 1}},
		// 目前，“齐鲁号”中欧班列15国.
		{"qilu-china-europe-trains.countries-reached.level.2020-12-31", factView{Value: "15", Unit: "count", Counter: "国", Bound: "exact",
			Measure: "level", Period: now, Label: "目前", Status: "observed", Inferred: true, Sources: 1}},
	}
	c := Default()
	for _, tt := range tests {
		f, ok := c.Fact(tt.id)
		if !ok {
			t.Errorf("no fact %q", tt.id)
			continue
		}
		if diff := cmp.Diff(tt.want, viewOf(f), cmpopts.IgnoreFields(factView{}, "RankOf")); diff != "" {
			t.Errorf("fact %q (-want +got):\n%s", tt.id, diff)
		}
	}
}

// TestFacts001Build checks that every entry of seed 001 builds, that the
// seed has the number of facts counted by hand (99, three 突破千亿元
// levels added after the extractor found them, and the 8 figures in words
// of issue #16: 三年, 十大, 五年, 两次, 三桥, 一隧, 六大, 五大), and that
// each is in the default catalogue with its first source in 001.
func TestFacts001Build(t *testing.T) {
	const want = 99 + 3 + 8
	s := data.Seed001
	if got := len(s.Entries); got != want {
		t.Errorf("seed 001 has %d entries, want %d", got, want)
	}
	for i := range s.Entries {
		if _, err := buildEntry(s.File, &s.Entries[i], prepared{}); err != nil {
			t.Error(err)
		}
	}
	n := 0
	for f := range Default().All() {
		if src := f.Sources(); len(src) > 0 && src[0].File == s.File {
			n++
		}
	}
	if n != want {
		t.Errorf("catalogue has %d facts from %s, want %d", n, s.File, want)
	}
}

// TestFacts001Sources checks that the facts printed twice in seed 001 point
// at both prints, in reading order.
func TestFacts001Sources(t *testing.T) {
	tests := []struct {
		id     string
		quotes []string
	}{
		{"jinan.cas-institutes.level.2020-12-31", []string{"14家“中科院”院所相继落户济南", "济南已先后引进14家“中科院”院所"}},
		{"financial-center.financial-institutions.level.2020-12-31", []string{"机构达到330余家，形成产融互促共进良好局面", "金融机构达到330余家，英国BP石油"}},
	}
	for _, tt := range tests {
		f, ok := Default().Fact(tt.id)
		if !ok {
			t.Errorf("no fact %q", tt.id)
			continue
		}
		var got []string
		prev := -1
		for _, s := range f.Sources() {
			got = append(got, s.Quote)
			if s.Start <= prev {
				t.Errorf("fact %q: sources out of reading order", tt.id)
			}
			prev = s.Start
		}
		if diff := cmp.Diff(tt.quotes, got); diff != "" {
			t.Errorf("fact %q sources (-want +got):\n%s", tt.id, diff)
		}
	}
}
