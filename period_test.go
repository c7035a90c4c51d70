package jinan

import (
	"errors"
	"testing"
)

// TestPeriods checks each kind of period against the calendar: Chinese
// releases cumulate from January, and 2020 was a leap year.
func TestPeriods(t *testing.T) {
	tests := []struct {
		p                Period
		start, end, sdmx string
		kind             PeriodKind
	}{
		{QuarterOf(2020, 1, "一季度"), "2020-01-01", "2020-03-31", "2020-Q1", Quarter},
		{QuarterOf(2020, 4, "四季度"), "2020-10-01", "2020-12-31", "2020-Q4", Quarter},
		{ThroughMonth(2020, 9, "前三季度"), "2020-01-01", "2020-09-30", "2020-01-01/2020-09-30", YearToDate},
		{ThroughMonth(2021, 10, "1-10月"), "2021-01-01", "2021-10-31", "2021-01-01/2021-10-31", YearToDate},
		{ThroughMonth(2020, 2, "前两个月"), "2020-01-01", "2020-02-29", "2020-01-01/2020-02-29", YearToDate},
		{MonthOf(2020, 3, "3月份"), "2020-03-01", "2020-03-31", "2020-03", SingleMonth},
		{YearOf(2019, "这一年"), "2019-01-01", "2019-12-31", "2019", CalendarYear},
		{AsOf(D(2020, 10, 31), "截至2020年10月底"), "2020-10-31", "2020-10-31", "2020-10-31", Instant},
		{SpanOf(D(2018, 1, 1), D(2020, 12, 31), "3年来"), "2018-01-01", "2020-12-31", "2018-01-01/2020-12-31", Span},
		{SoFarIn(2021, D(2021, 12, 27), "今年以来"), "2021-01-01", "2021-12-27", "2021-01-01/", SoFar},
	}
	for _, tt := range tests {
		if got := tt.p.Start().String(); got != tt.start {
			t.Errorf("%s: Start = %s, want %s", tt.p.Label(), got, tt.start)
		}
		if got := tt.p.End().String(); got != tt.end {
			t.Errorf("%s: End = %s, want %s", tt.p.Label(), got, tt.end)
		}
		if got := tt.p.String(); got != tt.sdmx {
			t.Errorf("%s: String = %s, want %s", tt.p.Label(), got, tt.sdmx)
		}
		if got := tt.p.Kind(); got != tt.kind {
			t.Errorf("%s: Kind = %v, want %v", tt.p.Label(), got, tt.kind)
		}
	}
}

func TestSoFarEndIsNotPrinted(t *testing.T) {
	p := SoFarIn(2021, D(2021, 12, 27), "今年以来")
	if p.EndPrinted() {
		t.Error("今年以来 must not claim a printed end")
	}
	if !ThroughMonth(2021, 10, "1-10月").EndPrinted() {
		t.Error("1-10月 has a printed end")
	}
}

func TestPeriodRelations(t *testing.T) {
	y2020 := YearOf(2020, "2020年")
	q1 := QuarterOf(2020, 1, "一季度")
	jan9 := ThroughMonth(2020, 9, "前三季度")
	y2019 := YearOf(2019, "2019年")
	if !y2020.Contains(q1) || !jan9.Contains(q1) || q1.Contains(jan9) {
		t.Error("2020 and Jan–Sep 2020 contain Q1 2020; Q1 does not contain Jan–Sep")
	}
	if y2019.Overlaps(q1) || !jan9.Overlaps(q1) {
		t.Error("2019 does not overlap Q1 2020; Jan–Sep 2020 does")
	}
	if (Period{}).Overlaps(q1) || y2020.Contains(Period{}) {
		t.Error("the unknown period overlaps and contains nothing")
	}
}

func TestInferred(t *testing.T) {
	p := QuarterOf(2020, 1, "一季度")
	if ok, _ := p.YearInferred(); ok {
		t.Error("a period is not inferred until marked")
	}
	q := p.Inferred("published about 2020-04-28")
	if ok, why := q.YearInferred(); !ok || why != "published about 2020-04-28" {
		t.Errorf("YearInferred() = %v, %q", ok, why)
	}
	if p == q {
		t.Error("an inferred period must differ from the printed one as a key")
	}
}

func TestParsePeriod(t *testing.T) {
	tests := []struct {
		in         string
		kind       PeriodKind
		start, end string
	}{
		{"2019", CalendarYear, "2019-01-01", "2019-12-31"},
		{"2020-Q1", Quarter, "2020-01-01", "2020-03-31"},
		{"2020-03", SingleMonth, "2020-03-01", "2020-03-31"},
		{"2020-03-31", Instant, "2020-03-31", "2020-03-31"},
		{"2020-01-01/2020-02-29", YearToDate, "2020-01-01", "2020-02-29"}, // 前两个月, a leap year
		{"2021-01-01/2021-10-31", YearToDate, "2021-01-01", "2021-10-31"}, // 1-10月
		{"2018-01-01/2020-12-31", Span, "2018-01-01", "2020-12-31"},       // 3年来
		{"2017-02-01/2020-03-31", Span, "2017-02-01", "2020-03-31"},       // 连续38个月
		{"2021-01-01/", SoFar, "2021-01-01", ""},                          // 今年以来
	}
	for _, tt := range tests {
		p, err := ParsePeriod(tt.in)
		if err != nil {
			t.Errorf("ParsePeriod(%q): %v", tt.in, err)
			continue
		}
		if p.Kind() != tt.kind || p.Start().String() != tt.start || p.End().String() != tt.end || p.String() != tt.in {
			t.Errorf("ParsePeriod(%q) = %v %s..%s (%s), want %v %s..%s", tt.in, p.Kind(), p.Start(), p.End(), p, tt.kind, tt.start, tt.end)
		}
	}
}

func TestParsePeriodErrors(t *testing.T) {
	for _, in := range []string{"", "20", "2020-Q5", "2020-13", "2020-02-30", "2020-03-31/2020-01-01",
		"２０２０", "2020/", "/2020-01-01", "2020-Q1/2020-Q2", "2020-1-1", "Q1 2020", "\xff"} {
		_, err := ParsePeriod(in)
		var pe *ParseError
		if !errors.As(err, &pe) || !(errors.Is(err, ErrSyntax) || errors.Is(err, ErrEmpty)) {
			t.Errorf("ParsePeriod(%q) error = %v, want a *ParseError wrapping ErrSyntax or ErrEmpty", in, err)
		}
	}
}

// TestCataloguePeriodsAsText: every period in the catalogue writes a text
// that reads back to the same days.
func TestCataloguePeriodsAsText(t *testing.T) {
	for f := range Default().All() {
		p := f.Period()
		text, _ := p.MarshalText()
		var back Period
		if err := back.UnmarshalText(text); err != nil {
			t.Errorf("%s: period %q: %v", f.ID(), text, err)
			continue
		}
		if back.String() != p.String() || back.Start() != p.Start() {
			t.Errorf("%s: period %q reads back as %v", f.ID(), text, back)
		}
	}
}

func FuzzParsePeriod(f *testing.F) {
	for _, s := range []string{"2019", "2020-Q1", "2020-03", "2020-03-31", "2021-01-01/2021-10-31", "2021-01-01/", "2018-01-01/2020-12-31"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		p, err := ParsePeriod(s)
		if err != nil {
			var pe *ParseError
			if !errors.As(err, &pe) {
				t.Fatalf("ParsePeriod(%q) error %v is not a *ParseError", s, err)
			}
			return
		}
		again, err := ParsePeriod(p.String())
		if err != nil || again != p {
			t.Fatalf("ParsePeriod(%q) = %v, whose text %q reads back as %v, %v", s, p, p.String(), again, err)
		}
	})
}
