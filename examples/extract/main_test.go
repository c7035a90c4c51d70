package main

import (
	"strings"
	"testing"
)

// TestNotText warns on bytes that are not UTF-8 text, naming the input and
// the first byte that is not, and on nothing else.
func TestNotText(t *testing.T) {
	for _, tt := range []struct {
		text string
		want string // "" for no warning
	}{
		{"一季度济南市生产总值为2027.00亿元", ""},
		{"", ""},
		{"GDP 2027.00\n", ""},
		{"一季度\xff2027亿元", "random.bin is not valid UTF-8 text: byte 9 (0xff)"},
		{"\xe4\xb8", "random.bin is not valid UTF-8 text: byte 0 (0xe4)"},
		{"ab\x00cd", "random.bin is not text: byte 2 is NUL"},
	} {
		got := notText("random.bin", []byte(tt.text))
		if (tt.want == "") != (got == "") || !strings.HasPrefix(got, tt.want) {
			t.Errorf("notText(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}
