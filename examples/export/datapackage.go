package main

import (
	"encoding/json"
	"io"

	"github.com/jinanfacts/jinan"
)

// The files the data package describes, as the export writes them:
//
//	go run ./examples/export -format csv -derived > facts.csv
//	go run ./examples/export -format sdmx-csv -derived > facts.sdmx.csv
const (
	factsPath = "facts.csv"
	sdmxPath  = "facts.sdmx.csv"
)

// sdmxTimePattern is TIME_PERIOD in the SDMX forms the export writes: a
// year, quarter, month or day, or a start date and an ISO 8601 duration.
const sdmxTimePattern = `[0-9]{4}(-Q[1-4]|-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?|` +
	`[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])/P([0-9]+Y)?([0-9]+M)?([0-9]+D)?`

// The Frictionless Data Package descriptor (datapackage.json), in the
// Tabular Data Package profile: https://specs.frictionlessdata.io/.
type (
	dataPackage struct {
		Profile     string     `json:"profile"`
		Name        string     `json:"name"`
		Title       string     `json:"title"`
		Description string     `json:"description"`
		Homepage    string     `json:"homepage"`
		Licenses    []license  `json:"licenses"`
		Sources     []source   `json:"sources"`
		Resources   []resource `json:"resources"`
	}
	license struct {
		Name  string `json:"name"`
		Path  string `json:"path"`
		Title string `json:"title"`
	}
	source struct {
		Title string `json:"title"`
		Path  string `json:"path,omitempty"`
	}
	resource struct {
		Profile     string  `json:"profile"`
		Name        string  `json:"name"`
		Path        string  `json:"path"`
		Title       string  `json:"title"`
		Description string  `json:"description"`
		Format      string  `json:"format"`
		Mediatype   string  `json:"mediatype"`
		Encoding    string  `json:"encoding"`
		Dialect     dialect `json:"dialect"`
		Schema      schema  `json:"schema"`
	}
	dialect struct {
		Delimiter      string `json:"delimiter"`
		LineTerminator string `json:"lineTerminator"`
		QuoteChar      string `json:"quoteChar"`
		DoubleQuote    bool   `json:"doubleQuote"`
		Header         bool   `json:"header"`
	}
	schema struct {
		Fields        []field  `json:"fields"`
		MissingValues []string `json:"missingValues"`
		PrimaryKey    []string `json:"primaryKey"`
	}
	field struct {
		Name        string       `json:"name"`
		Type        string       `json:"type"`
		Format      string       `json:"format"`
		Description string       `json:"description"`
		TrueValues  []string     `json:"trueValues,omitempty"`
		FalseValues []string     `json:"falseValues,omitempty"`
		Constraints *constraints `json:"constraints,omitempty"`
	}
	constraints struct {
		Required bool     `json:"required,omitempty"`
		Unique   bool     `json:"unique,omitempty"`
		Pattern  string   `json:"pattern,omitempty"`
		Enum     []string `json:"enum,omitempty"`
	}
)

// newField returns a Table Schema field.
func newField(name, typ, desc string, required bool, pattern string, enum []string) field {
	f := field{Name: name, Type: typ, Format: "default", Description: desc}
	if typ == "boolean" {
		f.TrueValues, f.FalseValues = []string{"true"}, []string{"false"}
	}
	if required || pattern != "" || len(enum) > 0 {
		f.Constraints = &constraints{Required: required, Pattern: pattern, Enum: enum}
	}
	return f
}

// factsSchema is the Table Schema of facts.csv, written from columns.
func factsSchema() schema {
	s := schema{MissingValues: []string{""}, PrimaryKey: []string{"id"}}
	for _, c := range columns {
		f := newField(c.name, c.typ, c.description, c.required, c.pattern, c.enum)
		if c.name == "id" {
			f.Constraints.Unique = true
		}
		s.Fields = append(s.Fields, f)
	}
	return s
}

// sdmxSchema is the Table Schema of facts.sdmx.csv, written from the data
// structure: coded columns take the codes of their code list, and the
// series key with the period is the primary key.
func sdmxSchema(c jinan.Catalogue) schema {
	codes := map[string][]string{}
	for _, cl := range codelists(c) {
		for _, sc := range cl.codes {
			codes[cl.id] = append(codes[cl.id], sc.id)
		}
	}
	s := schema{MissingValues: []string{""}}
	s.Fields = append(s.Fields, newField("DATAFLOW", "string", "The dataflow, agency:id(version).", true, "", []string{dataflowRef}))
	s.PrimaryKey = append(s.PrimaryKey, "DATAFLOW")
	for _, comp := range components {
		typ, pattern := "string", ""
		switch comp.textType {
		case "Integer":
			typ = "integer"
		case "Boolean":
			typ = "boolean"
		case "Decimal":
			pattern = decimalPattern
		case "ObservationalTimePeriod":
			pattern = sdmxTimePattern
		}
		s.Fields = append(s.Fields, newField(comp.id, typ, comp.name+": "+comp.desc, comp.mandatory, pattern, codes[comp.codelist]))
		if comp.role == dimension || comp.role == timeDimension {
			s.PrimaryKey = append(s.PrimaryKey, comp.id)
		}
	}
	return s
}

// descriptor returns the data package of the CSV and SDMX-CSV exports.
func descriptor(c jinan.Catalogue) dataPackage {
	d := dataPackage{
		Profile: "tabular-data-package",
		Name:    "jinan-facts",
		Title:   "Jinan's economy: every figure of five Chinese newspaper pages (2020–2021)",
		Description: "Every figure of five newspaper pages about the economy of Jinan, capital of Shandong, " +
			"as typed facts with their verbatim quotes and byte spans, and the facts derived from them. " +
			"Amounts are decimals as printed, kept as text so that no reader rounds them (2027.00 stays 2027.00).",
		Homepage: "https://github.com/jinanfacts/jinan",
		Licenses: []license{{Name: "Apache-2.0", Path: "https://www.apache.org/licenses/LICENSE-2.0",
			Title: "Apache License 2.0 (the curation; the quoted pages belong to their newspapers, see NOTICE)"}},
	}
	for _, doc := range jinan.Documents() {
		d.Sources = append(d.Sources, source{Title: doc.Newspaper + ", " + doc.Title + " (" + doc.File + ", published about " + doc.Published.String() + ")"})
	}
	csvDialect := dialect{Delimiter: ",", LineTerminator: "\r\n", QuoteChar: `"`, DoubleQuote: true, Header: true}
	d.Resources = []resource{
		{
			Profile: "tabular-data-resource", Name: "facts", Path: factsPath,
			Title:       "Facts, one jinan.Record per row",
			Description: "go run ./examples/export -format csv -derived: the fields of jinan.Record in its order; null is an empty field.",
			Format:      "csv", Mediatype: "text/csv", Encoding: "utf-8", Dialect: csvDialect, Schema: factsSchema(),
		},
		{
			Profile: "tabular-data-resource", Name: "observations", Path: sdmxPath,
			Title: "SDMX-CSV observations of " + dataflowRef,
			Description: "go run ./examples/export -format sdmx-csv -derived: SDMX-CSV version 1; " +
				"the data structure is go run ./examples/export -format sdmx-dsd.",
			Format: "csv", Mediatype: "text/csv", Encoding: "utf-8", Dialect: csvDialect, Schema: sdmxSchema(c),
		},
	}
	return d
}

// writeDataPackage writes datapackage.json.
func writeDataPackage(w io.Writer, c jinan.Catalogue) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	return enc.Encode(descriptor(c))
}
