package main

import (
	"bytes"
	"strings"
	"testing"

	"golang.org/x/text/language"

	"github.com/jinanfacts/jinan/examples/internal/termtable"
)

// report runs the program with args and returns its standard output and
// error and its exit status.
func runReport(args ...string) (stdout, stderr string, status int) {
	var out, errs bytes.Buffer
	status = run(args, &out, &errs)
	return out.String(), errs.String(), status
}

// TestReport checks lines of the report against the seeds: each figure
// appears with its period and its quote, and derived figures are marked.
func TestReport(t *testing.T) {
	out, _, status := runReport()
	full, _, _ := runReport("-quotes")
	if status != 0 {
		t.Fatalf("report exits %d", status)
	}
	for _, want := range []string{
		// 000: 一季度济南市生产总值为2027.00亿元, 同比下降4.4%.
		"2020-Q1*",
		"CNY 202.700 billion",
		"000 “一季度济南市生",
		"-4.4%",
		// 20.7 − 24.3 = −3.6, derived.
		"≈ derived from jinan.trade.gap-shandong.2020-q1",
		// 003: 完成供地1579亩.
		"1,579 mu",
		// 001: 14家“中科院”院所: institutes, not enterprises.
		"14 institutes",
		"2020 Jan–Sep",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("report lacks %q", want)
		}
	}
	for _, want := range []string{
		"000_7d0ca8f784bc605c.txt [",
		"“一季度济南市生产总值为2027.00亿元”",
		"from jinan.trade.gap-shandong.2020-q1, jinan.trade.growth.2020-q1",
		"period 2020-01-01/2020-09-30",
	} {
		if !strings.Contains(full, want) {
			t.Errorf("report -quotes lacks %q", want)
		}
	}
}

// TestReportWidth checks that no line of the report, in either language,
// with or without its full quotes, is wider than -width terminal columns,
// a Chinese character counting two.
func TestReportWidth(t *testing.T) {
	for _, args := range [][]string{
		{}, {"-lang", "zh"}, {"-quotes"}, {"-lang", "zh", "-quotes"},
		{"-width", "80"}, {"-width", "80", "-lang", "zh", "-quotes"}, {"-subject", "tianqiao", "-width", "100"},
	} {
		limit := 120
		for i, a := range args {
			if a == "-width" {
				limit = map[string]int{"80": 80, "100": 100}[args[i+1]]
			}
		}
		out, errs, status := runReport(args...)
		if status != 0 {
			t.Fatalf("report %v: exit %d: %s", args, status, errs)
		}
		widest, lines := 0, strings.Split(strings.TrimSuffix(out, "\n"), "\n")
		for n, line := range lines {
			w := termtable.Width(line)
			widest = max(widest, w)
			if w > limit {
				t.Errorf("report %v line %d is %d columns wide: %s", args, n+1, w, line)
			}
		}
		t.Logf("report %v: %d lines, the widest %d columns", args, len(lines), widest)
	}
}

func TestReportFilters(t *testing.T) {
	out, _, _ := runReport("-lang", "zh", "-subject", "tianqiao", "-quotes")
	// 004: 天桥区实际使用外资9046万美元.
	if !strings.Contains(out, "9046万美元") || strings.Contains(out, "2027.00亿元") {
		t.Errorf("the Tianqiao report must hold 9046万美元 and not Jinan's GDP:\n%s", out)
	}
	// January–September overlaps the second quarter; the first does not.
	out, _, _ = runReport("-indicator", "gdp", "-period", "2020-Q2")
	if !strings.Contains(out, "CNY 724.840 billion") || strings.Contains(out, "CNY 202.700 billion") {
		t.Errorf("-indicator gdp -period 2020-Q2 must hold January–September's GDP and not Q1's:\n%s", out)
	}
}

func TestParsePeriod(t *testing.T) {
	for in, want := range map[string]string{"2020": "2020", "2020-Q1": "2020-Q1", "": "", "2021-01-01/2021-10-31": "2021-01-01/2021-10-31"} {
		p, err := parsePeriod(in)
		if err != nil || p.String() != want {
			t.Errorf("parsePeriod(%q) = %v, %v, want %s", in, p, err, want)
		}
	}
	for _, bad := range []string{"2020-Q5", "20x0", "Q1", "2020-Q1x"} {
		if _, err := parsePeriod(bad); err == nil {
			t.Errorf("parsePeriod(%q) must fail", bad)
		}
	}
}

func TestParseLang(t *testing.T) {
	for in, zh := range map[string]bool{"en": false, "en-GB": false, "EN": false, "zh": true, "zh-CN": true, "zh-Hant": true} {
		tag, got, err := parseLang(in)
		if err != nil || got != zh || (zh && tag != language.Chinese) || (!zh && tag != language.English) {
			t.Errorf("parseLang(%q) = %v, %v, %v; want Chinese %v", in, tag, got, err, zh)
		}
	}
}

// TestRefusals checks that the report refuses what it cannot use with
// status 2 and an error that begins "report:" and names the input and why.
func TestRefusals(t *testing.T) {
	for _, tt := range []struct {
		args []string
		want []string
	}{
		{[]string{"-lang", "fr"}, []string{`report: -lang "fr": `, "English (en) or Chinese (zh)"}},
		{[]string{"-lang", "12"}, []string{`report: -lang "12": not a BCP 47 language tag`}},
		{[]string{"-period", "2020-Q1x"}, []string{`report: -period "2020-Q1x": at byte 0: `, "want a year (2020), quarter (2020-Q1)"}},
		{[]string{"-period", "2020-Q5"}, []string{`report: -period "2020-Q5": at byte 6: a quarter is 1 to 4`}},
		{[]string{"-subject", "nowhere"}, []string{`report: -subject "nowhere": no fact is about this subject`}},
		{[]string{"-indicator", "happiness"}, []string{`report: -indicator "happiness": no fact measures this indicator`}},
		{[]string{"-width", "40"}, []string{"report: -width 40: a report line needs at least 80 columns"}},
		{[]string{"extra"}, []string{`report: unexpected argument "extra"`}},
		{[]string{"-x"}, []string{"report: flag provided but not defined: -x"}},
		{[]string{"-width", "wide"}, []string{`report: invalid value "wide" for flag -width`}},
	} {
		out, errs, status := runReport(tt.args...)
		if status != 2 || out != "" {
			t.Errorf("report %v: exit %d with %d bytes of output, want 2 and none", tt.args, status, len(out))
		}
		if !strings.HasPrefix(errs, "report: ") || !strings.Contains(errs, usage) {
			t.Errorf("report %v: stderr %q lacks the reason or the usage", tt.args, errs)
		}
		for _, w := range tt.want {
			if !strings.Contains(errs, w) {
				t.Errorf("report %v: stderr %q lacks %q", tt.args, errs, w)
			}
		}
	}
}

// TestReportComparisons: the report prints Jinan's growth beside each
// benchmark's for every indicator with a gap, the implied growth with its
// interval: 000's trade 20.7%, 24.3 pp above Shandong's, so −3.6% in
// [−3.7, −3.5].
func TestReportComparisons(t *testing.T) {
	out, _, status := runReport()
	if status != 0 {
		t.Fatalf("report exits %d", status)
	}
	for _, want := range []string{
		"Growth versus the benchmarks",
		"Jinan · imports and exports · 2020-Q1*: +20.7%",
		"  Shandong -3.6% [-3.7, -3.5] ≈ implied (gap 24.3 pp)",
		"  China +0.1% [0, 0.2] ≈ implied (gap 31.9 pp)",
		"  industry above designated size -2.7% [-2.8, -2.6] ≈ implied (gap 16.8 pp)",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("report lacks %q", want)
		}
	}
}
