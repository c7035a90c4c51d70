package jinan

import (
	"fmt"
	"strings"
	"time"
)

// Date is a calendar date without a time of day or a location, as the
// seeds print them (2020年10月29日). The zero Date is unknown.
type Date struct {
	Year  int
	Month time.Month
	Day   int
}

// D returns the date year-month-day: D(2020, 3, 31) is 2020-03-31.
func D(year int, month time.Month, day int) Date { return Date{year, month, day} }

// IsZero reports whether d is the zero, unknown Date.
func (d Date) IsZero() bool { return d == Date{} }

// String returns d in ISO 8601 form, "2020-03-31", or "" for the zero Date.
func (d Date) String() string {
	if d.IsZero() {
		return ""
	}
	return fmt.Sprintf("%04d-%02d-%02d", d.Year, int(d.Month), d.Day)
}

// Before reports whether d is before e.
func (d Date) Before(e Date) bool {
	if d.Year != e.Year {
		return d.Year < e.Year
	}
	if d.Month != e.Month {
		return d.Month < e.Month
	}
	return d.Day < e.Day
}

// endOfMonth returns the last day of month m of year y (2020-02-29: 2020 was
// a leap year).
func endOfMonth(y int, m time.Month) Date {
	t := time.Date(y, m+1, 0, 0, 0, 0, 0, time.UTC)
	return Date{t.Year(), t.Month(), t.Day()}
}

// PeriodKind says what sort of time a figure covers.
type PeriodKind uint8

// The kinds of period in the seeds. The zero PeriodKind is an unknown
// period.
const (
	// CalendarYear is a whole year: 全年, 这一年, 2019年.
	CalendarYear PeriodKind = 1 + iota
	// Quarter is one quarter, Q1 being January–March: 一季度 2020.
	Quarter
	// YearToDate is a flow cumulated from January 1 to the end of a month:
	// 1-10月, 前三季度 (January–September), 前两个月.
	YearToDate
	// SingleMonth is one month alone: 3月份.
	SingleMonth
	// Instant is a point in time, for a stock or the end of a cumulated
	// flow: 截至3月末, 截至2020年10月底.
	Instant
	// Span is a run of years or months ending at the report: 3年来
	// (2018–2020), 连续38个月.
	Span
	// Horizon is the time by which a target is to be met: 到2025年,
	// 力争3年内, 今年 in 确保今年GDP迈过1万亿元.
	Horizon
	// SoFar is "this year so far", 今年以来: it starts on January 1 and its
	// end is not printed. End is the latest it can be (the document's
	// date); it is not invented.
	SoFar
)

var periodKindNames = [...]string{
	CalendarYear: "calendar_year", Quarter: "quarter", YearToDate: "year_to_date",
	SingleMonth: "month", Instant: "instant", Span: "span", Horizon: "horizon", SoFar: "so_far",
}

// String returns the kind's name, such as "year_to_date".
func (k PeriodKind) String() string {
	if k != 0 && int(k) < len(periodKindNames) {
		return periodKindNames[k]
	}
	return "unknown"
}

// Period is the time a figure covers: its kind, start and end dates, the
// label the source printed ("一季度", "1-10月", "今年以来"), and whether
// the year was inferred from the document's date rather than printed, with
// the reason.
//
// Period is a comparable value, usable as a map key. The zero Period is an
// unknown period.
type Period struct {
	kind           PeriodKind
	start, end     Date
	label          string
	inferred       bool
	inferredReason string
}

// YearOf returns the calendar year y: 2019年, or 这一年 in 002.
func YearOf(y int, label string) Period {
	return Period{kind: CalendarYear, start: D(y, 1, 1), end: D(y, 12, 31), label: label}
}

// QuarterOf returns quarter q (1–4) of year y: QuarterOf(2020, 1, "一季度")
// is 2020-01-01 to 2020-03-31. Chinese releases cumulate from January, so
// 一季度 and 1-3月 are the same period.
func QuarterOf(y, q int, label string) Period {
	first := time.Month(3*q - 2)
	return Period{kind: Quarter, start: D(y, first, 1), end: endOfMonth(y, first+2), label: label}
}

// ThroughMonth returns the cumulative period from January 1 of year y to
// the end of month m: ThroughMonth(2021, 10, "1-10月") ends 2021-10-31;
// ThroughMonth(2020, 9, "前三季度") ends 2020-09-30.
func ThroughMonth(y int, m time.Month, label string) Period {
	return Period{kind: YearToDate, start: D(y, 1, 1), end: endOfMonth(y, m), label: label}
}

// MonthOf returns month m of year y alone: MonthOf(2020, 3, "3月份").
func MonthOf(y int, m time.Month, label string) Period {
	return Period{kind: SingleMonth, start: D(y, m, 1), end: endOfMonth(y, m), label: label}
}

// AsOf returns the instant d: AsOf(D(2020, 3, 31), "截至3月末").
func AsOf(d Date, label string) Period {
	return Period{kind: Instant, start: d, end: d, label: label}
}

// SpanOf returns the span from start to end: 3年来 in a December 2020
// article is SpanOf(D(2018, 1, 1), D(2020, 12, 31), "3年来").
func SpanOf(start, end Date, label string) Period {
	return Period{kind: Span, start: start, end: end, label: label}
}

// By returns the horizon of a target to be met by d: By(D(2025, 12, 31),
// "到2025年"). The start is the document's date when given, else unknown.
func By(start, d Date, label string) Period {
	return Period{kind: Horizon, start: start, end: d, label: label}
}

// SoFarIn returns 今年以来 in year y: from January 1 to an end that is not
// printed, no later than latest (the document's date).
func SoFarIn(y int, latest Date, label string) Period {
	return Period{kind: SoFar, start: D(y, 1, 1), end: latest, label: label}
}

// Inferred returns p marked as having a year that the source did not
// print, with the reason: "一季度 in a page published about 2020-04-28".
func (p Period) Inferred(reason string) Period {
	p.inferred, p.inferredReason = true, reason
	return p
}

// Kind returns the kind of period.
func (p Period) Kind() PeriodKind { return p.kind }

// Start returns the first day covered.
func (p Period) Start() Date { return p.start }

// End returns the last day covered. For a SoFar period it is the latest
// possible end, not a printed one; see EndPrinted.
func (p Period) End() Date { return p.end }

// EndPrinted reports whether End was stated by the source, false for 今年以来.
func (p Period) EndPrinted() bool { return p.kind != SoFar }

// Label returns the period as printed: "一季度", "1-10月", "今年以来".
func (p Period) Label() string { return p.label }

// YearInferred reports whether the year came from the document's date
// rather than from the text, and why.
func (p Period) YearInferred() (bool, string) { return p.inferred, p.inferredReason }

// IsZero reports whether p is the zero, unknown Period.
func (p Period) IsZero() bool { return p == Period{} }

// Overlaps reports whether p and q share at least one day.
func (p Period) Overlaps(q Period) bool {
	if p.IsZero() || q.IsZero() {
		return false
	}
	return !p.end.Before(q.start) && !q.end.Before(p.start)
}

// Contains reports whether q lies wholly within p: 2020 contains 一季度 2020.
func (p Period) Contains(q Period) bool {
	if p.IsZero() || q.IsZero() {
		return false
	}
	return !q.start.Before(p.start) && !p.end.Before(q.end)
}

// String returns p in ISO 8601 and SDMX form: "2019" for a year, "2020-Q1"
// for a quarter, "2020-03" for a month, "2020-03-31" for an instant, and
// "2021-01-01/2021-10-31" for other spans; "2020-01-01/" for 今年以来,
// whose end is open.
func (p Period) String() string {
	switch p.kind {
	case 0:
		return ""
	case CalendarYear:
		return fmt.Sprintf("%04d", p.start.Year)
	case Quarter:
		return fmt.Sprintf("%04d-Q%d", p.start.Year, (int(p.start.Month)+2)/3)
	case SingleMonth:
		return fmt.Sprintf("%04d-%02d", p.start.Year, int(p.start.Month))
	case Instant:
		return p.start.String()
	case SoFar:
		return p.start.String() + "/"
	}
	return p.start.String() + "/" + p.end.String()
}

// yearEarlier returns the same period a year before (上年同期): Q1 2019 for
// Q1 2020. February 29 becomes February 28.
func (p Period) yearEarlier() Period {
	back := func(d Date) Date {
		if d.IsZero() {
			return d
		}
		d.Year--
		if d.Month == time.February && d.Day == 29 {
			d.Day = 28
		}
		return d
	}
	return Period{kind: p.kind, start: back(p.start), end: back(p.end), label: "上年同期",
		inferred: p.inferred, inferredReason: p.inferredReason}
}

// ParsePeriod parses the ISO 8601 / SDMX form that Period.String writes:
// "2019" (a calendar year), "2020-Q1" (a quarter), "2020-03" (a month),
// "2020-03-31" (an instant), "2020-01-01/" (so far this year, end not
// printed), and "2021-01-01/2021-10-31" (from January to the end of a
// month: year to date; any other pair of dates: a span). The text form
// holds no label and no inference, and a target horizon reads back as a
// span: use a Record for those. Errors are a *ParseError wrapping ErrSyntax.
func ParsePeriod(s string) (Period, error) {
	fail := func(reason string) (Period, error) {
		return Period{}, &ParseError{Input: clipInput("", s), Reason: reason, Err: ErrSyntax}
	}
	if s == "" {
		return Period{}, &ParseError{Input: s, Reason: "no period", Err: ErrEmpty}
	}
	if start, end, ok := strings.Cut(s, "/"); ok {
		a, err := parseDate(start)
		if err != nil {
			return fail("start: " + err.Error())
		}
		if end == "" {
			return Period{kind: SoFar, start: a}, nil
		}
		b, err := parseDate(end)
		switch {
		case err != nil:
			return fail("end: " + err.Error())
		case b.Before(a):
			return fail("end before start")
		case a.Month == time.January && a.Day == 1 && a.Year == b.Year && b == endOfMonth(b.Year, b.Month):
			return ThroughMonth(b.Year, b.Month, ""), nil
		}
		return SpanOf(a, b, ""), nil
	}
	switch {
	case len(s) == 4:
		if y, ok := atoi(s); ok {
			return YearOf(y, ""), nil
		}
	case len(s) == 7 && s[4:6] == "-Q":
		if y, ok := atoi(s[:4]); ok && s[6] >= '1' && s[6] <= '4' {
			return QuarterOf(y, int(s[6]-'0'), ""), nil
		}
	case len(s) == 7 && s[4] == '-':
		y, ok1 := atoi(s[:4])
		m, ok2 := atoi(s[5:])
		if ok1 && ok2 && m >= 1 && m <= 12 {
			return MonthOf(y, time.Month(m), ""), nil
		}
	default:
		if d, err := parseDate(s); err == nil {
			return AsOf(d, ""), nil
		}
	}
	return fail("not a year, quarter, month, date or interval")
}

// parseDate parses "2020-03-31", a real calendar date.
func parseDate(s string) (Date, error) {
	t, err := time.Parse(time.DateOnly, s)
	if err != nil || t.Year() < 1 {
		return Date{}, fmt.Errorf("%q is not a date YYYY-MM-DD", s)
	}
	return D(t.Year(), t.Month(), t.Day()), nil
}

// atoi reads a whole number of ASCII digits only.
func atoi(s string) (int, bool) {
	n := 0
	for _, c := range []byte(s) {
		if c < '0' || c > '9' {
			return 0, false
		}
		n = n*10 + int(c-'0')
	}
	return n, s != ""
}

// MarshalText implements encoding.TextMarshaler with String; the label and
// the inference are not part of the text (see ParsePeriod).
func (p Period) MarshalText() ([]byte, error) { return []byte(p.String()), nil }

// UnmarshalText implements encoding.TextUnmarshaler with ParsePeriod; the
// empty text is the zero, unknown Period.
func (p *Period) UnmarshalText(text []byte) error {
	if len(text) == 0 {
		*p = Period{}
		return nil
	}
	v, err := ParsePeriod(string(text))
	if err != nil {
		return err
	}
	*p = v
	return nil
}
