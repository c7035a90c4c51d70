package jinan

import (
	"errors"
	"testing"
)

// TestCompareEveryGap: for every subject, indicator and period with a
// printed gap, Compare finds the subject's growth and each benchmark's,
// and the benchmark's growth is the subject's less the gap.
func TestCompareEveryGap(t *testing.T) {
	c := Default()
	n := 0
	for gap := range c.Query(Query{Measure: Gap, Origin: FromSeed}) {
		n++
		cmp, err := c.Compare(gap.Subject(), gap.Indicator(), gap.Period())
		if err != nil {
			t.Errorf("%s: %v", gap.ID(), err)
			continue
		}
		found := false
		for _, b := range cmp.Benchmarks {
			if b.Gap.ID() != gap.ID() {
				continue
			}
			found = true
			if !b.Growth.IsValid() || b.Subject != gap.Benchmark() {
				t.Errorf("%s: benchmark %s growth %v", gap.ID(), b.Subject, b.Growth)
				continue
			}
			// growth − gap lies in the benchmark's interval.
			want := cmp.Growth.Quantity().Value().Sub(gap.Quantity().Value())
			if !b.Growth.Interval().Contains(want) {
				t.Errorf("%s: %s − %s = %s is outside %s", gap.ID(), cmp.Growth.Quantity(), gap.Quantity(), want, b.Growth.Interval())
			}
		}
		if !found {
			t.Errorf("%s: not among the benchmarks of %v", gap.ID(), cmp)
		}
	}
	// 000: trade, foreign capital and budget revenue vs Shandong, and the
	// two vs the city's industry; 001: trade vs China and Shandong.
	if n != 7 {
		t.Errorf("%d gaps, want 7", n)
	}
	if _, err := (Catalogue{}).Compare(Jinan, Trade, QuarterOf(2020, 1)); !errors.Is(err, ErrNotFound) {
		t.Errorf("Compare on the empty catalogue: %v", err)
	}
	if _, err := c.Compare(Jinan, Trade, QuarterOf(1999, 1)); !errors.Is(err, ErrNotFound) {
		t.Errorf("Compare for 1999: %v", err)
	}
}
