package jinan

import (
	"fmt"
	"math/big"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/jinanfacts/jinan/internal/data"
)

// derivationRows writes the facts the rules derive from the default
// catalogue as rows of data.Derivations.
func derivationRows(t *testing.T) []data.Derivation {
	t.Helper()
	type at struct{ seed, entry int }
	where := map[string]at{}
	for i, s := range data.Seeds() {
		for j := range s.Entries {
			where[s.Entries[j].ID] = at{i, j}
		}
	}
	var rows []data.Derivation
	for _, f := range Default().derive() {
		row := data.Derivation{
			Subject: f.key.Subject.ID(), Indicator: f.key.Indicator.ID(), Benchmark: f.key.Benchmark.ID(),
			Measure: f.key.Measure.String(), Period: optionalText(f.key.Period), Quantity: parsedOf(f.quantity),
			Handles: data.Handles{Subject: uint16(f.key.Subject), Indicator: uint16(f.key.Indicator), Benchmark: uint16(f.key.Benchmark)},
			Places:  f.derivation.interval.places, Formula: f.derivation.formula.String(),
		}
		if f.key.Status != 0 {
			row.Status = f.key.Status.String()
		}
		if f.derivation.interval.lo != nil {
			row.Lower = f.derivation.interval.lo.RatString()
		}
		if f.derivation.interval.hi != nil {
			row.Upper = f.derivation.interval.hi.RatString()
		}
		for _, id := range f.derivation.inputs {
			w, ok := where[id]
			if !ok {
				t.Fatalf("%s: input %s is not an entry of the seeds", f.id, id)
			}
			e := &data.Seeds()[w.seed].Entries[w.entry]
			row.Inputs = append(row.Inputs, data.Input{Seed: w.seed, Entry: w.entry, ID: id, Reading: reading(e), Digest: entryDigest(e)})
		}
		// Sources cited before the inputs' own are the wording of a rule.
		var own []Source
		for _, id := range f.derivation.inputs {
			in, _ := Default().Fact(id)
			own = append(own, in.Sources()...)
		}
		extra := len(f.sources) - len(own)
		if extra < 0 || !slices.Equal(f.sources[extra:], own) {
			t.Fatalf("%s: its sources do not end with its inputs'", f.id)
		}
		for _, s := range f.sources[:extra] {
			row.Wording = append(row.Wording, data.Cite{File: s.File, Quote: s.Quote, Nth: nthAt(t, s)})
			row.WordingAt = append(row.WordingAt, int32(s.Start))
		}
		rule, ok := strings.CutPrefix(f.id, f.derivation.inputs[0]+"/")
		if !ok {
			t.Fatalf("%s does not start with its first input's ID %s", f.id, f.derivation.inputs[0])
		}
		row.Rule = rule
		rows = append(rows, row)
	}
	return rows
}

// nthAt returns which occurrence of its quote in its seed s is, and
// proves that locate finds it there.
func nthAt(t *testing.T, s Source) int {
	t.Helper()
	text, err := seedText(s.File)
	if err != nil {
		t.Fatal(err)
	}
	nth := 1
	for off := 0; ; nth++ {
		i := strings.Index(text[off:], s.Quote)
		if i < 0 || off+i >= s.Start {
			break
		}
		off += i + 1
	}
	if got, err := locate(data.Cite{File: s.File, Quote: s.Quote, Nth: nth}); err != nil || got != s {
		t.Fatalf("%s: occurrence %d of %q is %v, %v; the source is at %d", s.File, nth, s.Quote, got, err, s.Start)
	}
	return nth
}

// optionalText is p's text form, "" for the zero Period.
func optionalText(p Period) string {
	if !p.IsValid() {
		return ""
	}
	return p.String()
}

// TestDerivationsTable proves the generated table internal/data/derivations.go:
// its rows are what every rule derives from the seeds now. With -update it
// rewrites the table instead.
func TestDerivationsTable(t *testing.T) {
	want := derivationRows(t)
	if *update {
		var b strings.Builder
		b.WriteString("// DerivedFromEntries is the number of entries of the seeds Derivations\n")
		b.WriteString("// was derived from.\n")
		fmt.Fprintf(&b, "const DerivedFromEntries = %d\n\n", Default().Len())
		b.WriteString("// DerivedFromRelations is the digest of the relation tables and the\n")
		b.WriteString("// vocabulary's pricing Derivations was derived with.\n")
		fmt.Fprintf(&b, "const DerivedFromRelations = %#x\n\n", relationsDigest())
		b.WriteString("// Derivations holds the facts the root package's rules derive from the\n")
		b.WriteString("// seeds, in the order it derives them. The root package's tests prove\n")
		b.WriteString("// every row against a fresh run of the rules.\n")
		b.WriteString("var Derivations = [...]Derivation{\n")
		for _, r := range want {
			fmt.Fprintf(&b, "\t{\n\t\tRule: %q,\n\t\tInputs: []Input{\n", r.Rule)
			for _, in := range r.Inputs {
				fmt.Fprintf(&b, "\t\t\t{Seed: %d, Entry: %d, ID: %q, Reading: %q, Digest: %#x},\n", in.Seed, in.Entry, in.ID, in.Reading, in.Digest)
			}
			fmt.Fprintf(&b, "\t\t},\n\t\tSubject: %q, Indicator: %q, Measure: %q, Period: %q, Status: %q, Benchmark: %q,\n",
				r.Subject, r.Indicator, r.Measure, r.Period, r.Status, r.Benchmark)
			h := r.Handles
			fmt.Fprintf(&b, "\t\tHandles: Handles{Subject: %d, Indicator: %d, Benchmark: %d},\n", h.Subject, h.Indicator, h.Benchmark)
			if len(r.Wording) > 0 {
				b.WriteString("\t\tWording: []Cite{\n")
				for _, c := range r.Wording {
					fmt.Fprintf(&b, "\t\t\t{File: %q, Quote: %q, Nth: %d},\n", c.File, c.Quote, c.Nth)
				}
				b.WriteString("\t\t},\n")
				fmt.Fprintf(&b, "\t\tWordingAt: %#v,\n", r.WordingAt)
			}
			q := r.Quantity
			fmt.Fprintf(&b, "\t\tQuantity: Parsed{Value: %q, High: %q, Den: %d, Mag: %d, Unit: %q, Bound: %q},\n", q.Value, q.High, q.Den, q.Mag, q.Unit, q.Bound)
			fmt.Fprintf(&b, "\t\tLower: %q, Upper: %q, Places: %d,\n\t\tFormula: %q,\n\t},\n", r.Lower, r.Upper, r.Places, r.Formula)
		}
		b.WriteString("}\n")
		writeGenerated(t, "derivations.go", "TestDerivationsTable", b.String())
		return
	}
	if data.DerivedFromRelations != relationsDigest() {
		t.Errorf("internal/data/derivations.go was derived with other relations or pricing: run go test -run 'TestDerivationsTable$' -update")
	}
	if data.DerivedFromEntries != Default().Len() {
		t.Errorf("internal/data/derivations.go was made from %d entries, the seeds hold %d: run go test -run TestDerivationsTable -update", data.DerivedFromEntries, Default().Len())
	}
	if diff := cmp.Diff(want, data.Derivations[:]); diff != "" {
		t.Errorf("internal/data/derivations.go is stale: run go test -run TestDerivationsTable -update (-rules +table):\n%s", diff)
	}
}

// TestDerivationsTableAgrees: the derived facts the default catalogue
// reads from the table are, field by field and in order, the facts the
// rules derive.
func TestDerivationsTableAgrees(t *testing.T) {
	c := Default()
	rules := c.derive()
	if *update {
		t.Skip("the table is being rewritten; run the tests again to compare it")
	}
	table, ok := c.derivedFromTable(data.Seeds(), data.Derivations[:], data.DerivedFromEntries, data.DerivedFromRelations)
	if !ok {
		t.Fatal("the default catalogue does not use internal/data/derivations.go: run go test -run 'TestDerivationsTable$' -update")
	}
	if len(table) != len(rules) {
		t.Fatalf("the table gives %d derived facts, the rules %d", len(table), len(rules))
	}
	for i := range rules {
		got, want := Fact{&table[i]}, Fact{&rules[i]}
		if !got.Equal(want) || !got.Quantity().Identical(want.Quantity()) {
			t.Errorf("row %d reads as\n  %v %v %q\nthe rules derive\n  %v %v %q", i, got, got.Interval(), got.Formula(), want, want.Interval(), want.Formula())
		}
	}
	// And the default catalogue's derived facts are these.
	var n int
	for f := range c.Derived() {
		if n < len(rules) && !f.Equal(Fact{&rules[n]}) {
			t.Errorf("Derived()[%d] is %v, the rules derive %v", n, f, Fact{&rules[n]})
		}
		n++
	}
	if n != len(rules) {
		t.Errorf("Derived() gives %d facts, the rules %d", n, len(rules))
	}
}

// TestStaleDerivationsIgnored: a table whose inputs are not the seeds' any
// more (another ID, figure or key field), made with other relations, or
// whose rows do not read, is not used; the rules run instead. The edits
// below each change what the rules derive, or would if the table were
// trusted.
func TestStaleDerivationsIgnored(t *testing.T) {
	c := Default()
	seeds := data.Seeds()
	stale := func(what string, edit func(rows []data.Derivation) (entries int)) {
		t.Helper()
		rows := make([]data.Derivation, len(data.Derivations))
		copy(rows, data.Derivations[:])
		for i := range rows {
			rows[i].Inputs = append([]data.Input(nil), rows[i].Inputs...)
		}
		entries := edit(rows)
		if _, ok := c.derivedFromTable(seeds, rows, entries, data.DerivedFromRelations); ok {
			t.Errorf("%s: a stale table was used", what)
		}
	}
	stale("another reading", func(rows []data.Derivation) int {
		rows[0].Inputs[0].Reading = "增长99.9%"
		return data.DerivedFromEntries
	})
	stale("another entry", func(rows []data.Derivation) int { rows[0].Inputs[0].Entry++; return data.DerivedFromEntries })
	stale("no such seed", func(rows []data.Derivation) int { rows[0].Inputs[0].Seed = len(seeds); return data.DerivedFromEntries })
	stale("another digest", func(rows []data.Derivation) int { rows[0].Inputs[0].Digest++; return data.DerivedFromEntries })
	stale("a value that does not read", func(rows []data.Derivation) int { rows[1].Quantity.Value = "1.2.3"; return data.DerivedFromEntries })
	stale("an end that does not read", func(rows []data.Derivation) int { rows[1].Lower = "a/b"; return data.DerivedFromEntries })
	stale("no such measure", func(rows []data.Derivation) int { rows[1].Measure = "size"; return data.DerivedFromEntries })
	stale("another count", func(rows []data.Derivation) int { return data.DerivedFromEntries + 1 })
	if _, ok := c.derivedFromTable(append(seeds, data.Seed{Entries: []data.Entry{{}}}), data.Derivations[:], data.DerivedFromEntries, data.DerivedFromRelations); ok {
		t.Error("a table made from fewer entries than the seeds hold was used")
	}
	if _, ok := c.derivedFromTable(seeds, data.Derivations[:], data.DerivedFromEntries, data.DerivedFromRelations+1); ok {
		t.Error("a table made with other relations was used")
	}
	// An input's key field edited in the seeds, its ID and figure kept:
	// each edit changes what a rule derives from it.
	input := data.Derivations[0].Inputs[0]
	for _, edit := range []func(e *data.Entry){
		func(e *data.Entry) { e.Benchmark = "china" },
		func(e *data.Entry) { e.Status = "target" },
		func(e *data.Entry) { e.Period = "2020-Q2" },
		func(e *data.Entry) { e.Subject = "shandong" },
		func(e *data.Entry) { e.Measure = "share" },
	} {
		edited := slices.Clone(seeds)
		edited[input.Seed].Entries = slices.Clone(edited[input.Seed].Entries)
		edit(&edited[input.Seed].Entries[input.Entry])
		if _, ok := c.derivedFromTable(edited, data.Derivations[:], data.DerivedFromEntries, data.DerivedFromRelations); ok {
			t.Errorf("the table was used after %s's entry changed to %+v", input.ID, edited[input.Seed].Entries[input.Entry])
		}
	}
}

// TestRelationsDigest: the digest changes with each relation table and
// with an indicator's pricing. It assigns package variables of
// internal/data and restores them, so it is not parallel.
func TestRelationsDigest(t *testing.T) {
	before := relationsDigest()
	thresholds, stocks, values, pricing := data.Thresholds, data.StockFlows, data.UnitValues, data.Indicators[0].Pricing
	defer func() {
		data.Thresholds, data.StockFlows, data.UnitValues, data.Indicators[0].Pricing = thresholds, stocks, values, pricing
	}()
	for _, edit := range []func(){
		func() { data.Thresholds = slices.Clone(thresholds); data.Thresholds[len(thresholds)-1].Period = "2018" },
		func() { data.StockFlows = slices.Clone(stocks)[:len(stocks)-1] },
		func() { data.UnitValues = append(slices.Clone(values), data.UnitValue{Value: "exports"}) },
		func() { data.Indicators[0].Pricing = "nominal-or-not" },
	} {
		edit()
		if relationsDigest() == before {
			t.Error("the digest did not change with a relation table or a pricing")
		}
		data.Thresholds, data.StockFlows, data.UnitValues, data.Indicators[0].Pricing = thresholds, stocks, values, pricing
	}
	if relationsDigest() != before {
		t.Error("the digest is not a function of the tables")
	}
}

// TestOptionalRat: the interval ends of the table read as big.Rat's
// SetString reads them, whether or not they fit in an int64; validRat
// accepts what the table writes and nothing SetString refuses.
func TestOptionalRat(t *testing.T) {
	texts := []string{"7/2", "-3", "0", "3095000/2407", "-8200/267", "14/4", "99999999999999999999/3", "1/99999999999999999999",
		"1/0", "a/b", "/2", "1/", "1/-2", "-", "1.5", " 1"}
	for _, r := range data.Derivations {
		texts = append(texts, r.Lower, r.Upper)
	}
	for _, s := range texts {
		if s == "" {
			continue
		}
		got, ok := optionalRat(s)
		want, wantOK := new(big.Rat).SetString(s)
		if ok != wantOK || ok && got.Cmp(want) != 0 {
			t.Errorf("optionalRat(%q) = %v, %v; SetString gives %v, %v", s, got, ok, want, wantOK)
		}
		if validRat(s) && !wantOK {
			t.Errorf("validRat(%q) is true; SetString refuses it", s)
		}
	}
	for _, s := range []string{"7/2", "-3", "0", "99999999999999999999/3", ""} {
		if !validRat(s) {
			t.Errorf("validRat(%q) is false", s)
		}
	}
	for _, s := range []string{"1/0", "1/00", "a/b", "/2", "1/", "1/-2", "-", "1.5", " 1"} {
		if validRat(s) {
			t.Errorf("validRat(%q) is true", s)
		}
	}
	if r, ok := optionalRat(""); r != nil || !ok {
		t.Errorf("optionalRat of the empty text = %v, %v; want nil, true (unbounded)", r, ok)
	}
}
