package main

import (
	"encoding/csv"
	"fmt"
	"io"
	"math/big"
	"strconv"
	"strings"
	"time"

	"github.com/shopspring/decimal"

	"github.com/jinanfacts/jinan"
)

// SDMX: the facts as the observations of one dataflow, described by an
// SDMX 2.1 data structure definition (sdmx-dsd) and written as SDMX-CSV
// version 1 (sdmx-csv), the CSV format of SDMX 2.1: a DATAFLOW column
// holding the dataflow's reference, one column per dimension, TIME_PERIOD,
// OBS_VALUE and one column per attribute, each headed by the component's
// ID, coded components holding code IDs.
//
// The series key is REF_AREA (what the fact is about), INDICATOR,
// MEASURE, BENCHMARK (what a gap, rank or share is against; _Z for none),
// STATUS (observed or target: a target and its outcome are two series)
// and VARIANT, which tells apart the few facts that share all of these
// and their period: the seeds' two prints of 天桥区's completion rate
// (139.6% and 139.66%), the 百亿级 and 50亿级 classes of 天桥区's planned
// clusters, 济北开发区's rank 27 and its top 20%. VARIANT is _Z for every
// other fact, and for those the measure part of the fact's ID
// (COMPLETION_SECOND_PRINT).
//
// Codes are the library's IDs in SDMX style, upper case with "_" for
// "-": jinan-hitech-zone is JINAN_HITECH_ZONE.
//
// OBS_VALUE is the printed decimal, exact (2027.00 with UNIT_MULT 8: SDMX
// multiplies by 10^UNIT_MULT, as 亿 does), so DECIMALS, the printed
// decimals, is the precision. Two units SDMX does not have are written in
// percent exactly: tenths (近四成 is nearly 40 PC) and fractions (三分之一
// is 33.3333 PC, rounded to fractionPlaces decimals, with the exact
// 100/3 in OBS_FRACTION). A range's low end is OBS_VALUE and its high end
// OBS_HIGH; OBS_BOUND says how the figure bounds the amount.
//
// TIME_PERIOD is in SDMX's forms: 2020 (a year), 2020-Q1 (a quarter),
// 2020-03 (a month), 2020-03-31 (a day), and start/duration for a
// cumulative or other range (2020-01-01/P9M for 前三季度, 2020-01-01/P10M
// for 1-10月). 今年以来, whose end is not printed, is dated by its latest
// possible end (2020-01-01/P3M28D, to 2020-04-28) with TIME_END_OPEN true;
// facts without a period are left out.

// The dataflow and its structure.
const (
	agency      = "JINANFACTS"
	dataflowID  = "DF_JINAN"
	dsdID       = "DSD_JINAN"
	schemeID    = "CS_JINAN"
	sdmxVersion = "1.0"
	// notApplicable is SDMX's code for a dimension that does not apply.
	notApplicable = "_Z"
	// fractionPlaces is the decimals of a fraction written in percent.
	fractionPlaces = 4
)

// dataflowRef is the DATAFLOW column's value: agency:id(version).
const dataflowRef = agency + ":" + dataflowID + "(" + sdmxVersion + ")"

// role is what a component is in the data structure.
type role uint8

const (
	dimension role = 1 + iota
	timeDimension
	primaryMeasure
	attribute
)

// component is a dimension, the time dimension, the primary measure or an
// attribute of the data structure; its concept has the same ID.
type component struct {
	id        string
	role      role
	codelist  string // the code list of a coded component; "" for text
	textType  string // the SDMX text type of an uncoded one
	mandatory bool   // an attribute every observation has
	name      string
	desc      string
}

// components are the data structure's components, in the SDMX-CSV's
// column order.
var components = []component{
	{"REF_AREA", dimension, "CL_AREA", "", true, "Reference area",
		"What the observation is about: China, Shandong, Jinan, a district or county, a development zone, or a company, project, industry or group located there (the library's subject)."},
	{"INDICATOR", dimension, "CL_INDICATOR", "", true, "Indicator", "What is measured: gross domestic product, imports and exports …"},
	{"MEASURE", dimension, "CL_MEASURE", "", true, "Measure", "Which aspect of the indicator is stated: level, growth, gap, share, rank …"},
	{"BENCHMARK", dimension, "CL_AREA", "", true, "Benchmark",
		"What a gap, difference, rank or share is taken against (Shandong for 高于全省平均水平); _Z where nothing is."},
	{"STATUS", dimension, "CL_STATUS", "", true, "Status", "Observed, or a target (a plan or promise at the time of writing)."},
	{"VARIANT", dimension, "CL_VARIANT", "", true, "Variant",
		"Tells apart observations that share every other dimension and the period: the measure part of the fact's ID; _Z for every other observation."},
	{"TIME_PERIOD", timeDimension, "", "ObservationalTimePeriod", true, "Time period",
		"The time the figure covers: 2020, 2020-Q1, 2020-03, 2020-03-31, or start/duration such as 2020-01-01/P9M for January–September."},
	{"OBS_VALUE", primaryMeasure, "", "Decimal", true, "Observation value",
		"The figure as printed, exact: multiply by 10^UNIT_MULT for the amount in UNIT_MEASURE; a range's low end."},
	{"UNIT_MEASURE", attribute, "CL_UNIT", "", true, "Unit of measure", "The unit of OBS_VALUE × 10^UNIT_MULT."},
	{"UNIT_MULT", attribute, "", "Integer", true, "Unit multiplier", "The power of ten OBS_VALUE is printed in: 8 for 亿, 4 for 万."},
	{"DECIMALS", attribute, "", "Integer", true, "Decimals", "The decimals of OBS_VALUE as printed: its precision."},
	{"OBS_STATUS", attribute, "CL_OBS_STATUS", "", true, "Observation status", "A for a figure as printed, E for one the library derived from others."},
	{"OBS_BOUND", attribute, "CL_BOUND", "", true, "Bound",
		"How the printed figure bounds the amount: exact, over (超过, 逾), at least (以上), about (约), nearly (近), under, at most, or a range."},
	{"OBS_HIGH", attribute, "", "Decimal", false, "High end of a range", "The high end of a range, in the unit and multiplier of OBS_VALUE."},
	{"OBS_FRACTION", attribute, "", "String", false, "Exact fraction",
		"The exact value as a fraction num/den in the unit of OBS_VALUE, where OBS_VALUE rounds it: 100/3 for 三分之一 in percent."},
	{"COUNTER", attribute, "", "String", false, "Counter word", "The Chinese counter word of a count or rank as printed: 家, 个, 列, 名."},
	{"TIME_END_OPEN", attribute, "", "Boolean", false, "End of period not printed",
		"true for 今年以来 (so far this year): TIME_PERIOD ends on the latest day it can, the document's date, not on a printed end."},
	{"TIME_INFERRED", attribute, "", "Boolean", true, "Year inferred",
		"true where the period's year is not printed but inferred from the document's date."},
	{"FACT_ID", attribute, "", "String", true, "Fact ID",
		"The library's fact ID (jinan.gdp.level.2020-q1), which gives its quotes, note and, for a derived fact, its inputs and formula."},
	{"SOURCE", attribute, "", "String", true, "Source",
		"The first source: the seed file and the UTF-8 byte span [start, end) of the verbatim quote, file:start-end."},
}

// code returns the SDMX code of a library ID: upper case, "_" for "-".
func code(id string) string {
	if id == "" {
		return notApplicable
	}
	return strings.ToUpper(strings.ReplaceAll(id, "-", "_"))
}

// sdmxUnit is a unit of the code list CL_UNIT, and the library units it
// stands for.
type sdmxUnit struct {
	code, en, zh string
	from         []string // library unit codes
}

// sdmxUnits is the code list CL_UNIT. Tenths and fractions are written in
// percent (PC); a rank given as a share of its peers (前20%) is RANK_PC.
var sdmxUnits = []sdmxUnit{
	{"CNY", "Renminbi yuan", "人民币元", []string{"CNY"}},
	{"USD", "US dollar", "美元", []string{"USD"}},
	{"PC", "Percent", "百分比", []string{"%", "tenth", "ratio"}},
	{"PP", "Percentage points", "百分点", []string{"pp"}},
	{"M2", "Square metres", "平方米", []string{"m2"}},
	{"KM2", "Square kilometres", "平方公里", []string{"km2"}},
	{"MU", "Mu (亩, 10000/15 square metres exactly)", "亩", []string{"mu"}},
	{"T", "Tonnes", "吨", []string{"t"}},
	{"KM", "Kilometres", "公里", []string{"km"}},
	{"H", "Hours", "小时", []string{"h"}},
	{"D", "Days", "日", []string{"d"}},
	{"MONTH", "Months", "月", []string{"month"}},
	{"YEAR", "Years", "年", []string{"year"}},
	{"MONTH_END", "End of a month of the year (9 is the end of September), as a deadline", "月底", []string{"month-end"}},
	{"COUNT", "Number of things counted (the counter word in COUNTER)", "个数", []string{"count"}},
	{"RANK", "Rank among peers (1 is first)", "名次", []string{"rank"}},
	{"RANK_PC", "Rank as a share of the peers, in percent (20 at most is the top 20%)", "排名百分位", nil},
}

// obsStatuses is the code list CL_OBS_STATUS: the codes of SDMX's
// cross-domain observation status that the data uses.
var obsStatuses = [][3]string{
	{"A", "Normal value", "正常值"},
	{"E", "Estimated value", "推算值"},
}

// statuses is the code list CL_STATUS.
var statuses = [][3]string{
	{"OBSERVED", "Observed", "实际"},
	{"TARGET", "Target", "目标"},
}

// observation is one row of the SDMX-CSV, by component ID.
type observation map[string]string

// sdmxObservations returns the observations of the records, and the
// number of records left out because they have no period. The variants
// are those of every fact of the catalogue, read or derived, so that a
// series key does not depend on -derived.
func sdmxObservations(c jinan.Catalogue, rs []jinan.Record) ([]observation, int, error) {
	variants := sdmxVariants(c)
	var obs []observation
	left := 0
	for _, r := range rs {
		if r.TimePeriod == "" {
			left++
			continue
		}
		o, err := sdmxObservation(r, variants[r.ID])
		if err != nil {
			return nil, 0, fmt.Errorf("fact %s: %w", r.ID, err)
		}
		obs = append(obs, o)
	}
	return obs, left, nil
}

// sdmxKey is the key of a record without its VARIANT.
func sdmxKey(r jinan.Record) string {
	return strings.Join([]string{r.Subject, r.Indicator, r.Measure, r.Benchmark, r.Status, r.TimePeriod}, "\x00")
}

// sdmxVariants returns the VARIANT of each fact that shares its key with
// another: the measure part of its ID (of its first input's, for a derived
// fact).
func sdmxVariants(c jinan.Catalogue) map[string]string {
	groups := map[string][]string{}
	for r := range jinan.Records(c.Query(jinan.Query{})) {
		if r.TimePeriod != "" {
			groups[sdmxKey(r)] = append(groups[sdmxKey(r)], r.ID)
		}
	}
	variants := map[string]string{}
	for _, ids := range groups {
		if len(ids) < 2 {
			continue
		}
		for _, id := range ids {
			base, _, _ := strings.Cut(id, "/")
			parts := strings.Split(base, ".")
			if len(parts) >= 4 {
				variants[id] = code(parts[2])
			} else {
				variants[id] = code(base)
			}
		}
	}
	return variants
}

// sdmxObservation writes one record as an observation.
func sdmxObservation(r jinan.Record, variant string) (observation, error) {
	p, err := jinan.ParsePeriod(r.TimePeriod)
	if err != nil {
		return nil, err
	}
	value, high, decimals, fraction, unit, err := sdmxValue(r)
	if err != nil {
		return nil, err
	}
	status := "A"
	if r.Derived {
		status = "E"
	}
	source := ""
	if len(r.Sources) > 0 {
		s := r.Sources[0]
		source = fmt.Sprintf("%s:%d-%d", s.File, s.Start, s.End)
	}
	if variant == "" {
		variant = notApplicable
	}
	o := observation{
		"DATAFLOW": dataflowRef,
		"REF_AREA": code(r.Subject), "INDICATOR": code(r.Indicator), "MEASURE": code(r.Measure),
		"BENCHMARK": code(r.Benchmark), "STATUS": code(r.Status), "VARIANT": variant,
		"TIME_PERIOD": sdmxTimePeriod(p), "OBS_VALUE": value,
		"UNIT_MEASURE": unit, "UNIT_MULT": strconv.Itoa(r.Multiplier), "DECIMALS": strconv.Itoa(decimals),
		"OBS_STATUS": status, "OBS_BOUND": code(r.Bound), "OBS_HIGH": high, "OBS_FRACTION": fraction,
		"COUNTER": r.Counter, "TIME_INFERRED": strconv.FormatBool(r.YearInferred),
		"FACT_ID": r.ID, "SOURCE": source,
	}
	if !p.EndPrinted() {
		o["TIME_END_OPEN"] = "true"
	}
	if r.Unit == "rank" && r.Counter == "%" {
		o["UNIT_MEASURE"] = "RANK_PC"
	}
	return o, nil
}

// sdmxValue returns the record's OBS_VALUE, OBS_HIGH, DECIMALS,
// OBS_FRACTION and UNIT_MEASURE: the printed digits, except for tenths
// and fractions, which are written in percent.
func sdmxValue(r jinan.Record) (value, high string, decimals int, fraction, unit string, err error) {
	unit = ""
	for _, u := range sdmxUnits {
		for _, from := range u.from {
			if from == r.Unit {
				unit = u.code
			}
		}
	}
	if unit == "" {
		return "", "", 0, "", "", fmt.Errorf("unit %q has no SDMX code", r.Unit)
	}
	value, high = r.Value, r.ValueHigh
	decimals = printedDecimals(value)
	switch r.Unit {
	case "tenth": // 4成 is 40%: the decimal point moves one place
		decimals = max(0, decimals-1)
		value, err = shift(value, 1, decimals)
		if err == nil && high != "" {
			high, err = shift(high, 1, decimals)
		}
	case "ratio": // 1/3 is 100/3 %
		den := int64(1)
		if r.Denominator != "" {
			if den, err = strconv.ParseInt(r.Denominator, 10, 64); err != nil {
				return
			}
		}
		num, ok := new(big.Rat).SetString(r.Value)
		if !ok || den == 0 {
			return "", "", 0, "", "", fmt.Errorf("fraction %s/%s", r.Value, r.Denominator)
		}
		exact := num.Mul(num, big.NewRat(100, den))
		fraction = exact.RatString()
		d := decimal.NewFromBigRat(exact, fractionPlaces)
		value, decimals = d.StringFixed(fractionPlaces), fractionPlaces
		if exact.IsInt() {
			fraction, decimals = "", 0
			value = exact.RatString()
		}
	}
	return value, high, decimals, fraction, unit, err
}

// printedDecimals returns the number of decimals of a printed decimal.
func printedDecimals(s string) int {
	if i := strings.IndexByte(s, '.'); i >= 0 {
		return len(s) - i - 1
	}
	return 0
}

// shift returns the decimal s × 10^places with the given decimals, exactly.
func shift(s string, places int32, decimals int) (string, error) {
	d, err := decimal.NewFromString(s)
	if err != nil {
		return "", err
	}
	return d.Shift(places).StringFixed(int32(decimals)), nil
}

// sdmxTimePeriod writes p in SDMX's forms: a year, quarter, month or day
// as such, and any other span as its start and ISO 8601 duration. A SoFar
// period runs to its latest possible end.
func sdmxTimePeriod(p jinan.Period) string {
	switch p.Kind() {
	case jinan.CalendarYear, jinan.Quarter, jinan.SingleMonth, jinan.Instant:
		return p.String()
	}
	return p.Start().String() + "/" + isoDuration(p.Start(), p.End())
}

// isoDuration returns the ISO 8601 duration from the first day start to
// the end of the last day end: P9M from 2020-01-01 to 2020-09-30, P3M28D
// to 2020-04-28, P3Y from 2018-01-01 to 2020-12-31. Whole months are
// counted only from the first of a month, so that adding them is
// unambiguous.
func isoDuration(start, end jinan.Date) string {
	t0 := time.Date(start.Year(), start.Month(), start.Day(), 0, 0, 0, 0, time.UTC)
	after := time.Date(end.Year(), end.Month(), end.Day()+1, 0, 0, 0, 0, time.UTC)
	months := 0
	if start.Day() == 1 {
		months = (after.Year()-t0.Year())*12 + int(after.Month()) - int(t0.Month())
		if t0.AddDate(0, months, 0).After(after) {
			months--
		}
	}
	days := (after.Unix() - t0.AddDate(0, months, 0).Unix()) / 86400
	var b strings.Builder
	b.WriteString("P")
	if y := months / 12; y > 0 {
		fmt.Fprintf(&b, "%dY", y)
	}
	if m := months % 12; m > 0 {
		fmt.Fprintf(&b, "%dM", m)
	}
	if days > 0 {
		fmt.Fprintf(&b, "%dD", days)
	}
	return b.String()
}

// sdmxHeader is the SDMX-CSV header: DATAFLOW and the components' IDs.
func sdmxHeader() []string {
	h := []string{"DATAFLOW"}
	for _, c := range components {
		h = append(h, c.id)
	}
	return h
}

// writeSDMX writes the records as SDMX-CSV with CRLF line ends, and
// returns how many it left out for want of a period.
func writeSDMX(w io.Writer, c jinan.Catalogue, rs []jinan.Record) (int, error) {
	obs, left, err := sdmxObservations(c, rs)
	if err != nil {
		return 0, err
	}
	cw := csv.NewWriter(w)
	cw.UseCRLF = true
	header := sdmxHeader()
	if err := cw.Write(header); err != nil {
		return 0, err
	}
	row := make([]string, len(header))
	for _, o := range obs {
		for i, h := range header {
			row[i] = o[h]
		}
		if err := cw.Write(row); err != nil {
			return 0, err
		}
	}
	cw.Flush()
	return left, cw.Error()
}
