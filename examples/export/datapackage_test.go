package main

import (
	"encoding/csv"
	"encoding/json"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/jinanfacts/jinan"
)

// checkTable checks the CSV text against the Table Schema s: CRLF line
// ends, a header of the schema's field names in order, and every value of
// its field's type, constraints and missing values; the primary key is
// unique. It returns the rows after the header.
func checkTable(t *testing.T, name, text string, s schema) [][]string {
	t.Helper()
	if strings.Count(text, "\r\n") != strings.Count(text, "\n") || !strings.HasSuffix(text, "\r\n") {
		t.Errorf("%s: not every line ends with CRLF", name)
	}
	rows, err := csv.NewReader(strings.NewReader(text)).ReadAll()
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	var names []string
	for _, f := range s.Fields {
		names = append(names, f.Name)
	}
	if !slices.Equal(rows[0], names) {
		t.Fatalf("%s: header %v\nTable Schema fields %v", name, rows[0], names)
	}
	keys := map[string]bool{}
	for n, row := range rows[1:] {
		where := name + " line " + strconv.Itoa(n+2)
		var key []string
		for i, f := range s.Fields {
			v := row[i]
			if slices.Contains(s.PrimaryKey, f.Name) {
				key = append(key, v)
			}
			if slices.Contains(s.MissingValues, v) {
				if f.Constraints != nil && f.Constraints.Required {
					t.Errorf("%s: %s is required and empty", where, f.Name)
				}
				continue
			}
			var bad bool
			switch f.Type {
			case "integer":
				_, err := strconv.ParseInt(v, 10, 64)
				bad = err != nil
			case "boolean":
				bad = !slices.Contains(f.TrueValues, v) && !slices.Contains(f.FalseValues, v)
			case "date":
				_, err := time.Parse(time.DateOnly, v)
				bad = err != nil
			case "array":
				var a []any
				bad = json.Unmarshal([]byte(v), &a) != nil
			case "string":
			default:
				t.Fatalf("%s: field %s has type %q", name, f.Name, f.Type)
			}
			if c := f.Constraints; c != nil {
				if c.Pattern != "" && !regexp.MustCompile(`^(?:`+c.Pattern+`)$`).MatchString(v) {
					bad = true
				}
				if len(c.Enum) > 0 && !slices.Contains(c.Enum, v) {
					bad = true
				}
			}
			if bad {
				t.Errorf("%s: %s %q is not a valid %s", where, f.Name, v, f.Type)
			}
		}
		k := strings.Join(key, "\x00")
		if keys[k] {
			t.Errorf("%s: primary key %q twice", where, key)
		}
		keys[k] = true
	}
	return rows[1:]
}

// readDescriptor runs -format datapackage and decodes datapackage.json.
func readDescriptor(t *testing.T) dataPackage {
	t.Helper()
	text, _ := export(t, "-format", "datapackage")
	var d dataPackage
	dec := json.NewDecoder(strings.NewReader(text))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&d); err != nil {
		t.Fatalf("datapackage.json: %v", err)
	}
	if d.Profile != "tabular-data-package" || len(d.Resources) != 2 || len(d.Licenses) == 0 {
		t.Fatalf("datapackage.json: profile %q, %d resources, licenses %v", d.Profile, len(d.Resources), d.Licenses)
	}
	return d
}

// TestDataPackageDescribesTheCSV checks the CSV export, facts only and
// with the derived facts, against the Table Schema that datapackage.json
// gives it, and that the CSV carries what JSON Lines does: every source
// with its quote, every input.
func TestDataPackageDescribesTheCSV(t *testing.T) {
	d := readDescriptor(t)
	facts := d.Resources[0]
	if facts.Path != factsPath || facts.Dialect.LineTerminator != "\r\n" {
		t.Errorf("facts resource: path %q, line terminator %q", facts.Path, facts.Dialect.LineTerminator)
	}
	for _, args := range [][]string{{"-format", "csv"}, {"-format", "csv", "-derived"}} {
		text, _ := export(t, args...)
		rows := checkTable(t, strings.Join(args, " "), text, facts.Schema)
		rs := records(jinan.Default(), len(args) == 3)
		if len(rows) != len(rs) {
			t.Fatalf("%v: %d rows for %d facts", args, len(rows), len(rs))
		}
		src, in, val := slices.Index(csvHeader, "sources"), slices.Index(csvHeader, "inputs"), slices.Index(csvHeader, "value")
		for i, r := range rs {
			var sources []jinan.RecordSource
			var inputs []string
			if err := json.Unmarshal([]byte(rows[i][src]), &sources); err != nil || !slices.Equal(sources, r.Sources) {
				t.Errorf("%s: sources %s, want %v", r.ID, rows[i][src], r.Sources)
			}
			if err := json.Unmarshal([]byte(rows[i][in]), &inputs); err != nil || !slices.Equal(inputs, r.Inputs) {
				t.Errorf("%s: inputs %s, want %v", r.ID, rows[i][in], r.Inputs)
			}
			if rows[i][val] != r.Value {
				t.Errorf("%s: value %q, want the printed %q", r.ID, rows[i][val], r.Value)
			}
		}
	}
	// 2027.00 keeps its printed decimals, and the quote travels with it.
	text, _ := export(t, "-format", "csv")
	if !strings.Contains(text, `jinan.gdp.level.2020-q1,jinan,370100,gdp,level,2027.00,`) ||
		!strings.Contains(text, `""quote"":""一季度济南市生产总值为2027.00亿元""`) {
		t.Error("the CSV lacks Jinan's Q1 2020 GDP as printed, with its quote")
	}
}

// TestDataPackageDescribesTheSDMXCSV checks the SDMX-CSV against its Table
// Schema, whose primary key is the series key and the period.
func TestDataPackageDescribesTheSDMXCSV(t *testing.T) {
	d := readDescriptor(t)
	obs := d.Resources[1]
	if obs.Path != sdmxPath {
		t.Errorf("observations resource: path %q", obs.Path)
	}
	text, _ := export(t, "-format", "sdmx-csv", "-derived")
	checkTable(t, "sdmx-csv", text, obs.Schema)
}

// TestJSONLinesHasTheWholeSchema checks that every line of both JSON Lines
// exports has every field of the Record schema, and null, never "", where
// empty: the same columns for facts and derived facts.
func TestJSONLinesHasTheWholeSchema(t *testing.T) {
	for _, args := range [][]string{{}, {"-derived"}} {
		text, _ := export(t, args...)
		for n, line := range strings.Split(strings.TrimSuffix(text, "\n"), "\n") {
			var m map[string]any
			if err := json.Unmarshal([]byte(line), &m); err != nil {
				t.Fatalf("%v line %d: %v", args, n+1, err)
			}
			for _, name := range csvHeader {
				v, ok := m[name]
				if !ok || v == "" {
					t.Errorf("%v line %d: %s is %#v (present %v)", args, n+1, name, v, ok)
				}
			}
			if len(m) != len(csvHeader) {
				t.Errorf("%v line %d: %d fields, want %d", args, n+1, len(m), len(csvHeader))
			}
		}
	}
}
