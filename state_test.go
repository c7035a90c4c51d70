package jinan

import (
	"encoding/json"
	"testing"

	"github.com/jinanfacts/jinan/internal/data"
)

// answers is what the library answers, written down for comparison: every
// record of a fresh build, read and derived, every seed figure parsed, the
// vocabulary's units, the cited rates, a query, a derivation, an audit
// and the figures Extract reads in seed 000.
func answers(t *testing.T) string {
	t.Helper()
	c, err := build(data.Seeds())
	if err != nil {
		t.Fatal(err)
	}
	var out []any
	for f := range c.Query(Query{}) {
		out = append(out, f.Record())
	}
	for _, s := range seedFigures() {
		q, err := ParseQuantity(s)
		out = append(out, q.String(), q.Unit().String(), q.Unit().Dimension().String(), err == nil)
	}
	for i := range data.Indicators {
		out = append(out, Indicator(i+1).Unit().String())
	}
	rates, err := buildCitedRates()
	out = append(out, rates, err == nil)
	for f := range c.Query(Query{Subject: Shandong}) {
		out = append(out, f.ID(), f.Quantity().String())
	}
	gdp, _ := c.Fact("jinan.gdp.level.2020-q1")
	_, err = c.PriorLevel(gdp)
	out = append(out, err.Error())
	out = append(out, c.Audit())
	for _, e := range ExtractBytes([]byte(seed000)) {
		out = append(out, e.Quantity.String(), e.Quantity.Unit().String())
	}
	b, err := json.Marshal(out)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// TestExportedVariablesChangeNothing assigns other values to every
// exported variable of the package (the units) and checks that parsing,
// lookups, queries, derivations and the audit answer as before: the
// library reads only its own copies. Not parallel: it changes package
// state for its duration.
func TestExportedVariablesChangeNothing(t *testing.T) {
	before := answers(t)
	saved := []Unit{CNY, USD, Percent, Tenth, Fraction, PercentagePoint, SquareMetre, SquareKilometre, Mu, Tonne, Kilometre, Hours, Days, Months, Years}
	defer func() {
		CNY, USD, Percent, Tenth, Fraction, PercentagePoint, SquareMetre, SquareKilometre, Mu, Tonne, Kilometre, Hours, Days, Months, Years =
			saved[0], saved[1], saved[2], saved[3], saved[4], saved[5], saved[6], saved[7], saved[8], saved[9], saved[10], saved[11], saved[12], saved[13], saved[14]
	}()
	// Each unit becomes another: dollars for yuan, percentage points for percent …
	CNY, USD, Percent, Tenth, Fraction, PercentagePoint, SquareMetre, SquareKilometre, Mu, Tonne, Kilometre, Hours, Days, Months, Years =
		USD, CNY, PercentagePoint, Percent, Tenth, Fraction, Mu, SquareMetre, Tonne, Kilometre, Hours, Days, Months, Years, SquareKilometre
	if CNY == saved[0] {
		t.Fatal("the assignment did not take")
	}
	if after := answers(t); after != before {
		t.Errorf("assigning to the exported units changed the library's answers")
	}
	if q := MustParseQuantity("2027.00亿元"); q.Unit() != saved[0] {
		t.Errorf(`ParseQuantity("2027.00亿元") is in %v after CNY was reassigned`, q.Unit())
	}
}
