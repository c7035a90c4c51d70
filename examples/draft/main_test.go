package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"go/format"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestRunWritesBothFiles drafts a page given as a file with -date into a
// directory: the data file parses as Go and names the page, and the JSON
// Lines hold one proposal a line, the same figures in the same order.
func TestRunWritesBothFiles(t *testing.T) {
	dir := t.TempDir()
	page := filepath.Join(dir, "page.txt")
	// The gap has a benchmark on a line of its own, whose next line gofmt
	// aligns: the command formats what GoSource writes.
	text := "一季度，济南实际利用外资3.8亿美元，同比增长5.8%，增速高于全省平均水平4.9个百分点。\n今年以来，市场主体总量达到117万户。"
	if err := os.WriteFile(page, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	if err := run(&out, page, "2020-04-28", "", dir, false); err != nil {
		t.Fatal(err)
	}
	src, err := os.ReadFile(filepath.Join(dir, "seed_draft.go"))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := parser.ParseFile(token.NewFileSet(), "seed_draft.go", src, 0); err != nil {
		t.Fatalf("the data file does not parse: %v", err)
	}
	if formatted, err := format.Source(src); err != nil || !bytes.Equal(formatted, src) {
		t.Errorf("the data file is not gofmt'd (%v)", err)
	}
	if !strings.Contains(string(src), "var SeedDraft = Seed{") || !strings.Contains(string(src), `File: "page.txt"`) {
		t.Errorf("the data file does not hold SeedDraft of page.txt:\n%s", src)
	}
	f, err := os.Open(filepath.Join(dir, "seed_draft.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var figures []string
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		var p struct {
			Figure string `json:"figure"`
			Period struct {
				Value string `json:"value"`
			} `json:"period"`
		}
		if err := json.Unmarshal(sc.Bytes(), &p); err != nil {
			t.Fatalf("line %q: %v", sc.Text(), err)
		}
		figures = append(figures, p.Figure+" "+p.Period.Value)
	}
	want := []string{"3.8亿美元 2020-Q1", "增长5.8% 2020-Q1", "4.9个百分点 2020-Q1", "117万户 2020-01-01/..2020-04-28"}
	if strings.Join(figures, "|") != strings.Join(want, "|") {
		t.Errorf("JSON Lines hold %q, want %q", figures, want)
	}
	if !strings.HasPrefix(out.String(), "draft: 4 proposals for page.txt") {
		t.Errorf("summary %q", out.String())
	}
}

func TestRunRefusesABadDate(t *testing.T) {
	if err := run(&bytes.Buffer{}, "", "2020-13-01", "", "", false); err == nil {
		t.Error("a date of month 13 is accepted")
	}
}
