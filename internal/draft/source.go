package draft

import (
	"bytes"
	"fmt"
	"strconv"
	"strings"

	"github.com/jinanfacts/jinan/internal/data"
)

// This file writes proposals as Go source in the format of
// internal/data/seed_NNN.go, for a curator to edit and add beside the
// others.

// Entry returns the proposal as a catalogue entry. Its ID is the
// catalogue's subject.indicator.measure.period, the period written as the
// curated IDs write it (2020-q1, 2020-ytd-09, 2020-sofar, undated).
func (p *Proposal) Entry() data.Entry {
	return data.Entry{
		ID:      entryID(p),
		Subject: p.Subject.Value, Indicator: p.Indicator.Value, Measure: p.Measure.Value,
		Period: p.Period.Value, Label: p.Label, Inferred: p.Inferred,
		Figure: p.Figure, As: p.As, Status: p.Status.Value, Benchmark: p.Benchmark.Value,
		Quote: p.Quote, Nth: p.Nth,
	}
}

func entryID(p *Proposal) string {
	measure := strings.ReplaceAll(p.Measure.Value, "_", "-")
	if b := p.Benchmark.Value; b != "" {
		measure += "-" + b
	}
	if p.Status.Value == "target" {
		measure += "-target"
	}
	parts := []string{orUnknown(p.Subject.Value), orUnknown(p.Indicator.Value), orUnknown(measure), periodSlug(p.Period.Value)}
	return strings.ToLower(strings.Join(parts, "."))
}

func orUnknown(s string) string {
	if s == "" {
		return "unknown"
	}
	return s
}

// periodSlug writes a period text form as the IDs of the catalogue do.
func periodSlug(period string) string {
	switch {
	case period == "":
		return "undated"
	case !strings.Contains(period, "/"):
		return strings.ToLower(period)
	}
	start, end, _ := strings.Cut(period, "/")
	if rest, ok := strings.CutPrefix(end, ".."); ok {
		if strings.HasSuffix(start, "-01-01") && len(rest) >= 4 && rest[:4] == start[:4] {
			return start[:4] + "-sofar"
		}
		return start + "-to-" + rest
	}
	if strings.HasSuffix(start, "-01-01") && len(end) == 10 && end[:4] == start[:4] {
		return start[:4] + "-ytd-" + end[5:7]
	}
	return start + "-to-" + end
}

// Source returns the proposals as a Go file of package data, laid out as
// the seed files are; gofmt may still align a few values (format it with
// go/format, which this package does not import, to keep it out of the
// library's programs):
// the variable name (Seed005) holding a data.Seed of file's entries in
// reading order, each under a comment giving every field's confidence and
// reason, and the proposed new subjects and indicators in name+"Subjects"
// and name+"Indicators". An ID used twice gets -2, -3 … so that the file
// keeps the catalogue's rule of unique IDs.
func Source(name, file, header string, ps []Proposal) ([]byte, error) {
	var b bytes.Buffer
	for _, line := range strings.Split(strings.TrimSpace(header), "\n") {
		if line != "" {
			b.WriteString("// " + line + "\n")
		}
	}
	fmt.Fprintf(&b, "\npackage data\n\n// %s holds the entries drafted from %s, in reading order.\n", name, file)
	fmt.Fprintf(&b, "var %s = Seed{\n\tFile: %s, Entries: []Entry{\n", name, strconv.Quote(file))
	used := map[string]int{}
	var subjects []data.Subject
	var indicators []data.Indicator
	seenS, seenI := map[string]bool{}, map[string]bool{}
	for i := range ps {
		p := &ps[i]
		e := p.Entry()
		used[e.ID]++
		if n := used[e.ID]; n > 1 {
			e.ID += "-" + strconv.Itoa(n)
		}
		if s := p.NewSubject; s != nil && !seenS[s.ID] {
			seenS[s.ID] = true
			subjects = append(subjects, *s)
		}
		if d := p.NewIndicator; d != nil && !seenI[d.ID] {
			seenI[d.ID] = true
			indicators = append(indicators, *d)
		}
		writeComment(&b, p)
		writeEntry(&b, &e)
	}
	b.WriteString("\t},\n}\n")
	if len(subjects) > 0 {
		fmt.Fprintf(&b, "\n// %sSubjects are the subjects the draft proposes as new: give each an ID, a\n// kind and an English name, and move it into Subjects.\nvar %sSubjects = []Subject{\n", name, name)
		for _, s := range subjects {
			fmt.Fprintf(&b, "\t{ID: %s, Zh: %s, Within: %s},\n", strconv.Quote(s.ID), strconv.Quote(s.Zh), strconv.Quote(s.Within))
		}
		b.WriteString("}\n")
	}
	if len(indicators) > 0 {
		fmt.Fprintf(&b, "\n// %sIndicators are the indicators the draft proposes as new: give each an ID,\n// an English name, a pricing and a unit, and move it into Indicators.\nvar %sIndicators = []Indicator{\n", name, name)
		for _, d := range indicators {
			fmt.Fprintf(&b, "\t{ID: %s, Zh: %s},\n", strconv.Quote(d.ID), strconv.Quote(d.Zh))
		}
		b.WriteString("}\n")
	}
	return b.Bytes(), nil
}

// writeComment writes the confidence and reason of each field above an
// entry, for the curator.
func writeComment(b *bytes.Buffer, p *Proposal) {
	fields := []struct {
		name string
		f    Field
	}{
		{"subject", p.Subject}, {"indicator", p.Indicator}, {"measure", p.Measure},
		{"period", p.Period}, {"status", p.Status}, {"benchmark", p.Benchmark},
	}
	fmt.Fprintf(b, "\t\t// %s:\n", oneLine(p.Figure))
	for _, x := range fields {
		v := x.f.Value
		if v == "" {
			v = `""`
		}
		fmt.Fprintf(b, "\t\t//   %s %s (%s): %s\n", x.name, v, x.f.Confidence, oneLine(x.f.Reason))
	}
}

func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }

// writeEntry writes e as the seed files do: the keys on a first line, the
// period on a second, benchmark and status on a third, the figure and its
// quote last; empty fields are left out.
func writeEntry(b *bytes.Buffer, e *data.Entry) {
	line := func(kv ...string) {
		var parts []string
		for i := 0; i+1 < len(kv); i += 2 {
			if kv[i+1] != "" {
				parts = append(parts, kv[i]+": "+strconv.Quote(kv[i+1]))
			}
		}
		if len(parts) > 0 {
			b.WriteString("\t\t\t" + strings.Join(parts, ", ") + ",\n")
		}
	}
	b.WriteString("\t\t{\n")
	line("ID", e.ID, "Subject", e.Subject, "Indicator", e.Indicator, "Measure", e.Measure)
	line("Period", e.Period, "Label", e.Label, "Inferred", e.Inferred)
	line("Benchmark", e.Benchmark, "Status", e.Status)
	line("Figure", e.Figure, "As", e.As, "Quote", e.Quote)
	if e.Nth > 0 {
		fmt.Fprintf(b, "\t\t\tNth: %d,\n", e.Nth)
	}
	b.WriteString("\t\t},\n")
}
