// Command convert converts figures between units and currencies and shows
// where every result comes from: the figure and its quote, the exchange
// rate and its citation, the exact value and the rounding.
//
// Usage:
//
//	go run ./examples/convert
//	go run ./examples/convert -to CNY -year 2020 [-places 2] "3.8亿美元"
//	go run ./examples/convert -to m2 [-places 2] "1579亩"
//
// With no arguments it converts figures of the catalogue: Jinan's utilized
// foreign capital in the first quarter of 2020 (3.8亿美元) into yuan at the
// cited 2020 average rate, 1579亩 of land into square metres, 26.3平方公里
// into 亩, 一般公共预算收入1001.4亿元 of 2021 into dollars, and shows two
// conversions the library refuses: a 2019 rate for a 2020 amount, and
// growth of 20.7% into percentage points.
//
// With a figure as printed ("3.8亿美元", "逾3000万美元", "1579亩") it
// converts that figure into the unit of -to, a unit code or Chinese symbol
// (CNY, USD, 元, 美元, m2, km2, mu, 平方米, 亩, t, km …). A currency needs
// -year, the calendar year of the amount, to find the cited rate; -places
// is the number of decimals the result is rounded to: of yuan or dollars for
// a currency (default 2, to the fen; -6 is to 0.01亿), of the unit otherwise
// (exact unless -places is given), at most jinan.MaxPlaces either way. Bad flags or
// a figure that does not parse print a usage line and exit with status 2;
// a conversion the library refuses prints the error and exits with 1.
package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"math/big"
	"os"

	"github.com/shopspring/decimal"
	"golang.org/x/text/language"

	"github.com/jinanfacts/jinan"
)

const usage = `usage: convert [-to UNIT [-year YYYY] [-places N] FIGURE]`

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

// run does the work of main and returns the exit status.
func run(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("convert", flag.ContinueOnError)
	fs.SetOutput(stderr)
	to := fs.String("to", "", "the unit to convert into: CNY, USD, m2, km2, mu, 平方米, 亩 …")
	year := fs.Int("year", 0, "the calendar year of the amount, for a currency conversion")
	places := fs.Int("places", 2, "decimals of the result, rounded half away from zero: of yuan or dollars for a currency")
	fs.Usage = func() {
		fmt.Fprintln(stderr, usage)
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		return 2
	}
	set := map[string]bool{}
	fs.Visit(func(f *flag.Flag) { set[f.Name] = true })

	if fs.NArg() == 0 && len(set) == 0 {
		demo(stdout)
		return 0
	}
	bad := func(format string, a ...any) int {
		fmt.Fprintf(stderr, "convert: "+format+"\n", a...)
		fmt.Fprintln(stderr, usage)
		return 2
	}
	if fs.NArg() != 1 {
		return bad("give one figure to convert, such as \"3.8亿美元\"")
	}
	if *places < -jinan.MaxPlaces || *places > jinan.MaxPlaces {
		return bad("-places %d: at most %d either way", *places, jinan.MaxPlaces)
	}
	if *to == "" {
		return bad("-to is required")
	}
	unit, err := jinan.ParseUnit(*to)
	if err != nil {
		return bad("%v", err)
	}
	q, err := jinan.ParseQuantity(fs.Arg(0))
	if err != nil {
		return bad("%v", err)
	}
	if _, isCurrency := unit.Currency(); isCurrency && q.Unit() != unit {
		if !set["year"] {
			return bad("-year is required to convert into a currency: the rate is the average of a year")
		}
		err = convertCurrency(stdout, q, unit, jinan.YearOf(*year), int32(*places))
	} else {
		exactOnly := !set["places"]
		err = convertUnit(stdout, q, unit, int32(*places), exactOnly)
	}
	if err != nil {
		fmt.Fprintln(stderr, "convert:", err)
		return 1
	}
	return 0
}

// demo converts figures of the catalogue, and shows two refusals.
func demo(w io.Writer) {
	c := jinan.Default()
	fact := func(id string) jinan.Fact {
		f, ok := c.Fact(id)
		if !ok {
			panic("convert: no fact " + id) // the IDs below are the catalogue's
		}
		return f
	}

	capital := fact("jinan.foreign-capital.level.2020-q1")
	describe(w, capital)
	if err := convertCurrency(w, capital.Quantity(), jinan.CNY, capital.Period(), 2); err != nil {
		fmt.Fprintln(w, "  error:  ", err)
	}

	revenue := fact("jinan.budget-revenue.level.2021-to-12-19")
	describe(w, revenue)
	if err := convertCurrency(w, revenue.Quantity(), jinan.USD, revenue.Period(), 2); err != nil {
		fmt.Fprintln(w, "  error:  ", err)
	}

	land := fact("shizhong.land-supplied.level.2019")
	describe(w, land)
	if err := convertUnit(w, land.Quantity(), jinan.SquareMetre, 2, false); err != nil {
		fmt.Fprintln(w, "  error:  ", err)
	}

	centre := fact("financial-center.land-area.level.2020-12-31")
	describe(w, centre)
	if err := convertUnit(w, centre.Quantity(), jinan.Mu, 0, false); err != nil {
		fmt.Fprintln(w, "  error:  ", err)
	}

	fmt.Fprintln(w, "Refused: the 2019 average rate for an amount of 2020-Q1")
	r2019, err := jinan.CitedRate(jinan.USD, jinan.CNY, jinan.YearOf(2019))
	if err == nil {
		_, err = jinan.ConvertCurrency(capital.Quantity(), capital.Period(), r2019, 2)
	}
	fmt.Fprintln(w, "  error:  ", err)
	fmt.Fprintln(w)

	growth := fact("jinan.trade.growth.2020-q1")
	fmt.Fprintf(w, "Refused: growth of %s in percentage points\n", growth.Quantity())
	_, err = growth.Quantity().Convert(jinan.PercentagePoint)
	fmt.Fprintln(w, "  error:  ", err)
}

// describe writes the heading of a fact: what it is and where it is
// printed.
func describe(w io.Writer, f jinan.Fact) {
	fmt.Fprintf(w, "%s, %s, %s (%s)\n", f.Indicator().English(), f.Subject().English(), f.Period(), f.ID())
	if src := f.Sources(); len(src) > 0 {
		fmt.Fprintf(w, "  quote:   %s (%s, bytes %d–%d)\n", src[0].Quote, src[0].File, src[0].Start, src[0].End)
	}
}

// convertCurrency converts q into currency to at the cited rate for
// period, and writes the result with its lineage.
func convertCurrency(w io.Writer, q jinan.Quantity, to jinan.Unit, period jinan.Period, places int32) error {
	rate, err := jinan.CitedRate(q.Unit(), to, period)
	if err != nil {
		return err
	}
	c, err := jinan.ConvertCurrency(q, period, rate, places)
	if err != nil {
		return err
	}
	cite := rate.Citation()
	fmt.Fprintf(w, "  result:  %s (%s)\n", c.Result(), jinan.FormatQuantity(c.Result(), language.English))
	fmt.Fprintf(w, "  formula: %s\n", c.Formula())
	fmt.Fprintf(w, "  rate:    %s, rounding %s\n", rate, c.Rounding())
	fmt.Fprintf(w, "  source:  %s\n", cite)
	if cite.Note != "" {
		fmt.Fprintf(w, "  checked: %s\n", cite.Note)
	}
	if c.Caveat() != "" {
		fmt.Fprintf(w, "  caveat:  %s\n", c.Caveat())
	}
	fmt.Fprintln(w)
	return nil
}

// convertUnit converts q into unit to of the same dimension, exactly, and
// rounded to places decimals unless exactOnly; it writes the exact value as
// a fraction when it does not terminate.
func convertUnit(w io.Writer, q jinan.Quantity, to jinan.Unit, places int32, exactOnly bool) error {
	exact, err := q.Convert(to)
	switch {
	case err == nil:
		fmt.Fprintf(w, "  result:  %s (%s), exact\n", exact, jinan.FormatQuantity(exact, language.English))
		fmt.Fprintln(w)
		return nil
	case !errors.Is(err, jinan.ErrInexact):
		return err
	case exactOnly:
		return fmt.Errorf("%w; give -places to round", err)
	}
	rounded, err := q.ConvertRound(to, places)
	if err != nil {
		return err
	}
	// The exact value as a fraction of the target unit: the value in base
	// units over the size of one target unit in base units.
	one, err := jinan.NewQuantity(decimal.NewFromInt(1), jinan.Units, to)
	if err != nil {
		return err
	}
	ratio := new(big.Rat).Quo(q.Rat(), one.Rat())
	fmt.Fprintf(w, "  result:  %s (%s)\n", rounded, jinan.FormatQuantity(rounded, language.English))
	fmt.Fprintf(w, "  formula: %s = %s%s exactly, which does not terminate; rounded %s to %d decimals: %s\n",
		q, ratio.RatString(), to.Symbol(), jinan.RoundingMode, places, rounded)
	fmt.Fprintln(w)
	return nil
}
