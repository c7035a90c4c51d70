package jinan

import (
	"bytes"
	"github.com/jinanfacts/jinan/internal/data"
	"slices"
	"sync"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// collect returns the facts of seq.
func collect(seq func(func(Fact) bool)) []Fact {
	var out []Fact
	for f := range seq {
		out = append(out, f)
	}
	return out
}

// TestNothingHandedOutChangesTheCatalogue mutates everything the catalogue
// hands out (slices, copies of facts, decimals inside quantities, stopped
// iterators) and checks after each mutation that Default still holds
// exactly the facts a fresh build makes, with the same printed figures and
// the same records.
func TestNothingHandedOutChangesTheCatalogue(t *testing.T) {
	c := Default()
	fresh, err := build(data.Seeds())
	if err != nil {
		t.Fatal(err)
	}
	want, wantDerived := collect(fresh.All()), collect(fresh.Derived())
	if len(wantDerived) == 0 || len(wantDerived[0].Inputs()) == 0 {
		t.Fatal("no derived fact with inputs to mutate")
	}
	const id = "jinan.budget-revenue.rank-growth-shandong-cities.2020-q1" // three sources
	if f, ok := c.Fact(id); !ok || len(f.Sources()) != 3 {
		t.Fatalf("Fact(%q) = %d sources, %v; want 3 sources", id, len(f.Sources()), ok)
	}
	docs := slices.Clone(Documents()) // a copy of our own, whatever Documents returns
	seeds := map[string][]byte{}
	for _, d := range docs {
		if seeds[d.File], err = d.Text(); err != nil {
			t.Fatal(err)
		}
	}

	tests := []struct {
		name   string
		mutate func()
	}{
		{"Sources slices", func() {
			for f := range c.All() {
				s := f.Sources()
				s[0] = Source{File: "x", Start: -1, End: -1, Quote: "x"}
				_ = append(s[:0], Source{}, Source{}, Source{}, Source{})
			}
		}},
		{"Sources of a looked-up fact", func() {
			f, _ := c.Fact(id)
			s := f.Sources()
			s[1], s[2] = s[2], s[1]
			s[0].Quote = ""
		}},
		{"Inputs", func() {
			for f := range c.Derived() {
				in := f.Inputs()
				for i := range in {
					in[i] = "x"
				}
				_ = append(in[:0], "x", "y")
			}
			for f := range c.All() {
				in := f.Inputs()
				for i := range in {
					in[i] = "x"
				}
				_ = append(in[:0], "x", "y")
			}
		}},
		{"Records", func() {
			for f := range c.All() {
				r := f.Record()
				r.Sources[0].Quote, r.Sources[0].Start = "x", -1
				r.Inputs = append(r.Inputs[:0], "x")
				r.Value = "0"
			}
		}},
		{"Documents", func() {
			d := Documents()
			d[0].File, d[1].Title, d[2].Published = "x", "", Date{}
			_ = append(d[:0], Document{}, Document{})
		}},
		{"Document text", func() {
			for _, d := range Documents() {
				b, _ := d.Text()
				for i := range b {
					b[i] = '#'
				}
			}
		}},
		{"copies of facts and of the catalogue", func() {
			for f := range c.All() {
				f = Fact{}
				_ = f
			}
			for _, d := range []Catalogue{Default(), {}} {
				_ = d.Len()
			}
		}},
		{"decimals inside quantities", func() {
			for f := range c.All() {
				for _, q := range []Quantity{f.Quantity(), f.RankOf()} {
					q.Value().Coefficient().SetInt64(-1)
					q.Value().BigInt().SetInt64(-1)
					q.Value().Rat().SetInt64(-1)
					q.High().Coefficient().SetInt64(-1)
					q.Rat().SetInt64(-1)
				}
			}
		}},
		{"iterators stopped early", func() {
			for range c.All() {
				break
			}
			for range c.Query(Query{Subject: Jinan}) {
				break
			}
		}},
	}
	for _, tt := range tests {
		tt.mutate()
		got := collect(c.All())
		if diff := cmp.Diff(want, got); diff != "" {
			t.Fatalf("after mutating %s, the catalogue changed (-fresh +default):\n%s", tt.name, diff)
		}
		if diff := cmp.Diff(wantDerived, collect(c.Derived())); diff != "" {
			t.Fatalf("after mutating %s, the derived facts changed (-fresh +default):\n%s", tt.name, diff)
		}
		for i := range want {
			if !got[i].Quantity().Identical(want[i].Quantity()) || !cmp.Equal(got[i].Record(), want[i].Record()) {
				t.Fatalf("after mutating %s, %s reads %v, record %+v; want %v", tt.name, want[i].ID(),
					got[i].Quantity(), got[i].Record(), want[i].Quantity())
			}
		}
		if diff := cmp.Diff(docs, Documents()); diff != "" {
			t.Fatalf("after mutating %s, the documents changed (-before +after):\n%s", tt.name, diff)
		}
		for _, d := range docs {
			if b, err := d.Text(); err != nil || !bytes.Equal(b, seeds[d.File]) {
				t.Fatalf("after mutating %s, seed %s changed (%v)", tt.name, d.File, err)
			}
		}
	}
}

// TestFactAccessorsCopy checks on a fact with inputs, which no seed entry
// has, that Inputs and Sources return copies.
func TestFactAccessorsCopy(t *testing.T) {
	f := Fact{&fact{id: "t", derivation: &derivation{inputs: []string{"a", "b"}}, sources: []Source{{File: "f", Quote: "q"}}}}
	in, src := f.Inputs(), f.Sources()
	in[0], src[0].Quote = "x", "x"
	if diff := cmp.Diff([]string{"a", "b"}, f.Inputs()); diff != "" {
		t.Errorf("Inputs changed (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([]Source{{File: "f", Quote: "q"}}, f.Sources()); diff != "" {
		t.Errorf("Sources changed (-want +got):\n%s", diff)
	}
	if r := f.Record(); len(r.Inputs) != 2 {
		t.Errorf("Record inputs %q", r.Inputs)
	} else if r.Inputs[0] = "x"; f.Inputs()[0] != "a" {
		t.Error("Record shares its inputs with the fact")
	}
}

// TestConcurrentUse queries the catalogue from many goroutines at once, as
// a server would, and has many goroutines ask a new catalogue for its
// derived facts first; run under -race it proves that reads share no
// mutable state, and every goroutine checks what it reads.
func TestConcurrentUse(t *testing.T) {
	c := Default()
	ids := factIDs(c)
	count := func(seq func(func(Fact) bool)) int {
		n := 0
		for range seq {
			n++
		}
		return n
	}
	queries := []Query{{Subject: Jinan}, {Indicator: GDP}, {Subject: Jinan, Indicator: GDP}, {Status: Planned}, {Seed: documents[2].File}}
	wantCounts := make([]int, len(queries))
	for i, q := range queries {
		if wantCounts[i] = count(c.Query(q)); wantCounts[i] == 0 {
			t.Fatalf("query %+v selects nothing", q)
		}
	}
	records := map[string]Record{}
	for f := range c.All() {
		records[f.ID()] = f.Record()
	}

	const goroutines, rounds = 8, 40
	var wg sync.WaitGroup
	for g := range goroutines {
		wg.Go(func() {
			for i := range rounds {
				c := Default()
				if l, err := Load(); l != c || err != nil {
					t.Errorf("Load() = %p, %v; Default() = %p", l, err, c)
				}
				id := ids[(g*rounds+i)%len(ids)]
				f, ok := c.Fact(id)
				if !ok || f.ID() != id || !cmp.Equal(f.Record(), records[id]) {
					t.Errorf("Fact(%q) = %s, %v", id, f.ID(), ok)
				}
				if back, err := c.FactFromRecord(records[id]); err != nil || !back.Equal(f) {
					t.Errorf("FactFromRecord(%q): %v", id, err)
				}
				q := (g + i) % len(queries)
				if n := count(c.Query(queries[q])); n != wantCounts[q] {
					t.Errorf("query %+v: %d facts, want %d", queries[q], n, wantCounts[q])
				}
				if n := count(c.All()); n != c.Len() {
					t.Errorf("All: %d facts, want %d", n, c.Len())
				}
			}
		})
	}
	// Independent cold builds at the same time: they share the seeds and
	// the parser's tables, read-only.
	for range 2 {
		wg.Go(func() {
			b, err := build(data.Seeds())
			if err != nil {
				t.Errorf("concurrent build: %v", err)
			} else if b.Len() != c.Len() {
				t.Errorf("concurrent build: %d facts, want %d", b.Len(), c.Len())
			}
		})
	}
	// The derived facts of a new catalogue, computed on first use by
	// whichever goroutine asks first.
	wantDerived := count(c.Derived())
	fresh, err := build(data.Seeds())
	if err != nil {
		t.Fatal(err)
	}
	for range goroutines {
		wg.Go(func() {
			if n := count(fresh.Derived()); n != wantDerived || n == 0 {
				t.Errorf("Derived of a new catalogue: %d facts, want %d", n, wantDerived)
			}
		})
	}
	wg.Wait()
}
