package jinan

import (
	"errors"
	"go/ast"
	"go/importer"
	"go/parser"
	"go/token"
	"go/types"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/jinanfacts/jinan/internal/data"
)

// draftedEntry is an entry of a drafted data file as its source spells it.
type draftedEntry struct {
	fields map[string]string
	nth    int
}

// draftedEntries reads the Entry literals of a drafted data file's AST.
func draftedEntries(f *ast.File) []draftedEntry {
	var out []draftedEntry
	ast.Inspect(f, func(n ast.Node) bool {
		lit, ok := n.(*ast.CompositeLit)
		if !ok || lit.Type != nil {
			return true
		}
		e := draftedEntry{fields: map[string]string{}}
		for _, el := range lit.Elts {
			kv, ok := el.(*ast.KeyValueExpr)
			if !ok {
				return true
			}
			key, _ := kv.Key.(*ast.Ident)
			val, _ := kv.Value.(*ast.BasicLit)
			if key == nil || val == nil {
				continue
			}
			switch val.Kind {
			case token.STRING:
				s, err := strconv.Unquote(val.Value)
				if err == nil {
					e.fields[key.Name] = s
				}
			case token.INT:
				e.nth, _ = strconv.Atoi(val.Value)
			}
		}
		if _, ok := e.fields["Figure"]; ok {
			out = append(out, e)
		}
		return true
	})
	return out
}

// TestDraftedSeedsCompileAndProve drafts every seed with the whole
// vocabulary and checks the data file as a curator would receive it: it is
// Go that type-checks beside internal/data's types, and at least 90% of its
// entries pass the provenance checks: the quote is the seed's bytes at the
// occurrence it names, the figure stands inside it, and the figure parses to
// what Extract reads there; the measure and period parse.
func TestDraftedSeedsCompileAndProve(t *testing.T) {
	fset := token.NewFileSet()
	var pkg []*ast.File // internal/data as it is, for the drafted file to compile beside
	paths, err := filepath.Glob("internal/data/*.go")
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range paths {
		if strings.HasSuffix(p, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(fset, p, nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		pkg = append(pkg, f)
	}
	for _, s := range data.Seeds() {
		doc, err := DocumentByFile(s.File)
		if err != nil {
			t.Fatal(err)
		}
		text, err := doc.Text()
		if err != nil {
			t.Fatal(err)
		}
		d, err := Draft(string(text), doc)
		if err != nil {
			t.Fatal(err)
		}
		src, err := d.GoSource("SeedDraft")
		if err != nil {
			t.Fatal(err)
		}
		drafted, err := parser.ParseFile(fset, "seed_draft.go", src, parser.ParseComments)
		if err != nil {
			t.Fatalf("%s: the drafted file does not parse: %v", s.File, err)
		}
		conf := types.Config{Importer: importer.Default()}
		if _, err := conf.Check("data", fset, append(pkg[:len(pkg):len(pkg)], drafted), nil); err != nil {
			t.Fatalf("%s: the drafted file does not compile: %v", s.File, err)
		}
		entries := draftedEntries(drafted)
		if len(entries) != len(d.Proposals) {
			t.Fatalf("%s: %d entries in the file, %d proposals", s.File, len(entries), len(d.Proposals))
		}
		items := ExtractBytes(text)
		proved := 0
		for _, e := range entries {
			if why := proveDrafted(s.File, e, items); why != "" {
				t.Logf("%s: %s: %s", s.File, e.fields["ID"], why)
				continue
			}
			proved++
		}
		if proved*10 < len(entries)*9 {
			t.Errorf("%s: %d of %d drafted entries pass the provenance checks, under 90%%", s.File, proved, len(entries))
		}
	}
}

// proveDrafted returns why a drafted entry fails the provenance checks, or "".
func proveDrafted(file string, e draftedEntry, items []Extracted) string {
	quote, fig := e.fields["Quote"], e.fields["Figure"]
	src, err := locate(data.Cite{File: file, Quote: quote, Nth: e.nth})
	if err != nil {
		return err.Error()
	}
	at := strings.Index(quote, fig)
	if fig == "" || at < 0 {
		return "figure " + strconv.Quote(fig) + " not in its quote"
	}
	reading := fig
	if as := e.fields["As"]; as != "" {
		reading = as
	}
	q, err := ParseQuantity(reading)
	if err != nil {
		return err.Error()
	}
	got := itemAt(items, src.Start+at, src.Start+at+len(fig))
	if !q.Identical(got.Quantity) {
		return "figure " + strconv.Quote(reading) + " parses to " + q.String() + ", Extract reads " + got.Quantity.String()
	}
	if p := e.fields["Period"]; p != "" {
		if _, err := ParsePeriod(p); err != nil {
			return err.Error()
		}
	}
	var m Measure
	if err := m.UnmarshalText([]byte(e.fields["Measure"])); err != nil {
		return err.Error()
	}
	return ""
}

// TestDraftReadsAClause checks every field Draft proposes for a short page
// whose facts are read by hand: 一季度 in a page of 2020-04-28 is 2020-Q1; 同比
// 增长 is a growth of the indicator named before; 高于全省平均水平 is a gap to
// Shandong; 力争 makes a target; a company the vocabulary does not know is
// proposed as new under its printed name.
func TestDraftReadsAClause(t *testing.T) {
	text := "一季度，济南实际利用外资3.8亿美元，同比增长5.8%，增速高于全省平均水平4.9个百分点。\n" +
		"今年，历下区力争地区生产总值突破2000亿元。\n" +
		"一季度，泉城星辰科技集团实现出口1.2亿美元。"
	doc := Document{File: "test.txt", Published: D(2020, 4, 28)}
	d, err := Draft(text, doc)
	if err != nil {
		t.Fatal(err)
	}
	type row struct{ figure, subject, indicator, measure, period, status, benchmark, newSubject string }
	want := []row{
		{"3.8亿美元", "jinan", "foreign-capital", "level", "2020-Q1", "", "", ""},
		{"增长5.8%", "jinan", "foreign-capital", "growth", "2020-Q1", "", "", ""},
		{"4.9个百分点", "jinan", "foreign-capital", "gap", "2020-Q1", "", "shandong", ""},
		{"突破2000亿元", "lixia", "gdp", "level", "2020", "target", "", ""},
		{"1.2亿美元", "", "exports", "level", "2020-Q1", "", "", "泉城星辰科技集团"},
	}
	if len(d.Proposals) != len(want) {
		t.Fatalf("%d proposals, want %d: %+v", len(d.Proposals), len(want), d.Proposals)
	}
	for i, w := range want {
		p := d.Proposals[i]
		got := row{p.Figure, p.Subject.Value, p.Indicator.Value, p.Measure.Value, p.Period.Value, p.Status.Value, p.Benchmark.Value, ""}
		if p.NewSubject != nil {
			got.subject, got.newSubject = "", p.NewSubject.Chinese
		}
		if got != w {
			t.Errorf("proposal %d:\n got %+v\nwant %+v", i, got, w)
		}
		if !strings.Contains(text, p.Quote) || !strings.Contains(p.Quote, p.Figure) {
			t.Errorf("proposal %d: quote %q is not verbatim or lacks %q", i, p.Quote, p.Figure)
		}
	}
}

func TestDraftErrors(t *testing.T) {
	for _, tt := range []struct {
		text string
		want error
	}{
		{"", ErrEmpty},
		{"2020年4月27日上午10:00召开会议。", ErrEmpty}, // dates and clock times only
		{"一季度\xff增长5%", ErrSyntax},
	} {
		if _, err := Draft(tt.text, Document{File: "x.txt"}); !errors.Is(err, tt.want) {
			t.Errorf("Draft(%q) = %v, want %v", tt.text, err, tt.want)
		}
	}
	if _, err := (Drafts{}).GoSource("not an identifier"); !errors.Is(err, ErrSyntax) {
		t.Errorf("GoSource of a bad name = %v, want ErrSyntax", err)
	}
}

// FuzzDraft: any text drafts without a panic, in bounded time, and every
// proposal's quote is verbatim text holding its figure.
func FuzzDraft(f *testing.F) {
	for _, s := range []string{"一季度济南市生产总值为2027.00亿元，同比下降4.4%", "截至3月末，270个市级重点建设项目已经开工244个",
		"力争“十四五”期间销售收入突破万亿元", "、、、1、2、3个百分点", "今年以来以来截至至到1-月", "第九种", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		start := time.Now()
		d, err := Draft(text, Document{File: "fuzz.txt", Published: D(2021, 12, 27)})
		if elapsed := time.Since(start); elapsed > 2*time.Second && len(text) < 1<<14 {
			t.Errorf("Draft took %v on %d bytes", elapsed, len(text))
		}
		if err != nil {
			return
		}
		for _, p := range d.Proposals {
			if !strings.Contains(text, p.Quote) || !strings.Contains(p.Quote, p.Figure) {
				t.Errorf("quote %q is not verbatim or lacks %q", p.Quote, p.Figure)
			}
		}
		if _, err := d.GoSource("SeedFuzz"); err != nil {
			t.Errorf("GoSource: %v", err)
		}
	})
}
