package jinan

import (
	"fmt"
	"math/big"

	"github.com/jinanfacts/jinan/internal/figure"
)

// Check is one arithmetic relation among facts that the seeds allow,
// checked within the precision printed: parts that add up to a whole, a
// part no larger than its whole, the same figure printed twice, a
// contribution against its share and growth rates. A seed inconsistency is
// reported (Holds false), never hidden or fixed.
type Check struct {
	Relation string   // "sum", "part-of-whole", "printed-twice", "contribution", "percentile", "derivation"
	Name     string   // what is checked, in words
	Inputs   []string // the IDs of the facts involved
	Want     string   // what the relation requires
	Got      string   // what the figures give
	Holds    bool
}

// Audit checks every arithmetic relation among the catalogue's facts that
// the seeds allow, and reports the derivations the library refuses (a base
// from a comparable-price growth rate). It computes afresh on each call.
func (c *Catalogue) Audit() []Check {
	var out []Check
	out = append(out, c.auditSums()...)
	out = append(out, c.auditParts()...)
	out = append(out, c.auditPrintedTwice()...)
	out = append(out, c.auditContribution())
	out = append(out, c.auditPercentile())
	out = append(out, c.auditRefusals()...)
	return out
}

// facts returns the facts with the given IDs; a missing ID is a bug in the
// audit's relations, which a test catches.
func (c *Catalogue) factsByID(ids ...string) ([]Fact, error) {
	out := make([]Fact, len(ids))
	for i, id := range ids {
		f, ok := c.Fact(id)
		if !ok {
			return nil, fmt.Errorf("jinan: audit: fact %q: %w", id, ErrNotFound)
		}
		out[i] = f
	}
	return out, nil
}

// missing reports a relation whose facts are not in the catalogue.
func missing(relation, name string, ids []string, err error) Check {
	return Check{Relation: relation, Name: name, Inputs: ids, Want: "the facts", Got: err.Error()}
}

// auditSums checks parts that the seeds print with their total.
func (c *Catalogue) auditSums() []Check {
	sums := []struct {
		name  string
		whole string
		parts []string
	}{
		{"市中区 land supplied 2019 = land sold + land allocated (1579亩 = 835亩 + 744亩)",
			"shizhong.land-supplied.level.2019", []string{"shizhong.land-transferred.level.2019", "shizhong.land-allocated.level.2019"}},
	}
	var out []Check
	for _, s := range sums {
		ids := append([]string{s.whole}, s.parts...)
		fs, err := c.factsByID(ids...)
		if err != nil {
			out = append(out, missing("sum", s.name, ids, err))
			continue
		}
		total := fs[1].quantity
		for _, p := range fs[2:] {
			if total, err = total.Add(p.quantity); err != nil {
				break
			}
		}
		ck := Check{Relation: "sum", Name: s.name, Inputs: ids, Want: fs[0].quantity.String()}
		if err != nil {
			ck.Got = err.Error()
		} else {
			ck.Got, ck.Holds = total.String(), total.Equal(fs[0].quantity)
		}
		out = append(out, ck)
	}
	return out
}

// auditParts checks that a part is no larger than the whole it belongs to.
func (c *Catalogue) auditParts() []Check {
	pairs := []struct{ name, part, whole string }{
		{"齐鲁制药 US formulation exports (1548万美元) within its exports (1.79亿美元), Q1 2020",
			"qilu-pharma.formulation-exports-us.level.2020-q1", "qilu-pharma.exports.level.2020-q1"},
		{"key projects started (244个) within key projects (270个), end of March 2020",
			"jinan-municipal-key-projects.projects-started.level.2020-03-31", "jinan-municipal-key-projects.projects.level.2020-03-31"},
		{"市中区 projects over 1亿元 (174个) within projects over 1000万元 (1134个), 2019",
			"shizhong-projects-100m-plus.projects.level.2019", "shizhong-projects-10m-plus.projects.level.2019"},
		{"their subscribed capital (748亿元) within 933亿元, 2019",
			"shizhong-projects-100m-plus.subscribed-capital.level.2019", "shizhong-projects-10m-plus.subscribed-capital.level.2019"},
		{"FTZ Jinan Area (37.99平方公里) within the Shandong FTZ (119.98平方公里)",
			"ftz-jinan-area.land-area.level.2019-08-26", "shandong-ftz.land-area.level.2019-08-26"},
		{"FTZ pilot tasks landed (40%) within those under way (80%以上), 2020",
			"ftz-jinan-area.pilot-tasks.completion.2020-12-31", "ftz-jinan-area.pilot-tasks.share-under-way.2020-12-31"},
		{"Jinan GDP in Q1 2020 (2027.00亿元) within January–September (7248.40亿元): flows cumulate",
			"jinan.gdp.level.2020-q1", "jinan.gdp.level.2020-ytd-09"},
		{"Jinan GDP January–September 2020 (7248.40亿元) within the year (过万亿元)",
			"jinan.gdp.level.2020-ytd-09", "jinan.gdp.level.2020"},
	}
	var out []Check
	for _, p := range pairs {
		ids := []string{p.part, p.whole}
		fs, err := c.factsByID(ids...)
		if err != nil {
			out = append(out, missing("part-of-whole", p.name, ids, err))
			continue
		}
		ck := Check{Relation: "part-of-whole", Name: p.name, Inputs: ids,
			Want: fmt.Sprintf("%s ≤ %s", fs[0].quantity, fs[1].quantity)}
		n, err := fs[0].quantity.Cmp(fs[1].quantity)
		if err != nil {
			ck.Got = err.Error()
		} else {
			ck.Holds = n <= 0
			ck.Got = map[bool]string{true: "holds", false: "part exceeds whole"}[ck.Holds]
		}
		out = append(out, ck)
	}
	return out
}

// auditPrintedTwice checks every fact with more than one source: each
// further quote must print the same figure. It also compares the two
// prints of 天桥区's completion rate, which the seed gives as 139.6% and
// 139.66%.
func (c *Catalogue) auditPrintedTwice() []Check {
	var out []Check
	for _, f := range c.facts {
		if len(f.sources) < 2 {
			continue
		}
		for _, s := range f.sources[1:] {
			ck := Check{Relation: "printed-twice", Name: fmt.Sprintf("%s printed again in %s", f.id, s.File),
				Inputs: []string{f.id}, Want: f.quantity.String(), Got: "a different figure in “" + s.Quote + "”"}
			figures := figure.Scan(s.Quote)
			if len(figures) == 0 {
				// A restatement in words, such as 迈进“万亿俱乐部” for the
				// 1万亿元 target, has no figure to disagree.
				ck.Got, ck.Holds = "restated in words: “"+s.Quote+"”", true
			}
			for _, fig := range figures {
				q, err := fromFigure(fig)
				if err == nil && q.value.Abs().Equal(f.quantity.value.Abs()) && q.mag == f.quantity.mag {
					ck.Got, ck.Holds = q.String(), true
					break
				}
			}
			out = append(out, ck)
		}
	}
	ids := []string{"tianqiao.foreign-capital.completion.2021-ytd-10", "tianqiao.foreign-capital.completion-second-print.2021-ytd-10"}
	fs, err := c.factsByID(ids...)
	if err != nil {
		return append(out, missing("printed-twice", "天桥区 completion rate", ids, err))
	}
	a, b := fs[0].quantity, fs[1].quantity
	out = append(out, Check{Relation: "printed-twice", Inputs: ids,
		Name:  "天桥区's foreign capital as a share of its annual task, printed twice in 004",
		Want:  fmt.Sprintf("%s and %s agree within the printed precision", a, b),
		Got:   fmt.Sprintf("|%s − %s| = %s", printed(a.value), printed(b.value), a.value.Sub(b.value).Abs()),
		Holds: withinPrecision(a, b)})
	return out
}

// withinPrecision reports whether two printed figures can be roundings of
// one number: they differ by at most half a unit in the last printed place
// of the less precise one.
func withinPrecision(a, b Quantity) bool {
	places := min(a.Decimals(), b.Decimals())
	half := new(big.Rat).SetFrac(big.NewInt(1), new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(places)), nil))
	half.Quo(half, big.NewRat(2, 1))
	diff := new(big.Rat).Sub(a.value.Rat(), b.value.Rat())
	return diff.Abs(diff).Cmp(half) <= 0
}

// auditContribution checks 济南高新区's contribution to Jinan's trade growth
// in Q1 2020 against its share and both growth rates. With share s, the
// zone's growth p and the city's growth w, the contribution in percentage
// points is s × (1 + w) × p / (1 + p) × 100.
func (c *Catalogue) auditContribution() Check {
	const name = "济南高新区's contribution to Jinan's trade growth, Q1 2020 (002, with Jinan's growth from 000)"
	ids := []string{"jinan-hitech-zone.trade.contribution-jinan.2020-q1", "jinan-hitech-zone.trade.share-jinan.2020-q1",
		"jinan-hitech-zone.trade.growth.2020-q1", "jinan.trade.growth.2020-q1"}
	fs, err := c.factsByID(ids...)
	if err != nil {
		return missing("contribution", name, ids, err)
	}
	share, zone, city := fs[1].quantity.Rat(), fs[2].quantity.Rat(), fs[3].quantity.Rat()
	one := big.NewRat(1, 1)
	v := new(big.Rat).Mul(share, new(big.Rat).Add(one, city))
	v.Mul(v, zone)
	v.Quo(v, new(big.Rat).Add(one, zone))
	v.Mul(v, big.NewRat(100, 1))
	implied := Quantity{value: roundRat(v, 1), unit: PercentagePoint, bound: Exact}
	return Check{Relation: "contribution", Name: name, Inputs: ids,
		Want: fmt.Sprintf("%s = %s × (1 + %s) × %s / (1 + %s)", fs[0].quantity, fs[1].quantity, fs[3].quantity, fs[2].quantity, fs[2].quantity),
		Got:  fmt.Sprintf("%s (rounded to 1 decimal)", implied), Holds: withinPrecision(implied, fs[0].quantity)}
}

// auditPercentile checks 济北开发区's rank against the percentile the seed
// prints with it: 第27名 of 160 zones and 首次进入全省前20%.
func (c *Catalogue) auditPercentile() Check {
	const name = "济北开发区 27th of 160 zones is within the top 20% (004)"
	ids := []string{"jibei-zone.zone-appraisal.rank-shandong-zones.2020", "jibei-zone.zone-appraisal.rank-top-percent-shandong-zones.2020"}
	fs, err := c.factsByID(ids...)
	if err != nil {
		return missing("percentile", name, ids, err)
	}
	pct, err := c.RankPercentile(fs[0])
	if err != nil {
		return missing("percentile", name, ids, err)
	}
	top := Quantity{value: fs[1].quantity.value, unit: Percent, bound: Exact}
	n, _ := pct.quantity.Cmp(top)
	return Check{Relation: "percentile", Name: name, Inputs: ids,
		Want: fmt.Sprintf("%s ≤ %s", pct.quantity, top), Got: map[bool]string{true: "holds", false: "outside"}[n <= 0], Holds: n <= 0}
}

// auditRefusals lists the prior levels the library will not derive: every
// level with a growth rate at comparable prices.
func (c *Catalogue) auditRefusals() []Check {
	var out []Check
	for _, f := range c.facts {
		if f.Measure() != Level || f.Indicator().Pricing() != Comparable {
			continue
		}
		if _, ok := c.partner(f, Growth); !ok {
			continue
		}
		_, err := c.PriorLevel(f)
		out = append(out, Check{Relation: "derivation", Name: fmt.Sprintf("last year's %s from %s", f.Indicator(), f.id),
			Inputs: []string{f.id}, Want: "refused: growth at comparable prices", Got: fmt.Sprint(err), Holds: err != nil})
	}
	return out
}
