package jinan

import "testing"

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
