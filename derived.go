package jinan

import (
	"iter"

	"github.com/jinanfacts/jinan/internal/data"
)

// Derived returns every fact the catalogue's relations imply, made on
// first use: the growth of each gap's benchmark, the earlier growth behind
// each change, the whole behind each share (or the part, for a share of
// another indicator's printed level), the target behind each
// completion rate, last year's level behind each nominal growth rate, the
// percentile of each rank among a printed number of peers, each target a
// later source reports met or missed, the discrete flow between cumulative
// levels, a part's contribution to its whole's growth, the unit value
// behind a value's and a volume's growth, last year's stock behind this
// year's and its additions, and the earlier levels that wording such as
// 迈入千亿元时代 bounds. Each is marked Derived, lists its Inputs, carries the
// Interval its inputs' printed precision allows and states its Formula.
// Facts whose derivation is refused (a base from a comparable-price growth
// rate) are absent; Audit reports them.
func (c Catalogue) Derived() iter.Seq[Fact] { return c.derivedSet().all() }

// derive applies every rule to every fact it fits; the derived facts keep
// the order of their first inputs.
func (c Catalogue) derive() []fact {
	read := c.readSet().all_
	facts := make([]Fact, len(read))
	for i, f := range read {
		facts[i] = Fact{f}
	}
	return c.deriveFrom(facts)
}

// deriveFrom applies every rule to each of facts it fits.
func (c Catalogue) deriveFrom(facts []Fact) []fact {
	var out []fact
	add := func(f Fact, err error) {
		if err == nil {
			out = append(out, *f.f)
		}
	}
	// Each rule is tried where its cheapest condition holds, so that the
	// refusals, which are most of the tries, cost nothing.
	stocks, values, thresholds := relationIndicators()
	for _, f := range facts {
		switch f.Measure() {
		case Gap:
			add(c.GrowthVersus(f))
		case Change:
			add(c.EarlierGrowth(f))
		case Share:
			if f.get().shareOf.IsValid() {
				add(c.PartFromShare(f))
			} else {
				add(c.WholeFromShare(f))
				add(c.Contribution(f))
			}
		case Completion:
			add(c.TargetFromCompletion(f))
		case Rank:
			add(c.RankPercentile(f))
		case Growth:
			if values[f.Indicator().ID()] {
				add(c.UnitValueGrowth(f))
			}
		case Level:
			if f.Status() == Planned {
				add(c.TargetMet(f))
				break
			}
			if _, ok := c.partner(f, Growth); ok && f.Indicator().Pricing() != Comparable {
				add(c.PriorLevel(f))
			}
			if cumulative(f.Period()) {
				add(c.DiscreteFlow(f))
			}
			if stocks[f.Indicator().ID()] {
				add(c.PriorStock(f))
			}
		}
		if thresholds[f.ID()] {
			add(c.ThresholdBound(f))
		}
	}
	return out
}

// relationIndicators returns the stocks, values and threshold facts that
// the relation rules apply to, by ID.
func relationIndicators() (stocks, values, thresholds map[string]bool) {
	stocks, values, thresholds = map[string]bool{}, map[string]bool{}, map[string]bool{}
	for _, r := range data.StockFlows {
		stocks[r.Stock] = true
	}
	for _, u := range data.UnitValues {
		values[u.Value] = true
	}
	for _, th := range data.Thresholds {
		thresholds[th.Fact] = true
	}
	return stocks, values, thresholds
}
