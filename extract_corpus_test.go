package jinan_test

import (
	"bufio"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/jinanfacts/jinan"
)

// The development corpus of the extractor: phrases in the styles of nine
// genres of Chinese economic releases, each with the reading of every
// number it prints. See internal/extract/testdata/corpus/README.md.

var updateCorpus = flag.Bool("update-corpus", false, "rewrite the corpus results table internal/extract/testdata/corpus/RESULTS.md")

const corpusDir = "internal/extract/testdata/corpus"

// corpusPhrase is one phrase of the corpus with its expected numbers.
type corpusPhrase struct {
	file  string
	line  int
	genre string
	text  string
	tags  []string
	want  []corpusWant
}

// corpusWant is the expected reading of one number of a phrase.
type corpusWant struct {
	line    int
	locator string
	// kind is "figure" for a reading, "flag" for a flagged figure, or the
	// kind of a number that is not a figure ("date", "name" …).
	kind string
	flag string // the flag expected, for kind "flag"

	sign              int    // +1, -1 or 0: the direction the text states
	value, den, high  string // as printed, signed; den "" for no fraction
	mag               int
	unit, bound, hint string
	reading           string
}

// readCorpus reads every phrase of the corpus files.
func readCorpus(t testing.TB) []corpusPhrase {
	t.Helper()
	files, err := filepath.Glob(filepath.Join(corpusDir, "*.txt"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no corpus files in %s: %v", corpusDir, err)
	}
	var out []corpusPhrase
	for _, file := range files {
		f, err := os.Open(file)
		if err != nil {
			t.Fatal(err)
		}
		genre := ""
		sc := bufio.NewScanner(f)
		for n := 1; sc.Scan(); n++ {
			line := strings.TrimSpace(sc.Text())
			switch {
			case line == "":
			case strings.HasPrefix(line, "# genre:"):
				genre = strings.TrimSpace(strings.TrimPrefix(line, "# genre:"))
			case strings.HasPrefix(line, "#"):
			case strings.HasPrefix(line, "> "):
				p := corpusPhrase{file: filepath.Base(file), line: n, genre: genre}
				text, tags, _ := strings.Cut(strings.TrimPrefix(line, "> "), "  #")
				p.text = strings.TrimSpace(text)
				if tags != "" {
					for _, tag := range strings.Fields("#" + tags) {
						p.tags = append(p.tags, strings.TrimPrefix(tag, "#"))
					}
				}
				out = append(out, p)
			case len(out) == 0:
				t.Fatalf("%s:%d: a reading before any phrase", file, n)
			default:
				w, err := parseCorpusWant(line)
				if err != nil {
					t.Fatalf("%s:%d: %v", file, n, err)
				}
				w.line = n
				last := &out[len(out)-1]
				last.want = append(last.want, w)
			}
		}
		if err := sc.Err(); err != nil {
			t.Fatal(err)
		}
		f.Close()
	}
	return out
}

var corpusKinds = []string{"date", "time", "name", "word", "citation", "session"}

// parseCorpusWant reads "LOCATOR | READING [| HINT]".
func parseCorpusWant(line string) (corpusWant, error) {
	parts := strings.Split(line, " | ")
	for i := range parts {
		parts[i] = strings.TrimSpace(parts[i])
	}
	if len(parts) < 2 || len(parts) > 3 || parts[0] == "" {
		return corpusWant{}, fmt.Errorf("want LOCATOR | READING [| HINT], got %q", line)
	}
	w := corpusWant{locator: parts[0], reading: parts[1]}
	reading := parts[1]
	switch {
	case slices.Contains(corpusKinds, reading):
		w.kind = reading
		return w, nil
	case strings.HasPrefix(reading, "flag:"):
		w.kind, w.flag = "flag", strings.TrimPrefix(reading, "flag:")
		return w, nil
	}
	w.kind = "figure"
	if len(parts) != 3 {
		return w, fmt.Errorf("a figure needs a hint: %q", line)
	}
	w.hint = parts[2]
	fields := strings.Fields(reading)
	if len(fields) < 2 || len(fields) > 3 {
		return w, fmt.Errorf("want VALUE UNIT [BOUND], got %q", reading)
	}
	num, unit := fields[0], fields[1]
	w.unit, w.bound = unit, "exact"
	if len(fields) == 3 {
		w.bound = fields[2]
	}
	if i := strings.LastIndex(num, "e"); i >= 0 {
		m, err := strconv.Atoi(num[i+1:])
		if err != nil {
			return w, fmt.Errorf("magnitude of %q: %v", num, err)
		}
		num, w.mag = num[:i], m
	}
	if lo, hi, ok := strings.Cut(num, ".."); ok {
		num, w.high, w.bound = lo, hi, "range"
	}
	if v, den, ok := strings.Cut(num, "/"); ok {
		num, w.den = v, den
	}
	switch {
	case strings.HasPrefix(num, "+"):
		w.sign, w.value = 1, num[1:]
	case strings.HasPrefix(num, "-"):
		w.sign, w.value = -1, num
	default:
		w.value = num
	}
	if _, err := strconv.ParseFloat(w.value, 64); err != nil {
		return w, fmt.Errorf("value %q: %v", w.value, err)
	}
	return w, nil
}

// corpusTally counts the outcomes of a set of phrases.
type corpusTally struct {
	phrases, figures, right, flagged, wrong int
	nonFigures, classified, reported        int
	hints, hintsRight                       int
}

func (a *corpusTally) add(b corpusTally) {
	a.phrases += b.phrases
	a.figures += b.figures
	a.right += b.right
	a.flagged += b.flagged
	a.wrong += b.wrong
	a.nonFigures += b.nonFigures
	a.classified += b.classified
	a.reported += b.reported
	a.hints += b.hints
	a.hintsRight += b.hintsRight
}

func (a corpusTally) row(name string) string {
	return fmt.Sprintf("| %s | %d | %d | %d (%s%%) | %d | %d | %d/%d | %d | %d/%d |",
		name, a.phrases, a.figures, a.right, corpusPercent(a.right, a.figures), a.flagged, a.wrong,
		a.classified, a.nonFigures, a.reported, a.hintsRight, a.hints)
}

func corpusPercent(n, d int) string {
	if d == 0 {
		return "0.0"
	}
	return strconv.FormatFloat(float64(n)*100/float64(d), 'f', 1, 64)
}

// scoreCorpusPhrase runs Extract on a phrase and scores its numbers; it
// returns the tally and one line for each number not read as expected.
func scoreCorpusPhrase(p corpusPhrase) (corpusTally, []string, error) {
	tally := corpusTally{phrases: 1}
	items := jinan.Extract(p.text)
	used := make([]bool, len(items))
	var misses []string
	from := 0
	for _, w := range p.want {
		at := strings.Index(p.text[from:], w.locator)
		if at < 0 {
			return tally, nil, fmt.Errorf("%s:%d: %q not found after byte %d of %q", p.file, w.line, w.locator, from, p.text)
		}
		start := from + at
		end := start + len(w.locator)
		from = end
		k := corpusItemAt(items, start, end)
		var got *jinan.Extracted
		if k >= 0 {
			got, used[k] = &items[k], true
		}
		miss := ""
		switch w.kind {
		case "figure":
			tally.figures++
			switch why := corpusFigureDiff(w, got); {
			case why == "":
				tally.right++
			case got != nil && got.Kind == jinan.FigureKind && extractFlags(*got) != "":
				tally.flagged++
				miss = why
			default:
				tally.wrong++
				miss = why
			}
			if got != nil && got.Kind == jinan.FigureKind && w.hint != "-" {
				tally.hints++
				if got.Measure.String() == w.hint {
					tally.hintsRight++
				} else if miss == "" {
					miss = "hint " + got.Measure.String() + ", want " + w.hint
				}
			}
		case "flag":
			tally.figures++
			if got != nil && got.Kind == jinan.FigureKind && slices.Contains(strings.Split(extractFlags(*got), "+"), w.flag) {
				tally.right++
			} else {
				tally.wrong++
				miss = "want flag " + w.flag + ", got " + corpusDescribe(got)
			}
		default:
			tally.nonFigures++
			switch {
			case got != nil && got.Kind == jinan.FigureKind:
				tally.reported++
				miss = "a " + w.kind + " reported as a figure: " + corpusDescribe(got)
			case got == nil && !strings.ContainsAny(w.locator, "0123456789０１２３４５６７８９"),
				got != nil && got.Kind.String() == w.kind:
				tally.classified++
			default:
				miss = "want a " + w.kind + ", got " + corpusDescribe(got)
			}
		}
		if miss != "" {
			misses = append(misses, fmt.Sprintf("- %s:%d `%s`: %s", p.file, w.line, w.locator, miss))
		}
	}
	for k, e := range items {
		if e.Kind == jinan.FigureKind && !used[k] {
			tally.reported++
			misses = append(misses, fmt.Sprintf("- %s:%d `%s`: a figure the corpus does not list: %s", p.file, p.line, e.Text, corpusDescribe(&e)))
		}
	}
	return tally, misses, nil
}

// corpusItemAt returns the index of the item that overlaps [start, end)
// most, a figure before any other kind, or -1.
func corpusItemAt(items []jinan.Extracted, start, end int) int {
	best, bestOverlap := -1, 0
	for k, e := range items {
		o := min(end, e.End) - max(start, e.Start)
		if o <= 0 {
			continue
		}
		better := o > bestOverlap
		if best >= 0 && (items[best].Kind == jinan.FigureKind) != (e.Kind == jinan.FigureKind) {
			better = e.Kind == jinan.FigureKind
		}
		if better {
			best, bestOverlap = k, o
		}
	}
	return best
}

// corpusFigureDiff says how got differs from the expected reading w, ""
// when it is fully right: a figure with no flag, with the value as printed
// and its sign, the magnitude, unit, bound and high end of w.
func corpusFigureDiff(w corpusWant, got *jinan.Extracted) string {
	if got == nil || got.Kind != jinan.FigureKind {
		return "want " + w.reading + ", got " + corpusDescribe(got)
	}
	q := got.Quantity
	unit, _ := q.Unit().MarshalText()
	den := ""
	if d := q.Denominator(); d > 1 {
		den = strconv.FormatInt(d, 10)
	}
	switch {
	case extractFlags(*got) != "":
		return "flagged " + extractFlags(*got) + ", want " + w.reading
	case q.IsZero():
		return "no reading (" + got.Note + "), want " + w.reading
	case got.Sign != w.sign || q.ValueText() != w.value || den != w.den || q.HighText() != w.high ||
		int(q.Magnitude()) != w.mag || string(unit) != w.unit || q.Bound().String() != w.bound:
		return "got " + corpusDescribe(got) + ", want " + w.reading
	}
	return ""
}

// corpusDescribe writes an item in the corpus's notation.
func corpusDescribe(e *jinan.Extracted) string {
	if e == nil {
		return "nothing"
	}
	if e.Kind != jinan.FigureKind || e.Quantity.IsZero() {
		s := e.Kind.String() + " `" + e.Text + "`"
		if f := extractFlags(*e); f != "" {
			s += " flagged " + f
		}
		return s
	}
	q := e.Quantity
	v := q.ValueText()
	if e.Sign > 0 {
		v = "+" + v
	}
	if d := q.Denominator(); d > 1 {
		v += "/" + strconv.FormatInt(d, 10)
	}
	if q.Bound() == jinan.Range {
		v += ".." + q.HighText()
	}
	if m := q.Magnitude(); m != 0 {
		v += "e" + strconv.Itoa(int(m))
	}
	unit, _ := q.Unit().MarshalText()
	s := v + " " + string(unit)
	if b := q.Bound(); b != jinan.Exact && b != jinan.Range {
		s += " " + b.String()
	}
	return s + " `" + e.Text + "`"
}

// extractFlags returns the flags Extract set on a figure, "" for none.
func extractFlags(e jinan.Extracted) string { return e.Flags.String() }

// corpusReport scores the whole corpus: a table by genre and by kind of
// failure, and every number not read as expected.
func corpusReport(t testing.TB, phrases []corpusPhrase) (string, corpusTally) {
	t.Helper()
	byGenre := map[string]*corpusTally{}
	byTag := map[string]*corpusTally{}
	var genres []string
	var total corpusTally
	var misses []string
	for _, p := range phrases {
		tally, m, err := scoreCorpusPhrase(p)
		if err != nil {
			t.Fatal(err)
		}
		misses = append(misses, m...)
		if byGenre[p.genre] == nil {
			byGenre[p.genre] = &corpusTally{}
			genres = append(genres, p.genre)
		}
		byGenre[p.genre].add(tally)
		for _, tag := range p.tags {
			if byTag[tag] == nil {
				byTag[tag] = &corpusTally{}
			}
			byTag[tag].add(tally)
		}
		total.add(tally)
	}
	var b strings.Builder
	b.WriteString("# Extract on the development corpus\n\n")
	b.WriteString("Written by `go test -run TestExtractCorpus -update-corpus .` from the phrases of this\n")
	b.WriteString("directory. A figure is fully right when Extract reads it with no flag, with the value\n")
	b.WriteString("as printed and its sign, the magnitude, unit, bound and high end the corpus gives; an\n")
	b.WriteString("expected flag is right when Extract sets it. Flagged counts the figures whose reading\n")
	b.WriteString("the corpus gives but Extract flags instead. Non-figures reported counts the dates, names\n")
	b.WriteString("and other numbers Extract reports as figures, and the figures it reports that the corpus\n")
	b.WriteString("does not list.\n\n")
	header := "| | phrases | figures | fully right | flagged | wrong or missed | non-figures classified | non-figures reported | hints |\n|---|---:|---:|---:|---:|---:|---:|---:|---:|\n"
	b.WriteString("## By genre\n\n" + header)
	for _, g := range genres {
		b.WriteString(byGenre[g].row(g) + "\n")
	}
	b.WriteString(total.row("**all**") + "\n\n")
	b.WriteString("## By kind of failure (a phrase may show several)\n\n" + header)
	for _, tag := range []string{"direction", "sign", "list", "shu", "unit", "malformed", "nonfigure"} {
		if byTag[tag] != nil {
			b.WriteString(byTag[tag].row(tag) + "\n")
		}
	}
	b.WriteString("\n## Numbers not read as expected\n\n")
	if len(misses) == 0 {
		b.WriteString("None.\n")
	}
	for _, m := range misses {
		b.WriteString(m + "\n")
	}
	return b.String(), total
}

// TestExtractCorpus scores Extract on the development corpus and checks
// the score table RESULTS.md: the table is part of the history, so that
// each change of the extractor shows its effect. With -update-corpus it
// rewrites the table.
func TestExtractCorpus(t *testing.T) {
	phrases := readCorpus(t)
	genres := map[string]int{}
	tags := map[string]int{}
	for _, p := range phrases {
		genres[p.genre]++
		for _, tag := range p.tags {
			tags[tag]++
		}
	}
	if len(phrases) < 400 || len(genres) < 8 {
		t.Errorf("%d phrases in %d genres, want at least 400 in 8", len(phrases), len(genres))
	}
	for g, n := range genres {
		if n < 30 {
			t.Errorf("genre %s has %d phrases, want at least 30", g, n)
		}
	}
	for _, tag := range []string{"direction", "sign", "list", "shu", "unit", "malformed", "nonfigure"} {
		if tags[tag] < 10 {
			t.Errorf("%d phrases show %s, want at least 10", tags[tag], tag)
		}
	}
	report, total := corpusReport(t, phrases)
	t.Logf("%d phrases: %d/%d figures fully right, %d flagged, %d non-figures reported",
		total.phrases, total.right, total.figures, total.flagged, total.reported)
	path := filepath.Join(corpusDir, "RESULTS.md")
	if *updateCorpus {
		if err := os.WriteFile(path, []byte(report), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	old, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v: run go test -run TestExtractCorpus -update-corpus .", err)
	}
	if string(old) != report {
		t.Errorf("%s is stale: run go test -run TestExtractCorpus -update-corpus . and commit it", path)
	}
}
