package jinan

import (
	"fmt"
	"strings"
	"time"
)

// Date is a calendar date without a time of day or a location, as the
// seeds print them (2020年10月29日). It is a small comparable value. The
// zero Date is unknown; D refuses impossible dates by returning it.
type Date struct {
	year  int16
	month uint8
	day   uint8
}

// maxYear is the last year a Date holds: four digits, as ISO 8601 writes
// them without an expansion.
const maxYear = 9999

// D returns the date year-month-day: D(2020, 3, 31) is 2020-03-31. An
// impossible date (month 0 or 13, February 30, 2021-02-29, a year outside
// 1–9999) gives the zero Date, which IsValid reports.
func D(year int, month time.Month, day int) Date {
	if year < 1 || year > maxYear || month < time.January || month > time.December ||
		day < 1 || day > daysIn(year, month) {
		return Date{}
	}
	return Date{int16(year), uint8(month), uint8(day)}
}

// daysIn returns the number of days of month m (1–12) of year y: 29 for
// February 2020, as 2020 was a leap year (divisible by 4, and a century
// only if divisible by 400).
func daysIn(y int, m time.Month) int {
	switch m {
	case time.February:
		if y%4 == 0 && (y%100 != 0 || y%400 == 0) {
			return 29
		}
		return 28
	case time.April, time.June, time.September, time.November:
		return 30
	}
	return 31
}

// Year returns the year, 0 for the zero Date.
func (d Date) Year() int { return int(d.year) }

// Month returns the month, 0 for the zero Date.
func (d Date) Month() time.Month { return time.Month(d.month) }

// Day returns the day of the month, 0 for the zero Date.
func (d Date) Day() int { return int(d.day) }

// IsValid reports whether d is a real calendar date, not the zero Date.
func (d Date) IsValid() bool { return d.year != 0 }

// IsZero reports whether d is the zero, unknown Date.
func (d Date) IsZero() bool { return d == Date{} }

// String returns d in ISO 8601 form, "2020-03-31", or "" for the zero Date.
func (d Date) String() string {
	if !d.IsValid() {
		return ""
	}
	return string(d.AppendText(nil))
}

// AppendText appends the ISO 8601 form of d to b, nothing for the zero Date.
func (d Date) AppendText(b []byte) []byte {
	if !d.IsValid() {
		return b
	}
	return fmt.Appendf(b, "%04d-%02d-%02d", d.year, d.month, d.day)
}

// MarshalText implements encoding.TextMarshaler with String.
func (d Date) MarshalText() ([]byte, error) { return d.AppendText(nil), nil }

// UnmarshalText implements encoding.TextUnmarshaler for "2020-03-31"; the
// empty text is the zero Date.
func (d *Date) UnmarshalText(text []byte) error {
	if len(text) == 0 {
		*d = Date{}
		return nil
	}
	v, err := parseDate(string(text))
	if err != nil {
		return &ParseError{Input: clipInput("", string(text)), Reason: err.Error(), Err: ErrSyntax}
	}
	*d = v
	return nil
}

// Equal reports whether d and e are the same day, as == does; go-cmp uses
// it.
func (d Date) Equal(e Date) bool { return d == e }

// Before reports whether d is before e.
func (d Date) Before(e Date) bool { return d.ordinal() < e.ordinal() }

// ordinal orders dates: a larger ordinal is a later date.
func (d Date) ordinal() int { return int(d.year)<<9 | int(d.month)<<5 | int(d.day) }

// endOfMonth returns the last day of month m of year y.
func endOfMonth(y int, m time.Month) Date { return D(y, m, daysIn(y, m)) }

// PeriodKind says what sort of time a figure covers. It follows from the
// span: a Period's identity is its first and last day, however the source
// printed it.
type PeriodKind uint8

// The kinds of period. The zero PeriodKind is an unknown period.
const (
	// CalendarYear is a whole year: 全年, 这一年, 2019年.
	CalendarYear PeriodKind = 1 + iota
	// Quarter is one quarter: 一季度 2020 is January–March. Chinese releases
	// cumulate from January, so 1-3月 is the same period.
	Quarter
	// YearToDate is a flow cumulated from January 1 to the end of a month
	// other than a quarter's first: 1-10月, 前三季度 (January–September),
	// 前两个月. Through March it is the first quarter.
	YearToDate
	// SingleMonth is one month alone: 3月份.
	SingleMonth
	// Instant is one day, for a stock or the end of a cumulated flow:
	// 截至3月末, 截至2020年10月底.
	Instant
	// Span is any other run of days: 3年来 (2018–2020), 连续38个月, the
	// horizon of a target (到2025年).
	Span
	// SoFar is "this year so far", 今年以来: it starts on January 1 and its
	// end is not printed; the Period holds the latest it can be (the
	// document's date), not an invented end.
	SoFar
)

var periodKindNames = [...]string{
	CalendarYear: "calendar_year", Quarter: "quarter", YearToDate: "year_to_date",
	SingleMonth: "month", Instant: "instant", Span: "span", SoFar: "so_far",
}

// String returns the kind's name, such as "year_to_date", or "unknown".
func (k PeriodKind) String() string {
	if k != 0 && int(k) < len(periodKindNames) {
		return periodKindNames[k]
	}
	return "unknown"
}

// MarshalText implements encoding.TextMarshaler with String; a value that
// names no period kind is an error wrapping ErrSyntax.
func (v PeriodKind) MarshalText() ([]byte, error) {
	return enumText("PeriodKind", periodKindNames[:], int(v))
}

// UnmarshalText implements encoding.TextUnmarshaler for the names String
// returns: "quarter", "so_far" ….
func (v *PeriodKind) UnmarshalText(text []byte) error {
	i, err := enumFromText("period kind", periodKindNames[:], text)
	*v = PeriodKind(i)
	return err
}

// Period is the time a figure covers: its first and last day. For 今年以来
// the last day is open: the Period holds the latest it can be and says
// that it was not printed ([Period.EndPrinted]).
//
// A Period is its span: one span is one Period however it was printed
// (一季度, 1-3月份 and 1至3月 are all QuarterOf(2020, 1)), so == and map keys
// mean "the same days". How the source printed the period and whether its
// year was inferred belong to the fact ([Fact.PeriodLabel],
// [Fact.YearInferred]). The zero Period is unknown: IsValid reports false,
// and the constructors return it for impossible periods.
type Period struct {
	start, end Date
	open       bool // the end is not printed; end is the latest it can be
}

// YearOf returns the calendar year y: 2019年, or 这一年 in 002.
func YearOf(y int) Period { return spanOf(D(y, 1, 1), D(y, 12, 31), false) }

// QuarterOf returns quarter q (1–4) of year y: QuarterOf(2020, 1), 一季度, is
// 2020-01-01 to 2020-03-31. Quarter 0 or 7 gives the zero Period.
func QuarterOf(y, q int) Period {
	if q < 1 || q > 4 {
		return Period{}
	}
	first := time.Month(3*q - 2)
	return spanOf(D(y, first, 1), endOfMonth(y, first+2), false)
}

// ThroughMonth returns the cumulative period from January 1 of year y to
// the end of month m: ThroughMonth(2021, 10), 1-10月, ends 2021-10-31;
// ThroughMonth(2020, 9), 前三季度, ends 2020-09-30. Month 0 or 13 gives the
// zero Period.
func ThroughMonth(y int, m time.Month) Period {
	return spanOf(D(y, 1, 1), endOfMonth(y, m), false)
}

// MonthOf returns month m of year y alone: MonthOf(2020, 3), 3月份. Month 0
// or 13 gives the zero Period.
func MonthOf(y int, m time.Month) Period { return spanOf(D(y, m, 1), endOfMonth(y, m), false) }

// AsOf returns the instant d: AsOf(D(2020, 3, 31)), 截至3月末.
func AsOf(d Date) Period { return spanOf(d, d, false) }

// SpanOf returns the days from start to end: 3年来 in a December 2020
// article is SpanOf(D(2018, 1, 1), D(2020, 12, 31)). An end before the
// start, or an invalid date, gives the zero Period.
func SpanOf(start, end Date) Period { return spanOf(start, end, false) }

// SoFarIn returns 今年以来 in year y: from January 1 to an end that is not
// printed, no later than latest (the document's date). A latest end outside
// year y gives the zero Period.
func SoFarIn(y int, latest Date) Period {
	if latest.Year() != y {
		return Period{}
	}
	return spanOf(D(y, 1, 1), latest, true)
}

func spanOf(start, end Date, open bool) Period {
	if !start.IsValid() || !end.IsValid() || end.Before(start) {
		return Period{}
	}
	return Period{start: start, end: end, open: open}
}

// Kind returns the kind of period, which follows from its span.
func (p Period) Kind() PeriodKind {
	s, e := p.start, p.end
	switch {
	case !p.IsValid():
		return 0
	case p.open:
		return SoFar
	case s == e:
		return Instant
	case s.day != 1 || e.year != s.year || e != endOfMonth(e.Year(), e.Month()):
		return Span
	case s.month == 1 && e.month == 12:
		return CalendarYear
	case s.month%3 == 1 && e.month == s.month+2:
		return Quarter
	case s.month == e.month:
		return SingleMonth
	case s.month == 1:
		return YearToDate
	}
	return Span
}

// Equal reports whether p and q are the same days, as == does; go-cmp
// uses it.
func (p Period) Equal(q Period) bool { return p == q }

// Start returns the first day covered.
func (p Period) Start() Date { return p.start }

// End returns the last day covered. For a SoFar period it is the latest
// possible end, not a printed one; see EndPrinted.
func (p Period) End() Date { return p.end }

// EndPrinted reports whether End was stated by the source: false for
// 今年以来, whose End is only the latest it can be.
func (p Period) EndPrinted() bool { return p.IsValid() && !p.open }

// IsValid reports whether p is a period, not the zero, unknown Period.
func (p Period) IsValid() bool { return p.start.IsValid() }

// IsZero reports whether p is the zero, unknown Period.
func (p Period) IsZero() bool { return p == Period{} }

// Overlaps reports whether p and q can share a day. A SoFar period covers
// the days up to its latest possible end, so 今年以来 2020 overlaps itself
// and the first quarter of 2020.
func (p Period) Overlaps(q Period) bool {
	if !p.IsValid() || !q.IsValid() {
		return false
	}
	return !p.end.Before(q.start) && !q.end.Before(p.start)
}

// Contains reports whether q lies wholly within p: 2020 contains 一季度 2020.
func (p Period) Contains(q Period) bool {
	if !p.IsValid() || !q.IsValid() {
		return false
	}
	return !q.start.Before(p.start) && !p.end.Before(q.end)
}

// String returns p in its text form, which ParsePeriod reads back to an
// equal Period: "2019" for a year, "2020-Q1" for a quarter, "2020-03" for
// a month, "2020-03-31" for an instant, "2021-01-01/2021-10-31" for any
// other span, and "2020-01-01/..2020-04-28" for 今年以来: an interval whose
// end is open, on or before 2020-04-28 (".." marks the open end, as in
// ISO 8601-2). The zero Period is "".
func (p Period) String() string { return string(p.AppendText(nil)) }

// AppendText appends the text form of p (see String) to b.
func (p Period) AppendText(b []byte) []byte {
	s := p.start
	switch p.Kind() {
	case 0:
		return b
	case CalendarYear:
		return fmt.Appendf(b, "%04d", s.year)
	case Quarter:
		return fmt.Appendf(b, "%04d-Q%d", s.year, (s.month+2)/3)
	case SingleMonth:
		return fmt.Appendf(b, "%04d-%02d", s.year, s.month)
	case Instant:
		return s.AppendText(b)
	}
	b = append(s.AppendText(b), '/')
	if p.open {
		b = append(b, ".."...)
	}
	return p.end.AppendText(b)
}

// MarshalText implements encoding.TextMarshaler with String.
func (p Period) MarshalText() ([]byte, error) { return p.AppendText(nil), nil }

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

// yearEarlier returns the same period a year before (上年同期): Q1 2019 for
// Q1 2020. February 29 becomes February 28.
func (p Period) yearEarlier() Period {
	back := func(d Date) Date {
		if d.month == 2 && d.day == 29 {
			return D(d.Year()-1, 2, 28)
		}
		return D(d.Year()-1, d.Month(), d.Day())
	}
	return spanOf(back(p.start), back(p.end), p.open)
}

// ParsePeriod parses the text form that Period.String writes: "2019",
// "2020-Q1", "2020-03", "2020-03-31", "2021-01-01/2021-10-31", and
// "2020-01-01/..2020-04-28" for so far this year, on or before 2020-04-28.
// "2020-01-01/" is so far in 2020 with no latest end known: it reads as
// "2020-01-01/..2020-12-31", since 今年以来 ends within its year. Errors are
// a *ParseError, with the byte offset of what is wrong, wrapping ErrSyntax
// or ErrEmpty.
func ParsePeriod(s string) (Period, error) {
	fail := func(at int, reason string) (Period, error) {
		return Period{}, &ParseError{Input: clipInput("", s), Offset: at, Reason: reason, Err: ErrSyntax}
	}
	if s == "" {
		return Period{}, &ParseError{Input: s, Reason: "no period", Err: ErrEmpty}
	}
	if first, rest, ok := strings.Cut(s, "/"); ok {
		a, err := parseDate(first)
		if err != nil {
			return fail(0, "start: "+err.Error())
		}
		at := len(first) + 1
		if rest == "" && (a.month != 1 || a.day != 1) {
			return fail(0, "an open end is so far this year, which starts on January 1")
		}
		if rest == "" {
			return spanOf(a, D(a.Year(), 12, 31), true), nil
		}
		open := strings.HasPrefix(rest, "..")
		if open {
			rest, at = rest[2:], at+2
		}
		b, err := parseDate(rest)
		switch {
		case err != nil:
			return fail(at, "end: "+err.Error())
		case b.Before(a):
			return fail(at, "end before start")
		case open && (a.month != 1 || a.day != 1 || b.year != a.year):
			return fail(0, "an open end is so far this year: from January 1 to a day of the same year")
		}
		return spanOf(a, b, open), nil
	}
	switch {
	case len(s) == 4:
		if y, ok := atoi(s); ok && y >= 1 {
			return YearOf(y), nil
		}
	case len(s) == 7 && s[4:6] == "-Q":
		if y, ok := atoi(s[:4]); ok && y >= 1 {
			if p := QuarterOf(y, int(s[6]-'0')); p.IsValid() {
				return p, nil
			}
			return fail(6, "a quarter is 1 to 4")
		}
	case len(s) == 7 && s[4] == '-':
		y, ok1 := atoi(s[:4])
		m, ok2 := atoi(s[5:])
		if ok1 && ok2 && y >= 1 {
			if p := MonthOf(y, time.Month(m)); p.IsValid() {
				return p, nil
			}
			return fail(5, "a month is 01 to 12")
		}
	default:
		d, err := parseDate(s)
		if err != nil {
			return fail(0, err.Error())
		}
		return AsOf(d), nil
	}
	return fail(0, "not a year, quarter, month, date or interval")
}

// parseDate parses "2020-03-31", a real calendar date.
func parseDate(s string) (Date, error) {
	if len(s) == 10 && s[4] == '-' && s[7] == '-' {
		y, ok1 := atoi(s[:4])
		m, ok2 := atoi(s[5:7])
		d, ok3 := atoi(s[8:])
		if v := D(y, time.Month(m), d); ok1 && ok2 && ok3 && v.IsValid() {
			return v, nil
		}
	}
	return Date{}, fmt.Errorf("%q is not a date YYYY-MM-DD", clipInput("", s))
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

// MustParsePeriod is ParsePeriod for literals in tests and programs: it
// panics if s is not a period's text form.
func MustParsePeriod(s string) Period {
	p, err := ParsePeriod(s)
	if err != nil {
		panic(err)
	}
	return p
}
