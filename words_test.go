package jinan

import (
	"math/big"
	"testing"

	"github.com/jinanfacts/jinan/internal/words"
)

// TestWordsMaps checks that the package's bounds and dimensions map to
// those of internal/words of the same name, both ways.
func TestWordsMaps(t *testing.T) {
	for d := words.Money; d <= words.CalendarSpan; d++ {
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
