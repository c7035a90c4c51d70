package jinan

import (
	"encoding/json"
	"regexp"
	"slices"
	"testing"
)

// TestExportFields validates every exported record, read and derived,
// against the field list tools rely on: names, types and value sets.
func TestExportFields(t *testing.T) {
	required := []string{"id", "subject", "subject_code", "indicator", "measure", "value", "unit", "counter",
		"multiplier", "bound", "value_high", "period_start", "period_end", "period_label", "year_inferred",
		"status", "benchmark", "sources", "derived", "inputs", "note"}
	units := []string{"CNY", "USD", "%", "pp", "m2", "km2", "mu", "t", "km", "count", "rank", "h", "d", "month", "year", "month-end", "tenth", "ratio"}
	bounds := []string{"exact", "about", "over", "at_least", "at_most", "nearly", "under", "range"}
	number := regexp.MustCompile(`^-?[0-9]+(\.[0-9]+)?$`)
	date := regexp.MustCompile(`^([0-9]{4}-[0-9]{2}-[0-9]{2})?$`)
	texts := map[string][]byte{}
	for _, d := range Documents() {
		texts[d.File], _ = d.Text()
	}
	c := Default()
	check := func(f Fact) {
		b, err := json.Marshal(f.Record())
		if err != nil {
			t.Fatal(err)
		}
		var m map[string]any
		if err := json.Unmarshal(b, &m); err != nil {
			t.Fatal(err)
		}
		for _, k := range required {
			if _, ok := m[k]; !ok {
				t.Errorf("%s: no field %q", f.ID(), k)
			}
		}
		r := f.Record()
		switch {
		case !number.MatchString(r.Value):
			t.Errorf("%s: value %q is not a decimal string", f.ID(), r.Value)
		case r.ValueHigh != "" && !number.MatchString(r.ValueHigh):
			t.Errorf("%s: value_high %q", f.ID(), r.ValueHigh)
		case !slices.Contains(units, r.Unit):
			t.Errorf("%s: unit %q", f.ID(), r.Unit)
		case !slices.Contains(bounds, r.Bound):
			t.Errorf("%s: bound %q", f.ID(), r.Bound)
		case (r.Bound == "range") != (r.ValueHigh != ""):
			t.Errorf("%s: bound %s with value_high %q", f.ID(), r.Bound, r.ValueHigh)
		case !date.MatchString(r.PeriodStart) || !date.MatchString(r.PeriodEnd):
			t.Errorf("%s: period %q to %q", f.ID(), r.PeriodStart, r.PeriodEnd)
		case r.Status != "observed" && r.Status != "target":
			t.Errorf("%s: status %q", f.ID(), r.Status)
		case r.Derived != (len(r.Inputs) > 0):
			t.Errorf("%s: derived %v with inputs %v", f.ID(), r.Derived, r.Inputs)
		case len(r.Sources) == 0:
			t.Errorf("%s: no sources", f.ID())
		case r.Unit != "count" && r.Unit != "rank" && r.Counter != "":
			t.Errorf("%s: counter %q with unit %s", f.ID(), r.Counter, r.Unit)
		}
		for _, s := range r.Sources {
			text := texts[s.File]
			if s.Start < 0 || s.End > len(text) || s.Start >= s.End || string(text[s.Start:s.End]) != s.Quote {
				t.Errorf("%s: source %s[%d:%d] does not hold %q", f.ID(), s.File, s.Start, s.End, s.Quote)
			}
		}
	}
	for f := range c.All() {
		check(f)
	}
	for f := range c.Derived() {
		check(f)
	}
}

// TestRecordOfGDP checks one record field by field against seed 000:
// 一季度济南市生产总值为2027.00亿元.
func TestRecordOfGDP(t *testing.T) {
	f, _ := Default().Fact("jinan.gdp.level.2020-q1")
	r := f.Record()
	if r.Value != "2027.00" || r.Unit != "CNY" || r.Multiplier != 8 || r.Bound != "exact" ||
		r.PeriodStart != "2020-01-01" || r.PeriodEnd != "2020-03-31" || r.PeriodLabel != "一季度" ||
		!r.YearInferred || r.SubjectCode != "370100" || r.Status != "observed" {
		t.Errorf("record = %+v", r)
	}
}
