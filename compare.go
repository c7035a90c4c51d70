package jinan

import (
	"fmt"
	"strings"
)

// Comparison is a subject's figure beside its benchmarks' for one
// indicator and period: Jinan's foreign trade grew 20.7% in the first
// quarter of 2020, 24.3 percentage points faster than Shandong's, which
// therefore grew −3.6% (in [−3.7, −3.5]), and the growth ranked first among
// Shandong's cities. Every number is a Fact, read or derived, with its
// lineage and interval.
type Comparison struct {
	Subject   Subject
	Indicator Indicator
	Period    Period
	// Level is the subject's level over the period, printed or derived
	// (Jinan's Q1 2020 trade from the High-tech Zone's share of it), or the
	// zero Fact.
	Level Fact
	// Growth is the subject's growth over the period, printed or derived,
	// or the zero Fact.
	Growth Fact
	// Benchmarks are the subjects the growth is measured against, in the
	// order the catalogue holds the gaps.
	Benchmarks []Benchmark
	// Ranks are the subject's ranks among peers over the period: of the
	// level or of its growth, as each fact's ID and note say.
	Ranks []Fact
}

// Benchmark is one benchmark of a Comparison: the printed gap and the
// benchmark's growth, printed where the seeds print it, else derived from
// the gap (GrowthVersus).
type Benchmark struct {
	Subject Subject // Shandong, China, the city's industry above designated size …
	Gap     Fact    // the gap in percentage points, as printed
	Growth  Fact    // the benchmark's growth, printed or derived
}

// Compare returns the comparison of subject's indicator over period p with
// every benchmark the catalogue measures it against: the headline query
// "growth versus the province", c.Compare(jinan.Jinan, jinan.Trade,
// jinan.QuarterOf(2020, 1)). The period must be one the facts are printed
// for (一季度 is QuarterOf(2020, 1)); a comparison with no fact at all is
// an error wrapping ErrNotFound.
func (c Catalogue) Compare(subject Subject, indicator Indicator, p Period) (Comparison, error) {
	cmp := Comparison{Subject: subject, Indicator: indicator, Period: p}
	key := Key{Subject: subject, Indicator: indicator, Period: p, Status: Observed}
	key.Measure = Level
	cmp.Level, _ = c.readOrDerived(key)
	key.Measure = Growth
	cmp.Growth, _ = c.readOrDerived(key)
	for f := range c.Query(Query{Subject: subject, Indicator: indicator, Status: Observed, During: p, Origin: FromSeed}) {
		if f.Period() != p {
			continue
		}
		switch f.Measure() {
		case Gap:
			b := Benchmark{Subject: f.Benchmark(), Gap: f}
			own := Key{Subject: f.Benchmark(), Indicator: indicator, Measure: Growth, Period: p, Status: Observed}
			if g, ok := c.readOrDerived(own); ok {
				b.Growth = g
			} else if g, err := c.GrowthVersus(f); err == nil {
				b.Growth = g
			}
			cmp.Benchmarks = append(cmp.Benchmarks, b)
		case Rank:
			cmp.Ranks = append(cmp.Ranks, f)
		}
	}
	if !cmp.Level.IsValid() && !cmp.Growth.IsValid() && len(cmp.Benchmarks) == 0 && len(cmp.Ranks) == 0 {
		return Comparison{}, fmt.Errorf("jinan: compare %s's %s over %s: no fact: %w", subject, indicator, p, ErrNotFound)
	}
	return cmp, nil
}

// String writes the comparison, one line a figure, with each derived
// figure's interval:
//
//	jinan trade 2020-Q1: level 约280.9亿元 …, growth 20.7%
//	  shandong: growth -3.6% in [-3.7, -3.5] (gap 24.3个百分点)
//	  rank: 第1 (jinan.trade.rank-growth-shandong-cities.2020-q1)
func (cmp Comparison) String() string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s %s %s:", cmp.Subject, cmp.Indicator, cmp.Period)
	if cmp.Level.IsValid() {
		fmt.Fprintf(&b, " level %s", cmp.Level.Quantity())
	}
	if cmp.Growth.IsValid() {
		fmt.Fprintf(&b, " growth %s", cmp.Growth.Quantity())
	}
	for _, bm := range cmp.Benchmarks {
		fmt.Fprintf(&b, "\n  %s: growth ", bm.Subject)
		if g := bm.Growth; g.IsValid() {
			b.WriteString(g.Quantity().String())
			if g.Derived() {
				fmt.Fprintf(&b, " in %s, derived", g.Interval())
			}
		} else {
			b.WriteString("unknown")
		}
		fmt.Fprintf(&b, " (gap %s)", bm.Gap.Quantity())
	}
	for _, r := range cmp.Ranks {
		fmt.Fprintf(&b, "\n  rank among %s: %s (%s)", r.Benchmark(), r.Quantity(), r.ID())
	}
	return b.String()
}

// readOrDerived returns the first fact with key k read from the seeds, or
// else derived.
func (c Catalogue) readOrDerived(k Key) (Fact, bool) {
	if f, ok := c.byKey(k); ok {
		return f, true
	}
	if f, ok := c.derivedSet().byKey[k]; ok {
		return Fact{f}, true
	}
	return Fact{}, false
}
