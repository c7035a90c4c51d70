package jinan

import "strconv"

// Record is a fact flattened for export, one JSON object per line or one
// CSV row. Its field names and meanings are stable: tools read them.
//
// Value is the decimal as printed, signed ("-4.4", "2027.00"); Multiplier
// is the printed power of ten (8 for 亿); Unit is a Unit code ("CNY", "%",
// "pp", "m2", "km2", "mu", "t", "km", "count" …) and Counter the counter
// word of a count. Sources hold UTF-8 byte offsets [start, end) into the
// seed file, and the quote equal to those bytes. ShareOf names the
// indicator a share is a part of when it is not the fact's own; RankOf is
// the printed size of a rank's peer group ("160家"); Versus is the earlier
// period of a change, in SDMX form.
type Record struct {
	ID           string         `json:"id"`
	Subject      string         `json:"subject"`
	SubjectCode  string         `json:"subject_code"`
	Indicator    string         `json:"indicator"`
	Measure      string         `json:"measure"`
	Value        string         `json:"value"`
	Denominator  string         `json:"denominator,omitempty"`
	Unit         string         `json:"unit"`
	Counter      string         `json:"counter"`
	Multiplier   int            `json:"multiplier"`
	Bound        string         `json:"bound"`
	ValueHigh    string         `json:"value_high"`
	PeriodStart  string         `json:"period_start"`
	PeriodEnd    string         `json:"period_end"`
	PeriodLabel  string         `json:"period_label"`
	PeriodKind   string         `json:"period_kind"`
	TimePeriod   string         `json:"time_period"`
	YearInferred bool           `json:"year_inferred"`
	Status       string         `json:"status"`
	Benchmark    string         `json:"benchmark"`
	ShareOf      string         `json:"share_of,omitempty"`
	RankOf       string         `json:"rank_of,omitempty"`
	Versus       string         `json:"versus,omitempty"`
	Sources      []RecordSource `json:"sources"`
	Derived      bool           `json:"derived"`
	Inputs       []string       `json:"inputs"`
	Formula      string         `json:"formula,omitempty"`
	Note         string         `json:"note"`
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
	q, p := f.quantity, f.key.Period
	r := Record{
		ID:          f.id,
		Subject:     f.key.Subject.ID(),
		SubjectCode: f.key.Subject.Code(),
		Indicator:   f.key.Indicator.ID(),
		Measure:     f.key.Measure.String(),
		Value:       printed(q.Value()),
		Unit:        q.Unit().String(),
		Counter:     q.Unit().Counter(),
		Multiplier:  int(q.Magnitude()),
		Bound:       q.Bound().String(),
		PeriodStart: p.Start().String(),
		PeriodEnd:   p.End().String(),
		PeriodLabel: p.Label(),
		PeriodKind:  p.Kind().String(),
		TimePeriod:  p.String(),
		Status:      f.status.String(),
		Benchmark:   f.benchmark.ID(),
		Sources:     make([]RecordSource, len(f.sources)),
		Derived:     f.derived,
		Inputs:      f.Inputs(),
		Formula:     f.formula,
		Note:        f.note,
	}
	if f.shareOf.IsValid() {
		r.ShareOf = f.shareOf.ID()
	}
	r.RankOf = f.rankOf.String()
	r.Versus = f.versus.String()
	if r.Inputs == nil {
		r.Inputs = []string{}
	}
	if d := q.Denominator(); d > 1 {
		r.Denominator = strconv.FormatInt(d, 10)
	}
	if q.Bound() == Range {
		r.ValueHigh = printed(q.High())
	}
	if !p.EndPrinted() {
		r.PeriodEnd = ""
	}
	r.YearInferred, _ = p.YearInferred()
	for i, s := range f.sources {
		r.Sources[i] = RecordSource(s)
	}
	return r
}
