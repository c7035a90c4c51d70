package main

import (
	"bytes"
	"encoding/csv"
	"encoding/xml"
	"math/big"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/jinanfacts/jinan"
)

// xnode is any element of an XML document, for walking a structure
// message without a schema.
type xnode struct {
	XMLName xml.Name
	Attrs   []xml.Attr `xml:",any,attr"`
	Kids    []xnode    `xml:",any"`
	Text    string     `xml:",chardata"`
}

func (n xnode) attr(name string) string {
	for _, a := range n.Attrs {
		if a.Name.Local == name {
			return a.Value
		}
	}
	return ""
}

// all returns the descendants of n (n included) in the namespace ns with
// the local name local, in document order.
func (n xnode) all(ns, local string) []xnode {
	var out []xnode
	if n.XMLName.Space == ns && n.XMLName.Local == local {
		out = append(out, n)
	}
	for _, k := range n.Kids {
		out = append(out, k.all(ns, local)...)
	}
	return out
}

// kid returns the first child of n named ns:local.
func (n xnode) kid(ns, local string) (xnode, bool) {
	for _, k := range n.Kids {
		if k.XMLName.Space == ns && k.XMLName.Local == local {
			return k, true
		}
	}
	return xnode{}, false
}

// kidNames returns the local names of n's children.
func (n xnode) kidNames() []string {
	var names []string
	for _, k := range n.Kids {
		names = append(names, k.XMLName.Local)
	}
	return names
}

// The patterns of SDMX 2.1's common types.
var (
	idType       = regexp.MustCompile(`^[A-Za-z0-9_@$\-]+$`)
	ncNameIDType = regexp.MustCompile(`^[A-Za-z][A-Za-z0-9_\-]*$`)
	versionType  = regexp.MustCompile(`^[0-9]+(\.[0-9]+)*$`)
	textTypes    = []string{"String", "Decimal", "Integer", "Boolean", "ObservationalTimePeriod"}
)

// export runs the program with args and returns its standard output and
// error, failing the test on a non-zero exit.
func export(t *testing.T, args ...string) (string, string) {
	t.Helper()
	var out, errs bytes.Buffer
	if code := run(args, &out, &errs); code != 0 {
		t.Fatalf("export %v: exit %d: %s", args, code, errs.String())
	}
	return out.String(), errs.String()
}

// parsedStructure is what the tests read from the structure message.
type parsedStructure struct {
	codelists  map[string][]string // codes by code list ID
	columns    []string            // dimensions, time dimension, primary measure, attributes, in order
	codelistOf map[string]string   // the code list of each coded component
	textTypeOf map[string]string   // the text type of each uncoded component
	mandatory  map[string]bool     // attributes every observation must have
	dataflow   string              // agency:id(version)
}

// readStructure parses the structure message and checks the elements and
// references SDMX-ML 2.1 requires.
func readStructure(t *testing.T, text string) parsedStructure {
	t.Helper()
	var root xnode
	if err := xml.Unmarshal([]byte(text), &root); err != nil {
		t.Fatalf("structure message is not XML: %v", err)
	}
	const mes, str, com = nsMessage, nsStructure, nsCommon
	if root.XMLName != (xml.Name{Space: mes, Local: "Structure"}) {
		t.Fatalf("root element %v, want message:Structure", root.XMLName)
	}
	if got := root.kidNames(); !slices.Equal(got, []string{"Header", "Structures"}) {
		t.Errorf("Structure holds %v, want Header, Structures", got)
	}
	header, _ := root.kid(mes, "Header")
	for _, name := range []string{"ID", "Test", "Prepared", "Sender"} {
		k, ok := header.kid(mes, name)
		if !ok {
			t.Errorf("Header lacks %s", name)
		}
		if name == "Sender" && !idType.MatchString(k.attr("id")) {
			t.Errorf("Sender id %q", k.attr("id"))
		}
	}
	if p, _ := header.kid(mes, "Prepared"); p.Text != "" {
		if _, err := time.Parse("2006-01-02T15:04:05", p.Text); err != nil {
			t.Errorf("Prepared %q is not a dateTime: %v", p.Text, err)
		}
	}
	structures, _ := root.kid(mes, "Structures")
	// StructuresType is a sequence: its children in the schema's order.
	order := []string{"OrganisationSchemes", "Dataflows", "Metadataflows", "CategorySchemes", "Categorisations",
		"Codelists", "HierarchicalCodelists", "Concepts", "MetadataStructures", "DataStructures"}
	last := -1
	for _, name := range structures.kidNames() {
		i := slices.Index(order, name)
		if i <= last {
			t.Errorf("Structures: %s out of the schema's order %v", name, order)
		}
		last = i
	}

	// Every maintainable artefact has an ID, an agency, a version and a
	// name; the agency is declared in an agency scheme.
	agencies := map[string]bool{"SDMX": true}
	for _, a := range root.all(str, "Agency") {
		agencies[a.attr("id")] = true
	}
	type key struct{ class, agency, id, version string }
	artefacts := map[key]xnode{}
	for _, class := range []string{"AgencyScheme", "Codelist", "ConceptScheme", "DataStructure", "Dataflow"} {
		for _, m := range root.all(str, class) {
			k := key{class, m.attr("agencyID"), m.attr("id"), m.attr("version")}
			switch {
			case !idType.MatchString(k.id), !versionType.MatchString(k.version):
				t.Errorf("%s id %q version %q", class, k.id, k.version)
			case !agencies[k.agency]:
				t.Errorf("%s %s: agency %q is not declared", class, k.id, k.agency)
			case len(m.all(com, "Name")) == 0:
				t.Errorf("%s %s has no Name", class, k.id)
			}
			if _, dup := artefacts[k]; dup {
				t.Errorf("%s %s:%s(%s) twice", class, k.agency, k.id, k.version)
			}
			artefacts[k] = m
		}
	}
	resolve := func(where string, r xnode, class string) (xnode, bool) {
		if r.XMLName.Local != "Ref" || r.attr("class") != class {
			t.Errorf("%s: reference %v to class %q, want a Ref to a %s", where, r.XMLName, r.attr("class"), class)
			return xnode{}, false
		}
		if class == "Concept" {
			scheme, ok := artefacts[key{"ConceptScheme", r.attr("agencyID"), r.attr("maintainableParentID"), r.attr("maintainableParentVersion")}]
			if ok {
				for _, c := range scheme.all(str, "Concept") {
					if c.attr("id") == r.attr("id") {
						return c, true
					}
				}
			}
		} else if m, ok := artefacts[key{class, r.attr("agencyID"), r.attr("id"), r.attr("version")}]; ok {
			return m, true
		}
		t.Errorf("%s: %s %s does not resolve", where, class, r.attr("id"))
		return xnode{}, false
	}

	p := parsedStructure{codelists: map[string][]string{}, codelistOf: map[string]string{},
		textTypeOf: map[string]string{}, mandatory: map[string]bool{}}
	for k, cl := range artefacts {
		if k.class != "Codelist" {
			continue
		}
		var codes []string
		for _, c := range cl.all(str, "Code") {
			id := c.attr("id")
			if !idType.MatchString(id) || slices.Contains(codes, id) {
				t.Errorf("%s: code %q is invalid or twice", k.id, id)
			}
			if _, ok := c.kid(com, "Name"); !ok {
				t.Errorf("%s: code %s has no Name", k.id, id)
			}
			codes = append(codes, id)
		}
		for _, c := range cl.all(str, "Code") {
			if parent, ok := c.kid(str, "Parent"); ok {
				if r, _ := parent.kid("", "Ref"); !slices.Contains(codes, r.attr("id")) {
					t.Errorf("%s: the parent %q of %s is not in the list", k.id, r.attr("id"), c.attr("id"))
				}
			}
		}
		p.codelists[k.id] = codes
	}
	for _, want := range []string{"CL_AREA", "CL_INDICATOR", "CL_MEASURE", "CL_UNIT", "CL_STATUS", "CL_OBS_STATUS"} {
		if len(p.codelists[want]) == 0 {
			t.Errorf("no code list %s", want)
		}
	}

	var dsd xnode
	dsds := root.all(str, "DataStructure")
	if len(dsds) != 1 {
		t.Fatalf("%d data structures, want 1", len(dsds))
	}
	dsd = dsds[0]
	comps, ok := dsd.kid(str, "DataStructureComponents")
	if !ok {
		t.Fatal("DataStructure has no DataStructureComponents")
	}
	if got := comps.kidNames(); !slices.Equal(got, []string{"DimensionList", "AttributeList", "MeasureList"}) {
		t.Errorf("DataStructureComponents holds %v", got)
	}
	component := func(c xnode) {
		id := c.attr("id")
		if !ncNameIDType.MatchString(id) || slices.Contains(p.columns, id) {
			t.Errorf("component id %q is invalid or twice", id)
		}
		p.columns = append(p.columns, id)
		ci, ok := c.kid(str, "ConceptIdentity")
		if !ok || len(ci.Kids) != 1 {
			t.Errorf("%s has no ConceptIdentity", id)
		} else if concept, ok := resolve(id, ci.Kids[0], "Concept"); ok && concept.attr("id") != id {
			t.Errorf("%s has concept %s", id, concept.attr("id"))
		}
		lr, ok := c.kid(str, "LocalRepresentation")
		if !ok || len(lr.Kids) != 1 {
			t.Errorf("%s has no LocalRepresentation", id)
			return
		}
		switch r := lr.Kids[0]; r.XMLName.Local {
		case "Enumeration":
			if len(r.Kids) == 1 {
				if cl, ok := resolve(id, r.Kids[0], "Codelist"); ok {
					p.codelistOf[id] = cl.attr("id")
				}
			}
		case "TextFormat":
			if !slices.Contains(textTypes, r.attr("textType")) {
				t.Errorf("%s: text type %q", id, r.attr("textType"))
			}
			p.textTypeOf[id] = r.attr("textType")
		default:
			t.Errorf("%s: representation %s", id, r.XMLName.Local)
		}
	}
	dims, _ := comps.kid(str, "DimensionList")
	if dims.attr("id") != "DimensionDescriptor" {
		t.Errorf("DimensionList id %q", dims.attr("id"))
	}
	for i, d := range dims.Kids {
		if d.attr("position") != strconv.Itoa(i+1) {
			t.Errorf("dimension %s at position %q, want %d", d.attr("id"), d.attr("position"), i+1)
		}
		isTime := d.XMLName.Local == "TimeDimension"
		if isTime != (i == len(dims.Kids)-1) || isTime && d.attr("id") != "TIME_PERIOD" {
			t.Errorf("dimension %d is %s %s: the time dimension TIME_PERIOD comes last", i+1, d.XMLName.Local, d.attr("id"))
		}
		component(d)
	}
	measures, _ := comps.kid(str, "MeasureList")
	pm, ok := measures.kid(str, "PrimaryMeasure")
	if measures.attr("id") != "MeasureDescriptor" || !ok || pm.attr("id") != "OBS_VALUE" {
		t.Errorf("MeasureList %q with primary measure %q, want MeasureDescriptor and OBS_VALUE", measures.attr("id"), pm.attr("id"))
	}
	component(pm)
	attrs, _ := comps.kid(str, "AttributeList")
	if attrs.attr("id") != "AttributeDescriptor" {
		t.Errorf("AttributeList id %q", attrs.attr("id"))
	}
	for _, a := range attrs.Kids {
		switch a.attr("assignmentStatus") {
		case "Mandatory":
			p.mandatory[a.attr("id")] = true
		case "Conditional":
		default:
			t.Errorf("attribute %s: assignmentStatus %q", a.attr("id"), a.attr("assignmentStatus"))
		}
		rel, ok := a.kid(str, "AttributeRelationship")
		if !ok || len(rel.Kids) != 1 {
			t.Errorf("attribute %s has no AttributeRelationship", a.attr("id"))
		} else if m, _ := rel.Kids[0].kid("", "Ref"); rel.Kids[0].XMLName.Local == "PrimaryMeasure" && m.attr("id") != "OBS_VALUE" {
			t.Errorf("attribute %s relates to %q", a.attr("id"), m.attr("id"))
		}
		component(a)
	}

	flows := root.all(str, "Dataflow")
	if len(flows) != 1 {
		t.Fatalf("%d dataflows, want 1", len(flows))
	}
	s, _ := flows[0].kid(str, "Structure")
	if len(s.Kids) != 1 {
		t.Fatal("the dataflow has no Structure")
	}
	if target, ok := resolve("Dataflow", s.Kids[0], "DataStructure"); ok && target.attr("id") != dsd.attr("id") {
		t.Errorf("the dataflow's structure is %s", target.attr("id"))
	}
	f := flows[0]
	p.dataflow = f.attr("agencyID") + ":" + f.attr("id") + "(" + f.attr("version") + ")"
	return p
}

// TestSDMXStructure parses the structure message and checks what
// SDMX-ML 2.1 requires of it (readStructure).
func TestSDMXStructure(t *testing.T) {
	text, _ := export(t, "-format", "sdmx-dsd")
	p := readStructure(t, text)
	want := []string{"REF_AREA", "INDICATOR", "MEASURE", "BENCHMARK", "STATUS", "VARIANT", "TIME_PERIOD", "OBS_VALUE"}
	if len(p.columns) < len(want) || !slices.Equal(p.columns[:len(want)], want) {
		t.Errorf("components %v, want them to begin %v", p.columns, want)
	}
}

// sdmxTime matches TIME_PERIOD in SDMX 2.1's forms: a gYear, a reporting
// quarter, a gYearMonth, a date, or a time range (a date and a duration).
var sdmxTime = regexp.MustCompile(`^(\d{4})(?:-Q([1-4])|-(\d{2})(?:-(\d{2}))?)?$|^(\d{4}-\d{2}-\d{2})/P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)D)?$`)

// timeSpan returns the first and last day of an SDMX TIME_PERIOD, or an
// error if it is not one.
func timeSpan(s string) (start, end time.Time, ok bool) {
	m := sdmxTime.FindStringSubmatch(s)
	if m == nil {
		return
	}
	date := func(s string) (time.Time, bool) {
		d, err := time.Parse("2006-01-02", s)
		return d, err == nil
	}
	switch {
	case m[5] != "":
		var y, mo, d int
		y, _ = strconv.Atoi(m[6])
		mo, _ = strconv.Atoi(m[7])
		d, _ = strconv.Atoi(m[8])
		if start, ok = date(m[5]); !ok || y+mo+d == 0 {
			return start, end, false
		}
		return start, start.AddDate(y, mo, d-1), true
	case m[2] != "":
		q, _ := strconv.Atoi(m[2])
		start, ok = date(m[1] + "-" + []string{"01", "04", "07", "10"}[q-1] + "-01")
		return start, start.AddDate(0, 3, -1), ok
	case m[4] != "":
		start, ok = date(s)
		return start, start, ok
	case m[3] != "":
		start, ok = date(s + "-01")
		return start, start.AddDate(0, 1, -1), ok
	}
	start, ok = date(m[1] + "-01-01")
	return start, start.AddDate(1, 0, -1), ok
}

// TestSDMXCSV checks the SDMX-CSV against the structure: its columns are
// DATAFLOW and the structure's components in order, every code is in its
// code list, every value has its component's text type, mandatory
// attributes are given, TIME_PERIOD is valid, and no series key and period
// occurs twice. The facts without a period are the ones left out.
func TestSDMXCSV(t *testing.T) {
	dsd, _ := export(t, "-format", "sdmx-dsd")
	p := readStructure(t, dsd)
	text, stderr := export(t, "-format", "sdmx-csv", "-derived")
	if strings.Count(text, "\r\n") != strings.Count(text, "\n") {
		t.Error("the SDMX-CSV does not end every line with CRLF")
	}
	rows, err := csv.NewReader(strings.NewReader(text)).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if want := append([]string{"DATAFLOW"}, p.columns...); !slices.Equal(rows[0], want) {
		t.Fatalf("SDMX-CSV header %v, want %v", rows[0], want)
	}
	col := map[string]int{}
	for i, h := range rows[0] {
		col[h] = i
	}
	nDims := slices.Index(p.columns, "TIME_PERIOD") + 1
	seen := map[string]int{}
	for n, row := range rows[1:] {
		line := n + 2
		if row[0] != p.dataflow {
			t.Errorf("line %d: DATAFLOW %q, want %q", line, row[0], p.dataflow)
		}
		for _, id := range p.columns {
			v := row[col[id]]
			if v == "" {
				if p.mandatory[id] || slices.Index(p.columns, id) <= nDims {
					t.Errorf("line %d: %s is empty", line, id)
				}
				continue
			}
			if cl, ok := p.codelistOf[id]; ok && !slices.Contains(p.codelists[cl], v) {
				t.Errorf("line %d: %s %q is not in %s", line, id, v, cl)
			}
			var bad bool
			switch p.textTypeOf[id] {
			case "Integer":
				_, err := strconv.Atoi(v)
				bad = err != nil
			case "Decimal":
				bad = !regexp.MustCompile(`^` + decimalPattern + `$`).MatchString(v)
			case "Boolean":
				bad = v != "true" && v != "false"
			case "ObservationalTimePeriod":
				_, _, ok := timeSpan(v)
				bad = !ok
			}
			if bad {
				t.Errorf("line %d: %s %q is not a valid %s", line, id, v, p.textTypeOf[id])
			}
		}
		key := strings.Join(row[:nDims+1], ",")
		if first, dup := seen[key]; dup {
			t.Errorf("line %d: the key %s is on line %d too", line, key, first)
		}
		seen[key] = line
	}
	undated := 0
	for _, r := range records(jinan.Default(), true) {
		if r.TimePeriod == "" {
			undated++
		}
	}
	if got := len(rows) - 1 + undated; got != len(records(jinan.Default(), true)) {
		t.Errorf("%d observations and %d undated facts, want %d facts", len(rows)-1, undated, len(records(jinan.Default(), true)))
	}
	if want := strconv.Itoa(undated) + " facts without a period left out"; !strings.Contains(stderr, want) {
		t.Errorf("stderr %q lacks %q", stderr, want)
	}
	t.Logf("%d observations, %d distinct keys, %d facts without a period left out", len(rows)-1, len(seen), undated)
}

// TestSDMXValues checks each observation against its fact: OBS_VALUE ×
// 10^UNIT_MULT is the fact's amount exactly (tenths and fractions in
// percent, a fraction within the rounding of DECIMALS and exactly in
// OBS_FRACTION), a range's high end is OBS_HIGH, and TIME_PERIOD covers the
// fact's days.
func TestSDMXValues(t *testing.T) {
	text, _ := export(t, "-format", "sdmx-csv", "-derived")
	rows, err := csv.NewReader(strings.NewReader(text)).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	col := map[string]int{}
	for i, h := range rows[0] {
		col[h] = i
	}
	c := jinan.Default()
	rat := func(s string) *big.Rat {
		r, ok := new(big.Rat).SetString(s)
		if !ok {
			t.Fatalf("%q is not a decimal", s)
		}
		return r
	}
	pow := func(n int) *big.Rat {
		return new(big.Rat).SetInt(new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(n)), nil))
	}
	byID := map[string][]string{}
	for _, row := range rows[1:] {
		get := func(id string) string { return row[col[id]] }
		byID[get("FACT_ID")] = row
		f, ok := c.Fact(get("FACT_ID"))
		if !ok {
			t.Errorf("FACT_ID %s is no fact", get("FACT_ID"))
			continue
		}
		r := f.Record()
		mult, _ := strconv.Atoi(get("UNIT_MULT"))
		got := new(big.Rat).Mul(rat(get("OBS_VALUE")), pow(mult))
		want := new(big.Rat).Mul(rat(r.Value), pow(r.Multiplier))
		switch r.Unit {
		case "tenth":
			want.Mul(want, big.NewRat(10, 1))
		case "ratio":
			den, _ := strconv.ParseInt(r.Denominator, 10, 64)
			want.Mul(want, big.NewRat(100, den))
			if get("OBS_FRACTION") != want.RatString() {
				t.Errorf("%s: OBS_FRACTION %q, want %s", r.ID, get("OBS_FRACTION"), want.RatString())
			}
			// OBS_VALUE is within half a unit of its last decimal.
			places, _ := strconv.Atoi(get("DECIMALS"))
			diff := new(big.Rat).Sub(got, want)
			if diff.Abs(diff).Cmp(new(big.Rat).Quo(big.NewRat(1, 2), pow(places))) > 0 {
				t.Errorf("%s: OBS_VALUE %s is not %s rounded to %d places", r.ID, get("OBS_VALUE"), want.RatString(), places)
			}
			got = want
		default:
			if get("OBS_VALUE") != r.Value || get("DECIMALS") != strconv.Itoa(printedDecimals(r.Value)) {
				t.Errorf("%s: OBS_VALUE %s DECIMALS %s, want the printed %s", r.ID, get("OBS_VALUE"), get("DECIMALS"), r.Value)
			}
		}
		if got.Cmp(want) != 0 {
			t.Errorf("%s: OBS_VALUE %s × 10^%d is not %s", r.ID, get("OBS_VALUE"), mult, want.RatString())
		}
		if (r.ValueHigh != "") != (get("OBS_HIGH") != "") || r.Unit != "tenth" && get("OBS_HIGH") != r.ValueHigh {
			t.Errorf("%s: OBS_HIGH %q, value_high %q", r.ID, get("OBS_HIGH"), r.ValueHigh)
		}
		start, end, ok := timeSpan(get("TIME_PERIOD"))
		p := f.Period()
		if !ok || start.Format(time.DateOnly) != p.Start().String() || end.Format(time.DateOnly) != p.End().String() {
			t.Errorf("%s: TIME_PERIOD %s covers %v to %v, want %v", r.ID, get("TIME_PERIOD"), start, end, p)
		}
		if open := get("TIME_END_OPEN") == "true"; open == p.EndPrinted() {
			t.Errorf("%s: TIME_END_OPEN %q for %v", r.ID, get("TIME_END_OPEN"), p)
		}
	}
	for id, want := range map[string][]string{
		// 一季度济南市生产总值为2027.00亿元: the printed digits, 亿 as UNIT_MULT 8.
		"jinan.gdp.level.2020-q1": {"TIME_PERIOD", "2020-Q1", "OBS_VALUE", "2027.00", "UNIT_MULT", "8", "DECIMALS", "2", "UNIT_MEASURE", "CNY"},
		// 前三季度: January–September, nine months.
		"jinan.gdp.level.2020-ytd-09": {"TIME_PERIOD", "2020-01-01/P9M", "OBS_VALUE", "7248.40"},
		// 三分之一 is 100/3 percent.
		"medical-center.total-investment.completion.2020-12-31": {"OBS_VALUE", "33.3333", "DECIMALS", "4", "OBS_FRACTION", "100/3", "UNIT_MEASURE", "PC"},
		// 1.5%—5%: both ends.
		"xinyidai-jinan.loan-subsidy-rate.level.2020-12": {"OBS_VALUE", "1.5", "OBS_HIGH", "5", "OBS_BOUND", "RANGE", "TIME_PERIOD", "2020-12"},
		// 今年以来 in a page of about 2020-04-28.
		"jinan.market-entities.level.2020-sofar": {"TIME_PERIOD", "2020-01-01/P3M28D", "TIME_END_OPEN", "true", "COUNTER", "户"},
		// The second print of 天桥区's completion rate is a variant.
		"tianqiao.foreign-capital.completion-second-print.2021-ytd-10": {"VARIANT", "COMPLETION_SECOND_PRINT", "TIME_PERIOD", "2021-01-01/P10M"},
		// Shandong's growth implied by Jinan's gap: estimated.
		"jinan.trade.gap-shandong.2020-q1/benchmark-growth": {"REF_AREA", "SHANDONG", "MEASURE", "GROWTH", "OBS_VALUE", "-3.6", "OBS_STATUS", "E"},
		// 济北开发区's top 20% of 160: a percentile band of at most 20%.
		"jibei-zone.zone-appraisal.percentile-shandong-zones.2020": {"MEASURE", "PERCENTILE", "UNIT_MEASURE", "PC", "OBS_BOUND", "AT_MOST", "BENCHMARK", "SHANDONG_ZONES"},
	} {
		row, ok := byID[id]
		if !ok {
			t.Errorf("no observation of %s", id)
			continue
		}
		for i := 0; i < len(want); i += 2 {
			if got := row[col[want[i]]]; got != want[i+1] {
				t.Errorf("%s: %s = %q, want %q", id, want[i], got, want[i+1])
			}
		}
	}
}

func TestISODuration(t *testing.T) {
	for _, tt := range []struct {
		start, end jinan.Date
		want       string
	}{
		{jinan.D(2020, 1, 1), jinan.D(2020, 9, 30), "P9M"},
		{jinan.D(2021, 1, 1), jinan.D(2021, 10, 31), "P10M"},
		{jinan.D(2020, 1, 1), jinan.D(2020, 4, 28), "P3M28D"},
		{jinan.D(2018, 1, 1), jinan.D(2020, 12, 31), "P3Y"},
		{jinan.D(2017, 2, 1), jinan.D(2020, 3, 31), "P3Y2M"},
		{jinan.D(2020, 1, 1), jinan.D(2020, 2, 29), "P2M"}, // 2020 was a leap year
		{jinan.D(2019, 8, 26), jinan.D(2020, 12, 31), "P494D"},
		{jinan.D(2020, 1, 1), jinan.D(2020, 1, 1), "P1D"},
	} {
		if got := isoDuration(tt.start, tt.end); got != tt.want {
			t.Errorf("isoDuration(%v, %v) = %s, want %s", tt.start, tt.end, got, tt.want)
		}
	}
}
