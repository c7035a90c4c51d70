// Command report prints a readable report of Jinan's economy from the
// catalogue: the city's headline indicators by period, with the growth of
// Shandong and China that the city's gaps imply; then districts and
// development zones, industries, companies and projects, and targets. Every
// figure names its source (seed and quote); derived figures are marked "≈"
// and name the facts they come from.
//
// Usage:
//
//	go run ./examples/report [-lang en|zh] [-subject ID] [-indicator ID] [-period PERIOD]
//	                         [-quotes] [-width N] [-html FILE]
//
// The terminal report is no wider than -width columns (120 by default; a
// Chinese character takes two): long names and quotes are cut with "…".
// With -quotes every source is printed in full under its fact, with a
// derived fact's formula and inputs. With -html FILE the report is also
// written as one self-contained page, XHTML that any XML parser reads, with
// SVG charts of Jinan's growth beside Shandong's and China's, GDP by
// period, districts and zones side by side, and targets and their
// outcomes; every charted figure is listed under its chart with its quote
// and seed, and every fact is tabled with its quotes. The page loads
// nothing: no script, no font, no image from the network.
//
// -lang takes a BCP 47 tag, matched to English or Chinese (en-GB is
// English, zh-Hant Chinese); -period takes a period in the library's text
// form (2020, 2020-Q1, 2020-03, 2020-03-31, 2021-01-01/2021-10-31) and keeps
// the facts whose period overlaps it. Input the report cannot use is
// refused with the reason, and the exit status 2.
//
// The output is deterministic: the catalogue's reading order, grouped.
package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"

	"golang.org/x/text/language"

	"github.com/jinanfacts/jinan"
	"github.com/jinanfacts/jinan/examples/internal/cli"
)

const usage = `usage: report [-lang en|zh] [-subject ID] [-indicator ID] [-period PERIOD] [-quotes] [-width N] [-html FILE]`

func main() { os.Exit(run(os.Args[1:], os.Stdout, os.Stderr)) }

// run does the work of main and returns the exit status.
func run(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("report", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	lang := fs.String("lang", "en", "language of the report, a BCP 47 tag matched to English (en) or Chinese (zh)")
	subject := fs.String("subject", "", "only facts about this subject ID or within it (jinan, shizhong, jinan-hitech-zone …)")
	indicator := fs.String("indicator", "", "only facts of this indicator ID (gdp, trade, budget-revenue …)")
	period := fs.String("period", "", "only facts whose period overlaps this one (2020, 2020-Q1, 2020-03, 2021-01-01/2021-10-31)")
	quotes := fs.Bool("quotes", false, "print every source in full under its fact, with a derived fact's formula and inputs")
	width := fs.Int("width", 120, "the widest line of the terminal report, in columns (a Chinese character takes two)")
	htmlFile := fs.String("html", "", "also write the report as one self-contained HTML page with SVG charts to `FILE`")
	if status, done := cli.Parse(fs, args, usage, stderr); done {
		return status
	}
	refuse := func(err error) int {
		fmt.Fprintln(stderr, "report:", err)
		fmt.Fprintln(stderr, usage)
		return 2
	}
	if fs.NArg() > 0 {
		return refuse(fmt.Errorf("unexpected argument %q: the report takes only flags", fs.Arg(0)))
	}
	tag, zh, err := parseLang(*lang)
	if err != nil {
		return refuse(err)
	}
	during, err := parsePeriod(*period)
	if err != nil {
		return refuse(err)
	}
	if *width < minWidth {
		return refuse(fmt.Errorf("-width %d: a report line needs at least %d columns", *width, minWidth))
	}
	c := jinan.Default()
	var within jinan.Subject
	if *subject != "" {
		if within, err = c.Subject(*subject); err != nil {
			return refuse(fmt.Errorf("-subject %q: no fact is about this subject; the IDs are those of the export's subject column (jinan, shizhong, jinan-hitech-zone …)", *subject))
		}
	}
	var ind jinan.Indicator
	if *indicator != "" {
		if ind, err = c.Indicator(*indicator); err != nil {
			return refuse(fmt.Errorf("-indicator %q: no fact measures this indicator; the IDs are those of the export's indicator column (gdp, trade, budget-revenue …)", *indicator))
		}
	}
	keep := func(f jinan.Fact) bool {
		return (*subject == "" || f.Subject() == within || f.Subject().Within() == within) &&
			(*indicator == "" || f.Indicator() == ind) &&
			(during.IsZero() || during.Overlaps(f.Period()))
	}
	r := report{tag: tag, zh: zh, width: *width, quotes: *quotes}
	ss := r.sections(c, keep)
	if err := r.writeText(stdout, r.comparisons(c, keep), ss); err != nil {
		fmt.Fprintln(stderr, "report: writing to standard output:", err)
		return 1
	}
	if *htmlFile != "" {
		if err := r.writeHTMLFile(*htmlFile, c, ss, keep); err != nil {
			fmt.Fprintf(stderr, "report: -html %q: %v\n", *htmlFile, err)
			return 1
		}
	}
	return 0
}

// languages are the languages the report is written in, English first as
// the default of the matcher.
var languages = language.NewMatcher([]language.Tag{language.English, language.Chinese})

// parseLang reads -lang as a BCP 47 tag and matches it to English or
// Chinese: en-GB is English and zh-Hant Chinese; fr is refused, since the
// report is in neither.
func parseLang(s string) (tag language.Tag, zh bool, err error) {
	t, err := language.Parse(s)
	if err != nil {
		return language.Und, false, fmt.Errorf("-lang %q: not a BCP 47 language tag (%v); want en or zh", s, err)
	}
	_, i, conf := languages.Match(t)
	if conf == language.No {
		return language.Und, false, fmt.Errorf("-lang %q: the report is written in English (en) or Chinese (zh), and %s matches neither", s, t)
	}
	if i == 1 {
		return language.Chinese, true, nil
	}
	return language.English, false, nil
}

// parsePeriod reads a -period flag in the library's period text form:
// "2020", "2020-Q1", "2020-03", "2020-03-31", "2021-01-01/2021-10-31" …
func parsePeriod(s string) (jinan.Period, error) {
	if s == "" {
		return jinan.Period{}, nil
	}
	p, err := jinan.ParsePeriod(s)
	if err != nil {
		reason := err.Error()
		var pe *jinan.ParseError
		if errors.As(err, &pe) {
			reason = fmt.Sprintf("at byte %d: %s", pe.Offset, pe.Reason)
		}
		return jinan.Period{}, fmt.Errorf("-period %q: %s; want a year (2020), quarter (2020-Q1), month (2020-03), day (2020-03-31) or span (2021-01-01/2021-10-31)", s, reason)
	}
	return p, nil
}
