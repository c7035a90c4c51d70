package jinan

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/jinanfacts/jinan/internal/data"
	"github.com/jinanfacts/jinan/internal/draft"
)

// This file drafts the curated entries of a new page.

// Confidence is how sure Draft is of a proposed field: HighConfidence for
// a field read from the figure's own clause by a rule that rarely errs
// (增长20.7% is a Growth), LowConfidence for a fallback (no subject named
// anywhere before the figure: the page's city). The zero Confidence is
// unset.
type Confidence uint8

// The confidences.
const (
	HighConfidence Confidence = 1 + iota
	MediumConfidence
	LowConfidence
)

var confidenceNames = [...]string{HighConfidence: "high", MediumConfidence: "medium", LowConfidence: "low"}

// String returns "high", "medium" or "low".
func (c Confidence) String() string {
	if c != 0 && int(c) < len(confidenceNames) {
		return confidenceNames[c]
	}
	return fmt.Sprintf("Confidence(%d)", uint8(c))
}

// MarshalText encodes the confidence as its name; an unset one is an
// error wrapping ErrSyntax.
func (c Confidence) MarshalText() ([]byte, error) {
	return enumText("Confidence", confidenceNames[:], int(c))
}

// UnmarshalText decodes "high", "medium" or "low".
func (c *Confidence) UnmarshalText(text []byte) error {
	i, err := enumFromText("confidence", confidenceNames[:], text)
	*c = Confidence(i)
	return err
}

// DraftField is one field Draft proposes: its value as the catalogue
// writes it ("jinan", "growth", "2020-Q1", "target", "shandong"; "" for
// none), how sure it is, and why. For 同比增长20.7% after 进出口总额 in an
// article about Q1 2020, the measure is {"growth", high, "the figure's words
// state a growth"}.
type DraftField struct {
	Value      string     `json:"value"`
	Confidence Confidence `json:"confidence"`
	Reason     string     `json:"reason"`
}

// DraftName is a subject or an indicator that Draft proposes as new,
// because the vocabulary has none of that name: its suggested ID
// ("new-subject-1", to be renamed by the curator) and the Chinese name as
// the page prints it (齐鲁制药集团).
type DraftName struct {
	ID      string `json:"id"`
	Chinese string `json:"zh"`
}

// Proposal is the entry Draft proposes for one figure of a page: the
// figure as printed and its clause, verbatim, with the subject, indicator,
// measure, period, status and benchmark it reads there, each with a
// confidence and a reason. For "一季度，齐鲁制药集团实现出口1.79亿美元" in a page
// of 2020-04-28 it proposes the subject qilu-pharma, the indicator exports,
// the measure level and the period 2020-Q1, the year inferred.
type Proposal struct {
	ID string `json:"id"` // subject.indicator.measure.period, as the catalogue's IDs
	// Figure is the figure as printed ("增长20.7%"), As how to read it when
	// the print leaves its unit to a neighbour ("16.8个百分点").
	Figure string `json:"figure"`
	As     string `json:"as,omitempty"`
	// Quote is the figure's clause, verbatim; Nth which occurrence of it in
	// the text, from 1, when it occurs more than once.
	Quote string `json:"quote"`
	Nth   int    `json:"nth,omitempty"`
	// Start and End are the byte span of the figure's phrase in the text.
	Start    int      `json:"start"`
	End      int      `json:"end"`
	Quantity Quantity `json:"-"`
	// Value is the figure's reading: Quantity as text ("1.79亿美元").
	Value     string     `json:"value"`
	Subject   DraftField `json:"subject"`
	Indicator DraftField `json:"indicator"`
	Measure   DraftField `json:"measure"`
	Period    DraftField `json:"period"`
	Status    DraftField `json:"status"`
	Benchmark DraftField `json:"benchmark"`
	// Label is the period as printed (一季度); Inferred why its year is
	// inferred, "" when printed.
	Label    string `json:"label,omitempty"`
	Inferred string `json:"inferred,omitempty"`
	// NewSubject and NewIndicator are set when the subject or indicator is
	// proposed as new.
	NewSubject   *DraftName `json:"new_subject,omitempty"`
	NewIndicator *DraftName `json:"new_indicator,omitempty"`

	p draft.Proposal
}

// Drafts are the proposals for one page, in reading order.
type Drafts struct {
	File      string // the page's file name, as Document.File
	Published Date   // the page's date, as Document.Published
	Evidence  string // why that date, as Document.Evidence
	Proposals []Proposal
}

// Draft proposes a curated entry for every figure of text, a page of
// Chinese economic news, whose metadata is doc: one proposal per figure
// that Extract reads, none for dates, clock times, names or flagged
// figures. doc.Published dates the periods that print no year (一季度 in a
// page of 2020-04-28 is 2020-Q1); with the zero Published only the
// periods that print their year are read, and the others are left for the
// curator with a low confidence. doc.File names the page in the drafted
// data file.
//
// The subject is the nearest place, zone, company or industry named before
// the figure in its clause, then its sentence, its paragraph, and last the
// page's city; the indicator the nearest indicator name before the figure
// (or the noun a count is of: 270个市级重点建设项目 counts projects); a name
// the vocabulary does not know is proposed as new with its Chinese name. The
// measure is Extract's hint, the period its period phrase with the year
// inferred as DOMAIN.md reads it, the status a target after 确保, 力争, 目标,
// 计划 or 到2025年, the benchmark the place or peer group of 全省, 全国, 全市.
//
// Draft returns an error wrapping ErrEmpty for a text with no figure to
// propose, and ErrSyntax for text that is not UTF-8. It never panics, and
// its time is linear in the length of the text times the small bounded
// windows it reads around each figure.
func Draft(text string, doc Document) (Drafts, error) {
	return draftWith(text, doc, fullVocabulary())
}

var (
	fullVocabularyOnce sync.Once
	fullVocabularyV    *draft.Vocabulary
)

// fullVocabulary returns the vocabulary of every subject and indicator,
// built on first use.
func fullVocabulary() *draft.Vocabulary {
	fullVocabularyOnce.Do(func() { fullVocabularyV = draft.NewVocabulary(data.Subjects[:], data.Indicators[:]) })
	return fullVocabularyV
}

func draftWith(text string, doc Document, v *draft.Vocabulary) (Drafts, error) {
	out := Drafts{File: doc.File, Published: doc.Published, Evidence: doc.Evidence}
	if !utf8.ValidString(text) {
		return out, fmt.Errorf("jinan: draft %s: text is not UTF-8: %w", doc.File, ErrSyntax)
	}
	var figs []draft.Figure
	var quantities []Quantity
	for _, e := range Extract(text) {
		if e.Kind != FigureKind || e.Flags&(FlagMalformed|FlagVague) != 0 || e.Quantity.IsZero() {
			continue
		}
		fig, as, ok := citedFigure(e)
		if !ok {
			continue
		}
		u := e.Quantity.Unit()
		figs = append(figs, draft.Figure{
			Start: e.Start, End: e.End, Figure: fig, As: as,
			Measure: measureName(e.Measure), Benchmark: e.Benchmark, Period: e.Period,
			Unit: u.String(), Count: u.Dimension() == Count, Percent: u == Percent,
		})
		quantities = append(quantities, e.Quantity)
	}
	if len(figs) == 0 {
		return out, fmt.Errorf("jinan: draft %s: no figure in the text: %w", doc.File, ErrEmpty)
	}
	d := draft.Document{File: doc.File, Evidence: doc.Evidence}
	if doc.Published.IsValid() {
		d.Year, d.Month, d.Day = doc.Published.Year(), int(doc.Published.Month()), doc.Published.Day()
	}
	ps := draft.Run(text, d, figs, v)
	k := 0
	for _, p := range ps {
		for k < len(figs) && figs[k].Start != p.Start {
			k++
		}
		if k == len(figs) {
			break
		}
		out.Proposals = append(out.Proposals, proposalOf(p, quantities[k]))
	}
	return out, nil
}

func measureName(m Measure) string {
	if m == 0 {
		return ""
	}
	return m.String()
}

// leadWords are the verbs and comparison words that a figure's phrase may
// begin with and a cited figure leaves out: 同比增长20.3% cites 增长20.3%, 为
// 2027.00亿元 cites 2027.00亿元.
var leadWords = []string{"同比", "为", "达到", "达", "实现", "完成", "共", "累计", "较去年", "比上年"}

// citedFigure returns the figure to cite for e: the part of its phrase,
// ending where the phrase ends, that ParseQuantity reads exactly as
// Extract does, without a verb or 同比 at its head; and, when the print
// leaves its unit to a neighbour (16.8 of 16.8、20.2个百分点), the reading
// As with the unit.
func citedFigure(e Extracted) (fig, as string, ok bool) {
	text := e.Text
	var candidates []string
	for i := range text {
		candidates = append(candidates, text[i:])
	}
	best := ""
	for _, c := range candidates {
		if q, err := ParseQuantity(c); err != nil || !q.Identical(e.Quantity) {
			continue
		}
		if !startsWithLead(c) {
			best = c
			break
		}
		if best == "" {
			best = c
		}
	}
	if best != "" {
		return best, "", true
	}
	// The reading needs the neighbour's unit or sign: cite the number and
	// read it as Extract does.
	as = e.Quantity.String()
	if q, err := ParseQuantity(as); err != nil || !q.Identical(e.Quantity) {
		return "", "", false
	}
	for _, c := range candidates {
		if _, err := ParseQuantity(c); err == nil && numberOf(c) == numberOf(as) {
			return c, as, true
		}
	}
	return "", "", false
}

func startsWithLead(s string) bool {
	for _, w := range leadWords {
		if strings.HasPrefix(s, w) && len(s) > len(w) {
			return true
		}
	}
	return false
}

// numberOf returns the digits and decimal point of s.
func numberOf(s string) string {
	var b strings.Builder
	for _, r := range s {
		if r >= '0' && r <= '9' || r == '.' {
			b.WriteRune(r)
		}
	}
	return b.String()
}

func proposalOf(p draft.Proposal, q Quantity) Proposal {
	field := func(f draft.Field) DraftField {
		return DraftField{Value: f.Value, Confidence: Confidence(f.Confidence), Reason: f.Reason}
	}
	out := Proposal{
		Figure: p.Figure, As: p.As, Quote: p.Quote, Nth: p.Nth, Start: p.Start, End: p.End,
		Quantity: q, Value: q.String(),
		Subject: field(p.Subject), Indicator: field(p.Indicator), Measure: field(p.Measure),
		Period: field(p.Period), Status: field(p.Status), Benchmark: field(p.Benchmark),
		Label: p.Label, Inferred: p.Inferred, p: p,
	}
	out.ID = out.p.Entry().ID
	if s := p.NewSubject; s != nil {
		out.NewSubject = &DraftName{ID: s.ID, Chinese: s.Zh}
	}
	if d := p.NewIndicator; d != nil {
		out.NewIndicator = &DraftName{ID: d.ID, Chinese: d.Zh}
	}
	return out
}

// GoSource returns the proposals as a data file in the format of the
// catalogue's internal/data/seed_NNN.go: a variable name (such as
// "Seed005") holding the page's entries, each under a comment with every
// field's confidence and reason, and the proposed new subjects and
// indicators. The curator edits it and adds it beside the others. It is
// valid Go laid out as the seed files are, but gofmt may still align a few
// values: format it with go/format.Source (examples/draft does), which the
// library does not import so that programs using it do not link Go's parser
// and printer.
func (d Drafts) GoSource(name string) ([]byte, error) {
	if !isIdent(name) {
		return nil, fmt.Errorf("jinan: draft source: %q is not a Go identifier: %w", name, ErrSyntax)
	}
	ps := make([]draft.Proposal, len(d.Proposals))
	for i := range d.Proposals {
		ps[i] = d.Proposals[i].p
	}
	header := "Code drafted by jinan.Draft from " + d.File + ": edit it before use.\n" +
		"Every entry is a proposal: check each field against its comment and the page."
	if d.Published.IsValid() {
		header += "\nThe page is dated " + d.Published.String()
		if d.Evidence != "" {
			header += ": " + d.Evidence
		}
		header += "."
	}
	return draft.Source(name, d.File, header, ps)
}

func isIdent(s string) bool {
	if s == "" {
		return false
	}
	for i, r := range s {
		if !(r == '_' || 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || i > 0 && '0' <= r && r <= '9') {
			return false
		}
	}
	return true
}

// WriteJSONL writes the proposals as JSON Lines, one Proposal a line.
func (d Drafts) WriteJSONL(w io.Writer) error {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	for i := range d.Proposals {
		if err := enc.Encode(&d.Proposals[i]); err != nil {
			return err
		}
	}
	_, err := w.Write(b.Bytes())
	return err
}
