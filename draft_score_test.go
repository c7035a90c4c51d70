package jinan

import (
	"fmt"
	"os"
	"sort"
	"strings"
	"testing"

	"github.com/jinanfacts/jinan/internal/data"
	"github.com/jinanfacts/jinan/internal/draft"
)

// This file measures Draft leave-one-seed-out: each seed is drafted with a
// vocabulary that lacks the subjects and indicators only that seed's
// entries use (the places and the headline indicators stay), and each
// curated fact is compared with the proposal for the same figure.

// draftFields are the fields scored, in the table's order.
var draftFields = []string{"subject", "indicator", "measure", "period", "status", "benchmark", "value"}

// heldOutVocabulary is the vocabulary without the subjects and indicators
// that only seed k's entries use; places and the headline indicators stay.
func heldOutVocabulary(k int) (*draft.Vocabulary, map[string]bool, map[string]bool) {
	usedS, usedI := map[string]bool{}, map[string]bool{}
	for j, s := range data.Seeds() {
		if j == k {
			continue
		}
		for _, e := range s.Entries {
			usedS[e.Subject], usedS[e.Benchmark] = true, true
			usedI[e.Indicator], usedI[e.ShareOf] = true, true
		}
	}
	var subjects []data.Subject
	keptS := map[string]bool{}
	for _, s := range data.Subjects {
		if draft.IsPlace(s.Kind) || usedS[s.ID] {
			subjects = append(subjects, s)
			keptS[s.ID] = true
		}
	}
	var indicators []data.Indicator
	keptI := map[string]bool{}
	for i, d := range data.Indicators {
		if i < data.NamedIndicators || usedI[d.ID] {
			indicators = append(indicators, d)
			keptI[d.ID] = true
		}
	}
	return draft.NewVocabulary(subjects, indicators), keptS, keptI
}

// curatedFigure is a curated entry with the span of its figure in its seed.
type curatedFigure struct {
	file       string
	e          *data.Entry
	start, end int      // the figure's bytes in the seed
	also       [][2]int // the spans of its other quotes in the same seed
	want       Quantity
}

func curatedFigures(t testing.TB, s data.Seed) []curatedFigure {
	var out []curatedFigure
	for i := range s.Entries {
		e := &s.Entries[i]
		src, err := locate(data.Cite{File: s.File, Quote: e.Quote, Nth: e.Nth})
		if err != nil {
			t.Fatal(err)
		}
		at := strings.Index(e.Quote, e.Figure)
		if at < 0 {
			t.Fatalf("%s: figure %q not in its quote", e.ID, e.Figure)
		}
		reading := e.Figure
		if e.As != "" {
			reading = e.As
		}
		c := curatedFigure{file: s.File, e: e, start: src.Start + at, end: src.Start + at + len(e.Figure), want: MustParseQuantity(reading)}
		for _, a := range e.Also {
			if a.File != s.File {
				continue
			}
			if src, err := locate(a); err == nil {
				c.also = append(c.also, [2]int{src.Start, src.End})
			}
		}
		out = append(out, c)
	}
	return out
}

// draftScore is the tally of one run.
type draftScore struct {
	facts, matched      int // curated facts, those with a proposal for their figure
	proposals, matching int // proposals, those matching a curated fact (or a repeat of one)
	right               map[string]int
	full                int
	bands               map[string]*[4][2]int // field → confidence → {right, all}
	misses              map[string]map[string]int
	missExamples        map[string][]string
	perSeed             []string
}

func newDraftScore() *draftScore {
	return &draftScore{right: map[string]int{}, bands: map[string]*[4][2]int{}, misses: map[string]map[string]int{}, missExamples: map[string][]string{}}
}

func (sc *draftScore) miss(field, cause, example string) {
	if sc.misses[field] == nil {
		sc.misses[field] = map[string]int{}
	}
	sc.misses[field][cause]++
	key := field + "\x00" + cause
	if len(sc.missExamples[key]) < 3 {
		sc.missExamples[key] = append(sc.missExamples[key], example)
	}
}

// fieldRight says whether the proposal's field is the curated one's; a new
// subject or indicator is right when its Chinese name is the curated one's.
func fieldRight(field string, p *Proposal, c *curatedFigure) bool {
	e := c.e
	switch field {
	case "subject":
		if p.NewSubject != nil {
			s, ok := subjectByID(e.Subject)
			return ok && s.Zh == p.NewSubject.Chinese
		}
		return p.Subject.Value == e.Subject
	case "indicator":
		if p.NewIndicator != nil {
			d, ok := indicatorByID(e.Indicator)
			return ok && d.Zh == p.NewIndicator.Chinese
		}
		return p.Indicator.Value == e.Indicator
	case "measure":
		return p.Measure.Value == e.Measure
	case "period":
		return p.Period.Value == e.Period
	case "status":
		return (p.Status.Value == "target") == (e.Status == "target")
	case "benchmark":
		return p.Benchmark.Value == e.Benchmark
	case "value":
		return p.Quantity.Identical(c.want)
	}
	return false
}

func proposalField(field string, p *Proposal) DraftField {
	switch field {
	case "subject":
		return p.Subject
	case "indicator":
		return p.Indicator
	case "measure":
		return p.Measure
	case "period":
		return p.Period
	case "status":
		return p.Status
	case "benchmark":
		return p.Benchmark
	}
	return DraftField{Confidence: HighConfidence} // the value: Extract's reading
}

func subjectByID(id string) (data.Subject, bool) {
	for _, s := range data.Subjects {
		if s.ID == id {
			return s, true
		}
	}
	return data.Subject{}, false
}

func indicatorByID(id string) (data.Indicator, bool) {
	for _, d := range data.Indicators {
		if d.ID == id {
			return d, true
		}
	}
	return data.Indicator{}, false
}

// missCause says why a field is wrong.
func missCause(field string, p *Proposal, c *curatedFigure, keptS, keptI map[string]bool) string {
	e := c.e
	switch field {
	case "subject":
		if !keptS[e.Subject] {
			if p.NewSubject != nil {
				return "held-out subject, proposed new under another Chinese name"
			}
			return "held-out subject, mapped to a known one"
		}
		if p.NewSubject != nil {
			return "known subject, proposed as new"
		}
		return "another known subject"
	case "indicator":
		if !keptI[e.Indicator] {
			if p.NewIndicator != nil {
				return "held-out indicator, proposed new under another Chinese name"
			}
			return "held-out indicator, mapped to a known one"
		}
		if p.NewIndicator != nil {
			return "known indicator, proposed as new"
		}
		return "another known indicator"
	case "measure":
		return "measure " + e.Measure + " read as " + p.Measure.Value
	case "period":
		switch {
		case e.Period == "":
			return "a period proposed where the curator reads none"
		case p.Period.Value == "":
			return "no period read"
		case p.Period.Confidence == LowConfidence:
			return "another period, carried from an earlier paragraph"
		}
		return "another period"
	case "status":
		if e.Status == "target" {
			return "a target read as observed"
		}
		return "an observed figure read as a target"
	case "benchmark":
		switch {
		case e.Benchmark == "":
			return "a benchmark proposed where the curator reads none"
		case p.Benchmark.Value == "":
			if !keptS[e.Benchmark] {
				return "held-out benchmark"
			}
			return "no benchmark read"
		}
		return "another benchmark"
	}
	return "the reading differs"
}

// scoreDraftSeeds drafts every seed leave-one-out and scores it.
func scoreDraftSeeds(t testing.TB) *draftScore {
	sc := newDraftScore()
	for k, s := range data.Seeds() {
		doc, err := DocumentByFile(s.File)
		if err != nil {
			t.Fatal(err)
		}
		b, err := doc.Text()
		if err != nil {
			t.Fatal(err)
		}
		v, keptS, keptI := heldOutVocabulary(k)
		d, err := draftWith(string(b), doc, v)
		if err != nil {
			t.Fatal(err)
		}
		curated := curatedFigures(t, s)
		facts0, matched0, props0, matching0, full0 := sc.facts, sc.matched, sc.proposals, sc.matching, sc.full
		sc.facts += len(curated)
		sc.proposals += len(d.Proposals)
		taken := make([]bool, len(curated))
		for i := range d.Proposals {
			p := &d.Proposals[i]
			best, bestRight := -1, -1
			for j := range curated {
				c := &curated[j]
				if taken[j] || c.end <= p.Start || p.End <= c.start {
					continue
				}
				n := 0
				for _, f := range draftFields {
					if fieldRight(f, p, c) {
						n++
					}
				}
				if n > bestRight {
					best, bestRight = j, n
				}
			}
			if best < 0 {
				for j := range curated { // a figure printed again: a repeat of a curated fact
					for _, a := range curated[j].also {
						if a[0] <= p.Start && p.End <= a[1] {
							best = -2
						}
					}
				}
				if best == -2 {
					sc.matching++
				}
				continue
			}
			taken[best] = true
			sc.matched++
			sc.matching++
			c := &curated[best]
			all := true
			for _, f := range draftFields {
				ok := fieldRight(f, p, c)
				conf := proposalField(f, p).Confidence
				if sc.bands[f] == nil {
					sc.bands[f] = &[4][2]int{}
				}
				sc.bands[f][conf][1]++
				if ok {
					sc.right[f]++
					sc.bands[f][conf][0]++
					continue
				}
				all = false
				sc.miss(f, missCause(f, p, c, keptS, keptI), fmt.Sprintf("%s %q: %s", s.File[:3], c.e.Figure, c.e.ID))
			}
			if all {
				sc.full++
			}
		}
		for j := range curated {
			if taken[j] {
				continue
			}
			c := &curated[j]
			cause := "no proposal for the figure"
			for i := range d.Proposals {
				if p := &d.Proposals[i]; c.start < p.End && p.Start < c.end {
					cause = "one figure, two facts: its proposal matched the other"
				}
			}
			sc.miss("recall", cause, fmt.Sprintf("%s %q: %s", s.File[:3], c.e.Figure, c.e.ID))
		}
		sc.perSeed = append(sc.perSeed, fmt.Sprintf("| %s | %d | %d | %d | %d | %d |", s.File,
			sc.facts-facts0, sc.matched-matched0, sc.proposals-props0, sc.matching-matching0, sc.full-full0))
	}
	return sc
}

// draftTargets are issue 17's: at least this percent of the curated facts
// with the field right (fully right: every field), and of the proposals
// matching a curated fact.
var draftTargets = []struct {
	what string
	pct  int
}{
	{"measure", 90}, {"period", 90}, {"subject", 70}, {"indicator", 70}, {"fully right", 50}, {"precision", 80},
}

func (sc *draftScore) count(what string) (n, d int) {
	switch what {
	case "fully right":
		return sc.full, sc.facts
	case "precision":
		return sc.matching, sc.proposals
	case "recall":
		return sc.matched, sc.facts
	}
	return sc.right[what], sc.facts
}

// table writes the score as the BENCHMARKS.md section.
func (sc *draftScore) table() string {
	var b strings.Builder
	pct := func(n, d int) string { return percent(n, d) + "%" }
	b.WriteString("## Draft, leave one seed out\n\n")
	b.WriteString("Written by `go test -run TestDraftScore -update .` (`draft_score_test.go`). Each seed is drafted by\n")
	b.WriteString("`Draft` with a vocabulary that lacks the subjects and indicators only that seed's entries use (the\n")
	b.WriteString("places and the 20 headline indicators stay). Each curated fact is matched to the proposal whose\n")
	b.WriteString("figure span overlaps its figure's; a field is right when it is the curated one (a new subject or\n")
	b.WriteString("indicator when its Chinese name is the curated one's). Shares are of the curated facts; precision\n")
	b.WriteString("is of the proposals (a proposal for a figure the page prints again, an `Also` quote of a fact,\n")
	b.WriteString("matches that fact).\n\n")
	b.WriteString("| | right | share | target | |\n|---|---:|---:|---:|---|\n")
	targets := map[string]int{}
	for _, x := range draftTargets {
		targets[x.what] = x.pct
	}
	for _, f := range append(append([]string{}, draftFields...), "fully right", "recall", "precision") {
		n, d := sc.count(f)
		tgt, met := "—", ""
		if p, ok := targets[f]; ok {
			tgt = fmt.Sprintf("≥ %d%%", p)
			met = "met"
			if n*100 < d*p {
				met = "**missed**"
			}
		}
		name := f
		if f == "value" {
			name = "value with bound"
		}
		fmt.Fprintf(&b, "| %s | %d/%d | %s | %s | %s |\n", name, n, d, pct(n, d), tgt, met)
	}
	b.WriteString("\nPer seed:\n\n| seed | facts | matched | proposals | matching | fully right |\n|---|---:|---:|---:|---:|---:|\n")
	for _, row := range sc.perSeed {
		b.WriteString(row + "\n")
	}
	b.WriteString("\nCalibration: for each field, the share right among the matched proposals in each confidence band.\n\n")
	b.WriteString("| field | high | medium | low |\n|---|---:|---:|---:|\n")
	for _, f := range draftFields[:6] {
		bands := sc.bands[f]
		if bands == nil {
			bands = &[4][2]int{}
		}
		cell := func(c Confidence) string {
			x := bands[c]
			if x[1] == 0 {
				return "—"
			}
			return fmt.Sprintf("%d/%d (%s)", x[0], x[1], pct(x[0], x[1]))
		}
		fmt.Fprintf(&b, "| %s | %s | %s | %s |\n", f, cell(HighConfidence), cell(MediumConfidence), cell(LowConfidence))
	}
	b.WriteString("\nMisses by cause (a fact may miss in several fields; examples are seed, figure, curated ID):\n\n")
	b.WriteString("| field | cause | facts | examples |\n|---|---|---:|---|\n")
	for _, f := range append([]string{"recall"}, draftFields...) {
		causes := sc.misses[f]
		keys := make([]string, 0, len(causes))
		for c := range causes {
			keys = append(keys, c)
		}
		sort.Slice(keys, func(i, j int) bool {
			if causes[keys[i]] != causes[keys[j]] {
				return causes[keys[i]] > causes[keys[j]]
			}
			return keys[i] < keys[j]
		})
		for _, c := range keys {
			ex := strings.Join(sc.missExamples[f+"\x00"+c], "; ")
			fmt.Fprintf(&b, "| %s | %s | %d | %s |\n", f, c, causes[c], strings.ReplaceAll(ex, "|", "\\|"))
		}
	}
	return b.String()
}

// TestDraftScore drafts each seed leave-one-seed-out, scores the drafts
// against the curated entries, and fails below issue 17's targets. With
// -update it writes the table into BENCHMARKS.md between its markers.
func TestDraftScore(t *testing.T) {
	sc := scoreDraftSeeds(t)
	table := sc.table()
	t.Log("\n" + table)
	if *update {
		writeBenchmarkSection(t, "draft", table)
	}
	for _, x := range draftTargets {
		n, d := sc.count(x.what)
		missed := n*100 < d*x.pct
		switch {
		case missed && !draftShortfalls[x.what]:
			t.Errorf("%s %d/%d (%s%%) is under the target of %d%%", x.what, n, d, percent(n, d), x.pct)
		case !missed && draftShortfalls[x.what]:
			t.Errorf("%s %d/%d (%s%%) meets the target of %d%% now: remove it from draftShortfalls", x.what, n, d, percent(n, d), x.pct)
		}
	}
}

// draftShortfalls are the targets of issue 17 that Draft does not meet
// yet, each reported to the issue with its misses by cause (BENCHMARKS.md):
// most of the subjects and indicators it misses are the held-out seed's
// own, whose curated Chinese names the page does not print. The test fails
// when a target not listed is missed, and when a listed one is met.
var draftShortfalls = map[string]bool{}

// writeBenchmarkSection replaces the text between <!-- name --> and
// <!-- /name --> in BENCHMARKS.md, or appends the section.
func writeBenchmarkSection(t *testing.T, name, body string) {
	const file = "BENCHMARKS.md"
	b, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	open, closing := "<!-- "+name+" -->", "<!-- /"+name+" -->"
	section := open + "\n" + body + closing + "\n"
	s := string(b)
	i, j := strings.Index(s, open), strings.Index(s, closing)
	if i >= 0 && j > i {
		s = s[:i] + section + strings.TrimPrefix(s[j+len(closing):], "\n")
	} else {
		s = strings.TrimRight(s, "\n") + "\n\n" + section
	}
	if err := os.WriteFile(file, []byte(s), 0o644); err != nil {
		t.Fatal(err)
	}
}
