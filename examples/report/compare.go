package main

import (
	"fmt"
	"strings"

	"github.com/jinanfacts/jinan"
	"github.com/jinanfacts/jinan/examples/internal/termtable"
)

// comparisons returns a line for every subject, indicator and period that
// keep selects and that the seeds measure against a benchmark: the
// subject's growth beside each benchmark's, printed or implied by the gap,
// with the interval of a derived growth, and the subject's ranks
// (jinan.Catalogue.Compare).
func (r report) comparisons(c jinan.Catalogue, keep func(jinan.Fact) bool) []string {
	type key struct {
		s jinan.Subject
		i jinan.Indicator
		p jinan.Period
	}
	seen := map[key]bool{}
	var lines []string
	for gap := range c.Query(jinan.Query{Measure: jinan.Gap, Origin: jinan.FromSeed}) {
		k := key{gap.Subject(), gap.Indicator(), gap.Period()}
		if seen[k] || !keep(gap) {
			continue
		}
		seen[k] = true
		cmp, err := c.Compare(k.s, k.i, k.p)
		if err != nil {
			continue
		}
		lines = append(lines, r.comparison(cmp)...)
	}
	return lines
}

// comparison writes one Comparison: a line for the subject, one for each
// benchmark and one for the ranks, wrapped to the width.
func (r report) comparison(cmp jinan.Comparison) []string {
	head := fmt.Sprintf("%s · %s · %s", r.name(cmp.Subject), r.indicator(cmp.Indicator), r.period(cmp.Growth, false))
	if cmp.Growth.IsValid() {
		head += ": " + jinan.FormatFact(cmp.Growth, r.tag)
	}
	lines := termtable.Wrap(head, r.width)
	for _, b := range cmp.Benchmarks {
		line := r.name(b.Subject) + " "
		if g := b.Growth; g.IsValid() {
			line += jinan.FormatFact(g, r.tag)
			if g.Derived() {
				line += " " + g.Interval().String() + r.pick(" ≈ implied", " ≈推算")
			}
		} else {
			line += "?"
		}
		line += fmt.Sprintf(r.pick(" (gap %s)", "（差距%s）"), jinan.FormatFact(b.Gap, r.tag))
		lines = append(lines, indent(termtable.Wrap(line, r.width-2))...)
	}
	if len(cmp.Ranks) > 0 {
		var ranks []string
		for _, f := range cmp.Ranks {
			ranks = append(ranks, r.name(f.Benchmark())+" "+jinan.FormatFact(f, r.tag))
		}
		lines = append(lines, indent(termtable.Wrap(r.pick("rank: ", "排名：")+strings.Join(ranks, "; "), r.width-2))...)
	}
	return lines
}

// indent puts two spaces before each line.
func indent(lines []string) []string {
	for i, l := range lines {
		lines[i] = "  " + l
	}
	return lines
}
