package termtable

import (
	"strings"
	"testing"
)

func TestWidth(t *testing.T) {
	for s, want := range map[string]int{"": 0, "GDP": 3, "济南": 4, "２０２０": 8, "2027.00亿元": 11} {
		if got := Width(s); got != want {
			t.Errorf("Width(%q) = %d, want %d", s, got, want)
		}
	}
}

func TestWrite(t *testing.T) {
	var b strings.Builder
	rows := [][]string{{"subject", "value"}, {"济南市", "2027.00"}, {"Jinan", "3.8"}}
	if err := Write(&b, rows, 1); err != nil {
		t.Fatal(err)
	}
	// "subject" is 7 columns, "济南市" 6: the widest sets the column.
	want := "subject    value\n" +
		"济南市   2027.00\n" +
		"Jinan        3.8\n"
	if b.String() != want {
		t.Errorf("Write =\n%s\nwant\n%s", b.String(), want)
	}
}

func TestFit(t *testing.T) {
	rows := [][]string{
		{"period", "subject", "value", "source"},
		{"2020-Q1", "Shandong First Medical University construction project", "CNY 202.700 billion", "000 “一季度济南市生产总值为2027.00亿元，同比下降4.4%”"},
	}
	for _, width := range []int{120, 80, 60, 40} {
		for _, line := range Format(Fit(rows, width, []int{-1, 10, -1, 10})) {
			if Width(line) > width {
				t.Errorf("Fit(%d): line %q is %d wide", width, line, Width(line))
			}
		}
	}
	got := Fit(rows, 80, []int{-1, 10, -1, 10})[1]
	if got[0] != "2020-Q1" || got[2] != "CNY 202.700 billion" || !strings.HasSuffix(got[1], "…") || !strings.HasSuffix(got[3], "…") {
		t.Errorf("Fit(80) cuts %q; want only the subject and source cut", got)
	}
}

func TestTruncateAndWrap(t *testing.T) {
	if got := Truncate("一季度济南市生产总值", 9); got != "一季度济…" || Width(got) != 9 {
		t.Errorf("Truncate = %q (%d wide)", got, Width(got))
	}
	if got := Truncate("Jinan", 5); got != "Jinan" {
		t.Errorf("Truncate(Jinan, 5) = %q", got)
	}
	lines := Wrap("000 [145:179] “防疫物资出口逾3000万美元” and the body says 突破", 16)
	for _, l := range lines {
		if Width(l) > 16 {
			t.Errorf("Wrap: %q is %d wide", l, Width(l))
		}
	}
	if got := strings.ReplaceAll(strings.Join(lines, ""), " ", ""); got != "000[145:179]“防疫物资出口逾3000万美元”andthebodysays突破" {
		t.Errorf("Wrap lost text: %q", lines)
	}
}
