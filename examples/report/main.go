// Command report prints a readable report of Jinan's economy from the
// catalogue: the city's headline indicators by period, with the growth of
// Shandong and China that the city's gaps imply; then districts and
// development zones, industries, companies and projects, and targets. Every
// figure names its source (seed and quote); derived figures are marked "≈
// derived" and name the facts they come from.
//
// Usage:
//
//	go run ./examples/report [-lang en|zh] [-subject ID] [-indicator ID] [-period YYYY[-Qn]]
//
// The output is deterministic: the catalogue's reading order, grouped.
package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"

	"golang.org/x/text/language"

	"github.com/jinanfacts/jinan"
	"github.com/jinanfacts/jinan/examples/internal/termtable"
)

func main() {
	lang := flag.String("lang", "en", "language of names and figures: en or zh")
	subject := flag.String("subject", "", "only facts about this subject ID (jinan, shizhong, jinan-hitech-zone …)")
	indicator := flag.String("indicator", "", "only facts of this indicator ID (gdp, trade, budget-revenue …)")
	period := flag.String("period", "", "only facts whose period overlaps this year or quarter (2020, 2020-Q1)")
	flag.Usage = func() {
		fmt.Fprintln(flag.CommandLine.Output(), "usage: report [-lang en|zh] [-subject ID] [-indicator ID] [-period YYYY[-Qn]]")
		flag.PrintDefaults()
	}
	flag.Parse()
	tag, err := language.Parse(*lang)
	if flag.NArg() > 0 || err != nil || (*lang != "en" && *lang != "zh") {
		flag.Usage()
		os.Exit(2)
	}
	during, err := parsePeriod(*period)
	if err != nil {
		fmt.Fprintln(os.Stderr, "report:", err)
		flag.Usage()
		os.Exit(2)
	}
	c := jinan.Default()
	if *subject != "" {
		if _, err := c.Subject(*subject); err != nil {
			fmt.Fprintln(os.Stderr, "report:", err)
			flag.Usage()
			os.Exit(2)
		}
	}
	if *indicator != "" {
		if _, err := c.Indicator(*indicator); err != nil {
			fmt.Fprintln(os.Stderr, "report:", err)
			flag.Usage()
			os.Exit(2)
		}
	}
	r := report{w: os.Stdout, tag: tag, zh: *lang == "zh"}
	keep := func(f jinan.Fact) bool {
		return (*subject == "" || f.Subject().ID() == *subject || f.Subject().Within().ID() == *subject) &&
			(*indicator == "" || f.Indicator().ID() == *indicator) &&
			(during.IsZero() || during.Overlaps(f.Period()))
	}
	r.print(c, keep)
}

// parsePeriod reads a -period flag in the library's period text form:
// "2020", "2020-Q1", "2021-01-01/2021-10-31" …
func parsePeriod(s string) (jinan.Period, error) {
	if s == "" {
		return jinan.Period{}, nil
	}
	return jinan.ParsePeriod(s)
}

type report struct {
	w   io.Writer
	tag language.Tag
	zh  bool
}

// section is a heading and the facts under it.
type section struct {
	title string
	facts []jinan.Fact
}

func (r report) print(c jinan.Catalogue, keep func(jinan.Fact) bool) {
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
	title := r.pick("Jinan's economy, from five newspaper pages (2020–2021)", "济南经济：五个报纸版面（2020—2021）")
	fmt.Fprintf(r.w, "%s\n%s\n", title, strings.Repeat("=", termtable.Width(title)))
	fmt.Fprintln(r.w, r.pick("* the year is inferred from the page's date; ≈ derived from other facts; (+n) printed n more times",
		"* 年份由版面日期推断；≈ 由其他数据推算；(+n) 另有n处刊载"))
	for _, s := range []section{
		{r.pick("Jinan: headline indicators by period", "济南市：主要指标（按时期）"), city},
		{r.pick("Shandong and China, as Jinan's gaps imply", "山东与全国（由济南的差距推算）"), benchmarks},
		{r.pick("Districts and development zones", "区县与功能区"), places},
		{r.pick("Industries", "产业"), industries},
		{r.pick("Companies, projects and others", "企业、项目及其他"), firms},
		{r.pick("Targets and plans", "目标与计划"), targets},
	} {
		if len(s.facts) > 0 {
			r.section(s)
		}
	}
}

func (r report) section(s section) {
	fmt.Fprintf(r.w, "\n%s (%d)\n%s\n", s.title, len(s.facts), strings.Repeat("-", termtable.Width(s.title)+len(fmt.Sprint(len(s.facts)))+3))
	rows := [][]string{{r.pick("period", "时期"), r.pick("subject", "主体"), r.pick("indicator", "指标"),
		r.pick("measure", "口径"), r.pick("value", "数值"), r.pick("source", "来源")}}
	for _, f := range s.facts {
		rows = append(rows, []string{r.period(f), r.name(f.Subject()), r.indicator(f.Indicator()),
			r.measure(f), jinan.FormatFact(f, r.tag), r.source(f)})
	}
	termtable.Write(r.w, rows)
}

func (r report) pick(en, zh string) string {
	if r.zh {
		return zh
	}
	return en
}

func (r report) name(s jinan.Subject) string { return r.pick(s.English(), s.Chinese()) }

func (r report) indicator(i jinan.Indicator) string { return r.pick(i.English(), i.Chinese()) }

func (r report) period(f jinan.Fact) string {
	p := f.Period()
	if p.IsZero() {
		return r.pick("(no date)", "（无日期）")
	}
	s := p.String()
	if inferred, _ := f.YearInferred(); inferred {
		s += "*"
	}
	return s
}

// measure names the measure, with the benchmark of a gap or rank.
func (r report) measure(f jinan.Fact) string {
	m := r.pick(strings.ReplaceAll(f.Measure().String(), "_", " "), f.Measure().Chinese())
	if b := f.Benchmark(); b.IsValid() {
		m += r.pick(" vs ", " 对比") + r.name(b)
	}
	return m
}

// source is the first source's seed and quote, or the inputs of a derived
// fact.
func (r report) source(f jinan.Fact) string {
	if f.Derived() {
		return "≈ " + r.pick("derived from ", "推算自 ") + strings.Join(f.Inputs(), ", ")
	}
	s := f.Sources()[0]
	quote := []rune(s.Quote)
	if len(quote) > 28 {
		quote = append(quote[:27], '…')
	}
	src := s.File[:3] + " “" + string(quote) + "”"
	if n := len(f.Sources()); n > 1 {
		src += fmt.Sprintf(" (+%d)", n-1)
	}
	return src
}
