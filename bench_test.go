package jinan

import (
	"encoding/json"
	"github.com/jinanfacts/jinan/internal/data"
	"io"
	"strings"
	"testing"
)

// The benchmarks of the catalogue's hot paths. scripts/bench runs them and
// writes BENCHMARKS.md; FactByID and MapBaseline run in the same process so
// that their ratio is taken on one machine in one state.

// factIDs returns the IDs of every fact of c, in catalogue order.
func factIDs(c Catalogue) []string {
	var ids []string
	for f := range c.All() {
		ids = append(ids, f.ID())
	}
	return ids
}

// sinkFact keeps benchmark results alive.
var sinkFact Fact

// BenchmarkFactByID looks up every fact by ID in turn, through the
// catalogue's index.
func BenchmarkFactByID(b *testing.B) {
	c := Default()
	ids := factIDs(c)
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		f, ok := c.Fact(ids[i%len(ids)])
		if !ok {
			b.Fatalf("no fact %q", ids[i%len(ids)])
		}
		sinkFact = f
	}
}

// BenchmarkMapBaseline does the lookups of BenchmarkFactByID in a plain
// map[string]Fact of the same facts: the floor an ID lookup can reach.
func BenchmarkMapBaseline(b *testing.B) {
	c := Default()
	ids := factIDs(c)
	m := make(map[string]Fact, len(ids))
	for f := range c.All() {
		m[f.ID()] = f
	}
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		f, ok := m[ids[i%len(ids)]]
		if !ok {
			b.Fatalf("no fact %q", ids[i%len(ids)])
		}
		sinkFact = f
	}
}

// BenchmarkQuery runs the queries a reader makes most: by subject, by
// indicator, by both, and the zero Query that selects everything.
func BenchmarkQuery(b *testing.B) {
	c := Default()
	tests := []struct {
		name string
		q    Query
	}{
		{"Subject", Query{Subject: Jinan}},
		{"Indicator", Query{Indicator: GDP}},
		{"SubjectIndicator", Query{Subject: Jinan, Indicator: GDP}},
		{"All", Query{}},
	}
	for _, tt := range tests {
		want := 0
		for range c.Query(tt.q) {
			want++
		}
		if want == 0 {
			b.Fatalf("%s: the query selects no fact", tt.name)
		}
		b.Run(tt.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				n := 0
				for f := range c.Query(tt.q) {
					sinkFact = f
					n++
				}
				if n != want {
					b.Fatalf("%d facts, want %d", n, want)
				}
			}
		})
	}
}

// BenchmarkColdBuild builds the catalogue from the seeds as Default does
// on first use: parse every figure and locate every quote.
func BenchmarkColdBuild(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		c, err := build(data.Seeds())
		if err != nil {
			b.Fatal(err)
		}
		if c.Len() == 0 {
			b.Fatal("empty catalogue")
		}
	}
}

// BenchmarkExportJSONL writes every fact's Record as JSON Lines to
// io.Discard, as examples/export does; bytes/op is the export's size.
func BenchmarkExportJSONL(b *testing.B) {
	c := Default()
	var size countingWriter
	if err := exportJSONL(&size, c); err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	for b.Loop() {
		if err := exportJSONL(io.Discard, c); err != nil {
			b.Fatal(err)
		}
	}
}

// exportJSONL writes one JSON object per fact of c, HTML left unescaped
// as the export command writes it.
func exportJSONL(w io.Writer, c Catalogue) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	for f := range c.All() {
		if err := enc.Encode(f.Record()); err != nil {
			return err
		}
	}
	return nil
}

// countingWriter counts the bytes written to it.
type countingWriter int

func (n *countingWriter) Write(p []byte) (int, error) {
	*n += countingWriter(len(p))
	return len(p), nil
}

// BenchmarkParseSeedFigures parses every figure phrase of the catalogue's
// entries once per iteration.
func BenchmarkParseSeedFigures(b *testing.B) {
	figures := seedFigures()
	for _, s := range figures {
		if _, err := ParseQuantity(s); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportAllocs()
	for b.Loop() {
		for _, s := range figures {
			if _, err := ParseQuantity(s); err != nil {
				b.Fatal(err)
			}
		}
	}
}

// BenchmarkParseHuge feeds ParseQuantity inputs of a million characters,
// which it must refuse after reading a few of them (or, for validity
// checks, in one linear pass).
func BenchmarkParseHuge(b *testing.B) {
	const n = 1_000_000
	tests := []struct {
		name string
		in   string
		want error
	}{
		{"Digits", strings.Repeat("9", n), ErrRange},
		{"Zeros", strings.Repeat("0", n), ErrSyntax},
		{"Decimals", "0." + strings.Repeat("0", n), ErrRange},
		{"Qualifiers", strings.Repeat("约", n), ErrSyntax},
		{"Units", "3" + strings.Repeat("元", n), ErrUnknownUnit},
		{"Signs", strings.Repeat("-", n), ErrSyntax},
		{"InvalidUTF8", strings.Repeat("\xff", n), ErrSyntax},
		{"Spaces", strings.Repeat(" ", n), ErrSyntax},
	}
	for _, tt := range tests {
		b.Run(tt.name, func(b *testing.B) {
			b.SetBytes(int64(len(tt.in)))
			b.ReportAllocs()
			for b.Loop() {
				if _, err := ParseQuantity(tt.in); !wrapsErr(err, tt.want) {
					b.Fatalf("error %v, want %v", err, tt.want)
				}
			}
		})
	}
}
