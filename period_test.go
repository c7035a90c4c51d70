package jinan

import (
	"errors"
	"testing"
	"time"
)

// TestPeriods checks each kind of period against the calendar: Chinese
// releases cumulate from January, and 2020 was a leap year.
func TestPeriods(t *testing.T) {
	tests := []struct {
		printed          string // how a seed prints it
		p                Period
		start, end, text string
		kind             PeriodKind
	}{
		{"一季度", QuarterOf(2020, 1), "2020-01-01", "2020-03-31", "2020-Q1", Quarter},
		{"四季度", QuarterOf(2020, 4), "2020-10-01", "2020-12-31", "2020-Q4", Quarter},
		{"前三季度", ThroughMonth(2020, 9), "2020-01-01", "2020-09-30", "2020-01-01/2020-09-30", YearToDate},
		{"1-10月", ThroughMonth(2021, 10), "2021-01-01", "2021-10-31", "2021-01-01/2021-10-31", YearToDate},
		{"前两个月", ThroughMonth(2020, 2), "2020-01-01", "2020-02-29", "2020-01-01/2020-02-29", YearToDate},
		{"3月份", MonthOf(2020, 3), "2020-03-01", "2020-03-31", "2020-03", SingleMonth},
		{"这一年", YearOf(2019), "2019-01-01", "2019-12-31", "2019", CalendarYear},
		{"截至2020年10月底", AsOf(D(2020, 10, 31)), "2020-10-31", "2020-10-31", "2020-10-31", Instant},
		{"3年来", SpanOf(D(2018, 1, 1), D(2020, 12, 31)), "2018-01-01", "2020-12-31", "2018-01-01/2020-12-31", Span},
		{"今年以来", SoFarIn(2021, D(2021, 12, 27)), "2021-01-01", "2021-12-27", "2021-01-01/..2021-12-27", SoFar},
	}
	for _, tt := range tests {
		if got := tt.p.Start().String(); got != tt.start {
			t.Errorf("%s: Start = %s, want %s", tt.printed, got, tt.start)
		}
		if got := tt.p.End().String(); got != tt.end {
			t.Errorf("%s: End = %s, want %s", tt.printed, got, tt.end)
		}
		if got := tt.p.String(); got != tt.text {
			t.Errorf("%s: String = %s, want %s", tt.printed, got, tt.text)
		}
		if got := tt.p.Kind(); got != tt.kind {
			t.Errorf("%s: Kind = %v, want %v", tt.printed, got, tt.kind)
		}
	}
}

// TestPeriodIdentityIsItsSpan: one span is one Period however it is
// printed or built, and its text reads back to an equal Period.
func TestPeriodIdentityIsItsSpan(t *testing.T) {
	// 一季度, 1-3月份 and 1至3月 are all January–March.
	q1 := QuarterOf(2020, 1)
	for _, p := range []Period{ThroughMonth(2020, 3), SpanOf(D(2020, 1, 1), D(2020, 3, 31)), MustParsePeriod("2020-01-01/2020-03-31")} {
		if p != q1 {
			t.Errorf("%v != QuarterOf(2020, 1)", p)
		}
	}
	// A whole year built as a span is the year; a single month as a span is the month.
	if p := SpanOf(D(2019, 1, 1), D(2019, 12, 31)); p != YearOf(2019) || p.String() != "2019" {
		t.Errorf("SpanOf a whole year = %v", p)
	}
	if p := ThroughMonth(2020, 1); p != MonthOf(2020, 1) || p.String() != "2020-01" {
		t.Errorf("ThroughMonth(2020, 1) = %v, want 2020-01", p)
	}
	// So far this year keeps its latest possible end in its identity and text.
	soFar := SoFarIn(2020, D(2020, 4, 28))
	if soFar == SpanOf(D(2020, 1, 1), D(2020, 4, 28)) || soFar.EndPrinted() {
		t.Error("今年以来 must differ from a span with a printed end")
	}
	for _, p := range []Period{q1, soFar, YearOf(2019), MonthOf(2020, 2), AsOf(D(2020, 2, 29)),
		ThroughMonth(2021, 10), SpanOf(D(2017, 2, 1), D(2020, 3, 31)), SpanOf(D(2020, 4, 25), D(2025, 4, 25))} {
		back, err := ParsePeriod(p.String())
		if err != nil || back != p {
			t.Errorf("ParsePeriod(%q) = %v, %v; want %v", p.String(), back, err, p)
		}
	}
}

// TestSoFarOverlaps: 今年以来 covers the days up to its latest possible end.
func TestSoFarOverlaps(t *testing.T) {
	soFar := SoFarIn(2020, D(2020, 4, 28))
	open, err := ParsePeriod("2020-01-01/") // no latest end known: within 2020
	if err != nil {
		t.Fatal(err)
	}
	if got, want := open.String(), "2020-01-01/..2020-12-31"; got != want {
		t.Errorf(`ParsePeriod("2020-01-01/") = %s, want %s`, got, want)
	}
	for _, p := range []Period{soFar, open} {
		if !p.Overlaps(p) || !p.Overlaps(QuarterOf(2020, 1)) || p.Overlaps(YearOf(2019)) {
			t.Errorf("%v must overlap itself and Q1 2020, and not 2019", p)
		}
		if !YearOf(2020).Contains(p) {
			t.Errorf("2020 must contain %v", p)
		}
	}
	if soFar.Overlaps(MonthOf(2020, 5)) {
		t.Error("so far, at the latest 2020-04-28, cannot overlap May 2020")
	}
}

// TestImpossiblePeriods: the constructors refuse impossible dates and
// periods with the zero, invalid value.
func TestImpossiblePeriods(t *testing.T) {
	for name, d := range map[string]Date{
		"February 30": D(2020, 2, 30), "2021-02-29": D(2021, 2, 29), "month 0": D(2020, 0, 1),
		"month 13": D(2020, 13, 1), "day 0": D(2020, 1, 0), "year 0": D(0, 1, 1), "year 10000": D(10000, 1, 1),
	} {
		if d.IsValid() || !d.IsZero() {
			t.Errorf("%s: D gives %v, want the invalid zero Date", name, d)
		}
	}
	if !D(2020, 2, 29).IsValid() {
		t.Error("2020-02-29 exists: 2020 was a leap year")
	}
	for name, p := range map[string]Period{
		"MonthOf(2020, 0)": MonthOf(2020, 0), "MonthOf(2020, 13)": MonthOf(2020, 13),
		"QuarterOf(2020, 7)": QuarterOf(2020, 7), "QuarterOf(2020, 0)": QuarterOf(2020, 0),
		"ThroughMonth(2020, 13)": ThroughMonth(2020, 13), "SpanOf backwards": SpanOf(D(2020, 3, 1), D(2020, 2, 1)),
		"SpanOf an invalid date": SpanOf(D(2020, 2, 30), D(2020, 3, 1)), "AsOf an invalid date": AsOf(D(2020, 2, 30)),
		"SoFarIn another year": SoFarIn(2020, D(2021, 1, 5)), "YearOf(0)": YearOf(0),
	} {
		if p.IsValid() || p.String() != "" || p.Kind() != 0 {
			t.Errorf("%s = %v (%v), want the invalid zero Period", name, p, p.Kind())
		}
	}
}

func TestSoFarEndIsNotPrinted(t *testing.T) {
	p := SoFarIn(2021, D(2021, 12, 27))
	if p.EndPrinted() {
		t.Error("今年以来 must not claim a printed end")
	}
	if !ThroughMonth(2021, 10).EndPrinted() {
		t.Error("1-10月 has a printed end")
	}
}

func TestPeriodRelations(t *testing.T) {
	y2020 := YearOf(2020)
	q1 := QuarterOf(2020, 1)
	jan9 := ThroughMonth(2020, 9)
	y2019 := YearOf(2019)
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

// TestKeyByHand: a Key built from the exported constants and constructors
// equals the fact's Key, and a period read back from its text finds the
// same facts.
func TestKeyByHand(t *testing.T) {
	c := Default()
	f, ok := c.Fact("jinan.gdp.level.2020-q1")
	if !ok {
		t.Fatal("no jinan.gdp.level.2020-q1")
	}
	want := Key{Subject: Jinan, Indicator: GDP, Measure: Level, Period: QuarterOf(2020, 1), Status: Observed}
	if f.Key() != want {
		t.Errorf("Key = %+v, want %+v", f.Key(), want)
	}
	gap, _ := c.Fact("jinan.trade.gap-shandong.2020-q1")
	if got := (Key{Jinan, Trade, Gap, QuarterOf(2020, 1), Observed, Shandong}); gap.Key() != got {
		t.Errorf("gap Key = %+v, want %+v", gap.Key(), got)
	}
	for fact := range c.All() {
		p := fact.Period()
		if !p.IsValid() {
			continue
		}
		back, err := ParsePeriod(p.String())
		if err != nil || back != p {
			t.Fatalf("%s: period %q reads back as %v, %v", fact.ID(), p, back, err)
		}
		found := false
		for g := range c.Query(Query{Subject: fact.Subject(), Indicator: fact.Indicator(), Within: back, During: back}) {
			found = found || g.ID() == fact.ID()
		}
		if !found {
			t.Errorf("%s: a query on its period read back from %q does not find it", fact.ID(), p)
		}
	}
}

// TestDateText checks the text forms of dates.
func TestDateText(t *testing.T) {
	d := D(2020, time.February, 29)
	text, _ := d.MarshalText()
	var back Date
	if err := back.UnmarshalText(text); err != nil || back != d || string(text) != "2020-02-29" {
		t.Errorf("Date text %q reads back as %v, %v", text, back, err)
	}
	if err := back.UnmarshalText([]byte("2021-02-29")); !errors.Is(err, ErrSyntax) {
		t.Errorf("2021-02-29 must be refused with ErrSyntax, got %v", err)
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
		{"2021-01-01/..2021-12-27", SoFar, "2021-01-01", "2021-12-27"},    // 今年以来
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
		"２０２０", "2020/", "2020-01-01/..2021-05-01", "2020-03-01/..2020-04-01", "/2020-01-01", "2020-Q1/2020-Q2", "2020-1-1", "Q1 2020", "\xff"} {
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
	for _, s := range []string{"2019", "2020-Q1", "2020-03", "2020-03-31", "2021-01-01/2021-10-31", "2021-01-01/", "2021-01-01/..2021-12-27", "2018-01-01/2020-12-31"} {
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

// TestParsePeriodErrorOffset: the error points at the part that is wrong.
func TestParsePeriodErrorOffset(t *testing.T) {
	for in, want := range map[string]int{
		"2020-01-01/2020-13-01":   11, // the end's month
		"2020-01-01/..2020-13-01": 13,
		"2020-13-01/2020-12-01":   0,
		"2020-Q7":                 6,
		"2020-13":                 5,
	} {
		_, err := ParsePeriod(in)
		var pe *ParseError
		if !errors.As(err, &pe) || pe.Offset != want {
			t.Errorf("ParsePeriod(%q) = %v, want a *ParseError at byte %d", in, err, want)
		}
	}
}
