package jinan

import (
	"fmt"
	"testing"

	"github.com/jinanfacts/jinan/internal/data"
)

// TestHandlesTable proves the generated table internal/data/handles.go:
// each entry's handles are what the vocabulary finds by its IDs. With
// -update it rewrites the table instead.
func TestHandlesTable(t *testing.T) {
	v := vocab()
	var want [][]data.Handles
	for _, s := range data.Seeds() {
		rows := make([]data.Handles, len(s.Entries))
		for i, e := range s.Entries {
			rows[i] = data.Handles{Subject: uint16(v.subjects[e.Subject]), Indicator: uint16(v.indicators[e.Indicator]),
				Benchmark: uint16(v.subjects[e.Benchmark]), ShareOf: uint16(v.indicators[e.ShareOf])}
			if rows[i].Subject == 0 || rows[i].Indicator == 0 {
				t.Fatalf("%s: subject %q or indicator %q is not in the vocabulary", e.ID, e.Subject, e.Indicator)
			}
		}
		want = append(want, rows)
	}
	if *update {
		writeGenerated(t, "handles.go", "TestHandlesTable",
			seedRows("// EntryHandles holds, for each seed in Seeds order, each entry's handles\n// (subject, indicator, benchmark, share of). The root package's tests\n// prove every row.\n",
				"EntryHandles", "Handles", want, func(r data.Handles) string {
					return fmt.Sprintf("{%d, %d, %d, %d}", r.Subject, r.Indicator, r.Benchmark, r.ShareOf)
				}))
		return
	}
	checkSeedRows(t, "handles.go", "EntryHandles", "TestHandlesTable", data.EntryHandles[:], want)
}

// TestStaleHandleIgnored: a handle that does not index the entry's ID any
// more is not used; the ID is looked up instead, so a stale table never
// gives a wrong subject or indicator.
func TestStaleHandleIgnored(t *testing.T) {
	if s, ok := subjectOf("jinan", uint16(Shandong)); !ok || s != Jinan {
		t.Errorf("subjectOf(jinan, Shandong's handle) = %v, %v; want Jinan", s, ok)
	}
	if s, ok := subjectOf("jinan", 65535); !ok || s != Jinan {
		t.Errorf("subjectOf(jinan, an out-of-range handle) = %v, %v; want Jinan", s, ok)
	}
	if i, ok := indicatorOf("gdp", uint16(Trade)); !ok || i != GDP {
		t.Errorf("indicatorOf(gdp, Trade's handle) = %v, %v; want GDP", i, ok)
	}
	if _, ok := subjectOf("no-such-subject", uint16(Jinan)); ok {
		t.Error("subjectOf found an unknown ID through a handle")
	}
	if _, ok := indicatorOf("no-such-indicator", 0); ok {
		t.Error("indicatorOf found an unknown ID")
	}
}
