package jinan

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/shopspring/decimal"

	"github.com/jinanfacts/jinan/internal/data"

	"github.com/jinanfacts/jinan/internal/figure"
)

// Check is one arithmetic relation among facts that the seeds allow,
// checked within the precision printed: parts that add up to a whole, a
// part no larger than its whole, the same figure printed twice, a
// contribution against its share and growth rates. A seed inconsistency is
// reported (Holds false), never hidden or fixed.
type Check struct {
	Relation string   // "sum", "part-of-whole", "printed-twice", "contribution", "percentile", "age", "derivation"
	Name     string   // what is checked, in words
	Inputs   []string // the IDs of the facts involved
	Want     string   // what the relation requires
	Got      string   // what the figures give
	Holds    bool
}

// Audit checks every arithmetic relation among the catalogue's facts that
// the seeds allow, and reports the derivations the library refuses (a base
// from a comparable-price growth rate). It computes afresh on each call.
// An empty catalogue has nothing to check.
func (c Catalogue) Audit() []Check {
	if c.Len() == 0 {
		return nil
	}
	var out []Check
	out = append(out, c.auditSums()...)
	out = append(out, c.auditParts()...)
	out = append(out, c.auditPrintedTwice()...)
	out = append(out, c.auditContributions()...)
	out = append(out, c.auditPercentiles()...)
	out = append(out, c.auditAges()...)
	out = append(out, c.auditRefusals()...)
	return out
}

// facts returns the facts with the given IDs; a missing ID is a bug in the
// audit's relations, which a test catches.
func (c Catalogue) factsByID(ids ...string) ([]Fact, error) {
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
func (c Catalogue) auditSums() []Check {
	var out []Check
	for _, s := range data.Sums {
		ids := append([]string{s.Whole}, s.Parts...)
		fs, err := c.factsByID(ids...)
		if err != nil {
			out = append(out, missing("sum", s.Name, ids, err))
			continue
		}
		total := fs[1].get().amount()
		for _, p := range fs[2:] {
			if total, err = total.Add(p.get().amount()); err != nil {
				break
			}
		}
		ck := Check{Relation: "sum", Name: s.Name, Inputs: ids, Want: fs[0].get().amount().String()}
		if err != nil {
			ck.Got = err.Error()
		} else {
			ck.Got, ck.Holds = total.String(), total.Equal(fs[0].get().amount())
		}
		out = append(out, ck)
	}
	return out
}

// auditParts checks that a part is no larger than the whole it belongs to.
func (c Catalogue) auditParts() []Check {
	var out []Check
	for _, p := range data.Parts {
		ids := []string{p.Part, p.Whole}
		fs, err := c.factsByID(ids...)
		if err != nil {
			out = append(out, missing("part-of-whole", p.Name, ids, err))
			continue
		}
		ck := Check{Relation: "part-of-whole", Name: p.Name, Inputs: ids,
			Want: fmt.Sprintf("%s ≤ %s", fs[0].get().amount(), fs[1].get().amount())}
		n, err := fs[0].get().amount().Cmp(fs[1].get().amount())
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
// further quote must print the same figure. It also compares the figures a
// seed prints twice with different digits, such as 天桥区's completion
// rate, given as 139.6% and 139.66%.
func (c Catalogue) auditPrintedTwice() []Check {
	var out []Check
	for f := range c.All() {
		if len(f.get().sources) < 2 {
			continue
		}
		for _, s := range f.get().sources[1:] {
			ck := Check{Relation: "printed-twice", Name: fmt.Sprintf("%s printed again in %s", f.get().id, s.File),
				Inputs: []string{f.get().id}, Want: f.get().amount().String(), Got: "a different figure in “" + s.Quote + "”"}
			figures := figure.Scan(s.Quote)
			if len(figures) == 0 {
				// A restatement in words, such as 迈进“万亿俱乐部” for the
				// 1万亿元 target, has no figure to disagree.
				ck.Got, ck.Holds = "restated in words: “"+s.Quote+"”", true
			}
			for _, fig := range figures {
				q, err := fromFigure(fig)
				if err == nil && q.value.Abs().Equal(f.get().amount().value.Abs()) && q.mag == f.get().amount().mag {
					ck.Got, ck.Holds = q.String(), true
					break
				}
			}
			out = append(out, ck)
		}
	}
	for _, p := range data.Pairs {
		ids := []string{p.A, p.B}
		fs, err := c.factsByID(ids...)
		if err != nil {
			out = append(out, missing("printed-twice", p.Name, ids, err))
			continue
		}
		a, b := fs[0].Quantity(), fs[1].Quantity()
		out = append(out, Check{Relation: "printed-twice", Inputs: ids, Name: p.Name,
			Want:  fmt.Sprintf("%s and %s agree within the printed precision", a, b),
			Got:   fmt.Sprintf("|%s − %s| = %s", printed(a.value), printed(b.value), a.value.Sub(b.value).Abs()),
			Holds: withinPrecision(a, b)})
	}
	return out
}

// withinPrecision reports whether two printed figures can be roundings of
// one number: their intervals (see Quantity.Interval), in base units,
// share a value. 139.6% stands for [139.55, 139.65]%, so 139.66% is not
// the same figure printed again.
func withinPrecision(a, b Quantity) bool {
	return a.Interval().scale(a.scale()).Overlaps(b.Interval().scale(b.scale()))
}

// auditContributions checks each contribution to a whole's growth against
// the part's share and both growth rates (see contributionOf): 济南高新区's
// printed 22.9个百分点 of Jinan's Q1 2020 trade growth against what its share
// and growth imply. It holds when the two intervals share a value.
func (c Catalogue) auditContributions() []Check {
	var out []Check
	for _, r := range data.Contributions {
		ids := []string{r.Contribution, r.Share, r.PartGrowth, r.WholeGrowth}
		fs, err := c.factsByID(ids...)
		if err != nil {
			out = append(out, missing("contribution", r.Name, ids, err))
			continue
		}
		contribution, shareQ, partQ, wholeQ := fs[0].Quantity(), fs[1].Quantity(), fs[2].Quantity(), fs[3].Quantity()
		e, err := contributionOf(shareQ, partQ, wholeQ)
		if err != nil {
			out = append(out, missing("contribution", r.Name, ids, err))
			continue
		}
		out = append(out, Check{Relation: "contribution", Name: r.Name, Inputs: ids,
			Want: fmt.Sprintf("%s = %s × (1 + %s) × %s / (1 + %s)", contribution, shareQ, wholeQ, partQ, partQ),
			Got:  e.String(), Holds: e.iv.Overlaps(contribution.Interval())})
	}
	return out
}

// auditPercentiles checks each rank against the percentile band the seed
// prints with it: 济北开发区's 第27名 of 160 zones and 首次进入全省前20%.
func (c Catalogue) auditPercentiles() []Check {
	var out []Check
	for _, r := range data.Percentiles {
		ids := []string{r.Rank, r.Band}
		fs, err := c.factsByID(ids...)
		if err == nil {
			var pct Fact
			if pct, err = c.RankPercentile(fs[0]); err == nil {
				top := Quantity{value: fs[1].Quantity().value, unit: unitPercent, bound: Exact}
				n, _ := pct.Quantity().Cmp(top)
				out = append(out, Check{Relation: "percentile", Name: r.Name, Inputs: ids,
					Want: fmt.Sprintf("%s ≤ %s", pct.Quantity(), top), Got: map[bool]string{true: "holds", false: "outside"}[n <= 0], Holds: n <= 0})
				continue
			}
		}
		out = append(out, missing("percentile", r.Name, ids, err))
	}
	return out
}

// auditAges checks each age against the founding year the seed prints:
// 济南高新区, founded in 1991, is 2020 − 1991 = 29 years old in 2020, which
// 近“而立之年” (nearly 30 years) allows; it holds when the difference of
// the years lies in the age's interval and within a year of the figure,
// as "nearly" is.
func (c Catalogue) auditAges() []Check {
	var out []Check
	for _, r := range data.Ages {
		ids := []string{r.Age}
		fs, err := c.factsByID(ids...)
		if err == nil {
			_, err = locate(data.Cite{File: r.File, Quote: r.Quote})
		}
		founded := strconv.Itoa(r.Founded) + "年"
		if err == nil && !strings.Contains(r.Quote, founded) {
			err = fmt.Errorf("quote %q prints no %s: %w", r.Quote, founded, ErrQuote)
		}
		if err != nil {
			out = append(out, missing("age", r.Name, ids, err))
			continue
		}
		q := fs[0].Quantity()
		years := decimal.NewFromInt(int64(fs[0].Period().End().Year() - r.Founded))
		holds := q.Unit() == unitYears && q.Interval().Contains(years) && years.Add(decimal.NewFromInt(1)).Cmp(q.Value()) >= 0
		out = append(out, Check{Relation: "age", Name: r.Name, Inputs: ids,
			Want: fmt.Sprintf("%d − %d within %s", fs[0].Period().End().Year(), r.Founded, q),
			Got:  years.String() + "年", Holds: holds})
	}
	return out
}

// auditRefusals lists the prior levels the library will not derive: every
// level with a growth rate at comparable prices.
func (c Catalogue) auditRefusals() []Check {
	var out []Check
	for f := range c.All() {
		if f.Measure() != Level || f.Indicator().Pricing() != Comparable {
			continue
		}
		if _, ok := c.partner(f, Growth); !ok {
			continue
		}
		_, err := c.PriorLevel(f)
		out = append(out, Check{Relation: "derivation", Name: fmt.Sprintf("last year's %s from %s", f.Indicator(), f.get().id),
			Inputs: []string{f.get().id}, Want: "refused: growth at comparable prices", Got: fmt.Sprint(err), Holds: err != nil})
	}
	return out
}
