package jinan

import (
	"encoding/json"
	"errors"
	"testing"
)

func TestUnitCodesAndSymbols(t *testing.T) {
	tests := []struct {
		u          Unit
		code, zh   string
		dim        Dimension
		marshalled string
	}{
		{CNY, "CNY", "元", Money, "CNY"},
		{USD, "USD", "美元", Money, "USD"},
		{Percent, "%", "%", Ratio, "%"},
		{PercentagePoint, "pp", "个百分点", PercentagePoints, "pp"},
		{SquareKilometre, "km2", "平方公里", Area, "km2"},
		{SquareMetre, "m2", "平方米", Area, "m2"},
		{Mu, "mu", "亩", Area, "mu"},
		{Tonne, "t", "吨", Mass, "t"},
		{Kilometre, "km", "公里", Length, "km"},
		{CountOf("家"), "count", "家", Count, "count:家"},
		{RankOf("名"), "rank", "名", Position, "rank:名"},
	}
	for _, tt := range tests {
		if got := tt.u.String(); got != tt.code {
			t.Errorf("String() = %q, want %q", got, tt.code)
		}
		if got := tt.u.Symbol(); got != tt.zh {
			t.Errorf("%s: Symbol() = %q, want %q", tt.code, got, tt.zh)
		}
		if got := tt.u.Dimension(); got != tt.dim {
			t.Errorf("%s: Dimension() = %v, want %v", tt.code, got, tt.dim)
		}
		text, err := tt.u.MarshalText()
		if err != nil || string(text) != tt.marshalled {
			t.Errorf("%s: MarshalText() = %q, %v, want %q", tt.code, text, err, tt.marshalled)
		}
		var back Unit
		if err := back.UnmarshalText(text); err != nil || back != tt.u {
			t.Errorf("%s: UnmarshalText(%q) = %v, %v, want the same unit", tt.code, text, back, err)
		}
	}
}

func TestParseUnitChinese(t *testing.T) {
	for s, want := range map[string]Unit{
		"元": CNY, "美元": USD, "平方公里": SquareKilometre, "亩": Mu, "个百分点": PercentagePoint, "天": Days,
	} {
		if got, err := ParseUnit(s); err != nil || got != want {
			t.Errorf("ParseUnit(%q) = %v, %v, want %v", s, got, err, want)
		}
	}
}

func TestParseUnitUnknown(t *testing.T) {
	for _, s := range []string{"英镑", "furlong", "cny", "%%"} {
		_, err := ParseUnit(s)
		var ue *UnitError
		if !errors.Is(err, ErrUnknownUnit) || !errors.As(err, &ue) || ue.Unit != s {
			t.Errorf("ParseUnit(%q) error = %v, want a *UnitError for %q wrapping ErrUnknownUnit", s, err, s)
		}
	}
}

func TestUnitAsMapKeyAndJSON(t *testing.T) {
	seen := map[Unit]int{CountOf("家"): 230, CountOf("列"): 83}
	if seen[CountOf("家")] != 230 || seen[CountOf("列")] != 83 {
		t.Error("counts with different counters must be different keys")
	}
	b, err := json.Marshal(map[string]Unit{"u": CountOf("列")})
	if err != nil || string(b) != `{"u":"count:列"}` {
		t.Errorf("json = %s, %v", b, err)
	}
}
