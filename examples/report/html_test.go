package main

import (
	"bytes"
	"encoding/xml"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/text/language"

	"github.com/jinanfacts/jinan"
)

// xnode is any element of the page, for walking it without a schema.
type xnode struct {
	XMLName xml.Name
	Attrs   []xml.Attr `xml:",any,attr"`
	Kids    []xnode    `xml:",any"`
	Text    string     `xml:",chardata"`
}

func (n xnode) attr(name string) string {
	for _, a := range n.Attrs {
		if a.Name.Local == name {
			return a.Value
		}
	}
	return ""
}

// walk calls f on n and every element under it, in document order.
func (n xnode) walk(f func(xnode)) {
	f(n)
	for _, k := range n.Kids {
		k.walk(f)
	}
}

// text returns all the text under n.
func (n xnode) text() string {
	var b strings.Builder
	n.walk(func(m xnode) { b.WriteString(m.Text) })
	return b.String()
}

// page writes the HTML report in the language of tag and parses it as
// XML.
func page(t *testing.T, tag language.Tag, zh bool) (xnode, string) {
	t.Helper()
	c := jinan.Default()
	all := func(jinan.Fact) bool { return true }
	r := report{tag: tag, zh: zh, width: 120}
	var b bytes.Buffer
	if err := r.writeHTML(&b, c, r.sections(c, all), all); err != nil {
		t.Fatal(err)
	}
	var root xnode
	if err := xml.Unmarshal(b.Bytes(), &root); err != nil {
		t.Fatalf("the page is not well-formed XML: %v", err)
	}
	return root, b.String()
}

// TestHTMLReport parses the page with encoding/xml and checks it: XHTML
// that loads nothing from anywhere; every chart marks each fact it lists
// exactly once (an element with its data-fact), lists each fact it marks,
// and shows the fact's quotes and seed; every fact of the report is in a
// table with its quotes; and the charts the report promises are there.
func TestHTMLReport(t *testing.T) {
	for _, lang := range []struct {
		tag language.Tag
		zh  bool
	}{{language.English, false}, {language.Chinese, true}} {
		root, text := page(t, lang.tag, lang.zh)
		if root.XMLName != (xml.Name{Space: "http://www.w3.org/1999/xhtml", Local: "html"}) || !strings.HasPrefix(text, "<!DOCTYPE html>\n") {
			t.Fatalf("root %v: want an XHTML html element after <!DOCTYPE html>", root.XMLName)
		}
		if strings.ContainsRune(text, '\uFFFD') {
			t.Errorf("%v: the page holds U+FFFD, a character mangled", lang.tag)
		}
		charset := false
		root.walk(func(n xnode) {
			switch n.XMLName.Local {
			case "script", "link", "iframe", "object", "embed", "img", "image", "use", "audio", "video", "source":
				t.Errorf("the page holds a %s element; it must load nothing", n.XMLName.Local)
			case "meta":
				charset = charset || strings.EqualFold(n.attr("charset"), "utf-8")
			case "style":
				if strings.Contains(n.Text, "url(") || strings.Contains(n.Text, "@import") || strings.Contains(n.Text, "@font-face") {
					t.Error("the style sheet loads something")
				}
			}
			for _, a := range n.Attrs {
				if v := a.Value; (a.Name.Local == "href" || a.Name.Local == "src") && !strings.HasPrefix(v, "#") {
					t.Errorf("%s %s=%q reaches outside the page", n.XMLName.Local, a.Name.Local, v)
				}
			}
		})
		if !charset {
			t.Error("the page declares no UTF-8 charset")
		}

		c := jinan.Default()
		charted := map[string][]string{} // chart ID → fact IDs
		var figures int
		root.walk(func(fig xnode) {
			if fig.XMLName.Local != "figure" {
				return
			}
			figures++
			id := fig.attr("id")
			marks := map[string]int{}
			listed := map[string]xnode{}
			fig.walk(func(n xnode) {
				if n.XMLName.Space == "http://www.w3.org/2000/svg" && n.attr("data-fact") != "" {
					marks[n.attr("data-fact")]++
				}
				if n.XMLName.Local == "li" && n.attr("data-fact-ref") != "" {
					listed[n.attr("data-fact-ref")] = n
				}
			})
			if len(marks) == 0 {
				t.Errorf("chart %s marks nothing", id)
			}
			for fid, n := range marks {
				if n != 1 {
					t.Errorf("chart %s marks %s %d times, want once", id, fid, n)
				}
				if _, ok := listed[fid]; !ok {
					t.Errorf("chart %s marks %s and does not list it", id, fid)
				}
			}
			for fid, li := range listed {
				if marks[fid] == 0 {
					t.Errorf("chart %s lists %s and does not mark it", id, fid)
				}
				f, ok := c.Fact(fid)
				if !ok {
					t.Errorf("chart %s lists %s, which is no fact", id, fid)
					continue
				}
				got := li.text()
				for s := range f.AllSources() {
					if !strings.Contains(got, s.Quote) || !strings.Contains(got, s.File) {
						t.Errorf("chart %s: %s is listed without its quote %q from %s", id, fid, s.Quote, s.File)
					}
				}
				charted[id] = append(charted[id], fid)
			}
		})

		rows := map[string]xnode{}
		root.walk(func(n xnode) {
			if n.XMLName.Local == "tr" && strings.HasPrefix(n.attr("id"), "fact-") {
				rows[strings.TrimPrefix(n.attr("id"), "fact-")] = n
			}
		})
		for _, facts := range []func(func(jinan.Fact) bool){c.All(), c.Derived()} {
			for f := range facts {
				row, ok := rows[f.ID()]
				if !ok {
					t.Errorf("no table row for %s", f.ID())
					continue
				}
				for s := range f.AllSources() {
					if !strings.Contains(row.text(), s.Quote) {
						t.Errorf("the row of %s lacks its quote %q", f.ID(), s.Quote)
					}
				}
			}
		}

		for chart, want := range map[string][]string{
			// 进出口…增长20.7%…高于全省平均水平24.3个百分点: Jinan, the gap, Shandong implied.
			"growth": {"jinan.trade.growth.2020-q1", "jinan.trade.gap-shandong.2020-q1", "jinan.trade.gap-shandong.2020-q1/benchmark-growth",
				"jinan.trade.gap-china.2020-sofar/benchmark-growth", "jinan.budget-revenue.gap-shandong.2020-q1"},
			"gdp-levels":         {"jinan.gdp.level.2020-q1", "jinan.gdp.level.2020-ytd-09", "jinan.gdp.level.2020", "jinan.gdp.level-planned.2020"},
			"gdp-growth":         {"jinan.gdp.growth.2020-q1"},
			"places-usd":         {"tianqiao.foreign-capital.level.2021-ytd-10"},
			"places-counts":      {"licheng.signed-projects.level.2021-12-22", "tianqiao.signed-projects.level.2021-sofar"},
			"targets-completion": {"tianqiao.foreign-capital.completion.2021-ytd-10", "medical-center.total-investment.completion.2020-12-31"},
			"targets-usd":        {"tianqiao.foreign-capital.completion.2021-ytd-10/target-from-completion"},
		} {
			for _, fid := range want {
				found := false
				for _, got := range charted[chart] {
					found = found || got == fid
				}
				if !found {
					t.Errorf("%v: chart %s does not chart %s", lang.tag, chart, fid)
				}
			}
		}
		n := 0
		for _, ids := range charted {
			n += len(ids)
		}
		t.Logf("%v: %d charts marking %d facts, %d fact rows, %d bytes", lang.tag, figures, n, len(rows), len(text))
	}
}

// TestHTMLFlag runs the program with -html and reads the file back.
func TestHTMLFlag(t *testing.T) {
	name := filepath.Join(t.TempDir(), "report.html")
	out, errs, status := runReport("-html", name, "-subject", "tianqiao")
	if status != 0 || !strings.Contains(out, "9046万美元") && !strings.Contains(out, "USD 90.46 million") {
		t.Fatalf("report -html: exit %d: %s", status, errs)
	}
	b, err := os.ReadFile(name)
	if err != nil {
		t.Fatal(err)
	}
	if err := xml.Unmarshal(b, new(xnode)); err != nil || !bytes.Contains(b, []byte("tianqiao.foreign-capital.level.2021-ytd-10")) {
		t.Errorf("report.html: %v, or it lacks Tianqiao's foreign capital", err)
	}
	if _, errs, status := runReport("-html", filepath.Join(t.TempDir(), "no", "such", "dir", "r.html")); status != 1 || !strings.HasPrefix(errs, `report: -html "`) {
		t.Errorf("report -html into a missing directory: exit %d, stderr %q", status, errs)
	}
}

func TestCapital(t *testing.T) {
	for in, want := range map[string]string{"imports and exports": "Imports and exports", "进出口总额": "进出口总额", "": ""} {
		if got := capital(in); got != want {
			t.Errorf("capital(%q) = %q, want %q", in, got, want)
		}
	}
}
