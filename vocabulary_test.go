package jinan

import (
	"errors"
	"testing"

	"github.com/jinanfacts/jinan/internal/data"
)

// TestNamedHandles: each exported handle names the subject or indicator its
// doc comment describes. The IDs are those the seeds' facts are filed under.
func TestNamedHandles(t *testing.T) {
	subjects := map[Subject]string{
		China: "china", Shandong: "shandong", Jinan: "jinan", Lixia: "lixia", Shizhong: "shizhong",
		Huaiyin: "huaiyin", Tianqiao: "tianqiao", Licheng: "licheng", Changqing: "changqing",
		Zhangqiu: "zhangqiu", Jiyang: "jiyang", Laiwu: "laiwu", Gangcheng: "gangcheng", Pingyin: "pingyin",
		Shanghe: "shanghe", HighTechZone: "jinan-hitech-zone", JibeiZone: "jibei-zone",
		ShandongFTZ: "shandong-ftz", FTZJinanArea: "ftz-jinan-area", StartingArea: "starting-area",
		MedicalCenter: "medical-center", FinancialCenter: "financial-center",
		ShandongCities: "shandong-cities", SubProvincialCities: "sub-provincial-cities",
		QiluPharma: "qilu-pharma", Inspur: "inspur", Sinotruk: "sinotruk",
	}
	for s, id := range subjects {
		if s.ID() != id {
			t.Errorf("Subject(%d).ID() = %q, want %q", uint16(s), s.ID(), id)
		}
	}
	if len(subjects) != data.NamedSubjects {
		t.Errorf("%d named subjects, data says %d", len(subjects), data.NamedSubjects)
	}
	indicators := map[Indicator]string{
		GDP: "gdp", ValueAdded: "value-added", IndustrialVA: "industrial-value-added", BudgetRevenue: "budget-revenue",
		TaxRevenue: "tax-revenue", Trade: "trade", Exports: "exports", ForeignCapital: "foreign-capital",
		ContractedFDI: "contracted-foreign-capital", FixedInvestment: "fixed-investment", Investment: "investment",
		TotalInvestment: "total-investment", OutsideFunds: "outside-funds", OperatingRevenue: "operating-revenue",
		Deposits: "deposits", Loans: "loans", MarketEntities: "market-entities", Enterprises: "enterprises",
		Projects: "projects", LandArea: "land-area",
	}
	for i, id := range indicators {
		if i.ID() != id {
			t.Errorf("Indicator(%d).ID() = %q, want %q", uint16(i), i.ID(), id)
		}
	}
	if len(indicators) != data.NamedIndicators {
		t.Errorf("%d named indicators, data says %d", len(indicators), data.NamedIndicators)
	}
	// What the domain says of a few of them.
	if Jinan.Code() != "370100" || Jinan.Within() != Shandong || Shizhong.Kind() != District || Shandong.Within() != China {
		t.Errorf("Jinan %s within %s, 市中区 a %v, Shandong within %s", Jinan.Code(), Jinan.Within(), Shizhong.Kind(), Shandong.Within())
	}
	if GDP.Pricing() != Comparable || Trade.Pricing() != Nominal || Enterprises.Unit() != CountOf("家") || ForeignCapital.Unit() != USD {
		t.Errorf("GDP %v, trade %v, enterprises in %v, foreign capital in %v", GDP.Pricing(), Trade.Pricing(), Enterprises.Unit(), ForeignCapital.Unit())
	}
}

// TestVocabularyConverts: every subject and indicator of internal/data has
// a known kind, pricing and unit (Indicator.Unit reads it when asked), a unique ID that ParseX finds, and a
// Within that names a subject.
func TestVocabularyConverts(t *testing.T) {
	for _, d := range data.Indicators {
		if _, err := ParseUnit(d.Unit); err != nil {
			t.Errorf("indicator %s: %v", d.ID, err)
		}
	}
	for i, d := range data.Subjects {
		s := Subject(i + 1)
		if got, err := ParseSubject(d.ID); err != nil || got != s {
			t.Errorf("ParseSubject(%q) = %v, %v; want Subject(%d)", d.ID, got, err, i+1)
		}
		if s.Kind() == 0 {
			t.Errorf("%s: kind %q is not a SubjectKind", d.ID, d.Kind)
		}
		if (d.Within != "") != s.Within().IsValid() {
			t.Errorf("%s: within %q does not name a subject", d.ID, d.Within)
		}
	}
	for i, d := range data.Indicators {
		ind := Indicator(i + 1)
		if got, err := ParseIndicator(d.ID); err != nil || got != ind {
			t.Errorf("ParseIndicator(%q) = %v, %v; want Indicator(%d)", d.ID, got, err, i+1)
		}
		if (d.Pricing != "") != (ind.Pricing() != 0) {
			t.Errorf("%s: pricing %q is not a Pricing", d.ID, d.Pricing)
		}
		if !ind.Unit().IsValid() {
			t.Errorf("%s: unit %q", d.ID, d.Unit)
		}
	}
	for _, bad := range []Subject{0, Subject(len(data.Subjects) + 1), 65535} {
		if bad.IsValid() || bad.ID() != "" || bad.Chinese() != "" || bad.Kind() != 0 || bad.Within().IsValid() {
			t.Errorf("Subject(%d) must be invalid and empty", uint16(bad))
		}
		if _, err := bad.MarshalText(); !errors.Is(err, ErrNotFound) {
			t.Errorf("Subject(%d).MarshalText error = %v, want ErrNotFound", uint16(bad), err)
		}
	}
	if bad := Indicator(len(data.Indicators) + 1); bad.IsValid() || bad.Unit().IsValid() || bad.Pricing() != 0 {
		t.Errorf("Indicator(%d) must be invalid", uint16(bad))
	}
	for _, id := range []string{"", "Jinan", "atlantis", " jinan"} {
		if _, err := ParseSubject(id); !errors.Is(err, ErrNotFound) {
			t.Errorf("ParseSubject(%q) error = %v, want ErrNotFound", id, err)
		}
		if _, err := ParseIndicator(id); !errors.Is(err, ErrNotFound) {
			t.Errorf("ParseIndicator(%q) error = %v, want ErrNotFound", id, err)
		}
	}
}

// TestCitedRatesBuild: the rates of internal/data convert.
func TestCitedRatesBuild(t *testing.T) {
	rates, err := buildCitedRates()
	if err != nil || len(rates) != len(data.Rates) {
		t.Fatalf("buildCitedRates = %d rates, %v; want %d", len(rates), err, len(data.Rates))
	}
}
