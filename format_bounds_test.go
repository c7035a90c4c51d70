package jinan

import (
	"strings"
	"testing"

	"golang.org/x/text/language"
)

// TestFormatEveryBound formats a growth rate and a level of every bound,
// rising and falling, in Chinese and English. The Chinese reads back to
// the same quantity; the English names the number.
func TestFormatEveryBound(t *testing.T) {
	for b, figure := range boundFigures {
		for _, sign := range []string{"", "-"} {
			q := MustParseQuantity(figure)
			if sign == "-" {
				var err error
				if q, err = q.Neg(); err != nil {
					t.Fatal(err)
				}
			}
			for _, m := range []Measure{Growth, Level} {
				f := Fact{&fact{id: "t", key: Key{Subject: Jinan, Indicator: Trade, Measure: m, Status: Observed}, quantity: q}}
				zh := FormatFact(f, language.Chinese)
				back, err := ParseQuantity(zh)
				if err != nil || !back.Equal(q) {
					t.Errorf("%v %s%s as %v: zh %q reads back as %s, %v; want %s", b, sign, figure, m, zh, back, err, q)
				}
				if zq := FormatQuantity(q, language.Chinese); MustParseQuantity(zq).Equal(q) == false {
					t.Errorf("FormatQuantity(%s, zh) = %q does not read back", q, zq)
				}
				en := FormatFact(f, language.English)
				if !strings.Contains(en, "3") {
					t.Errorf("%v %s%s as %v: en %q does not name the number", b, sign, figure, m, en)
				}
			}
		}
	}
	// The case: a fall of more than 3% stays one in Chinese.
	f := Fact{&fact{id: "t", key: Key{Subject: Jinan, Indicator: Trade, Measure: Growth}, quantity: MustParseQuantity("下降超过3%")}}
	if got := FormatFact(f, language.Chinese); got != "下降超过3%" {
		t.Errorf("下降超过3%% formats as %q", got)
	}
}
