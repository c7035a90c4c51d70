package jinan

import (
	"fmt"
	"math/big"

	"github.com/shopspring/decimal"

	"github.com/jinanfacts/jinan/internal/errs"
)

// ErrNoBasis: a derivation lacks the fact it needs, such as the growth rate
// a gap is measured from.
const ErrNoBasis = errs.Sentinel("no fact to derive from")

// DerivationError reports a derivation that was refused: which rule, from
// which fact, and why (ErrComparablePrices, ErrNoBasis, ErrIncompatible).
type DerivationError struct {
	Rule  string // "prior-level", "benchmark-growth" …
	Input string // the ID of the fact derived from
	Err   error
}

// Error says which derivation was refused, from which fact, and why.
func (e *DerivationError) Error() string {
	return fmt.Sprintf("jinan: derive %s from %s: %v", e.Rule, e.Input, e.Err)
}

// Unwrap returns the reason.
func (e *DerivationError) Unwrap() error { return e.Err }

// partner returns the first fact read from the seeds with f's subject,
// indicator, period and status, no benchmark, and measure m.
func (c Catalogue) partner(f Fact, m Measure) (Fact, bool) {
	k := f.Key()
	k.Measure, k.Benchmark = m, 0
	return c.byKey(k)
}

// byKey returns the first fact read from the seeds with key k.
func (c Catalogue) byKey(k Key) (Fact, bool) {
	if l := c.readSet().byKey[k]; len(l) > 0 {
		return Fact{l[0]}, true
	}
	return Fact{}, false
}

// derivedFact makes a derived fact from its inputs: it is marked derived,
// lists their IDs, and carries their sources as its lineage. Its status is
// its first input's unless key sets one.
func derivedFact(rule string, key Key, q Quantity, formula string, inputs ...Fact) Fact {
	if key.Status == 0 {
		key.Status = inputs[0].Status()
	}
	f := &fact{id: inputs[0].ID() + "/" + rule, key: key, quantity: q, derived: true, formula: formula,
		periodLabel: inputs[0].PeriodLabel(), inferred: inputs[0].get().inferred}
	for _, in := range inputs {
		f.inputs = append(f.inputs, in.ID())
		f.sources = append(f.sources, in.get().sources...)
	}
	return Fact{f}
}

// GrowthVersus returns the growth of a gap's benchmark that the gap
// implies: "进出口…增长20.7%，增速高于全省平均水平24.3个百分点" implies that
// Shandong's trade grew 20.7 − 24.3 = −3.6% in Q1 2020. gap must be a Gap
// fact; the subject's growth over the same period must be in the catalogue.
// The difference is exact in the printed digits.
func (c Catalogue) GrowthVersus(gap Fact) (Fact, error) {
	const rule = "benchmark-growth"
	if gap.Measure() != Gap {
		return Fact{}, &DerivationError{rule, gap.get().id, fmt.Errorf("%s is a %s, not a gap: %w", gap.get().id, gap.Measure(), ErrNoBasis)}
	}
	growth, ok := c.partner(gap, Growth)
	if !ok {
		return Fact{}, &DerivationError{rule, gap.get().id, fmt.Errorf("no growth of %s over %s: %w", gap.Subject(), gap.Period(), ErrNoBasis)}
	}
	q, err := lessPoints(growth.get().quantity, gap.get().quantity)
	if err != nil {
		return Fact{}, &DerivationError{rule, gap.get().id, err}
	}
	key := Key{Subject: gap.get().key.Benchmark, Indicator: gap.Indicator(), Measure: Growth, Period: gap.Period()}
	formula := fmt.Sprintf("growth of %s %s minus the gap %s = %s", growth.Subject(), growth.get().quantity, gap.get().quantity, q)
	return derivedFact(rule, key, q, formula, gap, growth), nil
}

// EarlierGrowth returns the growth of the earlier period that a change in
// growth implies: "一般公共预算收入增长6.6%，比前两个月提高4.3个百分点" gives
// January–February growth of 6.6 − 4.3 = 2.3%.
func (c Catalogue) EarlierGrowth(change Fact) (Fact, error) {
	const rule = "earlier-growth"
	if change.Measure() != Change || change.get().versus.IsZero() {
		return Fact{}, &DerivationError{rule, change.get().id, fmt.Errorf("%s is not a change against an earlier period: %w", change.get().id, ErrNoBasis)}
	}
	growth, ok := c.partner(change, Growth)
	if !ok {
		return Fact{}, &DerivationError{rule, change.get().id, fmt.Errorf("no growth of %s over %s: %w", change.Subject(), change.Period(), ErrNoBasis)}
	}
	q, err := lessPoints(growth.get().quantity, change.get().quantity)
	if err != nil {
		return Fact{}, &DerivationError{rule, change.get().id, err}
	}
	key := Key{Subject: change.Subject(), Indicator: change.Indicator(), Measure: Growth, Period: change.get().versus}
	formula := fmt.Sprintf("growth %s minus the change %s = %s", growth.get().quantity, change.get().quantity, q)
	return derivedFact(rule, key, q, formula, change, growth), nil
}

// WholeFromShare returns the whole that a share implies: 济南高新区's trade of
// 147.2亿元 is 52.4% of Jinan's, so Jinan's was 147.2 / 0.524 ≈ 280.916亿元
// in Q1 2020. The quotient is rounded half away from zero to two more
// decimals than the part was printed with, and is then "about".
func (c Catalogue) WholeFromShare(share Fact) (Fact, error) {
	const rule = "whole-from-share"
	if share.Measure() != Share || !share.get().key.Benchmark.IsValid() {
		return Fact{}, &DerivationError{rule, share.get().id, fmt.Errorf("%s is not a share of a named whole: %w", share.get().id, ErrNoBasis)}
	}
	part, ok := c.partner(share, Level)
	if !ok {
		return Fact{}, &DerivationError{rule, share.get().id, fmt.Errorf("no level of %s over %s: %w", share.Subject(), share.Period(), ErrNoBasis)}
	}
	q, err := quotient(part.get().quantity, share.get().quantity)
	if err != nil {
		return Fact{}, &DerivationError{rule, share.get().id, err}
	}
	key := Key{Subject: share.get().key.Benchmark, Indicator: share.Indicator(), Measure: Level, Period: share.Period()}
	formula := fmt.Sprintf("part %s divided by its share %s = %s (%s)", part.get().quantity, share.get().quantity, q, roundingNote(part.get().quantity))
	return derivedFact(rule, key, q, formula, share, part), nil
}

// PartFromShare returns the part that a share of a printed whole implies:
// 济南高新区's tax was 91.5% of its 2019 budget revenue of 124.6亿元, so
// 124.6 × 0.915 = 114.009亿元. The whole is the level of ShareOf over the
// share's period, of the benchmark or, when there is none, of the share's
// own subject. The product of printed figures is exact.
func (c Catalogue) PartFromShare(share Fact) (Fact, error) {
	const rule = "part-from-share"
	if share.Measure() != Share || share.get().quantity.unit.Dimension() != Ratio {
		return Fact{}, &DerivationError{rule, share.get().id, fmt.Errorf("%s is not a share: %w", share.get().id, ErrNoBasis)}
	}
	whole := share.Key()
	whole.Indicator, whole.Measure, whole.Benchmark = share.ShareOf(), Level, 0
	if b := share.Benchmark(); b.IsValid() {
		whole.Subject = b
	}
	if whole.Subject == share.Subject() && whole.Indicator == share.Indicator() {
		return Fact{}, &DerivationError{rule, share.get().id, fmt.Errorf("%s names no whole apart from itself: %w", share.get().id, ErrNoBasis)}
	}
	level, ok := c.byKey(whole)
	if !ok {
		return Fact{}, &DerivationError{rule, share.get().id, fmt.Errorf("no level of %s's %s over %s: %w", whole.Subject, whole.Indicator, share.Period(), ErrNoBasis)}
	}
	r := new(big.Rat).Mul(level.get().quantity.value.Rat(), share.get().quantity.Rat())
	value, ok := exactDecimal(r)
	if !ok {
		return Fact{}, &DerivationError{rule, share.get().id, fmt.Errorf("%s × %s: %w", level.get().quantity, share.get().quantity, ErrInexact)}
	}
	q := Quantity{value: value, mag: level.get().quantity.mag, unit: level.get().quantity.unit, bound: level.get().quantity.bound.sum(share.get().quantity.bound)}
	key := Key{Subject: share.Subject(), Indicator: share.Indicator(), Measure: Level, Period: share.Period()}
	formula := fmt.Sprintf("whole %s (%s) × share %s = %s", level.get().quantity, level.get().id, share.get().quantity, q)
	return derivedFact(rule, key, q, formula, share, level), nil
}

// TargetFromCompletion returns the target that a completion rate implies:
// 天桥区 used 9046万美元 of foreign capital, 139.6% of its annual task, so the
// task was 9046 / 1.396 ≈ 6479.94万美元. Rounded as WholeFromShare.
func (c Catalogue) TargetFromCompletion(completion Fact) (Fact, error) {
	const rule = "target-from-completion"
	if completion.Measure() != Completion {
		return Fact{}, &DerivationError{rule, completion.get().id, fmt.Errorf("%s is not a completion rate: %w", completion.get().id, ErrNoBasis)}
	}
	done, ok := c.partner(completion, Level)
	if !ok {
		return Fact{}, &DerivationError{rule, completion.get().id, fmt.Errorf("no level of %s over %s: %w", completion.Subject(), completion.Period(), ErrNoBasis)}
	}
	q, err := quotient(done.get().quantity, completion.get().quantity)
	if err != nil {
		return Fact{}, &DerivationError{rule, completion.get().id, err}
	}
	key := Key{Subject: completion.Subject(), Indicator: completion.Indicator(), Measure: Target, Period: completion.Period()}
	formula := fmt.Sprintf("level %s divided by the completion rate %s = %s (%s)", done.get().quantity, completion.get().quantity, q, roundingNote(done.get().quantity))
	return derivedFact(rule, key, q, formula, completion, done), nil
}

// PriorLevel returns the level of the same period a year before that a
// nominal growth rate implies: 济南高新区's Q1 2020 trade of 147.2亿元 grew
// 48.1%, so Q1 2019's was 147.2 / 1.481 ≈ 99.392亿元. Growth of GDP and value
// added is at comparable prices while levels are at current prices, so for
// them PriorLevel refuses with an error wrapping ErrComparablePrices.
func (c Catalogue) PriorLevel(level Fact) (Fact, error) {
	const rule = "prior-level"
	if level.Measure() != Level {
		return Fact{}, &DerivationError{rule, level.get().id, fmt.Errorf("%s is not a level: %w", level.get().id, ErrNoBasis)}
	}
	if level.Indicator().Pricing() == Comparable {
		return Fact{}, &DerivationError{rule, level.get().id, fmt.Errorf("%s grows at comparable prices; its base cannot be backed out of a current-price level: %w", level.Indicator(), ErrComparablePrices)}
	}
	growth, ok := c.partner(level, Growth)
	if !ok {
		return Fact{}, &DerivationError{rule, level.get().id, fmt.Errorf("no growth of %s over %s: %w", level.Subject(), level.Period(), ErrNoBasis)}
	}
	factor, err := growthFactor(growth.get().quantity)
	if err != nil {
		return Fact{}, &DerivationError{rule, level.get().id, err}
	}
	q, err := quotient(level.get().quantity, factor)
	if err != nil {
		return Fact{}, &DerivationError{rule, level.get().id, err}
	}
	key := Key{Subject: level.Subject(), Indicator: level.Indicator(), Measure: Level, Period: level.Period().yearEarlier()}
	formula := fmt.Sprintf("level %s divided by (1 + growth %s) = %s (%s)", level.get().quantity, growth.get().quantity, q, roundingNote(level.get().quantity))
	return derivedFact(rule, key, q, formula, level, growth), nil
}

// RankPercentile returns where a rank places its subject among the peers
// the source counts: 27th of 160 development zones is 27 / 160 = 16.875%, in
// the top 17%. The rank must print its group's size.
func (c Catalogue) RankPercentile(rank Fact) (Fact, error) {
	const rule = "rank-percentile"
	if rank.Measure() != Rank || rank.get().rankOf.IsZero() {
		return Fact{}, &DerivationError{rule, rank.get().id, fmt.Errorf("%s is not a rank among a printed number of peers: %w", rank.get().id, ErrNoBasis)}
	}
	if rank.get().quantity.Unit().Counter() == "%" {
		return Fact{}, &DerivationError{rule, rank.get().id, fmt.Errorf("%s is already a percentile: %w", rank.get().id, ErrNoBasis)}
	}
	r := new(big.Rat).Quo(rank.get().quantity.value.Rat(), rank.get().rankOf.Rat())
	pct, ok := exactDecimal(r.Mul(r, big.NewRat(100, 1)))
	bound := rank.get().quantity.bound
	if !ok {
		pct, bound = roundRat(r, 2), About
	}
	q := Quantity{value: pct, unit: unitPercent, bound: bound}
	key := Key{Subject: rank.Subject(), Indicator: rank.Indicator(), Measure: Share, Period: rank.Period()}
	formula := fmt.Sprintf("rank %s among %s: %s / %s × 100 = %s", rank.get().quantity, rank.get().rankOf,
		printed(rank.get().quantity.value), printed(rank.get().rankOf.value), q)
	key.Benchmark = rank.Benchmark()
	return derivedFact(rule, key, q, formula, rank), nil
}

// TargetMet compares a target with the outcome a later source reports: 000
// pledged that Jinan's 2020 GDP would pass 1万亿元 (确保今年GDP迈过1万亿元),
// and 004 reports it did (2020年GDP过万亿元). The derived fact is a
// completion of at least 100% when the outcome's lower bound reaches the
// target; otherwise the error wraps ErrNoBasis.
func (c Catalogue) TargetMet(target Fact) (Fact, error) {
	const rule = "target-met"
	if target.get().key.Status != Planned || target.Measure() != Level {
		return Fact{}, &DerivationError{rule, target.get().id, fmt.Errorf("%s is not a planned level: %w", target.get().id, ErrNoBasis)}
	}
	observed := target.Key()
	observed.Status = Observed
	outcome, ok := c.byKey(observed)
	if !ok {
		return Fact{}, &DerivationError{rule, target.get().id, fmt.Errorf("no outcome of %s over %s: %w", target.Subject(), target.Period(), ErrNoBasis)}
	}
	cmp, err := outcome.get().quantity.Cmp(target.get().quantity)
	if err != nil {
		return Fact{}, &DerivationError{rule, target.get().id, err}
	}
	lowerBounded := outcome.get().quantity.bound == Exact || outcome.get().quantity.bound.lower()
	if cmp < 0 || !lowerBounded {
		return Fact{}, &DerivationError{rule, target.get().id, fmt.Errorf("outcome %s does not show target %s met: %w", outcome.get().quantity, target.get().quantity, ErrNoBasis)}
	}
	q := Quantity{value: decimal.NewFromInt(100), unit: unitPercent, bound: AtLeast}
	key := Key{Subject: target.Subject(), Indicator: target.Indicator(), Measure: Completion, Period: target.Period()}
	formula := fmt.Sprintf("outcome %s (%s) reaches target %s (%s): met", outcome.get().quantity, outcome.get().id, target.get().quantity, target.get().id)
	key.Status = Observed
	return derivedFact(rule, key, q, formula, target, outcome), nil
}

// lessPoints returns a growth rate minus a number of percentage points, a
// growth rate: 20.7% − 24.3个百分点 = −3.6%. The percentage points shift the
// rate; they are not added as percent.
func lessPoints(growth, points Quantity) (Quantity, error) {
	if growth.unit != unitPercent || points.unit != unitPercentagePoint {
		return Quantity{}, &MismatchError{Op: "subtract", A: growth.unit, B: points.unit}
	}
	return Quantity{value: growth.value.Sub(points.value), unit: unitPercent, bound: growth.bound.sum(points.bound.flip())}, nil
}

// growthFactor returns 1 + g for a growth rate g in percent, as a ratio.
func growthFactor(g Quantity) (Quantity, error) {
	if g.unit != unitPercent {
		return Quantity{}, &MismatchError{Op: "derive", A: g.unit, B: unitPercent}
	}
	return Quantity{value: decimal.NewFromInt(100).Add(g.value), unit: unitPercent, bound: g.bound}, nil
}

// quotient returns q divided by a ratio r (a share, completion rate or
// growth factor), in q's unit and magnitude, rounded half away from zero to
// two more decimals than q was printed with. A rounded result, or any
// input that is not exact, makes the result "about".
func quotient(q, r Quantity) (Quantity, error) {
	if r.unit.Dimension() != Ratio {
		return Quantity{}, &MismatchError{Op: "divide", A: q.unit, B: r.unit}
	}
	ratio := r.Rat()
	if ratio.Sign() == 0 {
		return Quantity{}, fmt.Errorf("jinan: divide %s by %s: %w", q, r, ErrNoBasis)
	}
	exact := new(big.Rat).Quo(q.value.Rat(), ratio)
	places := q.Decimals() + 2
	value := roundRat(exact, places)
	bound := Exact
	if value.Rat().Cmp(exact) != 0 || q.bound != Exact || r.bound != Exact {
		bound = About
	}
	return Quantity{value: value, mag: q.mag, unit: q.unit, bound: bound}, nil
}

// roundingNote says how a quotient derived from q was rounded.
func roundingNote(q Quantity) string {
	return fmt.Sprintf("rounded half away from zero to %d decimals", q.Decimals()+2)
}
