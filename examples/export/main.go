// Command export writes every fact of the catalogue to standard output, in
// the formats the tools people load them into read exactly.
//
// Usage:
//
//	go run ./examples/export [-format jsonl|csv|datapackage|sdmx-csv|sdmx-dsd] [-derived]
//
// Every format carries one schema, the jinan.Record type's: every record
// has every field, null (an empty CSV field) where unknown, never "".
//
//   - jsonl (the default): one jinan.Record per line, JSON Lines.
//   - csv: the same fields in the same order, with a header, as RFC 4180
//     writes CSV (CRLF line ends, fields quoted where they need it). The
//     sources and inputs columns are JSON arrays, as in JSON Lines, so
//     every quote travels with its span.
//   - datapackage: datapackage.json, a Frictionless Data Package whose
//     Table Schemas type every column of facts.csv (the csv format) and of
//     facts.sdmx.csv (the sdmx-csv format), so that typed readers keep the
//     printed decimals (2027.00) exact: amounts are text with a decimal
//     pattern, never floating point.
//   - sdmx-csv: SDMX-CSV (version 1, for SDMX 2.1) of the dataflow
//     JINANFACTS:DF_JINAN(1.0): one observation per row, a unique series
//     key, TIME_PERIOD in SDMX's forms (2020, 2020-Q1, 2020-03,
//     2020-03-31, 2020-01-01/P9M). Facts without a period are left out and
//     counted on standard error.
//   - sdmx-dsd: the SDMX-ML 2.1 structure message the SDMX-CSV conforms
//     to: agency, code lists, concepts, data structure and dataflow.
//
// With -derived, the facts derived from the seeds' relations follow the
// facts read from the seeds, marked derived and with their inputs.
package main

import (
	"bufio"
	"flag"
	"fmt"
	"io"
	"os"
	"slices"

	"github.com/jinanfacts/jinan"
	"github.com/jinanfacts/jinan/examples/internal/cli"
)

const usage = "usage: export [-format jsonl|csv|datapackage|sdmx-csv|sdmx-dsd] [-derived]"

func main() { os.Exit(run(os.Args[1:], os.Stdout, os.Stderr)) }

// run does the work of main and returns the exit status.
func run(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("export", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	format := fs.String("format", "jsonl", "output format: jsonl, csv, datapackage, sdmx-csv or sdmx-dsd")
	derived := fs.Bool("derived", false, "add the derived facts")
	if status, done := cli.Parse(fs, args, usage, stderr); done {
		return status
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(stderr, "export: unexpected argument %q: export writes to standard output and takes only flags\n", fs.Arg(0))
		fmt.Fprintln(stderr, usage)
		return 2
	}
	c := jinan.Default()
	rs := records(c, *derived)
	w := bufio.NewWriter(stdout)
	var err error
	switch *format {
	case "jsonl":
		err = jinan.WriteJSONLines(w, slices.Values(rs))
	case "csv":
		err = writeCSV(w, rs)
	case "datapackage":
		err = writeDataPackage(w, c)
	case "sdmx-csv":
		var left int
		left, err = writeSDMX(w, c, rs)
		if left > 0 {
			fmt.Fprintf(stderr, "export: %d facts without a period left out of the SDMX-CSV (SDMX needs a TIME_PERIOD)\n", left)
		}
	case "sdmx-dsd":
		err = writeDSD(w, c)
	default:
		fmt.Fprintf(stderr, "export: -format %q: unknown format; want jsonl, csv, datapackage, sdmx-csv or sdmx-dsd\n", *format)
		fmt.Fprintln(stderr, usage)
		return 2
	}
	if err == nil {
		err = w.Flush()
	}
	if err != nil {
		fmt.Fprintf(stderr, "export: writing %s to standard output: %v\n", *format, err)
		return 1
	}
	return 0
}

// records returns the records of the facts read from the seeds and, with
// derived, of the derived facts after them.
func records(c jinan.Catalogue, derived bool) []jinan.Record {
	origin := jinan.FromSeed
	if derived {
		origin = 0 // read and derived
	}
	return slices.Collect(jinan.Records(c.Query(jinan.Query{Origin: origin})))
}
