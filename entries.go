package jinan

import (
	"bytes"
	"fmt"

	"github.com/jinanfacts/jinan/internal/data"
)

// buildEntry turns an entry of internal/data into a fact: it resolves the
// vocabulary, parses the figure and the periods, and locates the quotes in
// the embedded seeds. A test builds every entry and proves each span and
// value.
func buildEntry(file string, e *data.Entry) (fact, error) {
	fail := func(format string, args ...any) (fact, error) {
		return fact{}, fmt.Errorf("jinan: fact %q: %s", e.ID, fmt.Sprintf(format, args...))
	}
	v := vocab()
	subject, ok := v.subjects[e.Subject]
	if !ok {
		return fail("subject %q: %v", e.Subject, ErrNotFound)
	}
	indicator, ok := v.indicators[e.Indicator]
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
		if benchmark, ok = v.subjects[e.Benchmark]; !ok {
			return fail("benchmark %q: %v", e.Benchmark, ErrNotFound)
		}
	}
	var shareOf Indicator
	if e.ShareOf != "" {
		if shareOf, ok = v.indicators[e.ShareOf]; !ok {
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
	q, err := entryQuantity(e)
	if err != nil {
		return fail("%v", err)
	}
	var rankOf Quantity
	if e.RankOf != "" {
		if rankOf, err = ParseQuantity(e.RankOf); err != nil {
			return fail("rank of: %v", err)
		}
	}
	sources := make([]Source, 0, 1+len(e.Also))
	for _, c := range append([]data.Cite{{File: file, Quote: e.Quote, Nth: e.Nth}}, e.Also...) {
		s, err := locate(c)
		if err != nil {
			return fail("%v", err)
		}
		sources = append(sources, s)
	}
	return fact{
		id:          e.ID,
		key:         Key{Subject: subject, Indicator: indicator, Measure: measure, Period: period, Status: status, Benchmark: benchmark},
		quantity:    q,
		shareOf:     shareOf,
		versus:      versus,
		rankOf:      rankOf,
		sources:     sources,
		periodLabel: e.Label,
		inferred:    e.Inferred,
		note:        e.Note,
	}, nil
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
	if e.Figure == "" || !bytes.Contains([]byte(e.Quote), []byte(e.Figure)) {
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
	q := []byte(c.Quote)
	if len(q) == 0 {
		return Source{}, fmt.Errorf("empty quote in %s: %w", c.File, ErrQuote)
	}
	var starts []int
	for off := 0; ; {
		i := bytes.Index(text[off:], q)
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
	start := starts[want-1]
	return Source{File: c.File, Start: start, End: start + len(q), Quote: c.Quote}, nil
}
