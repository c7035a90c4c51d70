package jinan

import (
	"fmt"
	"strings"

	"github.com/jinanfacts/jinan/internal/data"
)

// prepared is what build hands buildEntry beside an entry: its rows of
// the generated tables, each used only while it fits the entry, and room
// for its sources and its figure.
type prepared struct {
	parsed, rankOf *data.Parsed  // its rows of data.Quantities and data.RanksOf
	handles        data.Handles  // its row of data.EntryHandles
	spans          []data.Span   // its spans in data.Spans, one for each quote
	sources        []Source      // empty; a capacity of 1 + len(e.Also) takes its sources
	lazy           *lazyQuantity // where its figure may wait, read on first use; nil reads it now
}

// buildEntry turns an entry of internal/data into a fact: it resolves the
// vocabulary (by the handles p gives while they fit), parses the periods,
// takes the figure from its table row (leaving it in p.lazy, which it
// fills, to be read on first use) or else parses it, and locates the
// quotes in the embedded seeds, at the spans p gives when they hold them
// (see locateAt). With a zero prepared it parses and searches everything;
// TestProvenance builds every entry so and proves each span and value, and
// TestReadFactsAgree proves the tables give the same facts.
func buildEntry(file string, e *data.Entry, p prepared) (fact, error) {
	fail := func(format string, args ...any) (fact, error) {
		return fact{}, fmt.Errorf("jinan: fact %q: %s", e.ID, fmt.Sprintf(format, args...))
	}
	subject, ok := subjectOf(e.Subject, p.handles.Subject)
	if !ok {
		return fail("subject %q: %v", e.Subject, ErrNotFound)
	}
	indicator, ok := indicatorOf(e.Indicator, p.handles.Indicator)
	if !ok {
		return fail("indicator %q: %v", e.Indicator, ErrNotFound)
	}
	measure := Measure(nameIndex(measureNames[:], e.Measure))
	if measure == 0 {
		return fail("measure %q: %v", e.Measure, ErrSyntax)
	}
	status := Observed
	if e.Status != "" {
		if status = Status(nameIndex(statusNames[:], e.Status)); status == 0 {
			return fail("status %q: %v", e.Status, ErrSyntax)
		}
	}
	var benchmark Subject
	if e.Benchmark != "" {
		if benchmark, ok = subjectOf(e.Benchmark, p.handles.Benchmark); !ok {
			return fail("benchmark %q: %v", e.Benchmark, ErrNotFound)
		}
	}
	var shareOf Indicator
	if e.ShareOf != "" {
		if shareOf, ok = indicatorOf(e.ShareOf, p.handles.ShareOf); !ok {
			return fail("share of %q: %v", e.ShareOf, ErrNotFound)
		}
	}
	period, err := optionalPeriod(e.Period)
	if err != nil {
		return fail("period: %v", err)
	}
	versus, err := optionalPeriod(e.Versus)
	if err != nil {
		return fail("versus: %v", err)
	}
	q, lazy, ok := Quantity{}, (*lazyQuantity)(nil), false
	if p.parsed != nil && p.parsed.From == reading(e) {
		if p.lazy != nil && parsedReads(p.parsed) {
			// Read on first use: the row is proved to read.
			lazy, ok = p.lazy, true
			lazy.row, lazy.entry = p.parsed, e
		} else {
			q, ok = quantityFromParsed(*p.parsed)
		}
	}
	if !ok {
		if q, err = entryQuantity(e); err != nil {
			return fail("%v", err)
		}
	}
	var rankOfPtr *Quantity
	if e.RankOf != "" {
		var rankOf Quantity
		ok = false
		if p.rankOf != nil && p.rankOf.From == e.RankOf {
			rankOf, ok = quantityFromParsed(*p.rankOf)
		}
		if !ok {
			if rankOf, err = ParseQuantity(e.RankOf); err != nil {
				return fail("rank of: %v", err)
			}
		}
		rankOfPtr = &rankOf
	}
	sources := p.sources[:0]
	if cap(sources) < 1+len(e.Also) {
		sources = make([]Source, 0, 1+len(e.Also))
	}
	for i := range 1 + len(e.Also) {
		c := citeOf(file, e, i)
		var s Source
		if i < len(p.spans) {
			s, err = locateAt(c, p.spans[i])
		} else {
			s, err = locate(c)
		}
		if err != nil {
			return fail("%v", err)
		}
		sources = append(sources, s)
	}
	return fact{
		id:          e.ID,
		key:         Key{Subject: subject, Indicator: indicator, Measure: measure, Period: period, Status: status, Benchmark: benchmark},
		quantity:    q,
		lazy:        lazy,
		shareOf:     shareOf,
		versus:      versus,
		rankOf:      rankOfPtr,
		sources:     sources,
		periodLabel: e.Label,
		inferred:    e.Inferred,
		note:        e.Note,
	}, nil
}

// reading returns the text an entry's quantity is parsed from: its As
// reading, or its figure as printed.
func reading(e *data.Entry) string {
	if e.As != "" {
		return e.As
	}
	return e.Figure
}

// optionalPeriod parses a period's text form; "" is the zero Period.
func optionalPeriod(s string) (Period, error) {
	if s == "" {
		return Period{}, nil
	}
	return ParsePeriod(s)
}

// entryQuantity parses the entry's figure, checking that it stands in the
// quote and, where the entry gives a reading, that the reading has the
// figure's number.
func entryQuantity(e *data.Entry) (Quantity, error) {
	if e.Figure == "" || !strings.Contains(e.Quote, e.Figure) {
		return Quantity{}, fmt.Errorf("figure %q is not in its quote: %w", e.Figure, ErrQuote)
	}
	if e.As == "" {
		return ParseQuantity(e.Figure)
	}
	printed, err := ParseQuantity(e.Figure)
	if err != nil {
		return Quantity{}, fmt.Errorf("figure %q: %w", e.Figure, err)
	}
	read, err := ParseQuantity(e.As)
	if err != nil {
		return Quantity{}, fmt.Errorf("reading %q: %w", e.As, err)
	}
	if !printed.Value().Abs().Equal(read.Value().Abs()) || printed.Magnitude() != read.Magnitude() && printed.Magnitude() != 0 {
		return Quantity{}, fmt.Errorf("reading %q does not have the number of figure %q: %w", e.As, e.Figure, ErrQuote)
	}
	return read, nil
}

// locate finds the nth occurrence (from 1) of c's quote in its seed. With
// nth zero the quote must occur exactly once.
func locate(c data.Cite) (Source, error) {
	text, err := seedText(c.File)
	if err != nil {
		return Source{}, err
	}
	if c.Quote == "" {
		return Source{}, fmt.Errorf("empty quote in %s: %w", c.File, ErrQuote)
	}
	var starts []int
	for off := 0; ; {
		i := strings.Index(text[off:], c.Quote)
		if i < 0 {
			break
		}
		starts = append(starts, off+i)
		off += i + 1
	}
	want := c.Nth
	switch {
	case len(starts) == 0:
		return Source{}, fmt.Errorf("quote %q not in %s: %w", c.Quote, c.File, ErrQuote)
	case want == 0 && len(starts) > 1:
		return Source{}, fmt.Errorf("quote %q occurs %d times in %s; name the occurrence: %w", c.Quote, len(starts), c.File, ErrQuote)
	case want == 0:
		want = 1
	case want > len(starts):
		return Source{}, fmt.Errorf("quote %q occurs %d times in %s, not %d: %w", c.Quote, len(starts), c.File, want, ErrQuote)
	}
	return sourceAt(c, starts[want-1]), nil
}

// sourceAt is the source of c's quote at byte start.
func sourceAt(c data.Cite, start int) Source {
	return Source{File: c.File, Start: start, End: start + len(c.Quote), Quote: c.Quote}
}

// locateAt is locate with the span the generated table data.Spans gives:
// where the seed holds the quote at that offset and the cite still names
// the occurrence the table found there, the span is taken without a
// search. TestSpansTable proves the table gives what locate finds, so the
// search only runs if the table is stale.
func locateAt(c data.Cite, at data.Span) (Source, error) {
	start := int(at.At)
	if text, err := seedText(c.File); err == nil && int(at.Nth) == c.Nth && start >= 0 &&
		start+len(c.Quote) <= len(text) && c.Quote != "" && text[start:start+len(c.Quote)] == c.Quote {
		return sourceAt(c, start), nil
	}
	return locate(c)
}

// citeOf returns quote i of e: its own for 0, then its Also, in the order
// data.Spans lists them; e has 1 + len(e.Also).
func citeOf(file string, e *data.Entry, i int) data.Cite {
	if i == 0 {
		return data.Cite{File: file, Quote: e.Quote, Nth: e.Nth}
	}
	return e.Also[i-1]
}
