// Package draft proposes curated entries for the figures of a Chinese
// economic page, for the root package's Draft. It works on plain data: the
// text, the figures the extractor found in it (their spans, measure hints,
// benchmarks and period phrases, as internal/extract prints them), the
// document's date, and a vocabulary of internal/data subjects and
// indicators. It knows nothing of the root package's types.
//
// Each figure is read at three widths, as a reader of Chinese economic news
// reads it: its clause (up to the last ，), its sentence (up to the last 。),
// its paragraph. The subject is the nearest place, zone, company or
// industry named before the figure in that order of widths, else the
// page's city; the indicator is the nearest indicator name before the
// figure (or the noun a count is of, after it); the measure is the
// extractor's hint; the period is the extractor's period phrase with the
// year inferred from the document's date, within the reach a phrase of its
// kind has (periodread.go), or what the figure's own words date; the status is a target where
// the clause plans (确保, 力争, 目标, 到2025年); the benchmark is the place
// or peer group a gap, rank or share is taken against. Every field has a
// confidence and a reason.
//
// Nothing here is fitted to a page: every rule reads words, and a name the
// vocabulary does not know is proposed as new, with the Chinese name read
// from the text, never mapped to a known one that merely resembles it.
package draft

import (
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/jinanfacts/jinan/internal/data"
)

// Confidence is how sure a proposed field is.
type Confidence uint8

// The confidences. The zero Confidence is unset.
const (
	High   Confidence = 1 + iota // read from the figure's own clause by a rule that rarely errs
	Medium                       // read from the sentence, or by a rule that often errs
	Low                          // a fallback: the paragraph, the page, a default
)

var confidenceNames = [...]string{High: "high", Medium: "medium", Low: "low"}

// String returns "high", "medium" or "low".
func (c Confidence) String() string {
	if c != 0 && int(c) < len(confidenceNames) {
		return confidenceNames[c]
	}
	return "Confidence(" + strconv.Itoa(int(c)) + ")"
}

// ParseConfidence returns the Confidence named by s ("high", "medium",
// "low"), and false for any other s.
func ParseConfidence(s string) (Confidence, bool) {
	for i, n := range confidenceNames {
		if n != "" && n == s {
			return Confidence(i), true
		}
	}
	return 0, false
}

// Field is one proposed field: its value ("jinan", "growth", "2020-Q1"),
// how sure it is and why. The zero Field proposes nothing.
type Field struct {
	Value      string
	Confidence Confidence
	Reason     string
}

// Figure is one figure of the text as the extractor read it.
type Figure struct {
	Start, End int    // the byte span of the figure's phrase in the text
	Figure     string // the figure to cite, inside [Start, End): "下降4.4%"
	As         string // how to read the figure when the print leaves its unit to a neighbour: "16.8个百分点"
	Measure    string // the measure hint: "level", "growth", "gap", "rank" …
	Benchmark  string // what a gap, rank or share is against, as printed: "全省平均水平"
	Period     string // the latest period phrase before the figure, as printed: "一季度"
	Unit       string // the unit's code: "CNY", "%", "m2", "count:家"
	Count      bool   // the figure is a count (家, 个, 项): its noun may follow it
	Percent    bool   // the figure is in percent
}

// Document is what the page says of itself: where it was printed and
// when. Year, Month and Day are the publication date, or zero when not
// known; Evidence says why that date.
type Document struct {
	File             string
	Year, Month, Day int
	Evidence         string
}

// Proposal is the proposed entry for one figure.
type Proposal struct {
	Start, End int    // the figure's span in the text
	Figure, As string // as in Figure
	Quote      string // the figure's clause, verbatim
	Nth        int    // which occurrence of Quote in the text, from 1, when it occurs more than once
	Subject    Field
	Indicator  Field
	Measure    Field
	Period     Field
	Status     Field // "target", or "" for an observed figure
	Benchmark  Field
	Label      string // the period as printed
	Inferred   string // why the period's year is inferred, "" when printed
	// NewSubject and NewIndicator are set when Subject or Indicator names
	// a proposed new one: its suggested ID and the Chinese name read from
	// the text.
	NewSubject   *data.Subject
	NewIndicator *data.Indicator

	indAt [2]int // where the indicator is named in the text, when it is
}

// Run proposes one entry for each figure of text, in order. It never
// panics and reads a bounded window around each figure.
func Run(text string, doc Document, figs []Figure, v *Vocabulary) []Proposal {
	if v == nil {
		v = NewVocabulary(nil, nil)
	}
	r := reader{text: text, doc: doc, v: v, newSubjects: map[string]string{}, newIndicators: map[string]string{}}
	out := make([]Proposal, 0, len(figs))
	for i := range figs {
		f := &figs[i]
		if f.Start < 0 || f.End > len(text) || f.Start >= f.End {
			continue
		}
		out = append(out, r.propose(f, figs, i, out))
	}
	return out
}

// reader holds what one run has learned: the new names it proposed.
type reader struct {
	text          string
	doc           Document
	v             *Vocabulary
	newSubjects   map[string]string // Chinese name → suggested ID
	newIndicators map[string]string
	topicDone     bool
	topicID       string
	earlier       []Proposal // the proposals before the figure read now
}

// The widths a figure is read at.
const (
	maxClause    = 240  // bytes: no clause of economic prose runs longer
	maxSentence  = 600  // bytes
	maxParagraph = 1500 // bytes back into the paragraph and those before it
)

func isClauseEnd(r rune) bool {
	switch r {
	case '，', ',', '。', '；', ';', '：', ':', '！', '？', '!', '?', '\n':
		return true
	}
	return false
}

func isSentenceEnd(r rune) bool {
	switch r {
	case '。', '；', ';', '！', '？', '!', '?', '\n':
		return true
	}
	return false
}

// back returns the start of the run of text before at that contains no
// rune stop reports, reading at most max bytes.
func back(text string, at, max int, stop func(rune) bool) int {
	lo := at - max
	if lo < 0 {
		lo = 0
	}
	i := at
	for i > lo {
		r, size := utf8.DecodeLastRuneInString(text[:i])
		if stop(r) {
			return i
		}
		i -= size
	}
	for i < at && !utf8.RuneStart(text[i]) {
		i++
	}
	return i
}

// forward returns the end of the run of text after at that contains no
// rune stop reports, reading at most max bytes.
func forward(text string, at, max int, stop func(rune) bool) int {
	hi := at + max
	if hi > len(text) {
		hi = len(text)
	}
	i := at
	for i < hi {
		r, size := utf8.DecodeRuneInString(text[i:])
		if stop(r) {
			return i
		}
		i += size
	}
	for i > at && i < len(text) && !utf8.RuneStart(text[i]) {
		i--
	}
	return i
}

func (r *reader) propose(f *Figure, figs []Figure, i int, earlier []Proposal) Proposal {
	t := r.text
	p := Proposal{Start: f.Start, End: f.End, Figure: f.Figure, As: f.As}
	clause := back(t, f.Start, maxClause, isClauseEnd)
	sentence := back(t, f.Start, maxSentence, isSentenceEnd)
	paragraph := back(t, f.Start, maxParagraph, func(r rune) bool { return r == '\n' })
	p.Quote, p.Nth = r.quote(f, clause)

	var prev *Proposal // the figure before, in the same sentence
	if n := len(earlier); n > 0 && earlier[n-1].End <= f.Start && earlier[n-1].End >= sentence {
		prev = &earlier[n-1]
	}
	p.Measure = r.measure(f)
	var indAt [2]int
	p.Indicator, p.NewIndicator, indAt = r.indicator(f, clause, sentence, p.Measure.Value, prev)
	if indAt == ([2]int{}) && prev != nil && p.Indicator.Value == prev.Indicator.Value {
		indAt = prev.indAt // the words of an indicator inherited from the figure before are not a subject's
	}
	p.indAt = indAt
	p.Subject, p.NewSubject = r.subject(f, clause, sentence, paragraph, indAt, prev)
	if fd, ok := r.industryValueAdded(p); ok {
		p.Indicator, p.NewIndicator = fd, nil
	}
	p.Status = r.status(f, clause, sentence)
	r.earlier = earlier
	p.Period, p.Label, p.Inferred = r.period(f, clause, sentence, paragraph, p.Status.Value == "target", prev)
	p.Benchmark = r.benchmark(f, figs, i, p.Measure.Value, p.Subject.Value)
	for _, fd := range []*Field{&p.Subject, &p.Indicator, &p.Measure, &p.Period, &p.Status, &p.Benchmark} {
		if fd.Confidence == 0 {
			fd.Confidence, fd.Reason = Low, "no rule read it: left for the curator"
		}
	}
	return p
}

// quote returns the figure's clause, from its start to the end of the
// clause after the figure, and which occurrence of it the figure's is.
func (r *reader) quote(f *Figure, clause int) (string, int) {
	t := r.text
	end := forward(t, f.End, maxClause, isClauseEnd)
	start := clause
	// Leading blanks and quotation marks are layout, not words.
	for start < f.Start {
		c, size := utf8.DecodeRuneInString(t[start:])
		if c != ' ' && c != '\t' && c != '\u3000' && c != '\r' {
			break
		}
		start += size
	}
	q := t[start:end]
	nth, n := 0, 0
	for off := 0; ; { // overlapping occurrences, as a quote is located
		k := strings.Index(t[off:], q)
		if k < 0 {
			break
		}
		n++
		if off+k == start {
			nth = n
		}
		off += k + 1
	}
	if n <= 1 {
		return q, 0
	}
	return q, nth
}

// industryValueAdded reads the indicator of an industrial sector's figure
// as the statistics report it: the value added of a manufacturing or
// industrial sector is industry's value added above designated size, the
// only value added reported for it, and a growth of such a sector that
// names no indicator (计算机通信制造业…增长31.1%) is that value added's.
func (r *reader) industryValueAdded(p Proposal) (Field, bool) {
	const id = "industrial-value-added"
	if _, ok := r.v.Indicator(id); !ok {
		return Field{}, false
	}
	zh := ""
	if p.NewSubject != nil {
		zh = p.NewSubject.Zh
	} else if s, ok := r.v.Subject(p.Subject.Value); ok {
		zh = s.Zh
	}
	if !strings.HasSuffix(zh, "制造业") && !strings.HasSuffix(zh, "工业") {
		return Field{}, false
	}
	switch {
	case p.Indicator.Value == "value-added":
		return Field{id, p.Indicator.Confidence, "the value added of an industrial sector: industry's above designated size"}, true
	case p.Indicator.Value == "" && p.NewIndicator == nil && p.Measure.Value == "growth":
		return Field{id, Low, "the growth of an industrial sector that names no indicator: its value added"}, true
	}
	return Field{}, false
}
