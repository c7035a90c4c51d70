package jinan

import (
	"fmt"
	"math"
	"reflect"
	"strconv"
	"strings"

	"github.com/shopspring/decimal"
)

// FactFromRecord reads back a fact from its export: it is the inverse of
// Fact.Record for the facts the catalogue holds, those Fact finds and, for
// a record marked derived, those Derived yields. The record of
// jinan.gdp.level.2020-q1, with value "2027.00", multiplier 8 and unit
// "CNY", gives that fact again, its quantity printing 2027.00亿元.
//
// Each field is checked against its type (the subject, indicator and
// benchmark are IDs of the vocabulary, the value a decimal as printed, the
// unit a unit code, the dates real dates) and then against the record of
// the catalogue's fact of the same ID, which is returned.
//
// A field that does not decode gives an error wrapping ErrSyntax,
// ErrUnknownUnit or ErrRange; a string field over 64 KiB, a value over 40
// bytes or more than 64 sources or inputs is refused with ErrRange before
// any work. A record whose ID is not in the catalogue, or
// that differs in any field from the record of the catalogue's fact of
// that ID (a value of "2027.0" for "2027.00"), describes no fact of the
// catalogue: the error wraps ErrNotFound and names the field.
func (c Catalogue) FactFromRecord(r Record) (Fact, error) {
	fail := func(field string, err error) (Fact, error) {
		return Fact{}, fmt.Errorf("jinan: record %q: %s: %w", clipInput("", r.ID), field, err)
	}
	if field, err := checkRecordSize(r); err != nil {
		return fail(field, err)
	}
	var want Fact
	var ok bool
	if r.Derived {
		want, ok = c.Fact(r.ID)
	} else if f, found := c.readSet().byID[r.ID]; found {
		want, ok = Fact{f}, true
	}
	if !ok {
		return fail("id", ErrNotFound)
	}
	if _, err := ParseSubject(r.Subject); err != nil {
		return fail("subject", err)
	}
	if _, err := ParseIndicator(r.Indicator); err != nil {
		return fail("indicator", err)
	}
	var m Measure
	if err := m.UnmarshalText([]byte(r.Measure)); err != nil {
		return fail("measure", err)
	}
	if _, field, err := quantityFromRecord(r); err != nil {
		return fail(field, err)
	}
	if field, err := periodFromRecord(r); err != nil {
		return fail(field, err)
	}
	var s Status
	if err := s.UnmarshalText([]byte(r.Status)); err != nil {
		return fail("status", err)
	}
	if r.Benchmark != "" {
		if _, err := ParseSubject(r.Benchmark); err != nil {
			return fail("benchmark", err)
		}
	}
	if r.ShareOf != "" {
		if _, err := ParseIndicator(r.ShareOf); err != nil {
			return fail("share_of", err)
		}
	}
	if field := recordDiff(r, want.Record()); field != "" {
		return fail(field, fmt.Errorf("differs from the catalogue's fact: %w", ErrNotFound))
	}
	return want, nil
}

// quantityFromRecord decodes the quantity of r, or says which field does
// not decode.
func quantityFromRecord(r Record) (q Quantity, field string, err error) {
	if q.value, err = decimalFromRecord(r.Value); err != nil {
		return Quantity{}, "value", err
	}
	code := r.Unit
	if code == "count" || code == "rank" || r.Counter != "" {
		code += ":" + r.Counter
	}
	if q.unit, err = ParseUnit(code); err != nil || !q.unit.IsValid() {
		return Quantity{}, "unit", fmt.Errorf("%q: %w", code, ErrUnknownUnit)
	}
	if r.Multiplier < math.MinInt8 || r.Multiplier > math.MaxInt8 {
		return Quantity{}, "multiplier", fmt.Errorf("%d: %w", r.Multiplier, ErrRange)
	}
	q.mag = Magnitude(r.Multiplier)
	if err := q.bound.UnmarshalText([]byte(r.Bound)); err != nil {
		return Quantity{}, "bound", err
	}
	if r.Denominator != "" {
		if q.den, err = strconv.ParseInt(r.Denominator, 10, 64); err != nil || q.den < 2 {
			return Quantity{}, "denominator", fmt.Errorf("%q is not a whole number above 1: %w", r.Denominator, ErrSyntax)
		}
	}
	switch {
	case q.bound == Range:
		if q.high, err = decimalFromRecord(r.ValueHigh); err != nil {
			return Quantity{}, "value_high", err
		}
	case r.ValueHigh != "":
		return Quantity{}, "value_high", fmt.Errorf("%q without a range: %w", r.ValueHigh, ErrSyntax)
	}
	return q, "", nil
}

// maxRecordDigits is the longest value a record may hold: more than any
// printed figure needs, and short enough that decoding it costs nothing.
const maxRecordDigits = 40

// decimalFromRecord decodes a decimal as printed, refusing any other
// spelling of it ("2027.0" for "2027.00" is another decimal; "1e3" and
// "+5" are no spelling Record writes).
func decimalFromRecord(s string) (decimal.Decimal, error) {
	if len(s) > maxRecordDigits {
		return decimal.Decimal{}, fmt.Errorf("%q has more than %d bytes: %w", clipInput("", s), maxRecordDigits, ErrRange)
	}
	if !plainDecimal(s) {
		// Only digits, a minus and one point: "1e2147483647" would make
		// decimal print two billion zeros.
		return decimal.Decimal{}, fmt.Errorf("%q is not a decimal as printed: %w", clipInput("", s), ErrSyntax)
	}
	d, err := decimal.NewFromString(s)
	if err != nil || printed(d) != s {
		return decimal.Decimal{}, fmt.Errorf("%q is not a decimal as printed: %w", clipInput("", s), ErrSyntax)
	}
	return d, nil
}

// plainDecimal reports whether s is digits with an optional leading minus
// and at most one point between digits: "-4.4", "2027.00".
func plainDecimal(s string) bool {
	s = strings.TrimPrefix(s, "-")
	whole, frac, hasPoint := strings.Cut(s, ".")
	digits := func(x string) bool {
		for _, c := range []byte(x) {
			if c < '0' || c > '9' {
				return false
			}
		}
		return x != ""
	}
	return digits(whole) && (!hasPoint || digits(frac))
}

// Limits of a record FactFromRecord reads: no field of a fact is longer,
// and none has more sources or inputs.
const (
	maxRecordField = 1 << 16 // bytes of a string field: the longest note is under 1 KiB
	maxRecordList  = 64      // sources or inputs: no fact has more than 10
)

// checkRecordSize refuses a record past the limits, naming the field.
func checkRecordSize(r Record) (field string, err error) {
	v := reflect.ValueOf(r)
	for i := range v.NumField() {
		name, _, _ := strings.Cut(v.Type().Field(i).Tag.Get("json"), ",")
		if s, ok := v.Field(i).Interface().(string); ok && len(s) > maxRecordField {
			return name, fmt.Errorf("%d bytes, more than %d: %w", len(s), maxRecordField, ErrRange)
		}
	}
	if len(r.Sources) > maxRecordList || len(r.Inputs) > maxRecordList {
		return "sources", fmt.Errorf("%d sources and %d inputs, more than %d: %w", len(r.Sources), len(r.Inputs), maxRecordList, ErrRange)
	}
	for _, s := range r.Sources {
		if len(s.File)+len(s.Quote) > maxRecordField {
			return "sources", fmt.Errorf("a source of %d bytes, more than %d: %w", len(s.File)+len(s.Quote), maxRecordField, ErrRange)
		}
	}
	return "", nil
}

// periodFromRecord checks that the period fields of r decode, or says
// which does not.
func periodFromRecord(r Record) (field string, err error) {
	if r.PeriodKind != "" && nameIndex(periodKindNames[:], r.PeriodKind) == 0 {
		return "period_kind", fmt.Errorf("period kind %q: %w", clipInput("", r.PeriodKind), ErrSyntax)
	}
	for _, f := range [...]struct{ name, value string }{{"period_start", r.PeriodStart}, {"period_end", r.PeriodEnd}} {
		if f.value == "" {
			continue
		}
		if _, err := parseDate(f.value); err != nil {
			return f.name, fmt.Errorf("%w: %w", err, ErrSyntax)
		}
	}
	return "", nil
}

// recordDiff returns the JSON name of the first field in which a and b
// differ, or "". Inputs that are nil and empty are the same.
func recordDiff(a, b Record) string {
	if len(a.Inputs) == 0 && len(b.Inputs) == 0 {
		a.Inputs, b.Inputs = nil, nil
	}
	va, vb := reflect.ValueOf(a), reflect.ValueOf(b)
	for i := range va.NumField() {
		if !reflect.DeepEqual(va.Field(i).Interface(), vb.Field(i).Interface()) {
			name, _, _ := strings.Cut(va.Type().Field(i).Tag.Get("json"), ",")
			return name
		}
	}
	return ""
}
