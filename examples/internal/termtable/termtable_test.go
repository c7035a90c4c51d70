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
