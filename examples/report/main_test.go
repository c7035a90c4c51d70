package main

import (
	"bytes"
	"strings"
	"testing"

	"golang.org/x/text/language"

	"github.com/jinanfacts/jinan"
)

// TestReport checks lines of the report against the seeds: each figure
// appears with its period and its quote, and derived figures are marked.
func TestReport(t *testing.T) {
	var buf bytes.Buffer
	r := report{w: &buf, tag: language.English}
	r.print(jinan.Default(), func(jinan.Fact) bool { return true })
	out := buf.String()
	for _, want := range []string{
		// 000: 一季度济南市生产总值为2027.00亿元, 同比下降4.4%.
		"2020-Q1*",
		"CNY 202.700 billion",
		"000 “一季度济南市生产总值为2027.00亿元”",
		"-4.4%",
		// 20.7 − 24.3 = −3.6, derived.
		"≈ derived from jinan.trade.gap-shandong.2020-q1, jinan.trade.growth.2020-q1",
		// 003: 完成供地1579亩.
		"1,579 mu",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("report lacks %q", want)
		}
	}
}

func TestReportFilters(t *testing.T) {
	var buf bytes.Buffer
	r := report{w: &buf, tag: language.Chinese, zh: true}
	r.print(jinan.Default(), func(f jinan.Fact) bool { return f.Subject() == jinan.Tianqiao })
	out := buf.String()
	// 004: 天桥区实际使用外资9046万美元.
	if !strings.Contains(out, "9046万美元") || strings.Contains(out, "2027.00亿元") {
		t.Errorf("the Tianqiao report must hold 9046万美元 and not Jinan's GDP:\n%s", out)
	}
}

func TestParsePeriod(t *testing.T) {
	for in, want := range map[string]string{"2020": "2020", "2020-Q1": "2020-Q1", "": ""} {
		p, err := parsePeriod(in)
		if err != nil || p.String() != want {
			t.Errorf("parsePeriod(%q) = %v, %v, want %s", in, p, err, want)
		}
	}
	for _, bad := range []string{"2020-Q5", "20x0", "Q1"} {
		if _, err := parsePeriod(bad); err == nil {
			t.Errorf("parsePeriod(%q) must fail", bad)
		}
	}
}
