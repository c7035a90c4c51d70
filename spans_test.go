package jinan

import (
	"flag"
	"fmt"
	"testing"

	"github.com/jinanfacts/jinan/internal/data"
)

var update = flag.Bool("update", false, "rewrite the generated tables of internal/data (spans, quantities, handles, derivations) and the golden files instead of comparing")

// TestSpansTable proves the generated table internal/data/spans.go: each
// offset is where locate, searching the seed, finds the quote. With
// -update it rewrites the table instead.
func TestSpansTable(t *testing.T) {
	want := make([][]data.Span, 0, len(data.Seeds()))
	for _, s := range data.Seeds() {
		var spans []data.Span
		for i := range s.Entries {
			for j := range 1 + len(s.Entries[i].Also) {
				c := citeOf(s.File, &s.Entries[i], j)
				src, err := locate(c)
				if err != nil {
					t.Fatal(err)
				}
				spans = append(spans, data.Span{At: int32(src.Start), Nth: int32(c.Nth)})
			}
		}
		want = append(want, spans)
	}
	if *update {
		writeGenerated(t, "spans.go", "TestSpansTable",
			seedRows("// Spans holds, for each seed in Seeds order, the byte offset in the seed of\n// each quote and the occurrence its cite names, entry by entry: its Quote,\n// then each of its Also cites. The root package's tests prove every\n// offset; nobody types one.\n",
				"Spans", "Span", want, func(s data.Span) string { return fmt.Sprintf("{%d, %d}", s.At, s.Nth) }))
		return
	}
	checkSeedRows(t, "spans.go", "Spans", "TestSpansTable", data.Spans[:], want)
}

// TestLocateAtFallsBack: an offset that does not hold the quote makes
// locateAt search, so a stale table never gives a wrong span.
func TestLocateAtFallsBack(t *testing.T) {
	c := data.Cite{File: file000, Quote: "一季度济南市生产总值为2027.00亿元"}
	want, err := locate(c)
	if err != nil {
		t.Fatal(err)
	}
	for _, at := range []data.Span{{At: int32(want.Start)}, {At: int32(want.Start) + 1}, {}, {At: -5}, {At: 1 << 30}} {
		if got, err := locateAt(c, at); err != nil || got != want {
			t.Errorf("locateAt(%v) = %+v, %v; want %+v", at, got, err, want)
		}
	}
	// An offset that holds the quote, but as another occurrence than the
	// cite names, is not taken: 居省内城市和副省级城市首位 is printed twice
	// in 000, and the table's first offset is not the second occurrence.
	twice := data.Cite{File: file000, Quote: "居省内城市和副省级城市首位", Nth: 1}
	first, err := locate(twice)
	if err != nil {
		t.Fatal(err)
	}
	twice.Nth = 2
	second, err := locate(twice)
	if err != nil || second.Start == first.Start {
		t.Fatalf("the quote is not printed twice: %v, %v", second, err)
	}
	if got, err := locateAt(twice, data.Span{At: int32(first.Start), Nth: 1}); err != nil || got != second {
		t.Errorf("locateAt(the first occurrence, for the second) = %+v, %v; want %+v", got, err, second)
	}
}
