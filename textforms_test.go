package jinan

import (
	"encoding"
	"encoding/json"
	"reflect"
	"strings"
	"testing"

	"github.com/jinanfacts/jinan/internal/data"
)

// textRoundTrip marshals v to text and reads it back into a fresh value of
// v's type, which must equal v.
func textRoundTrip[T comparable, P interface {
	*T
	encoding.TextUnmarshaler
}](t *testing.T, v T) {
	t.Helper()
	m, ok := any(v).(encoding.TextMarshaler)
	if !ok {
		t.Fatalf("%T has no MarshalText", v)
	}
	text, err := m.MarshalText()
	if err != nil {
		t.Errorf("%T(%v).MarshalText: %v", v, v, err)
		return
	}
	var back T
	if err := P(&back).UnmarshalText(text); err != nil || back != v {
		t.Errorf("%T %q reads back as %v, %v; want %v", v, text, back, err, v)
	}
}

// TestEnumTextForms marshals and unmarshals every value of every
// enumeration, and refuses the zero value and a value past the last.
func TestEnumTextForms(t *testing.T) {
	for m := Level; m <= Percentile; m++ {
		textRoundTrip(t, m)
	}
	for s := Observed; s <= Planned; s++ {
		textRoundTrip(t, s)
	}
	for b := Exact; b <= Range; b++ {
		textRoundTrip(t, b)
	}
	for k := CalendarYear; k <= SoFar; k++ {
		textRoundTrip(t, k)
	}
	for k := Nation; k <= Organisation; k++ {
		textRoundTrip(t, k)
	}
	for p := Nominal; p <= Comparable; p++ {
		textRoundTrip(t, p)
	}
	for d := Money; d <= MonthOfYear; d++ {
		textRoundTrip(t, d)
	}
	for o := FromSeed; o <= FromDerivation; o++ {
		textRoundTrip(t, o)
	}
	for _, bad := range []encoding.TextMarshaler{Measure(0), Percentile + 1, Status(0), Planned + 1, Bound(0), Range + 1,
		PeriodKind(0), SoFar + 1, SubjectKind(0), Organisation + 1, Pricing(0), Comparable + 1, Dimension(0), MonthOfYear + 1,
		Origin(0), FromDerivation + 1} {
		if text, err := bad.MarshalText(); err == nil {
			t.Errorf("%T(%v).MarshalText = %q, want an error", bad, bad, text)
		}
	}
}

// TestHandleTextForms: every subject and indicator of the vocabulary, and
// every unit an indicator or fact uses, reads back from its text.
func TestHandleTextForms(t *testing.T) {
	for i := range data.Subjects {
		textRoundTrip(t, Subject(i+1))
	}
	for i := range data.Indicators {
		ind := Indicator(i + 1)
		textRoundTrip(t, ind)
		textRoundTrip(t, ind.Unit())
	}
	for f := range Default().All() {
		textRoundTrip(t, f.Quantity().Unit())
		textRoundTrip(t, f.Period())
		textRoundTrip(t, f.Versus())
		textRoundTrip(t, f.Period().Start())
	}
}

// recordFields returns the JSON names of Record's fields.
func recordFields() []string {
	var names []string
	typ := reflect.TypeFor[Record]()
	for i := range typ.NumField() {
		name, _, _ := strings.Cut(typ.Field(i).Tag.Get("json"), ",")
		names = append(names, name)
	}
	return names
}

// TestFactsMarshal marshals every fact, read and derived, to JSON: it is
// its Record, with every field of the schema present (null where empty),
// and it reads back through FactFromRecord to the same fact.
func TestFactsMarshal(t *testing.T) {
	c := Default()
	fields := recordFields()
	n := 0
	for f := range c.Query(Query{}) {
		n++
		b, err := json.Marshal(f)
		if err != nil {
			t.Fatalf("%s: %v", f.ID(), err)
		}
		var obj map[string]json.RawMessage
		if err := json.Unmarshal(b, &obj); err != nil {
			t.Fatal(err)
		}
		if len(obj) != len(fields) {
			t.Errorf("%s: %d fields, the schema has %d", f.ID(), len(obj), len(fields))
		}
		for _, name := range fields {
			v, ok := obj[name]
			if !ok {
				t.Errorf("%s: field %q missing", f.ID(), name)
			}
			if string(v) == `""` {
				t.Errorf("%s: field %q is an empty string, want null", f.ID(), name)
			}
		}
		var r Record
		if err := json.Unmarshal(b, &r); err != nil {
			t.Fatalf("%s: %v", f.ID(), err)
		}
		back, err := c.FactFromRecord(r)
		if err != nil || !back.Equal(f) {
			t.Errorf("%s: reads back as %v, %v", f.ID(), back, err)
		}
		if f.String() == "" || !strings.HasPrefix(f.String(), f.ID()+" ") {
			t.Errorf("%s: String() = %q", f.ID(), f.String())
		}
	}
	if n < c.Len()+30 {
		t.Errorf("marshalled %d facts, want the %d read and the derived ones", n, c.Len())
	}
}

// TestSoFarRecord: the record of 今年以来 tells "so far, at the latest" from
// "unknown": period_end is null and period_end_latest the document's date.
func TestSoFarRecord(t *testing.T) {
	f, ok := Default().Fact("jibei-zone.signed-projects.level.2021-sofar")
	if !ok {
		t.Fatal("no jibei-zone.signed-projects.level.2021-sofar")
	}
	b, _ := json.Marshal(f)
	var obj map[string]any
	if err := json.Unmarshal(b, &obj); err != nil {
		t.Fatal(err)
	}
	// 004 is of about 2021-12-27 (../shared/DOMAIN.md).
	if obj["period_end"] != nil || obj["period_end_latest"] != "2021-12-27" || obj["period_start"] != "2021-01-01" ||
		obj["time_period"] != "2021-01-01/..2021-12-27" {
		t.Errorf("so-far record: end %v, latest %v, start %v, time %v", obj["period_end"],
			obj["period_end_latest"], obj["period_start"], obj["time_period"])
	}
}

// TestRateJSON: every cited rate marshals to its value, period and
// citation, and reads back equal.
func TestRateJSON(t *testing.T) {
	for _, r := range CitedRates() {
		b, err := json.Marshal(r)
		if err != nil {
			t.Fatal(err)
		}
		var back Rate
		if err := json.Unmarshal(b, &back); err != nil || !back.Equal(r) {
			t.Errorf("rate %s: %s reads back as %v, %v", r, b, back, err)
		}
		if !strings.Contains(string(b), `"value":"`+r.Value().String()+`"`) || !strings.Contains(string(b), `"period":"`+r.Period().String()+`"`) {
			t.Errorf("rate JSON %s lacks its value or period", b)
		}
	}
	var r Rate
	if err := json.Unmarshal([]byte(`{"base":"USD","quote":"CNY","value":"-1","period":"2020","citation":{"publisher":"x","title":"y"}}`), &r); err == nil {
		t.Error("a negative rate must be refused")
	}
}
