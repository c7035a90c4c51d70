package jinan

import (
	"errors"
	"github.com/jinanfacts/jinan/internal/data"
	"strings"
	"testing"
)

// TestProvenance proves, for every fact, that each source's quote is the
// seed's bytes at the source's span, and that the figure the fact was read
// from stands inside its first quote and parses to the fact's value.
func TestProvenance(t *testing.T) {
	texts := map[string][]byte{}
	for _, d := range Documents() {
		b, err := d.Text()
		if err != nil {
			t.Fatal(err)
		}
		texts[d.File] = b
	}
	for _, s := range data.Seeds() {
		for i, e := range s.Entries {
			x, err := buildEntry(s.File, &s.Entries[i], prepared{})
			f := Fact{&x}
			if err != nil {
				t.Errorf("%v", err)
				continue
			}
			for _, src := range f.Sources() {
				text := texts[src.File]
				if src.Start < 0 || src.End > len(text) || string(text[src.Start:src.End]) != src.Quote {
					t.Errorf("%s: %s[%d:%d] is not %q", f.ID(), src.File, src.Start, src.End, src.Quote)
				}
			}
			if !strings.Contains(f.Sources()[0].Quote, e.Figure) {
				t.Errorf("%s: figure %q not in quote %q", f.ID(), e.Figure, e.Quote)
			}
			reading := e.Figure
			if e.As != "" {
				reading = e.As
			}
			if q := MustParseQuantity(reading); !q.Equal(f.Quantity()) || !q.Identical(f.Quantity()) {
				t.Errorf("%s: figure %q parses to %v, fact holds %v", f.ID(), reading, q, f.Quantity())
			}
		}
	}
}

func TestIDsAreUniqueAndReadable(t *testing.T) {
	seen := map[string]bool{}
	for _, s := range data.Seeds() {
		for _, e := range s.Entries {
			if seen[e.ID] {
				t.Errorf("ID %q is used twice", e.ID)
			}
			seen[e.ID] = true
			if e.ID != strings.ToLower(e.ID) || strings.ContainsAny(e.ID, " \t，,") {
				t.Errorf("ID %q is not lowercase dotted words", e.ID)
			}
		}
	}
}

func TestLocateNamesTheOccurrence(t *testing.T) {
	// "同比增长48.1%" occurs twice in 002: once in the lead, once in the Q1 report.
	if _, err := locate(data.Cite{File: "002_efc7dab49f01bd8e.txt", Quote: "同比增长48.1%"}); !errors.Is(err, ErrQuote) {
		t.Errorf("an ambiguous quote must be refused, got %v", err)
	}
	a, err := locate(data.Cite{File: "002_efc7dab49f01bd8e.txt", Quote: "同比增长48.1%", Nth: 1})
	if err != nil {
		t.Fatal(err)
	}
	b, err := locate(data.Cite{File: "002_efc7dab49f01bd8e.txt", Quote: "同比增长48.1%", Nth: 2})
	if err != nil || b.Start <= a.Start {
		t.Errorf("second occurrence %v (%v) must come after the first %v", b, err, a)
	}
	if _, err := locate(data.Cite{File: "002_efc7dab49f01bd8e.txt", Quote: "同比增长48.1%", Nth: 3}); !errors.Is(err, ErrQuote) {
		t.Errorf("a third occurrence does not exist, got %v", err)
	}
	if _, err := locate(data.Cite{File: "000_7d0ca8f784bc605c.txt", Quote: "济南GDP增长99%"}); !errors.Is(err, ErrQuote) {
		t.Errorf("a quote not in the seed must be refused, got %v", err)
	}
}
