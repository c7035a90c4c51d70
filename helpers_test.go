package jinan

import (
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"github.com/shopspring/decimal"
)

// dec parses a decimal literal in a test.
func dec(s string) decimal.Decimal { return decimal.RequireFromString(s) }

// factView is what the seeds' tests read off a fact, as strings, for
// cmp.Diff against values read from the seed. Den is set only for a
// fraction (三分之一) and High only for a range.
type factView struct {
	Value, High, Unit, Counter, Mag, Bound string
	Den                                    int64
	Measure, Period, Label, Status         string
	Benchmark, RankOf                      string
	Inferred                               bool
	Sources                                int
}

func viewOf(f Fact) factView {
	q := f.Quantity()
	v := factView{
		Value: printed(q.Value()), Unit: q.Unit().String(), Counter: q.Unit().Counter(),
		Mag: q.Magnitude().String(), Bound: q.Bound().String(),
		Measure: f.Measure().String(), Period: f.Period().String(), Label: f.PeriodLabel(),
		Status: f.Status().String(), Benchmark: f.Benchmark().ID(), RankOf: f.RankOf().String(),
		Sources: len(f.Sources()),
	}
	if q.Bound() == Range {
		v.High = printed(q.High())
	}
	if d := q.Denominator(); d > 1 {
		v.Den = d
	}
	v.Inferred, _ = f.YearInferred()
	return v
}

// The seed files, as the tests name them.
const (
	file000 = "000_7d0ca8f784bc605c.txt"
	file001 = "001_fdc0b1e40edbcf43.txt"
	file002 = "002_efc7dab49f01bd8e.txt"
	file003 = "003_af740044c03de167.txt"
	file004 = "004_a32e2b83e55b5a5b.txt"
)

// checkFactView reports where fact id of c is missing, is first quoted
// from another file than file, or reads otherwise than want (its
// denominator, inference and rank group aside, which the seeds' tests
// check apart).
func checkFactView(t *testing.T, c Catalogue, id, file string, want factView) {
	t.Helper()
	f, ok := c.Fact(id)
	if !ok {
		t.Errorf("no fact %q", id)
		return
	}
	if f.Sources()[0].File != file {
		t.Errorf("%s: first source in %s, want %s", id, f.Sources()[0].File, file)
	}
	if diff := cmp.Diff(want, viewOf(f), cmpopts.IgnoreFields(factView{}, "Den", "Inferred", "RankOf")); diff != "" {
		t.Errorf("%s (-want +got):\n%s", id, diff)
	}
}
