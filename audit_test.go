package jinan

import (
	"strings"
	"testing"
)

// TestAudit checks the audit's verdicts against arithmetic done by hand.
func TestAudit(t *testing.T) {
	checks := Default().Audit()
	byName := map[string]Check{}
	for _, c := range checks {
		if strings.HasPrefix(c.Got, "jinan: audit: fact") {
			t.Errorf("%s: a relation names a fact that does not exist: %s", c.Name, c.Got)
		}
		byName[c.Name] = c
	}
	tests := []struct {
		prefix string
		holds  bool
		got    string
	}{
		// 835亩 + 744亩 = 1579亩.
		{"市中区 land supplied", true, "1579亩"},
		// 1548万美元 ≤ 17900万美元.
		{"齐鲁制药 US formulation exports", true, "holds"},
		// 2027.00亿元 ≤ 7248.40亿元 ≤ 过万亿元.
		{"Jinan GDP in Q1 2020", true, "holds"},
		// 139.6 printed to one decimal stands for [139.55, 139.65]; 139.66 is outside.
		{"天桥区's foreign capital", false, "|139.6 − 139.66| = 0.06"},
		// 0.524 × 1.207 × 0.481 / 1.481 × 100 = 20.54… pp; the printed precision
		// allows [0.5235 × 1.2065 × 0.4805/1.4805, 0.5245 × 1.2075 × 0.4815/1.4815]
		// × 100 = [20.49882…, 20.58388…], printed outward to 4 decimals as
		// [20.4988, 20.5839]; 22.9 ([22.85, 22.95]) is far from it.
		{"济南高新区's contribution", false, "约20.54个百分点 in [20.4988, 20.5839], rounded half away from zero to 2 decimals, as the interval allows"},
		// 27 / 160 = 16.875% ≤ 20%.
		{"济北开发区 27th of 160", true, "holds"},
		// 2020 − 1991 = 29, under 30 and within a year of it: 近“而立之年”.
		{"济南高新区, founded in 1991", true, "29年"},
	}
	for _, tt := range tests {
		var found *Check
		for name, c := range byName {
			if strings.HasPrefix(name, tt.prefix) {
				found = &c
				break
			}
		}
		if found == nil {
			t.Errorf("no check %q", tt.prefix)
			continue
		}
		if found.Holds != tt.holds || found.Got != tt.got {
			t.Errorf("%s: holds %v, got %q; want %v, %q", found.Name, found.Holds, found.Got, tt.holds, tt.got)
		}
	}
	refused := 0
	for _, c := range checks {
		if c.Relation == "derivation" {
			refused++
			if !c.Holds {
				t.Errorf("%s: a base was derived from a comparable-price growth rate", c.Name)
			}
		}
	}
	// Jinan's GDP in Q1 and January–September 2020, the High-tech Zone's GDP
	// and industrial value added in 2019, and information services' value
	// added in Q1 2020 all have a growth rate at comparable prices.
	if refused != 5 {
		t.Errorf("%d refused derivations, want 5", refused)
	}
}

func TestWithinPrecision(t *testing.T) {
	tests := []struct {
		a, b string
		want bool
	}{
		{"139.6%", "139.66%", false}, // 139.6 stands for [139.55, 139.65]
		{"139.6%", "139.64%", true},
		{"20.5个百分点", "20.54个百分点", true},
		{"22.9个百分点", "20.5个百分点", false},
		{"12家", "12家", true},
	}
	for _, tt := range tests {
		if got := withinPrecision(MustParseQuantity(tt.a), MustParseQuantity(tt.b)); got != tt.want {
			t.Errorf("withinPrecision(%s, %s) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
	}
}
