// Command export writes every fact of the catalogue to standard output.
//
// Usage:
//
//	go run ./examples/export [-format jsonl|csv|sdmx-csv] [-derived]
//
// The default format is JSON Lines, one jinan.Record per line; csv writes
// the same fields with a header; sdmx-csv writes SDMX-CSV columns
// (DATAFLOW, REF_AREA, INDICATOR, MEASURE, TIME_PERIOD, OBS_VALUE,
// UNIT_MEASURE, UNIT_MULT, OBS_STATUS, DECIMALS) for statistical tools.
// With -derived, the facts derived from the seeds' relations follow the
// facts read from the seeds, marked derived and with their inputs.
package main

import (
	"bufio"
	"encoding/csv"
	"flag"
	"fmt"
	"io"
	"os"
	"slices"
	"strconv"
	"strings"

	"github.com/jinanfacts/jinan"
)

func main() {
	format := flag.String("format", "jsonl", "output format: jsonl, csv or sdmx-csv")
	derived := flag.Bool("derived", false, "add the derived facts")
	flag.Usage = func() {
		fmt.Fprintln(flag.CommandLine.Output(), "usage: export [-format jsonl|csv|sdmx-csv] [-derived]")
		flag.PrintDefaults()
	}
	flag.Parse()
	if flag.NArg() > 0 {
		flag.Usage()
		os.Exit(2)
	}
	rs := records(*derived)
	w := bufio.NewWriter(os.Stdout)
	var err error
	switch *format {
	case "jsonl":
		err = writeJSONL(w, rs)
	case "csv":
		err = writeCSV(w, rs)
	case "sdmx-csv":
		err = writeSDMX(w, rs)
	default:
		fmt.Fprintf(os.Stderr, "export: unknown format %q\n", *format)
		flag.Usage()
		os.Exit(2)
	}
	if err == nil {
		err = w.Flush()
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "export:", err)
		os.Exit(1)
	}
}

func records(derived bool) []jinan.Record {
	c := jinan.Default()
	origin := jinan.FromSeed
	if derived {
		origin = 0 // read and derived
	}
	return slices.Collect(jinan.Records(c.Query(jinan.Query{Origin: origin})))
}

func writeJSONL(w io.Writer, rs []jinan.Record) error {
	return jinan.WriteJSONLines(w, slices.Values(rs))
}

// csvHeader is the Record schema's field names, in its order.
var csvHeader = []string{
	"id", "subject", "subject_code", "indicator", "measure", "value", "denominator", "unit", "counter",
	"multiplier", "bound", "value_high", "lower", "upper", "period_start", "period_end", "period_end_latest",
	"period_label", "period_kind", "time_period", "year_inferred", "year_inferred_reason", "status", "benchmark",
	"share_of", "rank_of", "versus", "sources", "derived", "inputs", "formula", "note",
}

func writeCSV(w io.Writer, rs []jinan.Record) error {
	cw := csv.NewWriter(w)
	if err := cw.Write(csvHeader); err != nil {
		return err
	}
	for _, r := range rs {
		srcs := make([]string, len(r.Sources))
		for i, s := range r.Sources {
			srcs[i] = fmt.Sprintf("%s:%d-%d", s.File, s.Start, s.End)
		}
		row := []string{
			r.ID, r.Subject, r.SubjectCode, r.Indicator, r.Measure, r.Value, r.Denominator, r.Unit, r.Counter,
			strconv.Itoa(r.Multiplier), r.Bound, r.ValueHigh, r.Lower, r.Upper, r.PeriodStart, r.PeriodEnd, r.PeriodEndLatest,
			r.PeriodLabel, r.PeriodKind, r.TimePeriod, strconv.FormatBool(r.YearInferred), r.YearInferredReason, r.Status,
			r.Benchmark, r.ShareOf, r.RankOf, r.Versus, strings.Join(srcs, ";"), strconv.FormatBool(r.Derived),
			strings.Join(r.Inputs, ";"), r.Formula, r.Note,
		}
		if err := cw.Write(row); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}

// writeSDMX writes SDMX-CSV: one observation per row, with the SDMX
// attribute names. OBS_STATUS is A (normal) for observed facts, F
// (forecast) for targets and E (estimated) for derived ones.
func writeSDMX(w io.Writer, rs []jinan.Record) error {
	cw := csv.NewWriter(w)
	header := []string{"DATAFLOW", "REF_AREA", "INDICATOR", "MEASURE", "TIME_PERIOD", "OBS_VALUE",
		"UNIT_MEASURE", "UNIT_MULT", "OBS_STATUS", "DECIMALS", "OBS_BOUND", "FACT_ID"}
	if err := cw.Write(header); err != nil {
		return err
	}
	for _, r := range rs {
		status := "A"
		switch {
		case r.Derived:
			status = "E"
		case r.Status == "target":
			status = "F"
		}
		decimals := 0
		if i := strings.IndexByte(r.Value, '.'); i >= 0 {
			decimals = len(r.Value) - i - 1
		}
		unit := r.Unit
		if r.Counter != "" {
			unit += ":" + r.Counter
		}
		row := []string{"JINANFACTS:JINAN(1.0)", r.Subject, r.Indicator, r.Measure, r.TimePeriod, r.Value,
			unit, strconv.Itoa(r.Multiplier), status, strconv.Itoa(decimals), r.Bound, r.ID}
		if err := cw.Write(row); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}
