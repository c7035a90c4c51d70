package jinan

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestTextRoundTrip checks, for every fact of the catalogue, that its
// quantity (and the size of a rank's peer group), unit and bound decode
// from their text to equal values, directly and inside JSON.
func TestCatalogueTextRoundTrip(t *testing.T) {
	for f := range Default().All() {
		quantities := []Quantity{f.Quantity()}
		if !f.RankOf().IsZero() {
			quantities = append(quantities, f.RankOf())
		}
		for _, q := range quantities {
			text, err := q.MarshalText()
			if err != nil {
				t.Errorf("%s: %v.MarshalText: %v", f.ID(), q, err)
				continue
			}
			var back Quantity
			if err := back.UnmarshalText(text); err != nil || !back.Equal(q) || !back.Identical(q) {
				t.Errorf("%s: quantity %q reads back as %q, %v", f.ID(), text, back.String(), err)
			}
			var fromJSON struct{ Q Quantity }
			if b, err := json.Marshal(struct{ Q Quantity }{q}); err != nil {
				t.Errorf("%s: json.Marshal of %v: %v", f.ID(), q, err)
			} else if err := json.Unmarshal(b, &fromJSON); err != nil || !fromJSON.Q.Identical(q) {
				t.Errorf("%s: JSON %s reads back as %q, %v", f.ID(), b, fromJSON.Q.String(), err)
			}

			u := q.Unit()
			text, err = u.MarshalText()
			var unit Unit
			if err != nil || unit.UnmarshalText(text) != nil || unit != u {
				t.Errorf("%s: unit %#v encodes to %q (%v) and reads back as %#v", f.ID(), u, text, err, unit)
			}

			b := q.Bound()
			text, err = b.MarshalText()
			var bound Bound
			if err != nil || bound.UnmarshalText(text) != nil || bound != b {
				t.Errorf("%s: bound %v encodes to %q (%v) and reads back as %v", f.ID(), b, text, err, bound)
			}
		}
	}
}

// readJSONL decodes one Record per line, refusing fields a Record does not
// have.
func readJSONL(t *testing.T, data []byte) []Record {
	t.Helper()
	var out []Record
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		dec := json.NewDecoder(bytes.NewReader(sc.Bytes()))
		dec.DisallowUnknownFields()
		var r Record
		if err := dec.Decode(&r); err != nil {
			t.Fatalf("line %d: %v: %s", len(out)+1, err, sc.Bytes())
		}
		out = append(out, r)
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}

// TestExportRoundTrip writes the export as examples/export -derived does
// (every fact, then every derived fact), reads the JSON Lines back into
// Records equal to the originals, and the Records back into the
// catalogue's Facts.
func TestExportRoundTrip(t *testing.T) {
	c := Default()
	var originals []Record
	var facts []Fact
	for _, seq := range []func(func(Fact) bool){c.All(), c.Derived()} {
		for f := range seq {
			originals = append(originals, f.Record())
			facts = append(facts, f)
		}
	}
	if n := len(facts) - c.Len(); n <= 0 {
		t.Fatalf("%d derived facts, want some", n)
	}
	var buf bytes.Buffer
	if err := exportJSONL(&buf, c); err != nil {
		t.Fatal(err)
	}
	if err := WriteJSONLines(&buf, Records(c.Derived())); err != nil {
		t.Fatal(err)
	}
	records := readJSONL(t, buf.Bytes())
	if diff := cmp.Diff(originals, records); diff != "" {
		t.Fatalf("records read back from JSON Lines (-export +read):\n%s", diff)
	}

	var again bytes.Buffer
	if err := WriteJSONLines(&again, slices.Values(records)); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(again.Bytes(), buf.Bytes()) {
		t.Error("the records read back encode to other bytes than the export")
	}

	var decoded []Fact
	for _, r := range records {
		f, err := c.FactFromRecord(r)
		if err != nil {
			t.Errorf("FactFromRecord(%s): %v", r.ID, err)
			continue
		}
		decoded = append(decoded, f)
	}
	if diff := cmp.Diff(facts, decoded); diff != "" {
		t.Errorf("facts read back from records (-catalogue +decoded):\n%s", diff)
	}
	for i := range min(len(facts), len(decoded)) {
		if !decoded[i].Quantity().Identical(facts[i].Quantity()) || decoded[i].Period() != facts[i].Period() {
			t.Errorf("%s: decoded %v in %v, catalogue %v in %v", facts[i].ID(),
				decoded[i].Quantity(), decoded[i].Period(), facts[i].Quantity(), facts[i].Period())
		}
	}
}

// TestFactFromRecordRefuses tampers with one field of a record at a time:
// a field that does not decode gives ErrSyntax, ErrUnknownUnit or ErrRange,
// and one that decodes but is not the catalogue's gives ErrNotFound; the
// error names the field.
func TestFactFromRecordRefuses(t *testing.T) {
	c := Default()
	const id = "jinan.gdp.level.2020-q1" // 2027.00亿元, one source, year inferred
	base, ok := c.Fact(id)
	if !ok {
		t.Fatalf("no fact %s", id)
	}
	if _, err := c.FactFromRecord(base.Record()); err != nil {
		t.Fatalf("FactFromRecord of the untouched record: %v", err)
	}
	var derivedID string
	for f := range c.Derived() {
		derivedID = f.ID()
		break
	}
	tests := []struct {
		field  string
		tamper func(r *Record)
		want   error
	}{
		{"id", func(r *Record) { r.ID = "jinan.gdp.level.1999" }, ErrNotFound},
		{"id", func(r *Record) { r.ID = "" }, ErrNotFound},
		{"id", func(r *Record) { r.ID = derivedID }, ErrNotFound}, // derived, but not marked so
		{"subject", func(r *Record) { r.Subject = "atlantis" }, ErrNotFound},
		{"subject", func(r *Record) { r.Subject = "shandong" }, ErrNotFound},
		{"subject_code", func(r *Record) { r.SubjectCode = "370000" }, ErrNotFound},
		{"indicator", func(r *Record) { r.Indicator = "happiness" }, ErrNotFound},
		{"measure", func(r *Record) { r.Measure = "Level" }, ErrSyntax},
		{"measure", func(r *Record) { r.Measure = "growth" }, ErrNotFound},
		{"value", func(r *Record) { r.Value = "2027.0" }, ErrNotFound},
		{"value", func(r *Record) { r.Value = "2027.00.0" }, ErrSyntax},
		{"value", func(r *Record) { r.Value = "2.02700e3" }, ErrSyntax},
		{"value", func(r *Record) { r.Value = " 2027.00" }, ErrSyntax},
		{"value", func(r *Record) { r.Value = "NaN" }, ErrSyntax},
		{"value", func(r *Record) { r.Value = "" }, ErrSyntax},
		{"denominator", func(r *Record) { r.Denominator = "1" }, ErrSyntax},
		{"denominator", func(r *Record) { r.Denominator = "x" }, ErrSyntax},
		{"denominator", func(r *Record) { r.Denominator = "3" }, ErrNotFound},
		{"unit", func(r *Record) { r.Unit = "英镑" }, ErrUnknownUnit},
		{"unit", func(r *Record) { r.Counter = "家" }, ErrUnknownUnit},
		{"unit", func(r *Record) { r.Unit = "" }, ErrUnknownUnit},
		{"unit", func(r *Record) { r.Unit = "USD" }, ErrNotFound},
		{"multiplier", func(r *Record) { r.Multiplier = 300 }, ErrRange},
		{"multiplier", func(r *Record) { r.Multiplier = 4 }, ErrNotFound},
		{"bound", func(r *Record) { r.Bound = "Over" }, ErrSyntax},
		{"bound", func(r *Record) { r.Bound = "over" }, ErrNotFound},
		{"value_high", func(r *Record) { r.ValueHigh = "3000.00" }, ErrSyntax},
		{"period_kind", func(r *Record) { r.PeriodKind = "fortnight" }, ErrSyntax},
		{"period_kind", func(r *Record) { r.PeriodKind = "year_to_date" }, ErrNotFound},
		{"period_start", func(r *Record) { r.PeriodStart = "2020-1-1" }, ErrSyntax},
		{"period_end", func(r *Record) { r.PeriodEnd = "2020-02-30" }, ErrSyntax},
		{"period_end", func(r *Record) { r.PeriodEnd = "2020-04-30" }, ErrNotFound},
		{"period_label", func(r *Record) { r.PeriodLabel = "1-3月" }, ErrNotFound},
		{"time_period", func(r *Record) { r.TimePeriod = "2020-Q2" }, ErrNotFound},
		{"year_inferred", func(r *Record) { r.YearInferred = false }, ErrNotFound},
		{"status", func(r *Record) { r.Status = "planned" }, ErrSyntax},
		{"status", func(r *Record) { r.Status = "target" }, ErrNotFound},
		{"benchmark", func(r *Record) { r.Benchmark = "atlantis" }, ErrNotFound},
		{"benchmark", func(r *Record) { r.Benchmark = "shandong" }, ErrNotFound},
		{"sources", func(r *Record) { r.Sources[0].Start++ }, ErrNotFound},
		{"sources", func(r *Record) { r.Sources[0].Quote += "，" }, ErrNotFound},
		{"sources", func(r *Record) { r.Sources = append(r.Sources, r.Sources[0]) }, ErrNotFound},
		{"sources", func(r *Record) { r.Sources = nil }, ErrNotFound},
		{"derived", func(r *Record) { r.Derived = true }, ErrNotFound},
		{"inputs", func(r *Record) { r.Inputs = []string{"jinan.gdp.growth.2020-q1"} }, ErrNotFound},
		{"formula", func(r *Record) { r.Formula = "level / 2" }, ErrNotFound},
		{"note", func(r *Record) { r.Note = "edited" }, ErrNotFound},
	}
	for _, tt := range tests {
		r := base.Record()
		tt.tamper(&r)
		f, err := c.FactFromRecord(r)
		if !wrapsErr(err, tt.want) || !strings.Contains(err.Error(), ": "+tt.field+": ") {
			t.Errorf("FactFromRecord with %s tampered = %v, %v; want an error on %s wrapping %q", tt.field, f.ID(), err, tt.field, tt.want)
		}
		if !f.Equal(Fact{}) {
			t.Errorf("FactFromRecord with %s tampered returned %s beside its error", tt.field, f.ID())
		}
	}
	// The record of a fact whose period year was inferred carries no
	// reason; a nil Inputs is the empty list the export writes.
	r := base.Record()
	r.Inputs = nil
	if f, err := c.FactFromRecord(r); err != nil || !f.Equal(base) {
		t.Errorf("FactFromRecord with nil inputs = %v, %v; want %s", f.ID(), err, id)
	} else if _, why := f.YearInferred(); why == "" {
		t.Errorf("FactFromRecord lost the reason the year of %s was inferred", id)
	}
	if _, err := c.FactFromRecord(Record{}); !errors.Is(err, ErrNotFound) {
		t.Errorf("FactFromRecord(Record{}) = %v, want ErrNotFound", err)
	}
}

// A line of the JSON Lines export read back into the catalogue's fact, and
// a tampered one refused.
func ExampleCatalogue_FactFromRecord() {
	c := Default()
	f, _ := c.Fact("jinan.gdp.level.2020-q1")
	line, _ := json.Marshal(f.Record())

	var r Record
	if err := json.Unmarshal(line, &r); err != nil {
		fmt.Println(err)
		return
	}
	back, err := c.FactFromRecord(r)
	fmt.Println(back.Quantity(), back.Period(), back.Equal(f), err)

	r.Value = "2027.0"
	_, err = c.FactFromRecord(r)
	fmt.Println(err)
	// Output:
	// 2027.00亿元 2020-Q1 true <nil>
	// jinan: record "jinan.gdp.level.2020-q1": value: differs from the catalogue's fact: not found
}
