package jinan

import (
	"fmt"
	"math/big"

	"github.com/shopspring/decimal"
)

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
	if f, ok := c.readSet().byKey[k]; ok {
		return Fact{f}, true
	}
	return Fact{}, false
}

// derivedFact makes a derived fact from its inputs: it is marked derived,
// lists their IDs, carries their sources as its lineage and the estimate's
// interval. Its status is its first input's unless key sets one.
func derivedFact(rule string, key Key, e estimate, formula text, inputs ...Fact) Fact {
	both := &struct {
		f fact
		d derivation
	}{d: derivation{interval: e.iv}}
	fillDerived(&both.f, &both.d, rule, key, e.q, formula, inputs...)
	return Fact{&both.f}
}

// fillDerived writes the derived fact of rule, with key, quantity q and
// formula, into f and its derivation d, as derivedFact describes; it
// leaves d's interval and row be.
func fillDerived(f *fact, d *derivation, rule string, key Key, q Quantity, formula text, inputs ...Fact) {
	if key.Status == 0 {
		key.Status = inputs[0].Status()
	}
	f.id, f.key, f.quantity, f.derivation, d.formula = inputs[0].ID()+"/"+rule, key, q, d, formula
	f.inferred = inputs[0].get().inferred
	if key.Period == inputs[0].Period() {
		// The period as printed belongs to the derived fact only when it is
		// the input's: 一季度 for Shandong's Q1 growth, not for April–September.
		f.periodLabel = inputs[0].PeriodLabel()
	}
	n := 0
	for _, in := range inputs {
		n += len(in.get().sources)
	}
	d.inputs, f.sources = make([]string, 0, len(inputs)), make([]Source, 0, n)
	for _, in := range inputs {
		d.inputs = append(d.inputs, in.ID())
		f.sources = append(f.sources, in.get().sources...)
	}
}

// refuse returns the error of a derivation refused by rule from f. Its
// message is written only when it is read: Derived tries every rule on
// every fact, and most refusals are never shown.
func refuse(rule string, f Fact, format string, args ...any) (Fact, error) {
	return Fact{}, &DerivationError{rule, f.ID(), &lazyError{lazily(format, args...)}}
}

// GrowthVersus returns the growth of a gap's benchmark that the gap
// implies: "进出口…增长20.7%，增速高于全省平均水平24.3个百分点" implies that
// Shandong's trade grew 20.7 − 24.3 = −3.6% in Q1 2020, in [−3.7, −3.5]
// given the printed precision. gap must be a Gap fact; the subject's growth
// over the same period must be in the catalogue.
func (c Catalogue) GrowthVersus(gap Fact) (Fact, error) {
	const rule = "benchmark-growth"
	if gap.Measure() != Gap {
		return refuse(rule, gap, "%s is a %s, not a gap: %w", gap.ID(), gap.Measure(), ErrNoBasis)
	}
	growth, ok := c.partner(gap, Growth)
	if !ok {
		return refuse(rule, gap, "no growth of %s over %s: %w", gap.Subject(), gap.Period(), ErrNoBasis)
	}
	e, err := lessPoints(growth.Quantity(), gap.Quantity())
	if err != nil {
		return refuse(rule, gap, "%w", err)
	}
	key := Key{Subject: gap.Benchmark(), Indicator: gap.Indicator(), Measure: Growth, Period: gap.Period()}
	formula := lazily("growth of %s %s minus the gap %s = %s", growth.Subject(), growth.Quantity(), gap.Quantity(), e)
	return derivedFact(rule, key, e, formula, gap, growth), nil
}

// EarlierGrowth returns the growth of the earlier period that a change in
// growth implies: "一般公共预算收入增长6.6%，比前两个月提高4.3个百分点" gives
// January–February growth of 6.6 − 4.3 = 2.3%, in [2.2, 2.4].
func (c Catalogue) EarlierGrowth(change Fact) (Fact, error) {
	const rule = "earlier-growth"
	if change.Measure() != Change || change.Versus().IsZero() {
		return refuse(rule, change, "%s is not a change against an earlier period: %w", change.ID(), ErrNoBasis)
	}
	growth, ok := c.partner(change, Growth)
	if !ok {
		return refuse(rule, change, "no growth of %s over %s: %w", change.Subject(), change.Period(), ErrNoBasis)
	}
	e, err := lessPoints(growth.Quantity(), change.Quantity())
	if err != nil {
		return refuse(rule, change, "%w", err)
	}
	key := Key{Subject: change.Subject(), Indicator: change.Indicator(), Measure: Growth, Period: change.Versus()}
	formula := lazily("growth %s minus the change %s = %s", growth.Quantity(), change.Quantity(), e)
	return derivedFact(rule, key, e, formula, change, growth), nil
}

// WholeFromShare returns the whole that a share implies: 济南高新区's trade of
// 147.2亿元 is 52.4% of Jinan's, so Jinan's was 147.2 / 0.524 ≈ 280.9亿元 in
// Q1 2020, in [147.15/0.5245, 147.25/0.5235]. The quotient is given with the
// decimals its interval supports.
func (c Catalogue) WholeFromShare(share Fact) (Fact, error) {
	const rule = "whole-from-share"
	if share.Measure() != Share || !share.Benchmark().IsValid() {
		return refuse(rule, share, "%s is not a share of a named whole: %w", share.ID(), ErrNoBasis)
	}
	part, ok := c.partner(share, Level)
	if !ok {
		return refuse(rule, share, "no level of %s over %s: %w", share.Subject(), share.Period(), ErrNoBasis)
	}
	e, err := quotient(part.Quantity(), share.Quantity())
	if err != nil {
		return refuse(rule, share, "%w", err)
	}
	key := Key{Subject: share.Benchmark(), Indicator: share.Indicator(), Measure: Level, Period: share.Period()}
	formula := lazily("part %s divided by its share %s = %s", part.Quantity(), share.Quantity(), e)
	return derivedFact(rule, key, e, formula, share, part), nil
}

// PartFromShare returns the part that a share of a printed whole implies:
// 济南高新区's tax was 91.5% of its 2019 budget revenue of 124.6亿元, so
// 124.6 × 0.915 = 114.009亿元, in [124.55 × 0.9145, 124.65 × 0.9155], given
// as about 114.0亿元. The whole is the level of ShareOf over the share's
// period, of the benchmark or, when there is none, of the share's own
// subject.
func (c Catalogue) PartFromShare(share Fact) (Fact, error) {
	const rule = "part-from-share"
	sq := share.Quantity()
	if share.Measure() != Share || sq.unit.Dimension() != Ratio {
		return refuse(rule, share, "%s is not a share: %w", share.ID(), ErrNoBasis)
	}
	whole := share.Key()
	whole.Indicator, whole.Measure, whole.Benchmark = share.ShareOf(), Level, 0
	if b := share.Benchmark(); b.IsValid() {
		whole.Subject = b
	}
	if whole.Subject == share.Subject() && whole.Indicator == share.Indicator() {
		return refuse(rule, share, "%s names no whole apart from itself: %w", share.ID(), ErrNoBasis)
	}
	level, ok := c.byKey(whole)
	if !ok {
		return refuse(rule, share, "no level of %s's %s over %s: %w", whole.Subject, whole.Indicator, share.Period(), ErrNoBasis)
	}
	lq := level.Quantity()
	ratio := ratioInterval(sq)
	if !ratio.positive() {
		return refuse(rule, share, "share %s is not above zero: %w", sq, ErrNoBasis)
	}
	exact := new(big.Rat).Mul(lq.value.Rat(), sq.Rat())
	e, err := settle(exact, lq.Interval().mulPositive(ratio), lq, lq.Decimals()+2, lq.bound.sum(sq.bound))
	if err != nil {
		return refuse(rule, share, "%w", err)
	}
	key := Key{Subject: share.Subject(), Indicator: share.Indicator(), Measure: Level, Period: share.Period()}
	formula := lazily("whole %s (%s) × share %s = %s", lq, level.ID(), sq, e)
	return derivedFact(rule, key, e, formula, share, level), nil
}

// TargetFromCompletion returns the target that a completion rate implies:
// 天桥区 used 9046万美元 of foreign capital in 1-10月 2021, 139.6% of its
// annual task (占全年任务的139.6%), so the task for 2021 was 9046 / 1.396 ≈
// 6480万美元, in [9045.5/1.3965, 9046.5/1.3955]. A completion printed for a
// period from January 1 (1-10月, 1-9月份, 今年以来) is of the year's task, as
// Chinese releases report them: the derived fact is a target (Planned) for
// that calendar year. A completion over any other period names no horizon
// and is refused.
func (c Catalogue) TargetFromCompletion(completion Fact) (Fact, error) {
	const rule = "target-from-completion"
	if completion.Measure() != Completion {
		return refuse(rule, completion, "%s is not a completion rate: %w", completion.ID(), ErrNoBasis)
	}
	p := completion.Period()
	if !p.IsValid() || p.Start() != D(p.Start().Year(), 1, 1) || p.End().Year() != p.Start().Year() {
		return refuse(rule, completion, "%s is over %v, not a part of a year from January 1: the task's horizon is not printed: %w",
			completion.ID(), p, ErrNoBasis)
	}
	done, ok := c.partner(completion, Level)
	if !ok {
		return refuse(rule, completion, "no level of %s over %s: %w", completion.Subject(), completion.Period(), ErrNoBasis)
	}
	e, err := quotient(done.Quantity(), completion.Quantity())
	if err != nil {
		return refuse(rule, completion, "%w", err)
	}
	key := Key{Subject: completion.Subject(), Indicator: completion.Indicator(), Measure: Target, Period: YearOf(p.Start().Year()), Status: Planned}
	formula := lazily("the %d task: level %s over %s divided by the completion rate %s = %s",
		p.Start().Year(), done.Quantity(), p, completion.Quantity(), e)
	return derivedFact(rule, key, e, formula, completion, done), nil
}

// PriorLevel returns the level of the same period a year before that a
// nominal growth rate implies: 济南高新区's Q1 2020 trade of 147.2亿元 grew
// 48.1%, so Q1 2019's was 147.2 / 1.481 ≈ 99.39亿元, in
// [147.15/1.4815, 147.25/1.4805]. A count of whole things is the whole
// number the figures allow: 230家 enterprises up 30% were 177家 a year
// before, the only whole number in [230/1.305, 230/1.295]. Growth of GDP and
// value added is at comparable prices while levels are at current prices,
// so for them PriorLevel refuses with an error wrapping ErrComparablePrices.
func (c Catalogue) PriorLevel(level Fact) (Fact, error) {
	const rule = "prior-level"
	if level.Measure() != Level {
		return refuse(rule, level, "%s is not a level: %w", level.ID(), ErrNoBasis)
	}
	if level.Indicator().Pricing() == Comparable {
		return refuse(rule, level, "%s grows at comparable prices; its base cannot be backed out of a current-price level: %w", level.Indicator(), ErrComparablePrices)
	}
	growth, ok := c.partner(level, Growth)
	if !ok {
		return refuse(rule, level, "no growth of %s over %s: %w", level.Subject(), level.Period(), ErrNoBasis)
	}
	g := growth.Quantity()
	if g.unit != unitPercent {
		return refuse(rule, level, "%w", &MismatchError{Op: "derive", A: g.unit, B: unitPercent})
	}
	lq := level.Quantity()
	factor := growthInterval(g)
	if !factor.positive() {
		return refuse(rule, level, "growth %s leaves no positive base: %w", g, ErrNoBasis)
	}
	exact := new(big.Rat).Quo(lq.value.Rat(), new(big.Rat).Add(big.NewRat(1, 1), g.Rat()))
	e, err := settle(exact, lq.Interval().quoPositive(factor), lq, lq.Decimals()+2, quotientBound(lq, g))
	if err != nil {
		return refuse(rule, level, "%w", err)
	}
	key := Key{Subject: level.Subject(), Indicator: level.Indicator(), Measure: Level, Period: level.Period().yearEarlier()}
	formula := lazily("level %s divided by (1 + growth %s) = %s", lq, g, e)
	return derivedFact(rule, key, e, formula, level, growth), nil
}

// RankPercentile returns where a rank places its subject among the peers
// the source counts: 27th of 160 development zones is 27 / 160 = 16.875%, a
// Percentile. The rank must print its group's size.
func (c Catalogue) RankPercentile(rank Fact) (Fact, error) {
	const rule = "rank-percentile"
	rq, of := rank.Quantity(), rank.RankOf()
	if rank.Measure() != Rank || of.IsZero() {
		return refuse(rule, rank, "%s is not a rank among a printed number of peers: %w", rank.ID(), ErrNoBasis)
	}
	r := new(big.Rat).Quo(rq.value.Rat(), of.Rat())
	r.Mul(r, big.NewRat(100, 1))
	iv := rq.Interval().quoPositive(of.Interval()).scale(big.NewRat(100, 1))
	e, err := settle(r, iv, Quantity{unit: unitPercent}, 2, rq.bound)
	if err != nil {
		return refuse(rule, rank, "%w", err)
	}
	key := Key{Subject: rank.Subject(), Indicator: rank.Indicator(), Measure: Percentile, Period: rank.Period(), Benchmark: rank.Benchmark()}
	formula := lazily("rank %s among %s: %s / %s × 100 = %s", rq, of, printed(rq.value), printed(of.value), e)
	return derivedFact(rule, key, e, formula, rank), nil
}

// TargetMet compares a target with the outcome a later source reports: 000
// pledged that Jinan's 2020 GDP would pass 1万亿元 (确保今年GDP迈过1万亿元),
// and 004 reports it did (2020年GDP过万亿元). The derived fact is a
// completion of at least 100% when every value the outcome allows reaches
// every value the target allows, and under 100% when none does; when the
// intervals overlap the outcome is undecided and the error wraps
// ErrNoBasis, naming both intervals.
func (c Catalogue) TargetMet(target Fact) (Fact, error) {
	const rule = "target-met"
	if target.Status() != Planned || target.Measure() != Level {
		return refuse(rule, target, "%s is not a planned level: %w", target.ID(), ErrNoBasis)
	}
	observed := target.Key()
	observed.Status = Observed
	outcome, ok := c.byKey(observed)
	if !ok {
		return refuse(rule, target, "no outcome of %s over %s: %w", target.Subject(), target.Period(), ErrNoBasis)
	}
	oq, tq := outcome.Quantity(), target.Quantity()
	if _, err := oq.Cmp(tq); err != nil {
		return refuse(rule, target, "%w", err)
	}
	// Compare in base units: the outcome's lowest value against the target's
	// highest, and the outcome's highest against the target's lowest.
	oiv, tiv := oq.Interval().scale(oq.scale()), tq.Interval().scale(tq.scale())
	var q Quantity
	var verdict string
	switch {
	case oiv.lo != nil && (tiv.hi != nil && oiv.lo.Cmp(tiv.hi) >= 0 || tiv.lo != nil && tq.bound.lower() && oiv.lo.Cmp(tiv.lo) >= 0):
		// Every value the outcome allows reaches every value an exact target
		// allows, or the least value of a target "over" or "at least".
		q, verdict = Quantity{value: decimal.NewFromInt(100), unit: unitPercent, bound: AtLeast}, "met"
	case oiv.hi != nil && tiv.lo != nil && oiv.hi.Cmp(tiv.lo) < 0:
		q, verdict = Quantity{value: decimal.NewFromInt(100), unit: unitPercent, bound: Under}, "missed"
	default:
		return refuse(rule, target, "outcome %s %s against target %s %s: undecided: %w", oq, oq.Interval(), tq, tq.Interval(), ErrNoBasis)
	}
	key := Key{Subject: target.Subject(), Indicator: target.Indicator(), Measure: Completion, Period: target.Period(), Status: Observed}
	formula := lazily("outcome %s (%s) %s target %s (%s): %s", oq, outcome.ID(),
		map[string]string{"met": "reaches", "missed": "falls short of"}[verdict], tq, target.ID(), verdict)
	e := estimate{q: q, iv: q.Interval()}
	return derivedFact(rule, key, e, formula, target, outcome), nil
}

// lessPoints returns a growth rate minus a number of percentage points, a
// growth rate: 20.7% − 24.3个百分点 = −3.6%, in [20.65 − 24.35, 20.75 −
// 24.25]. The percentage points shift the rate; they are not added as
// percent.
func lessPoints(growth, points Quantity) (estimate, error) {
	if growth.unit != unitPercent || points.unit != unitPercentagePoint {
		return estimate{}, &MismatchError{Op: "subtract", A: growth.unit, B: points.unit}
	}
	exact := new(big.Rat).Sub(growth.value.Rat(), points.value.Rat())
	iv := growth.Interval().sub(points.Interval())
	return settle(exact, iv, Quantity{unit: unitPercent}, max(growth.Decimals(), points.Decimals()), growth.bound.sum(points.bound.flip()))
}

// quotient returns q divided by a ratio r (a share or completion rate), in
// q's unit and magnitude, with the interval of their printed precision and
// no more digits than it supports.
func quotient(q, r Quantity) (estimate, error) {
	if r.unit.Dimension() != Ratio {
		return estimate{}, &MismatchError{Op: "divide", A: q.unit, B: r.unit}
	}
	ratio := ratioInterval(r)
	if !ratio.positive() {
		return estimate{}, fmt.Errorf("jinan: divide %s by %s: the ratio may be zero or less: %w", q, r, ErrNoBasis)
	}
	exact := new(big.Rat).Quo(q.value.Rat(), r.Rat())
	return settle(exact, q.Interval().quoPositive(ratio), q, q.Decimals()+2, quotientBound(q, r))
}

// quotientBound is the bound of q ÷ r for a one-sided result: q's bound
// with r's turned over (dividing by more than r gives less).
func quotientBound(q, r Quantity) Bound { return q.bound.sum(r.bound.flip()) }
