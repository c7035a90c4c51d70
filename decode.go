package jinan

import (
	"fmt"
	"math"
	"reflect"
	"strconv"
	"strings"
	"time"

	"github.com/shopspring/decimal"
)

// FactFromRecord reads back a fact from its export: it is the inverse of
// Fact.Record for the facts the catalogue holds, those Fact finds and, for
// a record marked derived, those Derived yields. The record of
// jinan.gdp.level.2020-q1, with value "2027.00", multiplier 8 and unit
// "CNY", gives that fact again, its quantity printing 2027.00亿元.
//
// Each field is decoded into its type: the subject, indicator and
// benchmark by ID among the catalogue's facts, the quantity from value,
// denominator, unit, counter, multiplier, bound and value_high, the period
// from its kind, dates and label. A Record does not carry a fact's Versus,
// RankOf, nor why a period's year was inferred; those come from the
// catalogue's fact of the same ID.
//
// A field that does not decode gives an error wrapping ErrSyntax,
// ErrUnknownUnit or ErrRange. A record whose ID is not in the catalogue, or
// that differs in any field from the record of the catalogue's fact of
// that ID (a value of "2027.0" for "2027.00"), describes no fact of the
// catalogue: the error wraps ErrNotFound and names the field.
func (c *Catalogue) FactFromRecord(r Record) (Fact, error) {
	fail := func(field string, err error) (Fact, error) {
		return Fact{}, fmt.Errorf("jinan: record %q: %s: %w", r.ID, field, err)
	}
	want, ok := c.Fact(r.ID)
	if !ok && r.Derived {
		want, ok = c.derivedByID(r.ID)
	}
	if !ok {
		return fail("id", ErrNotFound)
	}
	subject, err := c.Subject(r.Subject)
	if err != nil {
		return fail("subject", err)
	}
	indicator, err := c.Indicator(r.Indicator)
	if err != nil {
		return fail("indicator", err)
	}
	measure, err := byName(r.Measure, measureNames[:], "measure")
	if err != nil {
		return fail("measure", err)
	}
	q, field, err := quantityFromRecord(r)
	if err != nil {
		return fail(field, err)
	}
	period, field, err := periodFromRecord(r, want.key.Period)
	if err != nil {
		return fail(field, err)
	}
	status, err := byName(r.Status, []string{Observed: Observed.String(), Planned: Planned.String()}, "status")
	if err != nil {
		return fail("status", err)
	}
	var benchmark Subject
	if r.Benchmark != "" {
		if benchmark, err = c.Subject(r.Benchmark); err != nil {
			return fail("benchmark", err)
		}
	}
	var shareOf Indicator
	if r.ShareOf != "" {
		if shareOf, err = c.Indicator(r.ShareOf); err != nil {
			return fail("share_of", err)
		}
	}
	sources := make([]Source, len(r.Sources))
	for i, s := range r.Sources {
		sources[i] = Source(s)
	}
	var inputs []string
	if len(r.Inputs) > 0 {
		inputs = append(inputs, r.Inputs...)
	}
	got := Fact{
		id:        r.ID,
		key:       Key{Subject: subject, Indicator: indicator, Measure: Measure(measure), Period: period},
		quantity:  q,
		status:    Status(status),
		benchmark: benchmark,
		shareOf:   shareOf,
		versus:    want.versus,
		rankOf:    want.rankOf,
		sources:   sources,
		derived:   r.Derived,
		inputs:    inputs,
		formula:   r.Formula,
		note:      r.Note,
	}
	if field := recordDiff(r, want.Record()); field != "" {
		return fail(field, fmt.Errorf("differs from the catalogue's fact: %w", ErrNotFound))
	}
	if !got.Equal(want) || !got.quantity.Identical(want.quantity) || got.key.Period != want.key.Period {
		// The record is the catalogue's, so decoding it must give the
		// catalogue's fact; anything else is a bug in this decoder.
		return Fact{}, fmt.Errorf("jinan: record %q decodes to a fact that is not the catalogue's", r.ID)
	}
	return got, nil
}

// derivedByID returns the derived fact whose ID is id.
func (c *Catalogue) derivedByID(id string) (Fact, bool) {
	for f := range c.Derived() {
		if f.id == id {
			return f, true
		}
	}
	return Fact{}, false
}

// byName returns the index of name in names, the export names of an
// enumeration indexed by value; index 0, the unset value, has no name.
func byName(name string, names []string, what string) (int, error) {
	for i, n := range names {
		if i > 0 && n == name {
			return i, nil
		}
	}
	return 0, fmt.Errorf("%s %q: %w", what, name, ErrSyntax)
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

// decimalFromRecord decodes a decimal as printed, refusing any other
// spelling of it ("2027.0" for "2027.00" is another decimal; "1e3" and
// "+5" are no spelling Record writes).
func decimalFromRecord(s string) (decimal.Decimal, error) {
	d, err := decimal.NewFromString(s)
	if err != nil || printed(d) != s {
		return decimal.Decimal{}, fmt.Errorf("%q is not a decimal as printed: %w", s, ErrSyntax)
	}
	return d, nil
}

// periodFromRecord decodes the period of r, or says which field does not
// decode. What the record leaves out (the end of 今年以来, the reason a
// year was inferred) comes from known, the period of the catalogue's fact.
func periodFromRecord(r Record, known Period) (p Period, field string, err error) {
	if r.PeriodKind != PeriodKind(0).String() {
		kind, err := byName(r.PeriodKind, periodKindNames[:], "period kind")
		if err != nil {
			return Period{}, "period_kind", err
		}
		p.kind = PeriodKind(kind)
	}
	if p.start, err = dateFromRecord(r.PeriodStart); err != nil {
		return Period{}, "period_start", err
	}
	if p.kind == SoFar && r.PeriodEnd == "" {
		p.end = known.end // not printed, so not exported
	} else if p.end, err = dateFromRecord(r.PeriodEnd); err != nil {
		return Period{}, "period_end", err
	}
	p.label, p.inferred = r.PeriodLabel, r.YearInferred
	if p.inferred {
		_, p.inferredReason = known.YearInferred()
	}
	return p, "", nil
}

// dateFromRecord decodes an ISO 8601 date, "2020-03-31", or "" as the
// zero Date.
func dateFromRecord(s string) (Date, error) {
	if s == "" {
		return Date{}, nil
	}
	t, err := time.Parse(time.DateOnly, s)
	d := D(t.Year(), t.Month(), t.Day())
	if err != nil || d.String() != s {
		return Date{}, fmt.Errorf("%q is not a date such as 2020-03-31: %w", s, ErrSyntax)
	}
	return d, nil
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
