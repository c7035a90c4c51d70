package jinan

import (
	"errors"
	"testing"
)

// TestZeroCatalogue: the zero Catalogue is a valid empty catalogue. Every
// method returns no facts or an error wrapping a sentinel; none panics.
func TestZeroCatalogue(t *testing.T) {
	var c Catalogue
	if c.Len() != 0 {
		t.Errorf("Len = %d", c.Len())
	}
	if f, ok := c.Fact("jinan.gdp.level.2020-q1"); ok || f.IsValid() {
		t.Error("Fact found a fact in the empty catalogue")
	}
	if f, ok := c.Fact("jinan.trade.gap-shandong.2020-q1/benchmark-growth"); ok || f.IsValid() {
		t.Error("Fact found a derived fact in the empty catalogue")
	}
	for name, seq := range map[string]func(func(Fact) bool){
		"All": c.All(), "Derived": c.Derived(), "Query": c.Query(Query{}), "Query Jinan": c.Query(Query{Subject: Jinan}),
		"Query 2020": c.Query(Query{During: YearOf(2020)}),
	} {
		for f := range seq {
			t.Errorf("%s yields %s", name, f.ID())
		}
	}
	for s := range c.Subjects() {
		t.Errorf("Subjects yields %s", s)
	}
	for i := range c.Indicators() {
		t.Errorf("Indicators yields %s", i)
	}
	if _, err := c.Subject("jinan"); !errors.Is(err, ErrNotFound) {
		t.Errorf("Subject error = %v", err)
	}
	if _, err := c.Indicator("gdp"); !errors.Is(err, ErrNotFound) {
		t.Errorf("Indicator error = %v", err)
	}
	if checks := c.Audit(); len(checks) != 0 {
		t.Errorf("Audit of nothing gives %d checks", len(checks))
	}
	gdp, _ := Default().Fact("jinan.gdp.level.2020-q1")
	if _, err := c.FactFromRecord(gdp.Record()); !errors.Is(err, ErrNotFound) {
		t.Errorf("FactFromRecord error = %v", err)
	}
	gap, _ := Default().Fact("jinan.trade.gap-shandong.2020-q1")
	for name, derive := range map[string]func(Fact) (Fact, error){
		"GrowthVersus": c.GrowthVersus, "EarlierGrowth": c.EarlierGrowth, "WholeFromShare": c.WholeFromShare,
		"PartFromShare": c.PartFromShare, "TargetFromCompletion": c.TargetFromCompletion, "PriorLevel": c.PriorLevel,
		"RankPercentile": c.RankPercentile, "TargetMet": c.TargetMet,
	} {
		for _, in := range []Fact{{}, gap, gdp} {
			if f, err := derive(in); err == nil || f.IsValid() {
				t.Errorf("%s(%s) on the empty catalogue = %v, %v; want an error", name, in.ID(), f, err)
			} else if !errors.Is(err, ErrNoBasis) && !errors.Is(err, ErrComparablePrices) {
				t.Errorf("%s(%s) error %v wraps no sentinel", name, in.ID(), err)
			}
		}
	}
	if sc := c.ScoreExtract(); sc.Facts != 0 {
		t.Errorf("ScoreExtract scored %d facts", sc.Facts)
	}
}

// TestZeroFact: the zero Fact reads as nothing.
func TestZeroFact(t *testing.T) {
	var f Fact
	if f.IsValid() || f.ID() != "" || f.Subject().IsValid() || f.Period().IsValid() || !f.Quantity().IsZero() ||
		f.Sources() != nil || f.String() != "" || f.Derived() || !f.Equal(Fact{}) {
		t.Errorf("the zero Fact is not empty: %+v", f.Record())
	}
	for range f.AllSources() {
		t.Error("the zero Fact has a source")
	}
}
