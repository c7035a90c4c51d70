package figure_test

import (
	"errors"
	"testing"

	"github.com/jinanfacts/jinan/internal/figure"
	"github.com/jinanfacts/jinan/internal/words"
)

// TestWordsTables checks that Parse reads every word that internal/words
// marks for the parser with the meaning the tables give it, and no word
// that the tables leave to other readers.
func TestWordsTables(t *testing.T) {
	parse := func(in string, want func(figure.Figure) bool, reads bool) {
		t.Helper()
		f, err := figure.Parse(in)
		switch {
		case reads && err != nil:
			t.Errorf("Parse(%q): %v", in, err)
		case reads && !want(f):
			t.Errorf("Parse(%q) = %+v", in, f)
		case !reads && err == nil:
			t.Errorf("Parse(%q) = %+v; the parser should not read it", in, f)
		}
	}
	for _, w := range words.Bounds {
		var in string
		switch w.Position {
		case words.BeforeNumber:
			in = w.Word + "3%"
		case words.AfterNumber:
			in = "3" + w.Word + "家"
		case words.AfterUnit:
			in = "3年" + w.Word
		}
		parse(in, func(f figure.Figure) bool { return f.Bound.String() == w.Bound.String() }, w.Use&words.Figures != 0)
	}
	for _, w := range words.Directions {
		parse(w.Word+"3%", func(f figure.Figure) bool { return f.Negative == (w.Direction == words.Down) }, w.Use&words.Figures != 0)
	}
	for _, w := range words.UnitWords {
		parse("3"+w.Word, func(f figure.Figure) bool { return f.Unit == w.Canonical }, w.Use&words.Figures != 0)
		u, _ := words.UnitOf(w.Code)
		if w.Use&words.Figures == 0 {
			continue
		}
		span := u.Dim == words.Duration || u.Dim == words.CalendarSpan
		parse("3"+w.Word+"内", func(f figure.Figure) bool { return f.Bound == figure.AtMost }, span)
		// A magnitude scales neither a ratio nor the month of a deadline.
		ratio := u.Dim == words.Ratio || u.Dim == words.PercentagePoints || u.Dim == words.MonthOfYear
		if _, err := figure.Parse("3万" + w.Word); ratio != (err != nil) || (ratio && !errors.Is(err, figure.ErrSyntax)) {
			t.Errorf(`Parse("3万%s"): %v; a magnitude scales a unit but not a ratio or a month`, w.Word, err)
		}
	}
	for _, c := range words.Counters {
		parse("3"+c.Word, func(f figure.Figure) bool { return f.Unit == c.Word && f.Ordinal == (c.Word == "强") }, true)
		parse("3"+c.Word+"内", func(f figure.Figure) bool { return f.Bound == figure.AtMost }, c.Span)
	}
}

// TestBoundOf checks that each bound of internal/words maps to the Bound
// of the same name.
func TestBoundOf(t *testing.T) {
	for k := words.Exact; k <= words.Under; k++ {
		if got := figure.BoundOf(k); got.String() != k.String() {
			t.Errorf("BoundOf(%v) = %v", k, got)
		}
	}
	if got := figure.BoundOf(words.Under + 1); got != 0 {
		t.Errorf("BoundOf(%d) = %v, want the zero Bound", words.Under+1, got)
	}
}
