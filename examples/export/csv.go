package main

import (
	"bytes"
	"encoding"
	"encoding/csv"
	"encoding/json"
	"io"
	"strconv"

	"github.com/jinanfacts/jinan"
)

// column is a column of the CSV export: a field of the Record schema, its
// Frictionless Table Schema type and constraints, and how a record writes
// it. The Table Schema of datapackage.json is written from these, so the
// CSV and its description cannot drift apart.
type column struct {
	name        string // the Record field's JSON name
	typ         string // Table Schema type: string, integer, boolean, date, array
	required    bool   // never empty; the others are empty where null
	pattern     string // a regular expression every value matches
	enum        []string
	description string
	value       func(r jinan.Record) string
}

// decimalPattern is the text of a decimal as the seeds print it: an
// optional minus, digits, and the printed decimals, trailing zeros kept.
const decimalPattern = `-?[0-9]+(\.[0-9]+)?`

// columns are the CSV's columns, in the order of the Record schema's
// fields (TestCSVHeaderIsTheSchema checks it).
var columns = []column{
	{"id", "string", true, "", nil, "The fact's stable identifier, subject.indicator.measure.period: jinan.gdp.level.2020-q1; a derived fact's is its first input's, / and the rule.",
		func(r jinan.Record) string { return r.ID }},
	{"subject", "string", true, "", nil, "What the fact is about, a subject ID: jinan, shizhong, jinan-hitech-zone.",
		func(r jinan.Record) string { return r.Subject }},
	{"subject_code", "string", false, "[0-9]{6}", nil, "The subject's GB/T 2260 code where it is an administrative division: 370100 for Jinan.",
		func(r jinan.Record) string { return r.SubjectCode }},
	{"indicator", "string", true, "", nil, "What is measured, an indicator ID: gdp, trade, budget-revenue.",
		func(r jinan.Record) string { return r.Indicator }},
	{"measure", "string", true, "", enumNames[jinan.Measure](), "Which aspect is stated: level, growth, gap, share, rank ….",
		func(r jinan.Record) string { return r.Measure }},
	{"value", "string", true, decimalPattern, nil, "The decimal as printed, signed, its printed decimals kept (2027.00): text, so that no reader rounds it; cast it to DECIMAL to compute. Multiply by 10^multiplier for the amount in unit.",
		func(r jinan.Record) string { return r.Value }},
	{"denominator", "integer", false, "", nil, "The denominator of a fraction (3 for 三分之一, whose value is 1).",
		func(r jinan.Record) string { return r.Denominator }},
	{"unit", "string", true, "", nil, "The unit code: CNY, USD, %, pp, m2, km2, mu, t, km, h, d, month, year, count, rank, tenth, ratio.",
		func(r jinan.Record) string { return r.Unit }},
	{"counter", "string", false, "", nil, "The counter word of a count or rank as printed: 家, 个, 列, 名.",
		func(r jinan.Record) string { return r.Counter }},
	{"multiplier", "integer", true, "", nil, "The printed power of ten: 8 for 亿, 4 for 万, 0 for none.",
		func(r jinan.Record) string { return strconv.Itoa(r.Multiplier) }},
	{"bound", "string", true, "", enumNames[jinan.Bound](), "How the figure bounds the amount: exact, over (超过, 逾), at_least (以上), about (约), nearly (近), range ….",
		func(r jinan.Record) string { return r.Bound }},
	{"value_high", "string", false, decimalPattern, nil, "The high end of a range as printed (5 for 1.5—5%).",
		func(r jinan.Record) string { return r.ValueHigh }},
	{"lower", "string", false, decimalPattern, nil, "The low end of the interval the printed precision and bound allow, as jinan.Record defines it; null until the library derives it.",
		func(r jinan.Record) string { return r.Lower }},
	{"upper", "string", false, decimalPattern, nil, "The high end of the interval the printed precision and bound allow, as jinan.Record defines it; null until the library derives it.",
		func(r jinan.Record) string { return r.Upper }},
	{"period_start", "date", false, "", nil, "The first day the figure covers.",
		func(r jinan.Record) string { return r.PeriodStart }},
	{"period_end", "date", false, "", nil, "The last day the figure covers, as printed; null for 今年以来, whose end is not printed.",
		func(r jinan.Record) string { return r.PeriodEnd }},
	{"period_end_latest", "date", false, "", nil, "The latest the last day can be: period_end, or for 今年以来 the document's date.",
		func(r jinan.Record) string { return r.PeriodEndLatest }},
	{"period_label", "string", false, "", nil, "The period as printed: 一季度, 1-10月, 今年以来.",
		func(r jinan.Record) string { return r.PeriodLabel }},
	{"period_kind", "string", false, "", enumNames[jinan.PeriodKind](), "The kind of period: calendar_year, quarter, year_to_date, month, instant, span, so_far.",
		func(r jinan.Record) string { return r.PeriodKind }},
	{"time_period", "string", false, "", nil, "The period's text form: 2020, 2020-Q1, 2020-03, 2020-03-31, 2021-01-01/2021-10-31, 2020-01-01/..2020-04-28.",
		func(r jinan.Record) string { return r.TimePeriod }},
	{"year_inferred", "boolean", true, "", nil, "Whether the period's year comes from the document's inferred date rather than from the text.",
		func(r jinan.Record) string { return strconv.FormatBool(r.YearInferred) }},
	{"year_inferred_reason", "string", false, "", nil, "Why the year was inferred.",
		func(r jinan.Record) string { return r.YearInferredReason }},
	{"status", "string", true, "", enumNames[jinan.Status](), "observed, or target for a plan or promise.",
		func(r jinan.Record) string { return r.Status }},
	{"benchmark", "string", false, "", nil, "The subject a gap, difference, rank or share is taken against: shandong.",
		func(r jinan.Record) string { return r.Benchmark }},
	{"share_of", "string", false, "", nil, "The indicator a share is a part of, when it is not the fact's own.",
		func(r jinan.Record) string { return r.ShareOf }},
	{"rank_of", "string", false, "", nil, "The printed size of a rank's peer group: 160家.",
		func(r jinan.Record) string { return r.RankOf }},
	{"versus", "string", false, "", nil, "The earlier period a change is measured against, in period text form.",
		func(r jinan.Record) string { return r.Versus }},
	{"sources", "array", true, "", nil, "Where the fact is printed: a JSON array of {file, start, end, quote}, UTF-8 byte offsets [start, end) into the seed file and the verbatim quote at them.",
		func(r jinan.Record) string { return jsonText(r.Sources, []jinan.RecordSource{}) }},
	{"derived", "boolean", true, "", nil, "Whether the library computed the fact from others.",
		func(r jinan.Record) string { return strconv.FormatBool(r.Derived) }},
	{"inputs", "array", true, "", nil, "The IDs of the facts a derived fact was computed from, a JSON array of strings ([] for a fact read from a seed).",
		func(r jinan.Record) string { return jsonText(r.Inputs, []string{}) }},
	{"formula", "string", false, "", nil, "How a derived fact was computed, with its rounding.",
		func(r jinan.Record) string { return r.Formula }},
	{"note", "string", false, "", nil, "What a reader should know: a typo in the quote and what was meant, an ambiguity.",
		func(r jinan.Record) string { return r.Note }},
}

// csvHeader is the Record schema's field names, in its order.
var csvHeader = func() []string {
	names := make([]string, len(columns))
	for i, c := range columns {
		names[i] = c.name
	}
	return names
}()

// enumNames returns the text of every value of an enumeration of the
// library, from 1 to the first value that has none.
func enumNames[E interface {
	~uint8
	encoding.TextMarshaler
}]() []string {
	var names []string
	for e := E(1); e != 0; e++ {
		b, err := e.MarshalText()
		if err != nil {
			break
		}
		names = append(names, string(b))
	}
	return names
}

// jsonText returns v as compact JSON, HTML characters unescaped, and
// empty for an empty slice (never null).
func jsonText[T any](v []T, empty []T) string {
	if v == nil {
		v = empty
	}
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		// Strings and ints always encode.
		panic(err)
	}
	return string(bytes.TrimSuffix(b.Bytes(), []byte("\n")))
}

// writeCSV writes the records as RFC 4180 CSV: a header, CRLF line ends,
// fields quoted where they hold a comma, quote or line break.
func writeCSV(w io.Writer, rs []jinan.Record) error {
	cw := csv.NewWriter(w)
	cw.UseCRLF = true
	if err := cw.Write(csvHeader); err != nil {
		return err
	}
	row := make([]string, len(columns))
	for _, r := range rs {
		for i, c := range columns {
			row[i] = c.value(r)
		}
		if err := cw.Write(row); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}
