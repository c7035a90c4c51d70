package jinan

import (
	"sync"
	"testing"

	"github.com/jinanfacts/jinan/internal/data"
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
