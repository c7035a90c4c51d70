package jinan

import (
	"encoding/json"
	"errors"
	"testing"
)

// apiSentinels are the sentinels every refusal of the API wraps one of.
var apiSentinels = []error{ErrSyntax, ErrRange, ErrEmpty, ErrUnknownUnit, ErrIncompatible, ErrInexact, ErrNoRate,
	ErrComparablePrices, ErrNotFound, ErrQuote, ErrInconsistent, ErrDomain, ErrNoBasis, ErrInvalidRate}

// checkNamed fails t unless err wraps one of the API's sentinels.
func checkNamed(t *testing.T, what string, err error) {
	t.Helper()
	for _, s := range apiSentinels {
		if errors.Is(err, s) {
			return
		}
	}
	t.Fatalf("%s: %v wraps no sentinel", what, err)
}

// FuzzFactFromRecord decodes arbitrary JSON as a Record and reads it back
// into the catalogue: never a panic or a hang; a refusal is named; an
// acceptance is the catalogue's own fact.
func FuzzFactFromRecord(f *testing.F) {
	c := Default()
	for _, id := range []string{"jinan.gdp.level.2020-q1", "jinan.trade.gap-shandong.2020-q1/benchmark-growth", "qilu-pharma.formulation-export-volume-us.level.2020-q1"} {
		fact, _ := c.Fact(id)
		b, _ := json.Marshal(fact)
		f.Add(b)
	}
	f.Add([]byte(`{"id":"jinan.gdp.level.2020-q1","value":"1e2147483647"}`))
	f.Add([]byte(`{"id":"jinan.gdp.level.2020-q1","value":"1e-2147483648","unit":"CNY"}`))
	f.Add([]byte(`[1,2]`))
	f.Fuzz(func(t *testing.T, data []byte) {
		var r Record
		if err := json.Unmarshal(data, &r); err != nil {
			return
		}
		got, err := c.FactFromRecord(r)
		if err != nil {
			checkNamed(t, "FactFromRecord", err)
			return
		}
		want, ok := c.Fact(r.ID)
		if !ok || !got.Equal(want) {
			t.Fatalf("FactFromRecord accepted %q as %v, not the catalogue's fact", r.ID, got)
		}
	})
}

// FuzzRound rounds and converts any figure to any number of places: never
// a panic or unbounded work; every result has a text form.
func FuzzRound(f *testing.F) {
	for _, s := range []string{"1579亩", "1.1%—1.4%", "超过3.5%", "约58万平方米", "26.3平方公里"} {
		f.Add(s, int32(2))
	}
	f.Add("1579亩", int32(-2147483648))
	f.Add("1579亩", int32(1000000))
	f.Fuzz(func(t *testing.T, s string, places int32) {
		q, err := ParseQuantity(s)
		if err != nil {
			return
		}
		if _, err := q.BaseRound(places); err != nil {
			checkNamed(t, "BaseRound", err)
		}
		for _, to := range []Unit{unitSquareMetre, unitMu, unitPercent, unitCNY, q.Unit()} {
			r, err := q.ConvertRound(to, places)
			if err != nil {
				checkNamed(t, "ConvertRound", err)
				continue
			}
			checkClosed(t, "ConvertRound "+s, r)
		}
	})
}

// FuzzConvertCurrency converts any figure at the cited 2020 rate to any
// number of places: never a panic; every result has a text form.
func FuzzConvertCurrency(f *testing.F) {
	for _, s := range []string{"3.8亿美元", "逾3000万美元", "1001.4亿元", "1—3亿美元", "20.7%"} {
		f.Add(s, int32(2))
	}
	f.Add("3.8亿美元", int32(-2147483648))
	rate, err := CitedRate(unitUSD, unitCNY, YearOf(2020))
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, s string, places int32) {
		q, err := ParseQuantity(s)
		if err != nil {
			return
		}
		c, err := ConvertCurrency(q, QuarterOf(2020, 1), rate, places)
		if err != nil {
			checkNamed(t, "ConvertCurrency", err)
			return
		}
		checkClosed(t, "ConvertCurrency "+s, c.Result())
	})
}
