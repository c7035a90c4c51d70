package jinan

import (
	"bytes"
	"fmt"
)

// entry is one fact as the catalogue files write it: the figure as printed,
// next to the verbatim quote it comes from. The library parses the figure,
// finds the quote in the embedded seed, and checks that the figure is inside
// the quote; a test proves it for every entry.
type entry struct {
	id        string
	subject   Subject
	indicator Indicator
	measure   Measure
	period    Period
	// figure is the figure exactly as the quote prints it: "2027.00亿元",
	// "下降4.4%", "逾3000万美元", "第一".
	figure string
	// as is how to read the figure when the print leaves its unit or sign
	// to a neighbour ("16.8" in "高于…16.8、20.2个百分点" reads
	// "16.8个百分点"). Its number must be the figure's number.
	as        string
	status    Status // zero means Observed
	benchmark Subject
	// shareOf is the indicator a Share is a part of, when it is not the
	// fact's own: 税收占一般公共预算收入的比重 is TaxRevenue as a share of
	// BudgetRevenue.
	shareOf Indicator
	versus  Period
	rankOf  string // the size of a rank's peer group as printed: "160家"
	quote   string
	nth     int    // which occurrence of quote, from 1, when it occurs more than once
	also    []cite // the same fact printed elsewhere
	note    string
}

// cite is a further source of an entry: a quote in a seed file.
type cite struct {
	file, quote string
	nth         int
}

// seedEntries are the entries of one seed document, in reading order.
type seedEntries struct {
	file    string
	entries []entry
}

// build turns an entry of the seed file into a Fact, locating its quotes in
// the embedded seeds and parsing its figure.
func (e entry) build(file string) (Fact, error) {
	fail := func(format string, args ...any) (Fact, error) {
		return Fact{}, fmt.Errorf("jinan: fact %q: %s", e.id, fmt.Sprintf(format, args...))
	}
	src, err := locate(cite{file: file, quote: e.quote, nth: e.nth})
	if err != nil {
		return fail("%v", err)
	}
	sources := []Source{src}
	for _, c := range e.also {
		s, err := locate(c)
		if err != nil {
			return fail("%v", err)
		}
		sources = append(sources, s)
	}
	q, err := e.quantity()
	if err != nil {
		return fail("%v", err)
	}
	var rankOf Quantity
	if e.rankOf != "" {
		if rankOf, err = ParseQuantity(e.rankOf); err != nil {
			return fail("rank of: %v", err)
		}
	}
	status := e.status
	if status == 0 {
		status = Observed
	}
	return Fact{
		id:        e.id,
		key:       Key{Subject: e.subject, Indicator: e.indicator, Measure: e.measure, Period: e.period},
		quantity:  q,
		status:    status,
		benchmark: e.benchmark,
		shareOf:   e.shareOf,
		versus:    e.versus,
		rankOf:    rankOf,
		sources:   sources,
		note:      e.note,
	}, nil
}

// quantity parses the entry's figure, checking that it stands in the quote
// and, where the entry gives a reading, that the reading has the figure's
// number.
func (e entry) quantity() (Quantity, error) {
	if e.figure == "" || !bytes.Contains([]byte(e.quote), []byte(e.figure)) {
		return Quantity{}, fmt.Errorf("figure %q is not in its quote: %w", e.figure, ErrQuote)
	}
	if e.as == "" {
		return ParseQuantity(e.figure)
	}
	printed, err := ParseQuantity(e.figure)
	if err != nil {
		return Quantity{}, fmt.Errorf("figure %q: %w", e.figure, err)
	}
	read, err := ParseQuantity(e.as)
	if err != nil {
		return Quantity{}, fmt.Errorf("reading %q: %w", e.as, err)
	}
	if !printed.Value().Abs().Equal(read.Value().Abs()) || printed.Magnitude() != read.Magnitude() && printed.Magnitude() != 0 {
		return Quantity{}, fmt.Errorf("reading %q does not have the number of figure %q: %w", e.as, e.figure, ErrQuote)
	}
	return read, nil
}

// locate finds the nth occurrence (from 1) of c's quote in its seed. With
// nth zero the quote must occur exactly once.
func locate(c cite) (Source, error) {
	text, err := seedText(c.file)
	if err != nil {
		return Source{}, err
	}
	q := []byte(c.quote)
	if len(q) == 0 {
		return Source{}, fmt.Errorf("empty quote in %s: %w", c.file, ErrQuote)
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
	want := c.nth
	switch {
	case len(starts) == 0:
		return Source{}, fmt.Errorf("quote %q not in %s: %w", c.quote, c.file, ErrQuote)
	case want == 0 && len(starts) > 1:
		return Source{}, fmt.Errorf("quote %q occurs %d times in %s; name the occurrence: %w", c.quote, len(starts), c.file, ErrQuote)
	case want == 0:
		want = 1
	case want > len(starts):
		return Source{}, fmt.Errorf("quote %q occurs %d times in %s, not %d: %w", c.quote, len(starts), c.file, want, ErrQuote)
	}
	start := starts[want-1]
	return Source{File: c.file, Start: start, End: start + len(q), Quote: c.quote}, nil
}
