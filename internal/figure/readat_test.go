package figure_test

import (
	"strings"
	"testing"

	"github.com/shopspring/decimal"

	"github.com/jinanfacts/jinan/internal/figure"
)

// TestReadAt reads the phrase of one number of a text: it starts at the
// phrase's first word at or after from, and is the phrase Scan finds.
func TestReadAt(t *testing.T) {
	tests := []struct {
		text, from, at string // from and at: the text the offsets start
		want           string // the phrase, "" for none
	}{
		{"全市同比下降4.4%，", "全市", "4.4", "同比下降4.4%"},
		{"全市同比下降4.4%，", "4.4", "4.4", "4.4%"},
		{"比上年增长5.6%", "比", "5.6", "增长5.6%"},
		{"增长14.1%、12.3%", "增长", "12.3", "12.3%"}, // 增长14.1% prints another number
		{"增长14.1%、12.3%", "、", "12.3", "12.3%"},
		{"完成预算数5000万元的40%", "完成", "5000", "5000万元"},
		{"新增就业数万人", "新增", "万", ""},
		{"力争通过3—5年", "力争", "3", "3—5年"},
		{"占全市的三分之一", "占", "三", "三分之一"},
		{"继2020年GDP过万亿元之后", "GDP", "万", "过万亿元"},
		{"一季度", "一", "一", ""},
		{"居全省首位", "居", "首", "首位"},
	}
	for _, tt := range tests {
		from, at := strings.Index(tt.text, tt.from), strings.Index(tt.text, tt.at)
		f, ok := figure.ReadAt(tt.text, from, at)
		got := ""
		if ok {
			got = tt.text[f.Start:f.End]
		}
		if got != tt.want {
			t.Errorf("ReadAt(%q, %q, %q) = %q, want %q", tt.text, tt.from, tt.at, got, tt.want)
		}
		if !ok {
			continue
		}
		for _, s := range figure.Scan(tt.text[from:]) {
			if s.Start+from == f.Start && s.End+from != f.End {
				t.Errorf("ReadAt(%q) reads [%d,%d), Scan [%d,%d)", tt.text, f.Start, f.End, s.Start+from, s.End+from)
			}
		}
	}
}

// TestDecimalShared checks that Decimal makes the value asked for, with the
// printed exponent, that equal values are shared, and that Neg negates
// small and large values alike.
func TestDecimalShared(t *testing.T) {
	for _, tt := range []struct {
		coef int64
		exp  int32
		want string
	}{{202700, -2, "2027.00"}, {44, -1, "4.4"}, {-44, -1, "-4.4"}, {0, 0, "0"}, {12, 0, "12"}} {
		d := figure.Decimal(tt.coef, tt.exp)
		if got := d.StringFixed(-min(tt.exp, 0)); got != tt.want || d.Exponent() != tt.exp {
			t.Errorf("Decimal(%d, %d) = %s (exponent %d), want %s", tt.coef, tt.exp, got, d.Exponent(), tt.want)
		}
		if n := figure.Neg(d); !n.Equal(d.Neg()) || n.Exponent() != d.Exponent() {
			t.Errorf("Neg(%s) = %s", d, n)
		}
	}
	a, b := figure.Decimal(52, -1), figure.Decimal(52, -1)
	if n := testing.AllocsPerRun(100, func() { a = figure.Decimal(52, -1); b = figure.Neg(a) }); n != 0 {
		t.Errorf("Decimal and Neg of a cached value allocate %v times", n)
	}
	if !b.Equal(decimal.New(-52, -1)) {
		t.Errorf("Neg(5.2) = %s", b)
	}
	huge := decimal.RequireFromString("123456789012345678901234567890")
	if n := figure.Neg(huge); n.String() != "-123456789012345678901234567890" {
		t.Errorf("Neg(%s) = %s", huge, n)
	}
}

// TestThousand checks the magnitude 千 beside the units that start with it:
// 5823.6千公顷 is 5823.6 thousand hectares, 5千瓦 five kilowatts, and a bare
// 千 is no figure.
func TestThousand(t *testing.T) {
	for _, tt := range []struct {
		in   string
		mag  int
		unit string
	}{{"5823.6千公顷", 3, "公顷"}, {"5千瓦", 0, "千瓦"}, {"3千万元", 7, "元"}, {"2千克", 0, "公斤"}, {"1.5千米", 0, "公里"}, {"两千家", 0, "家"}} {
		f, err := figure.Parse(tt.in)
		if err != nil || f.Magnitude != tt.mag || f.Unit != tt.unit {
			t.Errorf("Parse(%q) = magnitude %d, unit %q, %v; want %d, %q", tt.in, f.Magnitude, f.Unit, err, tt.mag, tt.unit)
		}
	}
	for _, f := range figure.Scan("千家万户") {
		if f.Start == 0 {
			t.Errorf("Scan(千家万户) reads %+v at 千", f)
		}
	}
}
