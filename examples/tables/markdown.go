package main

import (
	"cmp"
	"fmt"
	"slices"
	"strings"

	"github.com/jinanfacts/jinan"
)

// minFacts is the fewest facts an indicator needs for a row of its own
// in the README.
const minFacts = 3

// markdown returns the tables of what c holds, counted from c itself so
// that nobody types them by hand: facts per seed document (read from it, and
// derived from its facts), then facts per indicator for the indicators with
// at least atLeast facts (the README uses minFacts), the rest counted in
// one row.
func markdown(c jinan.Catalogue, atLeast int) string {
	var b strings.Builder
	read := map[string]int{}
	for f := range c.All() {
		read[f.Sources()[0].File]++
	}
	derived := map[string]int{}
	for f := range c.Derived() {
		derived[f.Sources()[0].File]++
	}
	b.WriteString("| seed | newspaper | published (inferred) | facts read | facts derived |\n|---|---|---|---:|---:|\n")
	total, totalDerived := 0, 0
	for _, d := range jinan.Documents() {
		fmt.Fprintf(&b, "| %s | %s | %s | %d | %d |\n", d.File, d.Newspaper, d.Published, read[d.File], derived[d.File])
		total += read[d.File]
		totalDerived += derived[d.File]
	}
	fmt.Fprintf(&b, "| all | | | %d | %d |\n\n", total, totalDerived)

	type row struct {
		ind jinan.Indicator
		n   int
	}
	counts := map[jinan.Indicator]int{}
	for f := range c.All() {
		counts[f.Indicator()]++
	}
	var rows []row
	others, otherFacts := 0, 0
	for ind, n := range counts {
		if n >= atLeast {
			rows = append(rows, row{ind, n})
		} else {
			others++
			otherFacts += n
		}
	}
	slices.SortFunc(rows, func(a, b row) int {
		return cmp.Or(cmp.Compare(b.n, a.n), cmp.Compare(a.ind.ID(), b.ind.ID()))
	})
	b.WriteString("| indicator | 指标 | growth priced | facts |\n|---|---|---|---:|\n")
	for _, r := range rows {
		fmt.Fprintf(&b, "| %s (`%s`) | %s | %s | %d |\n", r.ind.English(), r.ind.ID(), r.ind.Chinese(), r.ind.Pricing(), r.n)
	}
	fmt.Fprintf(&b, "| %d other indicators, fewer than %d facts each | | | %d |\n", others, atLeast, otherFacts)
	return b.String()
}
