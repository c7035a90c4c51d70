package jinan

import (
	"math/big"
	"testing"

	"github.com/jinanfacts/jinan/internal/words"
)

// TestWordsMaps checks that the package's bounds and dimensions map to
// those of internal/words of the same name, both ways.
func TestWordsMaps(t *testing.T) {
	for d := words.Money; d <= words.MonthOfYear; d++ {
		if got := dimensions[d]; got.String() != d.String() {
			t.Errorf("dimension %v maps to %v", d, got)
		}
	}
	for k := words.Exact; k <= words.Under; k++ {
		b := boundOf(k)
		if b.String() != k.String() || b.wordBound() != k {
			t.Errorf("bound %v maps to %v, which maps back to %v", k, b, b.wordBound())
		}
	}
	if got := Range.wordBound(); got != 0 {
		t.Errorf("Range maps to the words' bound %v; no word states a range", got)
	}
	if got := boundOf(0); got != 0 {
		t.Errorf("boundOf(0) = %v, want the zero Bound", got)
	}
}

// TestUnitKindsDescribed checks that the join of unitKinds with the unit
// table of internal/words describes every unit kind: a dimension, a size,
// and, for a kind printed as a word, a symbol that ParseUnit reads back.
func TestUnitKindsDescribed(t *testing.T) {
	for k := kindCurrency; k <= kindRank; k++ {
		info := unitInfos()[k]
		if info.dim == 0 || info.num <= 0 || info.den <= 0 || (k != kindCurrency && info.code == "") {
			t.Errorf("kind %d: %+v", k, info)
		}
		switch k {
		case kindCurrency, kindFraction, kindCount, kindRank:
			continue
		}
		for _, s := range []string{info.code, info.zh} {
			if u, err := ParseUnit(s); err != nil || u != (Unit{kind: k}) {
				t.Errorf("ParseUnit(%q) = %v, %v; want the unit of kind %d", s, u, err, k)
			}
		}
	}
	if got := Days.Symbol(); got != "日" {
		t.Errorf("Days.Symbol() = %q, want 日, though 天 names it too", got)
	}
	if got := Mu.factor(); got.Cmp(big.NewRat(10000, 15)) != 0 {
		t.Errorf("Mu.factor() = %v, want 10000/15 exactly", got)
	}
}

// TestWordUnits checks that the units the word tables add read as
// quantities of their dimension with their exact size: 2斤 is 1公斤, 5000
// 公斤 is 5吨, 增长1倍 is growth of 100%, 1万千瓦 is 10兆瓦, and −4.4% reads
// with either minus.
func TestWordUnits(t *testing.T) {
	tests := []struct {
		a, b string
		dim  Dimension
	}{
		{"2斤", "1公斤", Mass},
		{"5000公斤", "5吨", Mass},
		{"1000克", "1千克", Mass},
		{"增长1倍", "增长100%", Ratio},
		{"6.49‰", "0.649%", Ratio},
		{"1万千瓦", "10兆瓦", Power},
		{"1000兆瓦", "1吉瓦", Power},
		{"3千瓦时", "3千瓦小时", Energy},
		{"2公顷", "30亩", Area},
		{"120平米", "120平方米", Area},
		{"1500米", "1.5千米", Length},
		{"6.8亿立方米", "680000000立方米", Volume},
		{"612.4亿吨公里", "61240000000吨公里", FreightTurnover},
		{"1562.3亿人公里", "156230000000人公里", PassengerTurnover},
		{"4.26亿吨标准煤", "426000000吨标准煤", CoalEquivalent},
		{"35微克/立方米", "35微克/立方米", MassConcentration},
		{"−4.4%", "-4.4%", Ratio},
		{"－4.4%", "下降4.4%", Ratio},
		{"3000万人民币", "3000万元", Money},
	}
	for _, tt := range tests {
		a, err := ParseQuantity(tt.a)
		if err != nil {
			t.Errorf("ParseQuantity(%q): %v", tt.a, err)
			continue
		}
		b := MustParseQuantity(tt.b)
		if !a.Equal(b) || a.Unit().Dimension() != tt.dim {
			t.Errorf("%s = %v (%v) is not %s = %v (%v) in %v", tt.a, a, a.Unit().Dimension(), tt.b, b, b.Unit().Dimension(), tt.dim)
		}
		if back, err := ParseQuantity(a.String()); err != nil || !back.Identical(a) {
			t.Errorf("%s prints %q, which reads back as %v, %v", tt.a, a.String(), back, err)
		}
	}
	if q := MustParseQuantity("2倍"); q.Unit().String() != "times" || q.Unit().Symbol() != "倍" {
		t.Errorf("2倍 has unit %v (%s), want times (倍), not a counter", q.Unit(), q.Unit().Symbol())
	}
}
