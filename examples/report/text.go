package main

import (
	"fmt"
	"io"
	"slices"
	"strings"
	"time"

	"golang.org/x/text/language"

	"github.com/jinanfacts/jinan"
	"github.com/jinanfacts/jinan/examples/internal/termtable"
)

// minWidth is the narrowest report -width allows: the period and value
// columns and a few columns of each other.
const minWidth = 80

// report writes the report in one language.
type report struct {
	tag    language.Tag
	zh     bool
	width  int  // the widest terminal line
	quotes bool // every source in full under its fact
}

// section is a heading and the facts under it.
type section struct {
	id    string // the HTML anchor
	title string
	facts []jinan.Fact
	// bySubject is false where every fact is about one subject, named in
	// the title, so the subject column is left out.
	bySubject bool
}

// sections files the facts that keep selects, read and derived, in the
// catalogue's reading order: Jinan's headline indicators by period, the
// benchmarks Jinan's gaps imply, places, industries, companies and
// others, targets.
func (r report) sections(c jinan.Catalogue, keep func(jinan.Fact) bool) []section {
	var city, places, industries, firms, targets, benchmarks []jinan.Fact
	file := func(f jinan.Fact) {
		if !keep(f) {
			return
		}
		switch k := f.Subject().Kind(); {
		case f.Status() == jinan.Planned:
			targets = append(targets, f)
		case k == jinan.Province || k == jinan.Nation:
			benchmarks = append(benchmarks, f)
		case f.Subject() == jinan.Jinan:
			city = append(city, f)
		case k == jinan.District || k == jinan.Zone:
			places = append(places, f)
		case k == jinan.Industry:
			industries = append(industries, f)
		default:
			firms = append(firms, f)
		}
	}
	for f := range c.All() {
		file(f)
	}
	for f := range c.Derived() {
		file(f)
	}
	slices.SortStableFunc(city, func(a, b jinan.Fact) int {
		return strings.Compare(a.Period().Start().String(), b.Period().Start().String())
	})
	var ss []section
	for _, s := range []section{
		{"city", r.pick("Jinan: headline indicators by period", "济南市：主要指标（按时期）"), city, false},
		{"benchmarks", r.pick("Shandong and China, as Jinan's gaps imply", "山东与全国（由济南的差距推算）"), benchmarks, true},
		{"places", r.pick("Districts and development zones", "区县与功能区"), places, true},
		{"industries", r.pick("Industries", "产业"), industries, true},
		{"others", r.pick("Companies, projects and others", "企业、项目及其他"), firms, true},
		{"targets", r.pick("Targets and plans", "目标与计划"), targets, true},
	} {
		if len(s.facts) > 0 {
			ss = append(ss, s)
		}
	}
	return ss
}

// title is the report's title.
func (r report) title() string {
	return r.pick("Jinan's economy, from five newspaper pages (2020–2021)", "济南经济：五个报纸版面（2020—2021）")
}

// legend explains the marks of the report.
func (r report) legend() string {
	return r.pick("* the year is inferred from the page's date; ≈ derived from other facts; (+n) printed n more times",
		"* 年份由版面日期推断；≈ 由其他数据推算；(+n) 另有n处刊载")
}

// writeText writes the terminal report: the comparisons with the
// benchmarks, then a table per section, no line wider than r.width columns.
func (r report) writeText(w io.Writer, comparisons []string, ss []section) error {
	var lines []string
	title := r.title()
	lines = append(lines, title, strings.Repeat("=", termtable.Width(title)))
	lines = append(lines, termtable.Wrap(r.legend(), r.width)...)
	if !r.quotes {
		lines = append(lines, termtable.Wrap(r.pick("Sources are cut to the width; -quotes prints them in full, -html writes a page with charts.",
			"来源按行宽截断；-quotes 打印全文，-html 生成带图表的网页。"), r.width)...)
	}
	if len(comparisons) > 0 {
		heading := r.pick("Growth versus the benchmarks", "增速与比较对象")
		lines = append(lines, "", heading, strings.Repeat("-", termtable.Width(heading)))
		lines = append(lines, comparisons...)
	}
	for _, s := range ss {
		heading := fmt.Sprintf("%s (%d)", s.title, len(s.facts))
		lines = append(lines, "", heading, strings.Repeat("-", termtable.Width(heading)))
		lines = append(lines, r.table(s)...)
	}
	for _, l := range lines {
		if _, err := fmt.Fprintln(w, l); err != nil {
			return err
		}
	}
	return nil
}

// table returns the lines of a section's table: one row per fact, fitted
// to the width; with r.quotes, the full sources under each row.
func (r report) table(s section) []string {
	header := []string{r.pick("period", "时期"), r.pick("subject", "主体"), r.pick("indicator", "指标"),
		r.pick("measure", "口径"), r.pick("value", "数值"), r.pick("source", "来源")}
	cols := []int{0, 1, 2, 3, 4, 5}
	if !s.bySubject {
		cols = slices.Delete(cols, 1, 2)
	}
	if r.quotes {
		cols = cols[:len(cols)-1]
	}
	pick := func(row []string) []string {
		out := make([]string, len(cols))
		for i, c := range cols {
			out[i] = row[c]
		}
		return out
	}
	rows := [][]string{pick(header)}
	for _, f := range s.facts {
		rows = append(rows, pick([]string{r.period(f, false), r.name(f.Subject()), r.indicator(f.Indicator()),
			r.measure(f), jinan.FormatFact(f, r.tag), r.source(f)}))
	}
	// The period and value stay whole; the source gives way first, then
	// the measure, the names.
	floors := make([]int, len(cols))
	for i, c := range cols {
		floors[i] = columnFloors[c]
	}
	formatted := termtable.Format(termtable.Fit(rows, r.width, floors))
	if !r.quotes {
		return formatted
	}
	lines := []string{formatted[0]}
	const indent = "      "
	for i, f := range s.facts {
		lines = append(lines, formatted[i+1])
		for _, detail := range r.details(f) {
			for _, l := range termtable.Wrap(detail, r.width-len(indent)) {
				lines = append(lines, indent+l)
			}
		}
	}
	return lines
}

// columnFloors are how far each column of a table gives way before the
// others: period, subject, indicator, measure, value, source; -1 never.
var columnFloors = []int{-1, 18, 26, 14, -1, 20}

// details are the full sources of a fact, and a derived fact's formula
// and inputs, for -quotes.
func (r report) details(f jinan.Fact) []string {
	var out []string
	if p := r.period(f, true); p != r.period(f, false) {
		out = append(out, r.pick("period ", "时期 ")+p)
	}
	if f.Derived() {
		out = append(out, "≈ "+f.Formula(), r.pick("from ", "推算自 ")+strings.Join(f.Inputs(), ", "))
	}
	for s := range f.AllSources() {
		out = append(out, fmt.Sprintf("%s [%d:%d] “%s”", s.File, s.Start, s.End, s.Quote))
	}
	return out
}

func (r report) pick(en, zh string) string {
	if r.zh {
		return zh
	}
	return en
}

func (r report) name(s jinan.Subject) string { return r.pick(s.English(), s.Chinese()) }

func (r report) indicator(i jinan.Indicator) string { return r.pick(i.English(), i.Chinese()) }

// period writes the fact's period compactly for a table: a year, quarter,
// month or day as its text form, January to a month as "2020 Jan–Sep"
// (2020年1-9月), 今年以来 as "2020 so far" (2020年以来), whole years as
// "2018–2020" and whole months as "2017-02–2020-03"; full, the period's
// text form always. A "*" marks a year inferred from the page's date.
func (r report) period(f jinan.Fact, full bool) string {
	p := f.Period()
	if p.IsZero() {
		return r.pick("(no date)", "（无日期）")
	}
	s := p.String()
	if !full {
		y := p.Start().Year()
		switch p.Kind() {
		case jinan.YearToDate:
			s = r.pick(fmt.Sprintf("%d Jan–%s", y, monthName(p.End().Month())), fmt.Sprintf("%d年1-%d月", y, int(p.End().Month())))
		case jinan.SoFar:
			s = r.pick(fmt.Sprintf("%d so far", y), fmt.Sprintf("%d年以来", y))
		case jinan.Span:
			st, e := p.Start(), p.End()
			switch lastOfMonth := e.Month() != jinan.D(e.Year(), e.Month(), e.Day()+1).Month(); {
			case st.Month() == 1 && st.Day() == 1 && e.Month() == 12 && e.Day() == 31:
				s = fmt.Sprintf("%d–%d", st.Year(), e.Year()) // 2018–2020
			case st.Day() == 1 && lastOfMonth:
				s = fmt.Sprintf("%04d-%02d–%04d-%02d", st.Year(), st.Month(), e.Year(), e.Month()) // 2017-02–2020-03
			}
		}
	}
	if inferred, _ := f.YearInferred(); inferred {
		s += "*"
	}
	return s
}

// monthName returns the English abbreviation of a month: "Sep".
func monthName(m time.Month) string { return m.String()[:3] }

// measure names the measure, with the benchmark of a gap or rank.
func (r report) measure(f jinan.Fact) string {
	m := r.pick(strings.ReplaceAll(f.Measure().String(), "_", " "), f.Measure().Chinese())
	if b := f.Benchmark(); b.IsValid() {
		m += r.pick(" vs ", " 对比") + r.name(b)
	}
	return m
}

// source is the first source's seed and quote, or the inputs of a derived
// fact; the table cuts it to its column.
func (r report) source(f jinan.Fact) string {
	if f.Derived() {
		return "≈ " + r.pick("derived from ", "推算自 ") + strings.Join(f.Inputs(), ", ")
	}
	s := f.Sources()[0]
	src := s.File[:3] + " “" + s.Quote + "”"
	if n := len(f.Sources()); n > 1 {
		src = fmt.Sprintf("%s (+%d) “%s”", s.File[:3], n-1, s.Quote)
	}
	return src
}
