package jinan

import (
	"encoding/json"
	"fmt"
	"io"
	"iter"
	"strconv"
)

// Record is a fact flattened for export, one JSON object per line or one
// CSV row. Its schema is fixed: every field is present in every record,
// and the fields listed below as nullable are JSON null where they do not
// apply or are not known (in Go, the empty string). Tools read it by name.
//
// Value is the decimal as printed, signed ("-4.4", "2027.00"); Multiplier
// is the printed power of ten (8 for 亿); Unit is a Unit code ("CNY", "%",
// "pp", "m2", "km2", "mu", "t", "km", "count" …) and Counter the counter
// word of a count. Lower and Upper are the ends of the fact's Interval, in
// the same multiplier as Value: what the printed precision and bound allow
// (2027.00 has [2026.995, 2027.005]), or for a derived fact what its inputs'
// precision allows; null on a side the bound leaves open (逾3000万美元 has
// no upper).
// PeriodEnd is the printed last day, null for 今年以来, whose
// PeriodEndLatest is the latest it can be; for every other dated fact
// PeriodEndLatest equals PeriodEnd. TimePeriod is the Period's text form.
// Sources hold UTF-8 byte offsets [start, end) into the seed file, and the
// quote equal to those bytes. ShareOf names the indicator a share is a part
// of when it is not the fact's own; RankOf is the printed size of a rank's
// peer group ("160家"); Versus is the earlier period of a change.
type Record struct {
	ID                 string         `json:"id"`
	Subject            string         `json:"subject"`
	SubjectCode        string         `json:"subject_code"` // nullable
	Indicator          string         `json:"indicator"`
	Measure            string         `json:"measure"`
	Value              string         `json:"value"`
	Denominator        string         `json:"denominator"` // nullable
	Unit               string         `json:"unit"`
	Counter            string         `json:"counter"` // nullable
	Multiplier         int            `json:"multiplier"`
	Bound              string         `json:"bound"`
	ValueHigh          string         `json:"value_high"`        // nullable
	Lower              string         `json:"lower"`             // nullable
	Upper              string         `json:"upper"`             // nullable
	PeriodStart        string         `json:"period_start"`      // nullable
	PeriodEnd          string         `json:"period_end"`        // nullable
	PeriodEndLatest    string         `json:"period_end_latest"` // nullable
	PeriodLabel        string         `json:"period_label"`      // nullable
	PeriodKind         string         `json:"period_kind"`       // nullable
	TimePeriod         string         `json:"time_period"`       // nullable
	YearInferred       bool           `json:"year_inferred"`
	YearInferredReason string         `json:"year_inferred_reason"` // nullable
	Status             string         `json:"status"`
	Benchmark          string         `json:"benchmark"` // nullable
	ShareOf            string         `json:"share_of"`  // nullable
	RankOf             string         `json:"rank_of"`   // nullable
	Versus             string         `json:"versus"`    // nullable
	Sources            []RecordSource `json:"sources"`
	Derived            bool           `json:"derived"`
	Inputs             []string       `json:"inputs"`
	Formula            string         `json:"formula"` // nullable
	Note               string         `json:"note"`    // nullable
}

// RecordSource is a Source in a Record.
type RecordSource struct {
	File  string `json:"file"`
	Start int    `json:"start"`
	End   int    `json:"end"`
	Quote string `json:"quote"`
}

// Record flattens f for export.
func (f Fact) Record() Record {
	x := f.get()
	q, p := x.amount(), x.key.Period
	r := Record{
		ID:                 x.id,
		Subject:            x.key.Subject.ID(),
		SubjectCode:        x.key.Subject.Code(),
		Indicator:          x.key.Indicator.ID(),
		Measure:            x.key.Measure.String(),
		Value:              printed(q.Value()),
		Unit:               q.Unit().String(),
		Counter:            q.Unit().Counter(),
		Multiplier:         int(q.Magnitude()),
		Bound:              q.Bound().String(),
		PeriodStart:        p.Start().String(),
		PeriodEndLatest:    p.End().String(),
		PeriodLabel:        x.periodLabel,
		TimePeriod:         p.String(),
		YearInferred:       x.inferred != "",
		YearInferredReason: x.inferred,
		Status:             x.key.Status.String(),
		Benchmark:          x.key.Benchmark.ID(),
		RankOf:             f.RankOf().String(),
		Versus:             x.versus.String(),
		Sources:            make([]RecordSource, len(x.sources)),
		Derived:            f.Derived(),
		Inputs:             append([]string{}, x.derived().inputs...),
		Formula:            f.Formula(),
		Note:               x.note,
	}
	if p.IsValid() {
		r.PeriodKind = p.Kind().String()
	}
	if !q.IsZero() {
		iv := f.Interval()
		if lo, ok := iv.Lower(); ok {
			r.Lower = printed(lo)
		}
		if hi, ok := iv.Upper(); ok {
			r.Upper = printed(hi)
		}
	}
	if p.EndPrinted() {
		r.PeriodEnd = p.End().String()
	}
	if x.shareOf.IsValid() {
		r.ShareOf = x.shareOf.ID()
	}
	if d := q.Denominator(); d > 1 {
		r.Denominator = strconv.FormatInt(d, 10)
	}
	if q.Bound() == Range {
		r.ValueHigh = printed(q.High())
	}
	for i, s := range x.sources {
		r.Sources[i] = RecordSource(s)
	}
	return r
}

// recordJSON is Record as JSON writes it: the nullable fields are pointers,
// nil for the empty string.
type recordJSON struct {
	ID                 string         `json:"id"`
	Subject            string         `json:"subject"`
	SubjectCode        *string        `json:"subject_code"`
	Indicator          string         `json:"indicator"`
	Measure            string         `json:"measure"`
	Value              string         `json:"value"`
	Denominator        *string        `json:"denominator"`
	Unit               string         `json:"unit"`
	Counter            *string        `json:"counter"`
	Multiplier         int            `json:"multiplier"`
	Bound              string         `json:"bound"`
	ValueHigh          *string        `json:"value_high"`
	Lower              *string        `json:"lower"`
	Upper              *string        `json:"upper"`
	PeriodStart        *string        `json:"period_start"`
	PeriodEnd          *string        `json:"period_end"`
	PeriodEndLatest    *string        `json:"period_end_latest"`
	PeriodLabel        *string        `json:"period_label"`
	PeriodKind         *string        `json:"period_kind"`
	TimePeriod         *string        `json:"time_period"`
	YearInferred       bool           `json:"year_inferred"`
	YearInferredReason *string        `json:"year_inferred_reason"`
	Status             string         `json:"status"`
	Benchmark          *string        `json:"benchmark"`
	ShareOf            *string        `json:"share_of"`
	RankOf             *string        `json:"rank_of"`
	Versus             *string        `json:"versus"`
	Sources            []RecordSource `json:"sources"`
	Derived            bool           `json:"derived"`
	Inputs             []string       `json:"inputs"`
	Formula            *string        `json:"formula"`
	Note               *string        `json:"note"`
}

// nullable returns nil for "", else a pointer to s.
func nullable(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}

// orEmpty returns *p, or "" for nil.
func orEmpty(p *string) string {
	if p == nil {
		return ""
	}
	return *p
}

// MarshalJSON writes every field, the nullable ones as null when empty,
// sources and inputs as arrays (never null).
func (r Record) MarshalJSON() ([]byte, error) {
	sources, inputs := r.Sources, r.Inputs
	if sources == nil {
		sources = []RecordSource{}
	}
	if inputs == nil {
		inputs = []string{}
	}
	return json.Marshal(recordJSON{
		ID: r.ID, Subject: r.Subject, SubjectCode: nullable(r.SubjectCode), Indicator: r.Indicator,
		Measure: r.Measure, Value: r.Value, Denominator: nullable(r.Denominator), Unit: r.Unit,
		Counter: nullable(r.Counter), Multiplier: r.Multiplier, Bound: r.Bound,
		ValueHigh: nullable(r.ValueHigh), Lower: nullable(r.Lower), Upper: nullable(r.Upper),
		PeriodStart: nullable(r.PeriodStart), PeriodEnd: nullable(r.PeriodEnd),
		PeriodEndLatest: nullable(r.PeriodEndLatest), PeriodLabel: nullable(r.PeriodLabel),
		PeriodKind: nullable(r.PeriodKind), TimePeriod: nullable(r.TimePeriod),
		YearInferred: r.YearInferred, YearInferredReason: nullable(r.YearInferredReason),
		Status: r.Status, Benchmark: nullable(r.Benchmark), ShareOf: nullable(r.ShareOf),
		RankOf: nullable(r.RankOf), Versus: nullable(r.Versus), Sources: sources,
		Derived: r.Derived, Inputs: inputs, Formula: nullable(r.Formula), Note: nullable(r.Note),
	})
}

// UnmarshalJSON reads what MarshalJSON writes; null reads as "".
func (r *Record) UnmarshalJSON(b []byte) error {
	var j recordJSON
	if err := json.Unmarshal(b, &j); err != nil {
		return fmt.Errorf("jinan: record: %w: %w", err, ErrSyntax)
	}
	*r = Record{
		ID: j.ID, Subject: j.Subject, SubjectCode: orEmpty(j.SubjectCode), Indicator: j.Indicator,
		Measure: j.Measure, Value: j.Value, Denominator: orEmpty(j.Denominator), Unit: j.Unit,
		Counter: orEmpty(j.Counter), Multiplier: j.Multiplier, Bound: j.Bound,
		ValueHigh: orEmpty(j.ValueHigh), Lower: orEmpty(j.Lower), Upper: orEmpty(j.Upper),
		PeriodStart: orEmpty(j.PeriodStart), PeriodEnd: orEmpty(j.PeriodEnd),
		PeriodEndLatest: orEmpty(j.PeriodEndLatest), PeriodLabel: orEmpty(j.PeriodLabel),
		PeriodKind: orEmpty(j.PeriodKind), TimePeriod: orEmpty(j.TimePeriod),
		YearInferred: j.YearInferred, YearInferredReason: orEmpty(j.YearInferredReason),
		Status: j.Status, Benchmark: orEmpty(j.Benchmark), ShareOf: orEmpty(j.ShareOf),
		RankOf: orEmpty(j.RankOf), Versus: orEmpty(j.Versus), Sources: j.Sources,
		Derived: j.Derived, Inputs: j.Inputs, Formula: orEmpty(j.Formula), Note: orEmpty(j.Note),
	}
	return nil
}

// WriteJSONLines writes each record as one line of JSON (JSON Lines), as
// the export does: UTF-8 text unescaped (一季度, not \u4e00…), every field
// present, null where empty.
//
//	err := jinan.WriteJSONLines(os.Stdout, jinan.Records(c.All()))
func WriteJSONLines(w io.Writer, records iter.Seq[Record]) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	for r := range records {
		if err := enc.Encode(r); err != nil {
			return err
		}
	}
	return nil
}

// Records returns the Record of each fact of facts, in order.
func Records(facts iter.Seq[Fact]) iter.Seq[Record] {
	return func(yield func(Record) bool) {
		for f := range facts {
			if !yield(f.Record()) {
				return
			}
		}
	}
}
