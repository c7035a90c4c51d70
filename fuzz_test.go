package jinan

import (
	"errors"
	"github.com/jinanfacts/jinan/internal/data"
	"testing"
)

// seedFigures returns every figure text of the catalogue's entries, in
// reading order: the figure as printed, the reading given for it (as) and
// the size of a rank's peer group (rankOf). Each one parses.
func seedFigures() []string {
	var out []string
	for _, s := range data.Seeds() {
		for _, e := range s.Entries {
			out = append(out, e.Figure)
			if e.As != "" {
				out = append(out, e.As)
			}
			if e.RankOf != "" {
				out = append(out, e.RankOf)
			}
		}
	}
	return out
}

// checkParseError fails t unless err is what ParseQuantity may return: a
// *ParseError or *UnitError wrapping one of the parse sentinels, with an
// offset inside the input.
func checkParseError(t *testing.T, in string, err error) {
	t.Helper()
	var pe *ParseError
	var ue *UnitError
	switch {
	case errors.As(err, &pe):
		if pe.Offset < 0 || pe.Offset > len(in) {
			t.Fatalf("ParseQuantity(%q): offset %d outside the input: %v", in, pe.Offset, err)
		}
	case errors.As(err, &ue):
	default:
		t.Fatalf("ParseQuantity(%q): %T %v, want a *ParseError or *UnitError", in, err, err)
	}
	for _, sentinel := range []error{ErrSyntax, ErrRange, ErrEmpty, ErrUnknownUnit} {
		if errors.Is(err, sentinel) {
			return
		}
	}
	t.Fatalf("ParseQuantity(%q): %v wraps none of ErrSyntax, ErrRange, ErrEmpty, ErrUnknownUnit", in, err)
}

// FuzzParseQuantity checks that ParseQuantity never panics, fails only with
// a typed error wrapping a parse sentinel, and returns a valid quantity
// otherwise.
func FuzzParseQuantity(f *testing.F) {
	for _, s := range seedFigures() {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, in string) {
		q, err := ParseQuantity(in)
		if err != nil {
			checkParseError(t, in, err)
			return
		}
		if q.IsZero() || !q.Unit().IsValid() || !q.Bound().IsValid() || q.String() == "" {
			t.Fatalf("ParseQuantity(%q) = %#v, not a valid quantity", in, q)
		}
		if q.Bound() == Range && q.High().Cmp(q.Value()) <= 0 {
			t.Fatalf("ParseQuantity(%q) = %v: range high end %v not above low end %v", in, q, q.High(), q.Value())
		}
	})
}

// FuzzQuantityText checks that every quantity ParseQuantity accepts
// survives its text encoding: MarshalText then UnmarshalText gives a value
// that is Equal and Identical, and encodes to the same text again.
func FuzzQuantityText(f *testing.F) {
	for _, s := range seedFigures() {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, in string) {
		q, err := ParseQuantity(in)
		if err != nil {
			checkParseError(t, in, err)
			return
		}
		text, err := q.MarshalText()
		if err != nil {
			t.Fatalf("ParseQuantity(%q) = %v, MarshalText: %v", in, q, err)
		}
		var back Quantity
		if err := back.UnmarshalText(text); err != nil {
			t.Fatalf("ParseQuantity(%q) = %v, whose text %q does not decode: %v", in, q, text, err)
		}
		if !back.Equal(q) || !back.Identical(q) {
			t.Fatalf("ParseQuantity(%q) = %v (%s, %v): its text %q decodes to %v (%s, %v)",
				in, q, q.Unit(), q.Bound(), text, back, back.Unit(), back.Bound())
		}
		if again, _ := back.MarshalText(); string(again) != string(text) {
			t.Fatalf("ParseQuantity(%q): text %q decodes and encodes to %q", in, text, again)
		}
	})
}

// FuzzUnitText checks that every unit ParseUnit accepts encodes to text
// that decodes to the same Unit, and that ParseUnit fails only with a
// *UnitError wrapping ErrUnknownUnit.
func FuzzUnitText(f *testing.F) {
	for _, s := range []string{"", "CNY", "USD", "EUR", "%", "pp", "m2", "km2", "mu", "t", "km", "h", "d",
		"month", "year", "tenth", "ratio", "count:家", "rank:名", "count:", "元", "美元", "人民币", "天",
		"平方公里", "个百分点", "成", "英镑", "cny", "XXX"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, in string) {
		u, err := ParseUnit(in)
		if err != nil {
			var ue *UnitError
			if !errors.As(err, &ue) || !errors.Is(err, ErrUnknownUnit) || ue.Unit != clipInput("", in) {
				t.Fatalf("ParseUnit(%q): %T %v, want a *UnitError for the input wrapping ErrUnknownUnit", in, err, err)
			}
			return
		}
		text, err := u.MarshalText()
		if err != nil {
			t.Fatalf("ParseUnit(%q) = %v, MarshalText: %v", in, u, err)
		}
		var back Unit
		if err := back.UnmarshalText(text); err != nil || back != u {
			t.Fatalf("ParseUnit(%q) = %#v: text %q decodes to %#v, %v", in, u, text, back, err)
		}
	})
}
