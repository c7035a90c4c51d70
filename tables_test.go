package jinan

import (
	"sync"
	"testing"

	"github.com/jinanfacts/jinan/internal/data"
	"github.com/shopspring/decimal"
)

// TestLazyQuantities: the figures of a freshly built catalogue, read from
// their table rows on first use by several goroutines at once, are what
// parsing each entry's figure gives, and every goroutine sees the same.
func TestLazyQuantities(t *testing.T) {
	c, err := build(data.Seeds())
	if err != nil {
		t.Fatal(err)
	}
	lazy := 0
	for _, f := range c.readSet().all_ {
		if f.lazy != nil {
			lazy++
		}
	}
	if lazy == 0 {
		t.Fatal("no figure waits to be read: the table rows are not used")
	}
	const readers = 4
	got := make([][]Quantity, readers)
	var wg sync.WaitGroup
	for r := range readers {
		wg.Go(func() {
			for f := range c.All() {
				got[r] = append(got[r], f.Quantity())
			}
		})
	}
	wg.Wait()
	i := 0
	for _, s := range data.Seeds() {
		for j := range s.Entries {
			want, err := entryQuantity(&s.Entries[j])
			if err != nil {
				t.Fatal(err)
			}
			for r := range readers {
				if q := got[r][i]; !q.Identical(want) || !q.Equal(want) {
					t.Errorf("%s: reader %d read %v; the figure parses to %v", s.Entries[j].ID, r, q, want)
				}
			}
			i++
		}
	}
}

// TestParsedReads: a row parsedReads accepts is one quantityFromParsed
// reads; one it refuses is built from the figure instead.
func TestParsedReads(t *testing.T) {
	good := data.Parsed{From: "1.79亿美元", Value: "1.79", Mag: 8, Unit: "USD", Bound: "exact"}
	if !parsedReads(&good) {
		t.Errorf("parsedReads(%+v) is false", good)
	}
	if _, ok := quantityFromParsed(good); !ok {
		t.Errorf("quantityFromParsed(%+v) does not read", good)
	}
	for _, bad := range []data.Parsed{
		{Value: "1.7.9", Unit: "USD", Bound: "exact"},
		{Value: "1e3", Unit: "USD", Bound: "exact"},
		{Value: "", Unit: "USD", Bound: "exact"},
		{Value: "1", High: "x", Unit: "USD", Bound: "range"},
		{Value: "1", Unit: "bogus", Bound: "exact"},
		{Value: "1", Unit: "", Bound: "exact"},
		{Value: "1", Unit: "USD", Bound: "roughly"},
	} {
		if parsedReads(&bad) {
			t.Errorf("parsedReads(%+v) is true", bad)
		}
	}
	for _, rows := range data.Quantities {
		for _, r := range rows {
			if !parsedReads(&r) {
				t.Errorf("the table's row %+v does not read", r)
			}
		}
	}
}

// TestReadFactsAgree: the default catalogue's read facts, built from the
// generated tables, are field by field the facts buildEntry makes from
// each entry with no table at all (parsing every figure, searching every
// quote, looking up every name).
func TestReadFactsAgree(t *testing.T) {
	i := 0
	read := Default().readSet().all_
	for _, s := range data.Seeds() {
		for j := range s.Entries {
			want, err := buildEntry(s.File, &s.Entries[j], prepared{})
			if err != nil {
				t.Fatal(err)
			}
			if i >= len(read) {
				t.Fatalf("the default catalogue has %d read facts; the seeds have more entries", len(read))
			}
			got := Fact{read[i]}
			if w := (Fact{&want}); !got.Equal(w) || !got.Quantity().Identical(w.Quantity()) || !got.RankOf().Identical(w.RankOf()) {
				t.Errorf("%s from the tables is\n  %v %v\nwithout them\n  %v %v", want.id, got, got.Sources(), w, w.Sources())
			}
			i++
		}
	}
	if i != len(read) {
		t.Errorf("the default catalogue has %d read facts, the seeds %d entries", len(read), i)
	}
}

// parsedOf writes q as a row of the generated table data.Quantities.
func parsedOf(q Quantity) data.Parsed {
	p := data.Parsed{Value: printed(q.value), Den: q.den, Mag: int8(q.mag), Bound: q.bound.String()}
	if q.bound == Range {
		p.High = printed(q.high)
	}
	if u, err := q.unit.MarshalText(); err == nil {
		p.Unit = string(u)
	}
	return p
}

// TestQuantitiesTable proves the generated table internal/data/quantities.go:
// each entry's quantity is what ParseQuantity reads from its figure (or its
// reading). With -update it rewrites the table instead.
func TestQuantitiesTable(t *testing.T) {
	var want, wantRanks [][]data.Parsed
	for _, s := range data.Seeds() {
		var rows []data.Parsed
		for i := range s.Entries {
			q, err := entryQuantity(&s.Entries[i])
			if err != nil {
				t.Fatal(err)
			}
			row := parsedOf(q)
			row.From = reading(&s.Entries[i])
			rows = append(rows, row)
		}
		want = append(want, rows)
		var ranks []data.Parsed
		for i := range s.Entries {
			if of := s.Entries[i].RankOf; of != "" {
				q, err := ParseQuantity(of)
				if err != nil {
					t.Fatalf("%s: rank of %q: %v", s.Entries[i].ID, of, err)
				}
				row := parsedOf(q)
				row.From = of
				ranks = append(ranks, row)
			}
		}
		wantRanks = append(wantRanks, ranks)
	}
	if *update {
		writeGenerated(t, "quantities.go", "TestQuantitiesTable",
			seedRows("// Quantities holds, for each seed in Seeds order, each entry's figure as\n// the root package parses it. The root package's tests prove every row.\n",
				"Quantities", "Parsed", want, parsedRow)+"\n"+
				seedRows("// RanksOf holds, for each seed in Seeds order, the RankOf of each entry\n// that has one, in entry order, as the root package parses it.\n",
					"RanksOf", "Parsed", wantRanks, parsedRow))
		return
	}
	checkSeedRows(t, "quantities.go", "Quantities", "TestQuantitiesTable", data.Quantities[:], want)
	checkSeedRows(t, "quantities.go", "RanksOf", "TestQuantitiesTable", data.RanksOf[:], wantRanks)
	for i := range wantRanks {
		for _, r := range wantRanks[i] {
			q, ok := quantityFromParsed(r)
			if p, err := ParseQuantity(r.From); !ok || err != nil || !q.Identical(p) || !q.Equal(p) {
				t.Errorf("rank-of row %+v reads as %v, %v; %q parses to %v", r, q, ok, r.From, p)
			}
		}
	}
	// And every row reads back to the quantity it was made from.
	for i, rows := range want {
		for j, r := range rows {
			q, ok := quantityFromParsed(r)
			e := &data.Seeds()[i].Entries[j]
			if p, err := entryQuantity(e); !ok || err != nil || !q.Identical(p) || !q.Equal(p) {
				t.Errorf("%s: table row %+v reads as %v, %v; the figure parses to %v", e.ID, r, q, ok, p)
			}
		}
	}
}

// TestStaleQuantityRowIgnored: a row whose text is not the entry's any more
// is not used; the figure is parsed instead, so a stale table never gives a
// wrong number.
func TestStaleQuantityRowIgnored(t *testing.T) {
	var e data.Entry
	for _, x := range data.Seed000.Entries {
		if x.ID == "qilu-pharma.exports.level.2020-q1" { // 1.79亿美元
			e = x
		}
	}
	stale := data.Parsed{From: "9.99亿美元", Value: "9.99", Mag: 8, Unit: "USD", Bound: "exact"}
	f, err := buildEntry(e.Quote, &e, prepared{parsed: &stale})
	if err == nil {
		t.Fatalf("built %v from a quote given as the file", f.quantity)
	}
	f, err = buildEntry(file000, &e, prepared{parsed: &stale})
	if err != nil || f.quantity.String() != "1.79亿美元" {
		t.Errorf("with a stale row: %v, %v; want 1.79亿美元", f.quantity, err)
	}
}

// TestTableDecimal: tableDecimal reads every decimal text as
// decimal.NewFromString does, digits and exponent alike, and refuses what
// it refuses.
func TestTableDecimal(t *testing.T) {
	texts := []string{"0", "2027.00", "-30.66", "0.5", "-0.05", "007", "10000", "123456789012345678", "1234567890123456789",
		"99999999999999999.9", "1e3", "", "-", ".5", "5.", "1.2.3", "+3", "--1", "1,000", "３"}
	for _, rows := range data.Quantities {
		for _, r := range rows {
			texts = append(texts, r.Value, r.High)
		}
	}
	for _, r := range data.Derivations {
		texts = append(texts, r.Quantity.Value, r.Quantity.High)
	}
	for _, s := range texts {
		got, gotErr := tableDecimal(s)
		want, wantErr := decimal.NewFromString(s)
		if (gotErr == nil) != (wantErr == nil) || got.Exponent() != want.Exponent() || got.Coefficient().Cmp(want.Coefficient()) != 0 {
			t.Errorf("tableDecimal(%q) = %v (10^%d), %v; NewFromString gives %v (10^%d), %v", s, got, got.Exponent(), gotErr, want, want.Exponent(), wantErr)
		}
	}
}
