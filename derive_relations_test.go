package jinan

import (
	"errors"
	"slices"
	"strings"
	"testing"
)

// derivedBy returns the IDs of the derived facts made by rule, sorted.
func derivedBy(rule string) []string {
	var ids []string
	for f := range Default().Derived() {
		if strings.HasSuffix(f.ID(), "/"+rule) {
			ids = append(ids, f.ID())
		}
	}
	slices.Sort(ids)
	return ids
}

// TestRelationRules: each rule between several facts applies to every
// place in the seeds where it can, and only there. The lists are read off
// the seeds by hand; each expected value is arithmetic on printed figures.
func TestRelationRules(t *testing.T) {
	tests := []struct {
		rule  string
		facts map[string]string // input ID → derived quantity
	}{
		{"discrete-flow", map[string]string{
			// 000/001: GDP 2027.00亿元 in Q1 and 7248.40亿元 in January–September 2020:
			// 7248.40 − 2027.00 = 5221.40亿元 in April–September.
			"jinan.gdp.level.2020-ytd-09": "5221.40亿元",
			// 004: 2020年GDP过万亿元, over 10000亿元: 10000 − 7248.40 = over 2751.60亿元 in Q4.
			"jinan.gdp.level.2020": "超过2751.60亿元",
		}},
		{"contribution", map[string]string{
			// 002: 147.2亿元, +48.1%, 52.4% of Jinan's trade; 000: Jinan +20.7%:
			// 0.524 × 1.207 × 0.481 / 1.481 × 100 = 20.541… ≈ 20.54个百分点.
			"jinan-hitech-zone.trade.share-jinan.2020-q1": "约20.54个百分点",
		}},
		{"unit-value-growth", map[string]string{
			// 000: value +20.3%, volume +73.5%: 1.203 / 1.735 − 1 = −30.66…%.
			"qilu-pharma.formulation-exports-us.growth.2020-q1": "-约30.66%",
		}},
		{"prior-stock", map[string]string{
			// 004: 14家 gazelle SMEs now, after 2家 provincial (October) and 6家
			// city (September) awards this year: 14 − 2 − 6 = 6家 at the end of 2020.
			"jibei-zone.gazelle-enterprises.level.2021-12-27": "6家",
		}},
		{"threshold", map[string]string{
			"jinan.budget-revenue.level.2021-to-12-19":                 "不到1000亿元", // 迈入千亿元时代
			"jinan.gdp.level-planned.2020":                             "不到1万亿元",   // 迈过1万亿元门槛
			"jinan-hitech-zone.gdp.level.2019":                         "不到1000亿元", // 实现历史性突破
			"jibei-zone.zone-appraisal.percentile-shandong-zones.2020": "超过20%",    // 首次进入全省前20%
		}},
	}
	for _, tt := range tests {
		var want []string
		for in := range tt.facts {
			want = append(want, in+"/"+tt.rule)
		}
		slices.Sort(want)
		if got := derivedBy(tt.rule); !slices.Equal(got, want) {
			t.Errorf("rule %s derives %v, want %v", tt.rule, got, want)
		}
		for in, q := range tt.facts {
			f, ok := Default().Fact(in + "/" + tt.rule)
			if !ok {
				continue
			}
			if f.Quantity().String() != q {
				t.Errorf("%s: %s, want %s", f.ID(), f.Quantity(), q)
			}
			if !f.Interval().Contains(f.Quantity().Value()) {
				t.Errorf("%s: %s outside %s", f.ID(), f.Quantity(), f.Interval())
			}
		}
	}
}

// TestDiscreteFlowPeriods: the flow covers the days between the two
// cumulative periods.
func TestDiscreteFlowPeriods(t *testing.T) {
	for id, want := range map[string]Period{
		"jinan.gdp.level.2020-ytd-09/discrete-flow": SpanOf(D(2020, 4, 1), D(2020, 9, 30)),
		"jinan.gdp.level.2020/discrete-flow":        QuarterOf(2020, 4),
	} {
		if f := mustFact(t, id); f.Period() != want {
			t.Errorf("%s: period %v, want %v", id, f.Period(), want)
		}
	}
}

// TestDiscreteFlowRefusals: growth rates, stocks at an instant and targets
// do not subtract.
func TestDiscreteFlowRefusals(t *testing.T) {
	c := Default()
	for _, id := range []string{
		"jinan.gdp.growth.2020-ytd-09",                           // a growth rate
		"jinan-municipal-key-projects.projects.level.2020-03-31", // a stock at an instant
		"jinan.gdp.level-planned.2020",                           // a target
		"jinan.gdp.level.2020-q1",                                // no earlier cumulative level
	} {
		if f, err := c.DiscreteFlow(mustFact(t, id)); !errors.Is(err, ErrNoBasis) {
			t.Errorf("DiscreteFlow(%s) = %v, %v; want an error wrapping ErrNoBasis", id, f, err)
		}
	}
}

// TestThresholdSources: a threshold's wording is a source of its bound.
func TestThresholdSources(t *testing.T) {
	f := mustFact(t, "jinan.budget-revenue.level.2021-to-12-19/threshold")
	if src := f.Sources()[0]; src.Quote != "财政收入成功迈入千亿元时代" || src.File != file004 {
		t.Errorf("first source %+v, want the wording in 004", src)
	}
	if f.Period() != YearOf(2020) || f.Status() != Observed {
		t.Errorf("period %v status %v, want an observed bound on 2020", f.Period(), f.Status())
	}
}

// TestTargetVerdicts: a target is met when every value the outcome allows
// reaches it, missed when none does, undecided otherwise. The catalogues
// are synthetic: the seeds hold only the met GDP target.
func TestTargetVerdicts(t *testing.T) {
	plan := fact{id: "t.gdp.level-planned.2020", key: Key{Subject: Jinan, Indicator: GDP, Measure: Level, Period: YearOf(2020), Status: Planned},
		quantity: MustParseQuantity("超过1万亿元")}
	tests := []struct {
		outcome string
		want    string
		err     error
	}{
		{"10140.91亿元", "100%以上", nil}, // [10140.905, 10140.915]亿 ≥ 1万亿
		{"9800亿元", "不到100%", nil},     // [9799.5, 9800.5]亿 < 1万亿
		{"约1万亿元", "", ErrNoBasis},     // [0.5, 1.5]万亿: undecided
	}
	for _, tt := range tests {
		outcome := fact{id: "t.gdp.level.2020", key: plan.key, quantity: MustParseQuantity(tt.outcome)}
		outcome.key.Status = Observed
		c, err := newCatalogue([]fact{plan, outcome})
		if err != nil {
			t.Fatal(err)
		}
		f, err := c.TargetMet(mustFactIn(t, c, plan.id))
		switch {
		case tt.err != nil && !errors.Is(err, tt.err):
			t.Errorf("outcome %s: %v, %v; want %v", tt.outcome, f, err, tt.err)
		case tt.err == nil && (err != nil || f.Quantity().String() != tt.want):
			t.Errorf("outcome %s: %v, %v; want %s", tt.outcome, f.Quantity(), err, tt.want)
		}
	}
}

// mustFactIn returns c's fact with the given ID.
func mustFactIn(t *testing.T, c Catalogue, id string) Fact {
	t.Helper()
	f, ok := c.Fact(id)
	if !ok {
		t.Fatalf("no fact %q", id)
	}
	return f
}
