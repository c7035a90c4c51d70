package jinan

import (
	"strings"
	"testing"

	"github.com/shopspring/decimal"
	"golang.org/x/text/feature/plural"
	"golang.org/x/text/language"

	"github.com/jinanfacts/jinan/internal/words"
)

// TestEnglishNouns renders every fact, read and derived, in English and
// Chinese, and checks each count: in English it ends in the noun of what
// its indicator counts (words.Nouns), singular for exactly one and plural
// otherwise, never a counter in brackets; in Chinese it keeps the counter
// word. Every row of the noun table names an indicator that counts.
func TestEnglishNouns(t *testing.T) {
	c := Default()
	counted := map[string]bool{}
	for _, facts := range [...]func(func(Fact) bool){c.All(), c.Derived()} {
		for f := range facts {
			en, zh := FormatFact(f, language.English), FormatFact(f, language.Chinese)
			if en == "" || zh == "" {
				t.Errorf("%s: en %q, zh %q", f.ID(), en, zh)
			}
			q := f.Quantity()
			if q.Unit().Dimension() != Count {
				continue
			}
			counted[f.Indicator().ID()] = true
			noun, ok := words.NounOf(f.Indicator().ID())
			if !ok {
				t.Errorf("%s: %s counts with %s and has no English noun in words.Nouns", f.ID(), f.Indicator().ID(), q.Unit().Counter())
				continue
			}
			form := noun.English[1]
			if q.Bound() != Range && q.Magnitude() == Units && q.ValueText() == "1" {
				form = noun.English[0]
			}
			if !strings.HasSuffix(en, " "+form) || strings.Contains(en, "(") {
				t.Errorf("%s: en %q, want it to end in %q", f.ID(), en, " "+form)
			}
			if !strings.Contains(zh, q.Unit().Counter()) {
				t.Errorf("%s: zh %q lacks the counter %s", f.ID(), zh, q.Unit().Counter())
			}
		}
	}
	seen := map[string]bool{}
	for _, n := range words.Nouns {
		if _, err := ParseIndicator(n.Indicator); err != nil {
			t.Errorf("words.Nouns: %v", err)
		}
		if seen[n.Indicator] {
			t.Errorf("words.Nouns: %s twice", n.Indicator)
		}
		seen[n.Indicator] = true
		if !counted[n.Indicator] {
			t.Errorf("words.Nouns: %s counts nothing in the catalogue", n.Indicator)
		}
		if n.English[0] == "" || n.English[1] == "" {
			t.Errorf("words.Nouns: %s needs a singular and a plural", n.Indicator)
		}
	}
}

// TestEnglishCounts checks the counts the project's issue names: 家 counts
// institutes, development zones and enterprises alike.
func TestEnglishCounts(t *testing.T) {
	c := Default()
	for id, want := range map[string]string{
		"jinan.cas-institutes.level.2020-12-31":       "14 institutes",
		"jinan.reformed-development-zones.level.2020": "13 development zones",
		"jinan.new-trading-enterprises.level.2020-q1": "230 enterprises",
		"jinan.eurasia-freight-trains.level.2020-q1":  "83 trains",
		"starting-area.master-plans.level.2020-12-31": "1 plan",
		"jinan.cloud-enterprises.level.2020-12-31":    "30,000 enterprises",
	} {
		f, ok := c.Fact(id)
		if !ok {
			t.Errorf("no fact %s", id)
			continue
		}
		if got := FormatFact(f, language.English); got != want {
			t.Errorf("FormatFact(%s, en) = %q, want %q", id, got, want)
		}
	}
}

// TestEnglishPluralRules checks the plural operands of printed numbers
// against the CLDR rules of English, and the ordinals.
func TestEnglishPluralRules(t *testing.T) {
	for _, tt := range []struct {
		value string
		mag   int32
		want  plural.Form
	}{
		{"1", 0, plural.One},
		{"1.0", 0, plural.Other}, // visible decimals make English plural
		{"0", 0, plural.Other},
		{"2", 0, plural.Other},
		{"1", 4, plural.Other}, // 1万 is 10,000
		{"0.0001", 4, plural.One},
		{"1.17", 6, plural.Other},
	} {
		o := pluralOperand{d: decimal.RequireFromString(tt.value), mag: tt.mag}
		if got, _ := o.PluralForm(language.English, 0); got != tt.want {
			t.Errorf("plural form of %s × 10^%d = %v, want %v", tt.value, tt.mag, got, tt.want)
		}
	}
	if got, _ := (pluralOperand{d: decimal.NewFromInt(1), isRange: true}).PluralForm(language.English, 0); got != plural.Other {
		t.Errorf("a range is %v, want plural", got)
	}
	for n, want := range map[int64]string{1: "1st", 2: "2nd", 3: "3rd", 4: "4th", 11: "11th", 12: "12th", 13: "13th",
		21: "21st", 22: "22nd", 23: "23rd", 101: "101st", 111: "111th", 112: "112th", 1000: "1000th"} {
		d := decimal.NewFromInt(n)
		if got := ordinal(d.String(), d); got != want {
			t.Errorf("ordinal(%d) = %q, want %q", n, got, want)
		}
	}
}
