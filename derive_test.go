package jinan

import (
	"errors"
	"slices"
	"testing"
)

// mustSubject returns the subject whose ID is id.
func mustSubject(t *testing.T, id string) Subject {
	t.Helper()
	s, err := ParseSubject(id)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// mustFact returns the catalogue's fact with the given ID.
func mustFact(t *testing.T, id string) Fact {
	t.Helper()
	f, ok := Default().Fact(id)
	if !ok {
		t.Fatalf("no fact %q", id)
	}
	return f
}

// TestDerivations checks each derived value against arithmetic written out
// from the seeds' printed figures.
func TestDerivations(t *testing.T) {
	c := Default()
	tests := []struct {
		name    string
		derive  func(Fact) (Fact, error)
		input   string
		subject Subject
		measure Measure
		want    string // the derived quantity, as String prints it
		period  string
		inputs  []string
	}{
		// 000: 进出口…同比增长20.7%，增速高于全省平均水平24.3个百分点:
		// Shandong grew 20.7 − 24.3 = −3.6%.
		{"shandong trade Q1", c.GrowthVersus, "jinan.trade.gap-shandong.2020-q1", Shandong, Growth, "-3.6%", "2020-Q1",
			[]string{"jinan.trade.gap-shandong.2020-q1", "jinan.trade.growth.2020-q1"}},
		// 000: 实际利用外资…增长5.8%，增速高于全省平均水平4.9个百分点: 5.8 − 4.9 = 0.9%.
		{"shandong foreign capital Q1", c.GrowthVersus, "jinan.foreign-capital.gap-shandong.2020-q1", Shandong, Growth, "0.9%", "2020-Q1", nil},
		// 000: 一般公共预算收入同比增长6.6%，增速高于全省平均水平16.7个百分点: 6.6 − 16.7 = −10.1%.
		{"shandong budget revenue Q1", c.GrowthVersus, "jinan.budget-revenue.gap-shandong.2020-q1", Shandong, Growth, "-10.1%", "2020-Q1", nil},
		// 000: 高技术制造业…增长14.1%…高于全市平均水平16.8个百分点: the city's
		// industry above designated size (the paragraph's 全市平均水平, not the
		// whole economy) grew 14.1 − 16.8 = −2.7%.
		{"jinan industry Q1", c.GrowthVersus, "jinan-hightech-manufacturing.industrial-value-added.gap-jinan-industry.2020-q1", mustSubject(t, "jinan-industry-above-size"), Growth, "-2.7%", "2020-Q1", nil},
		// 001: 进出口总值同比增长32.0%，分别高于全国、全省31.9、28.4个百分点:
		// China 32.0 − 31.9 = 0.1%, Shandong 32.0 − 28.4 = 3.6%.
		{"china trade 2020", c.GrowthVersus, "jinan.trade.gap-china.2020-sofar", China, Growth, "0.1%", "2020-01-01/..2020-12-31", nil},
		{"shandong trade 2020", c.GrowthVersus, "jinan.trade.gap-shandong.2020-sofar", Shandong, Growth, "3.6%", "2020-01-01/..2020-12-31", nil},
		// 000: 进出口…增长20.7%，比前两个月提高11.1个百分点: Jan–Feb 20.7 − 11.1 = 9.6%.
		{"trade Jan-Feb", c.EarlierGrowth, "jinan.trade.change.2020-q1", Jinan, Growth, "9.6%", "2020-01-01/2020-02-29", nil},
		// 000: 一般公共预算收入增长6.6%，比前两个月提高4.3个百分点: 6.6 − 4.3 = 2.3%.
		{"budget revenue Jan-Feb", c.EarlierGrowth, "jinan.budget-revenue.change.2020-q1", Jinan, Growth, "2.3%", "2020-01-01/2020-02-29", nil},
		// 002: 进出口总额完成147.2亿元…占全市进出口总额52.4%: 147.2 / 0.524 =
		// 280.916…, in [147.15/0.5245, 147.25/0.5235] = [280.553, 281.280],
		// 0.727 wide: one decimal, 280.9亿元.
		{"jinan trade Q1 from share", c.WholeFromShare, "jinan-hitech-zone.trade.share-jinan.2020-q1", Jinan, Level, "约280.9亿元", "2020-Q1",
			[]string{"jinan-hitech-zone.trade.share-jinan.2020-q1", "jinan-hitech-zone.trade.level.2020-q1"}},
		// 002: 全年一般公共预算收入实现124.6亿元…税收占一般公共预算收入的比重达到91.5%:
		// 124.6 × 0.915 = 114.009, in [124.55 × 0.9145, 124.65 × 0.9155] =
		// [113.901, 114.117], 0.216 wide: one decimal, 114.0亿元.
		{"hitech zone tax 2019", c.PartFromShare, "jinan-hitech-zone.tax-revenue.share-budget-revenue.2019", HighTechZone, Level, "约114.0亿元", "2019",
			[]string{"jinan-hitech-zone.tax-revenue.share-budget-revenue.2019", "jinan-hitech-zone.budget-revenue.level.2019"}},
		// 004: 实际使用外资9046万美元,占全年任务的139.6%: the task of the year
		// 2021 was 9046 / 1.396 = 6479.94…, in [9045.5/1.3965, 9046.5/1.3955]
		// = [6477.26, 6482.62], 5.36 wide: whole 万, 6480万美元.
		{"tianqiao task", c.TargetFromCompletion, "tianqiao.foreign-capital.completion.2021-ytd-10", Tianqiao, Target, "约6480万美元", "2021", nil},
		// 004: 到位资金124.16亿元…完成率79.59%: 124.16 / 0.7959 = 155.9995…,
		// in [124.155/0.79595, 124.165/0.79585] = [155.984, 156.016], 0.032
		// wide: two decimals, 156.00亿元, the task of 2021.
		{"tianqiao outside funds task", c.TargetFromCompletion, "tianqiao.outside-funds.completion.2021-ytd-09", Tianqiao, Target, "约156.00亿元", "2021", nil},
		// 002: 147.2亿元, 同比增长48.1%: Q1 2019 was 147.2 / 1.481 = 99.392…,
		// in [147.15/1.4815, 147.25/1.4805] = [99.325, 99.460], 0.135 wide:
		// one decimal, 99.4亿元.
		{"hitech zone trade Q1 2019", c.PriorLevel, "jinan-hitech-zone.trade.level.2020-q1", HighTechZone, Level, "约99.4亿元", "2019-Q1", nil},
		// 000: 实际利用外资3.8亿美元，同比增长5.8%: 3.8 / 1.058 = 3.5917…, in
		// [3.75/1.0585, 3.85/1.0575] = [3.5428, 3.6407], 0.098 wide: two
		// decimals, 3.59亿美元 (not 3.592: 3.8 has two significant digits).
		{"foreign capital Q1 2019", c.PriorLevel, "jinan.foreign-capital.level.2020-q1", Jinan, Level, "约3.59亿美元", "2019-Q1", nil},
		// 000: 新增进出口实绩企业230家…同比增长30%: the only whole number n with
		// 230/n − 1 in [29.5%, 30.5%] is 177 (230/1.305 = 176.25, 230/1.295 =
		// 177.61; 230/177 = 1.2994, and 176 gives 30.7%, 178 gives 29.2%).
		{"trading enterprises 2019", c.PriorLevel, "jinan.new-trading-enterprises.level.2020-q1", Jinan, Level, "177家", "2019-Q1", nil},
		// 004: 瞪羚企业数达到14家，较去年增长133%: 14/2.335 = 5.996, 14/2.325 =
		// 6.022, so 6家 a year before (6 + 2 provincial + 6 city awards = 14).
		{"gazelles a year before", c.PriorLevel, "jibei-zone.gazelle-enterprises.level.2021-12-27", JibeiZone, Level, "6家", "2020-12-27", nil},
		// 004: 在全省160家省级以上开发区中,位居第27名: 27 / 160 = 0.16875 = 16.875%.
		{"jibei percentile", c.RankPercentile, "jibei-zone.zone-appraisal.rank-shandong-zones.2020", JibeiZone, Percentile, "16.875%", "2020", nil},
		// 000 pledged 确保今年GDP迈过1万亿元门槛; 004 reports 2020年GDP过万亿元: met.
		{"gdp target met", c.TargetMet, "jinan.gdp.level-planned.2020", Jinan, Completion, "100%以上", "2020",
			[]string{"jinan.gdp.level-planned.2020", "jinan.gdp.level.2020"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			in := mustFact(t, tt.input)
			got, err := tt.derive(in)
			if err != nil {
				t.Fatal(err)
			}
			if !got.Derived() || got.Formula() == "" {
				t.Errorf("derived %v, formula %q: want a derived fact with a formula", got.Derived(), got.Formula())
			}
			if got.Subject() != tt.subject || got.Measure() != tt.measure {
				t.Errorf("subject %v measure %v, want %v %v", got.Subject(), got.Measure(), tt.subject, tt.measure)
			}
			if q := got.Quantity().String(); q != tt.want {
				t.Errorf("quantity %s, want %s", q, tt.want)
			}
			if p := got.Period().String(); p != tt.period {
				t.Errorf("period %s, want %s", p, tt.period)
			}
			if tt.inputs != nil && !slices.Equal(got.Inputs(), tt.inputs) {
				t.Errorf("inputs %v, want %v", got.Inputs(), tt.inputs)
			}
			if len(got.Sources()) < len(got.Inputs()) {
				t.Errorf("%d sources for %d inputs: the lineage must reach the seeds", len(got.Sources()), len(got.Inputs()))
			}
		})
	}
}

// TestPriorLevelRefusesComparablePrices: GDP grows at comparable prices, so
// 2027.00亿元 / (1 − 4.4%) is not Q1 2019's GDP.
func TestPriorLevelRefusesComparablePrices(t *testing.T) {
	_, err := Default().PriorLevel(mustFact(t, "jinan.gdp.level.2020-q1"))
	var de *DerivationError
	if !errors.Is(err, ErrComparablePrices) || !errors.As(err, &de) || de.Input != "jinan.gdp.level.2020-q1" {
		t.Errorf("PriorLevel(GDP) error = %v, want a *DerivationError for the GDP fact wrapping ErrComparablePrices", err)
	}
}

func TestDerivationNeedsItsBasis(t *testing.T) {
	c := Default()
	tests := []struct {
		name   string
		derive func(Fact) (Fact, error)
		input  string
	}{
		{"a level is not a gap", c.GrowthVersus, "jinan.gdp.level.2020-q1"},
		{"a growth is not a change", c.EarlierGrowth, "jinan.trade.growth.2020-q1"},
		{"a rank with no group size", c.RankPercentile, "jinan.trade.rank-growth-shandong-cities.2020-q1"},
		{"an observed level is not a target", c.TargetMet, "jinan.gdp.level.2020"},
	}
	for _, tt := range tests {
		if _, err := tt.derive(mustFact(t, tt.input)); !errors.Is(err, ErrNoBasis) {
			t.Errorf("%s: error = %v, want ErrNoBasis", tt.name, err)
		}
	}
}

func TestDerivedAreAllDerivedAndUnique(t *testing.T) {
	c := Default()
	seen := map[string]bool{}
	n := 0
	for f := range c.Derived() {
		n++
		if !f.Derived() || len(f.Inputs()) == 0 || f.Formula() == "" {
			t.Errorf("%s: derived %v, inputs %v, formula %q", f.ID(), f.Derived(), f.Inputs(), f.Formula())
		}
		if seen[f.ID()] {
			t.Errorf("derived ID %s twice", f.ID())
		}
		if g, ok := c.Fact(f.ID()); !ok || !g.Derived() || !g.Equal(f) {
			t.Errorf("Fact(%q) = %v, %v: want the derived fact itself", f.ID(), g, ok)
		}
		for g := range c.All() {
			if g.ID() == f.ID() {
				t.Errorf("derived ID %s clashes with a read fact", f.ID())
			}
		}
		seen[f.ID()] = true
		for _, in := range f.Inputs() {
			if _, ok := c.Fact(in); !ok {
				t.Errorf("%s: input %s is not a fact", f.ID(), in)
			}
		}
	}
	// Gaps give 6, changes 2, shares 1, completions 3, ranks 1, targets 1;
	// the rest are prior levels of nominal indicators.
	if n < 14 {
		t.Errorf("%d derived facts, want at least 14", n)
	}
}
