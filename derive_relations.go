package jinan

import (
	"math/big"
	"time"

	"github.com/jinanfacts/jinan/internal/data"
)

// The derivations that tie several facts together: discrete flows out of
// cumulative levels, a part's contribution to its whole's growth, unit
// values out of value and volume, stocks out of their additions, and the
// bounds that wording such as 迈入千亿元时代 puts on earlier levels.

// DiscreteFlow returns the flow between two cumulative levels at current
// prices: Jinan's GDP was 2027.00亿元 in the first quarter of 2020 and
// 7248.40亿元 in January–September, so 7248.40 − 2027.00 = 5221.40亿元 in
// April–September. level must be a level cumulated from January 1; the
// earlier level is the catalogue's latest one of the same subject,
// indicator and year that ends before it. Growth rates do not subtract, nor
// do stocks at an instant, nor levels at comparable prices: those are
// refused with an error wrapping ErrNoBasis that says why.
func (c Catalogue) DiscreteFlow(level Fact) (Fact, error) {
	const rule = "discrete-flow"
	p := level.Period()
	switch {
	case level.Measure() != Level:
		return refuse(rule, level, "%s is a %s: growth rates and other ratios do not subtract: %w", level.ID(), level.Measure(), ErrNoBasis)
	case level.Status() != Observed:
		return refuse(rule, level, "%s is a target, not a flow observed: %w", level.ID(), ErrNoBasis)
	case !cumulative(p):
		return refuse(rule, level, "%s is over %v, not a flow cumulated from January 1: %w", level.ID(), p, ErrNoBasis)
	}
	var earlier Fact
	for f := range c.Query(Query{Subject: level.Subject(), Indicator: level.Indicator(), Measure: Level, Status: Observed, Origin: FromSeed}) {
		q := f.Period()
		if cumulative(q) && q.Start() == p.Start() && q.End().Before(p.End()) && (!earlier.IsValid() || earlier.Period().End().Before(q.End())) {
			earlier = f
		}
	}
	if !earlier.IsValid() {
		return refuse(rule, level, "no earlier cumulative level of %s's %s in %d: %w", level.Subject(), level.Indicator(), p.Start().Year(), ErrNoBasis)
	}
	lq, eq := level.Quantity(), earlier.Quantity()
	if lq.unit != eq.unit {
		return refuse(rule, level, "%w", &MismatchError{Op: "subtract", A: lq.unit, B: eq.unit})
	}
	// 过万亿元 less 7248.40亿元: both in the finer magnitude, 亿.
	mag := min(lq.mag, eq.mag)
	lq, eq = lq.inMagnitude(mag), eq.inMagnitude(mag)
	exact := new(big.Rat).Sub(lq.value.Rat(), eq.value.Rat())
	iv := lq.Interval().sub(eq.Interval())
	e, err := settle(exact, iv, lq, max(lq.Decimals(), eq.Decimals()), lq.bound.sum(eq.bound.flip()))
	if err != nil {
		return refuse(rule, level, "%w", err)
	}
	flow := SpanOf(nextDay(earlier.Period().End()), p.End())
	key := Key{Subject: level.Subject(), Indicator: level.Indicator(), Measure: Level, Period: flow, Status: Observed}
	formula := lazily("level over %s %s minus level over %s %s = %s over %s, valid for levels at current prices",
		p, lq, earlier.Period(), eq, e, flow)
	return derivedFact(rule, key, e, formula, level, earlier), nil
}

// cumulative reports whether p is a flow period from January 1 within one
// year: a quarter from January, a year to date, the year itself.
func cumulative(p Period) bool {
	return p.IsValid() && p.EndPrinted() && p.Kind() != Instant && p.Start() == D(p.Start().Year(), 1, 1) && p.End().Year() == p.Start().Year()
}

// nextDay returns the day after d.
func nextDay(d Date) Date {
	t := time.Date(d.Year(), d.Month(), d.Day()+1, 0, 0, 0, 0, time.UTC)
	return D(t.Year(), t.Month(), t.Day())
}

// Contribution returns how many percentage points of its whole's growth a
// part accounts for, from the part's printed share of the whole and both
// growth rates (see contributionOf): 济南高新区's Q1 2020 trade, 52.4% of
// Jinan's and up 48.1% while Jinan's grew 20.7%, made about 20.54个百分点
// of it, in [20.4988, 20.5839]: nearly all of the city's increase. share
// must be a Share of the fact's own indicator with a benchmark.
func (c Catalogue) Contribution(share Fact) (Fact, error) {
	const rule = "contribution"
	if share.Measure() != Share || !share.Benchmark().IsValid() || share.ShareOf() != share.Indicator() {
		return refuse(rule, share, "%s is not a share of its own indicator's whole: %w", share.ID(), ErrNoBasis)
	}
	part, ok := c.partner(share, Growth)
	if !ok {
		return refuse(rule, share, "no growth of %s over %s: %w", share.Subject(), share.Period(), ErrNoBasis)
	}
	wholeKey := share.Key()
	wholeKey.Subject, wholeKey.Measure, wholeKey.Benchmark = share.Benchmark(), Growth, 0
	whole, ok := c.byKey(wholeKey)
	if !ok {
		return refuse(rule, share, "no growth of %s over %s: %w", share.Benchmark(), share.Period(), ErrNoBasis)
	}
	e, err := contributionOf(share.Quantity(), part.Quantity(), whole.Quantity())
	if err != nil {
		return refuse(rule, share, "%w", err)
	}
	key := Key{Subject: share.Subject(), Indicator: share.Indicator(), Measure: Contribution, Period: share.Period(), Benchmark: share.Benchmark()}
	formula := lazily("share %s × (1 + whole's growth %s) × part's growth %s / (1 + %s) × 100 = %s",
		share.Quantity(), whole.Quantity(), part.Quantity(), part.Quantity(), e)
	return derivedFact(rule, key, e, formula, share, part, whole), nil
}

// UnitValueGrowth returns the growth of a flow's average price from the
// growth of its value and of its volume: 齐鲁制药's formulation exports to
// the US grew 20.3% in value and 73.5% in volume in Q1 2020, so their unit
// value changed by 1.203 / 1.735 − 1 ≈ −30.7%, in [1.2025/1.7355 − 1,
// 1.2035/1.7345 − 1]. value must be the growth of an indicator that the
// library knows a volume of.
func (c Catalogue) UnitValueGrowth(value Fact) (Fact, error) {
	const rule = "unit-value-growth"
	if value.Measure() != Growth {
		return refuse(rule, value, "%s is not a growth rate: %w", value.ID(), ErrNoBasis)
	}
	var pair data.UnitValue
	for _, u := range data.UnitValues {
		if u.Value == value.Indicator().ID() {
			pair = u
		}
	}
	volumeIndicator, err1 := ParseIndicator(pair.Volume)
	unitValue, err2 := ParseIndicator(pair.UnitValue)
	if pair.Value == "" || err1 != nil || err2 != nil {
		return refuse(rule, value, "the library knows no volume for %s: %w", value.Indicator(), ErrNoBasis)
	}
	volumeKey := value.Key()
	volumeKey.Indicator = volumeIndicator
	volume, ok := c.byKey(volumeKey)
	if !ok {
		return refuse(rule, value, "no growth of %s's %s over %s: %w", value.Subject(), volumeIndicator, value.Period(), ErrNoBasis)
	}
	vq, qq := value.Quantity(), volume.Quantity()
	if vq.unit != unitPercent || qq.unit != unitPercent {
		return refuse(rule, value, "%w", &MismatchError{Op: "divide", A: vq.unit, B: qq.unit})
	}
	den := growthInterval(qq)
	if !den.positive() {
		return refuse(rule, value, "volume growth %s leaves no volume: %w", qq, ErrNoBasis)
	}
	one, hundred := big.NewRat(1, 1), big.NewRat(100, 1)
	ratio := new(big.Rat).Quo(new(big.Rat).Add(one, vq.Rat()), new(big.Rat).Add(one, qq.Rat()))
	exact := new(big.Rat).Mul(new(big.Rat).Sub(ratio, one), hundred)
	iv := growthInterval(vq).quoPositive(den).shift(big.NewRat(-1, 1)).scale(hundred)
	e, err := settle(exact, iv, Quantity{unit: unitPercent}, max(vq.Decimals(), qq.Decimals()), About)
	if err != nil {
		return refuse(rule, value, "%w", err)
	}
	key := Key{Subject: value.Subject(), Indicator: unitValue, Measure: Growth, Period: value.Period(), Status: value.Status()}
	formula := lazily("(1 + value growth %s) / (1 + volume growth %s) − 1 = %s", vq, qq, e)
	return derivedFact(rule, key, e, formula, value, volume), nil
}

// PriorStock returns last year's stock from this year's and the additions
// printed for the year: 济北开发区 had 14家 gazelle SMEs at the end of 2021
// after 2家 provincial and 6家 city awards that year, so 14 − 2 − 6 = 6家 at
// the end of 2020 (as its growth of 133% implies too). stock must be a
// level at an instant of a stock the library knows additions to.
func (c Catalogue) PriorStock(stock Fact) (Fact, error) {
	const rule = "prior-stock"
	p := stock.Period()
	if stock.Measure() != Level || p.Kind() != Instant {
		return refuse(rule, stock, "%s is not a level at an instant: %w", stock.ID(), ErrNoBasis)
	}
	var relation data.StockFlow
	for _, r := range data.StockFlows {
		if r.Stock == stock.Indicator().ID() {
			relation = r
		}
	}
	if relation.Stock == "" {
		return refuse(rule, stock, "the library knows no additions to %s: %w", stock.Indicator(), ErrNoBasis)
	}
	year := YearOf(p.Start().Year())
	inputs := []Fact{stock}
	sq := stock.Quantity()
	exact, iv := sq.value.Rat(), sq.Interval()
	for _, id := range relation.Additions {
		ind, err := ParseIndicator(id)
		if err != nil {
			return refuse(rule, stock, "%w", err)
		}
		for f := range c.Query(Query{Subject: stock.Subject(), Indicator: ind, Measure: Level, Status: Observed, Within: year, Origin: FromSeed}) {
			if p.End().Before(f.Period().End()) {
				continue // added after the stock was counted
			}
			aq := f.Quantity()
			if aq.unit.Dimension() != Count || aq.mag != sq.mag {
				return refuse(rule, stock, "%w", &MismatchError{Op: "subtract", A: sq.unit, B: aq.unit})
			}
			exact = new(big.Rat).Sub(exact, aq.value.Rat())
			iv = iv.sub(aq.Interval())
			inputs = append(inputs, f)
		}
	}
	if len(inputs) == 1 {
		return refuse(rule, stock, "no additions to %s's %s printed for %v: %w", stock.Subject(), stock.Indicator(), year, ErrNoBasis)
	}
	e, err := settle(exact, iv, sq, 0, sq.bound)
	if err != nil {
		return refuse(rule, stock, "%w", err)
	}
	prior := AsOf(D(p.Start().Year()-1, 12, 31))
	key := Key{Subject: stock.Subject(), Indicator: stock.Indicator(), Measure: Level, Period: prior, Status: Observed}
	formula := lazily("%s: %s at %s less the additions of %d = %s at %s", relation.Name, sq, p, p.Start().Year(), e, prior)
	return derivedFact(rule, key, e, formula, inputs...), nil
}

// ThresholdBound returns the bound on an earlier level that a fact's
// wording states: 财政收入成功迈入千亿元时代 (004) says Jinan's budget
// revenue first passed 1000亿元 in 2021, so 2020's was under 1000亿元. The
// wordings read so are curated (internal/data's Thresholds), each with its
// quote, which becomes a source of the derived fact; f must be one of them.
func (c Catalogue) ThresholdBound(f Fact) (Fact, error) {
	const rule = "threshold"
	var th data.Threshold
	for _, t := range data.Thresholds {
		if t.Fact == f.ID() {
			th = t
		}
	}
	if th.Fact == "" {
		return refuse(rule, f, "no wording of %s bounds an earlier level: %w", f.ID(), ErrNoBasis)
	}
	q, err := ParseQuantity(th.Bound)
	if err != nil {
		return refuse(rule, f, "bound %q: %w", th.Bound, err)
	}
	period, err := ParsePeriod(th.Period)
	if err != nil {
		return refuse(rule, f, "period %q: %w", th.Period, err)
	}
	wording, err := locate(data.Cite{File: th.File, Quote: th.Wording, Nth: 1})
	if err != nil {
		return refuse(rule, f, "%w", err)
	}
	if _, err := q.Cmp(f.Quantity()); err != nil && f.Measure() != Percentile {
		return refuse(rule, f, "%w", err)
	}
	key := Key{Subject: f.Subject(), Indicator: f.Indicator(), Measure: f.Measure(), Period: period, Status: Observed, Benchmark: f.Benchmark()}
	e := estimate{q: q, iv: q.Interval()}
	formula := lazily("%s (“%s”): %s over %s", th.Why, th.Wording, q, period)
	out := derivedFact(rule, key, e, formula, f)
	out.f.sources = append([]Source{wording}, out.f.sources...)
	return out, nil
}
