package jinan

import (
	"fmt"
	"strings"

	"github.com/shopspring/decimal"

	"github.com/jinanfacts/jinan/internal/data"
)

// This file scores Extract against the curated catalogue.

// ExtractScore measures Extract against the curated catalogue: for each
// fact read from a seed, whether Extract finds a figure where the fact's
// quote prints its figure, and whether it reads it with the same value ×
// 10^multiplier, unit, bound and sign, with no flag (a flagged figure is
// never right). A fact whose figure the catalogue
// reads with the help of its neighbours (16.8 of 16.8、20.2个百分点, read
// 16.8个百分点) counts only if Extract reads it the same way.
type ExtractScore struct {
	Facts int // the facts read from a seed
	Found int // those whose figure Extract finds as a figure in place
	Right int // those found with the catalogue's value, unit, bound and sign, unflagged
	// SameMeasure counts the facts found whose measure hint is the fact's
	// measure, a check of the hints.
	SameMeasure int
	// Misses are the facts not found or not right, in catalogue order.
	Misses []ExtractMiss
}

// ExtractMiss is a curated fact that Extract does not find, or reads
// otherwise: 8 of 联合市财政、建设等8部门, which the catalogue reads as 8个.
type ExtractMiss struct {
	ID     string    // the fact's ID
	Source Source    // the fact's first source
	Figure string    // the figure as the quote prints it: "8"
	Want   Quantity  // the catalogue's reading: 8个
	Got    Extracted // what Extract read there; Kind 0 when it found no number
	Why    string    // what differs: "not found", "date, not a figure", "unit", "value", "sign", "bound", "high end", "flagged malformed" …
}

// String returns the score as "recall 305/305 (100.0%), accuracy 304/305
// (99.7%), measure hints 298/305 (97.7%)": recall is Found/Facts, accuracy
// Right/Found and the measure hints SameMeasure/Found, in percent to one
// decimal.
func (s ExtractScore) String() string {
	return fmt.Sprintf("recall %d/%d (%s%%), accuracy %d/%d (%s%%), measure hints %d/%d (%s%%)",
		s.Found, s.Facts, percent(s.Found, s.Facts), s.Right, s.Found, percent(s.Right, s.Found),
		s.SameMeasure, s.Found, percent(s.SameMeasure, s.Found))
}

// percent returns 100·n/d with one decimal, rounded half away from zero.
func percent(n, d int) string {
	if d == 0 {
		return "0.0"
	}
	return decimal.NewFromInt(int64(n)*100).DivRound(decimal.NewFromInt(int64(d)), 1).StringFixed(1)
}

// String returns the miss as one line: its ID, file and offset, the
// figure, the catalogue's reading, Extract's, and why they differ.
func (m ExtractMiss) String() string {
	got := "nothing"
	if m.Got.Kind != 0 {
		got = fmt.Sprintf("%s %q", m.Got.Kind, m.Got.Text)
		if !m.Got.Quantity.IsZero() {
			got += " = " + m.Got.Quantity.String()
		}
	}
	return fmt.Sprintf("%s (%s@%d) %q: want %s, got %s: %s", m.ID, m.Source.File, m.Source.Start, m.Figure, m.Want, got, m.Why)
}

// ScoreExtract runs Extract on each seed and scores it against the facts
// of c read from the seeds (see ExtractScore): the fact
// jinan.gdp.growth.2020-q1, figure 下降4.4% in the quote 同比下降4.4%, is
// right when Extract reads −4.4% there. It computes afresh on each call.
//
// Extract is held to what the text prints: where the catalogue reads a
// figure as another kind of thing than its print says (前20% printed as a
// top-N place, read as a percentile band; 第九种 printed as an ordinal, read
// as a count of nine modes), the printed reading is what Extract must give.
// A reading that only completes the print (16.8 of 高于…16.8、20.2个百分点,
// read as 16.8个百分点) is what Extract must find.
func (c Catalogue) ScoreExtract() ExtractScore {
	printedFigure := map[string]string{}
	want := map[string]Quantity{}
	for _, s := range data.Seeds() {
		for _, e := range s.Entries {
			printedFigure[e.ID] = e.Figure
			if e.As == "" {
				continue
			}
			read, err1 := ParseQuantity(e.As)
			print, err2 := ParseQuantity(e.Figure)
			if err1 == nil && err2 == nil && print.unit.IsValid() && print.unit.Dimension() != read.unit.Dimension() &&
				print.unit.Dimension() != Count {
				want[e.ID] = print
			}
		}
	}
	found := map[string][]Extracted{}
	var sc ExtractScore
	for fact := range c.All() {
		f := fact.get()
		if len(f.sources) == 0 {
			continue
		}
		sc.Facts++
		src := f.sources[0]
		miss := ExtractMiss{ID: f.id, Source: src, Figure: printedFigure[f.id], Want: f.amount()}
		if q, ok := want[f.id]; ok {
			miss.Want = q
		}
		items, ok := found[src.File]
		if !ok {
			if doc, err := DocumentByFile(src.File); err == nil {
				if text, err := doc.Text(); err == nil {
					items = ExtractBytes(text)
				}
			}
			found[src.File] = items
		}
		at := strings.Index(src.Quote, miss.Figure)
		if miss.Figure == "" || at < 0 {
			miss.Why = "the catalogue's figure is not in its quote"
			sc.Misses = append(sc.Misses, miss)
			continue
		}
		miss.Got = itemAt(items, src.Start+at, src.Start+at+len(miss.Figure))
		switch {
		case miss.Got.Kind == 0:
			miss.Why = "not found"
		case miss.Got.Kind != FigureKind:
			miss.Why = miss.Got.Kind.String() + ", not a figure"
		default:
			sc.Found++
			if miss.Got.Measure == f.key.Measure {
				sc.SameMeasure++
			}
			miss.Why = quantityDiff(miss.Want, miss.Got.Quantity)
			if miss.Got.Flags != 0 {
				// A flagged figure is not read exactly: it is never right.
				miss.Why = "flagged " + miss.Got.Flags.String()
			}
		}
		if miss.Why == "" {
			sc.Right++
			continue
		}
		sc.Misses = append(sc.Misses, miss)
	}
	return sc
}

// itemAt returns the item that overlaps [start, end) most, a figure before
// any other kind, or the zero Extracted.
func itemAt(items []Extracted, start, end int) Extracted {
	lo, hi := 0, len(items)
	for lo < hi { // the first item ending after start
		m := (lo + hi) / 2
		if items[m].End <= start {
			lo = m + 1
		} else {
			hi = m
		}
	}
	var best Extracted
	bestOverlap := 0
	for _, it := range items[lo:] {
		if it.Start >= end {
			break
		}
		o := min(end, it.End) - max(start, it.Start)
		better := o > bestOverlap
		if best.Kind != 0 && (best.Kind == FigureKind) != (it.Kind == FigureKind) {
			better = it.Kind == FigureKind
		}
		if better {
			best, bestOverlap = it, o
		}
	}
	return best
}

// quantityDiff says how got differs from want: "" when they are the same
// value × 10^multiplier in the same unit with the same bound and sign.
func quantityDiff(want, got Quantity) string {
	switch {
	case got.IsZero():
		return "no reading"
	case want.Unit() != got.Unit():
		return "unit"
	case want.Bound() != got.Bound():
		return "bound"
	case want.Value().Sign()*got.Value().Sign() < 0:
		return "sign"
	case !want.Equal(got):
		if want.Rat().Cmp(got.Rat()) == 0 {
			return "high end"
		}
		return "value"
	}
	return ""
}
