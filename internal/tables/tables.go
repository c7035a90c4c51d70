// Package tables writes the Markdown tables of what the catalogue holds,
// for the README: facts per seed and per indicator, counted from the
// catalogue itself so that nobody types them by hand.
package tables

import (
	"cmp"
	"fmt"
	"slices"
	"strings"

	"github.com/jinanfacts/jinan"
)

// MinFacts is the fewest facts an indicator needs for a row of its own
// in the README.
const MinFacts = 3

// Markdown returns the tables: facts per seed document (read from it, and
// derived from its facts), then facts per indicator for the indicators with
// at least minFacts facts, the rest counted in one row.
func Markdown(c *jinan.Catalogue, minFacts int) string {
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
		if n >= minFacts {
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
	fmt.Fprintf(&b, "| %d other indicators, fewer than %d facts each | | | %d |\n", others, minFacts, otherFacts)
	return b.String()
}
