package jinan

import (
	"fmt"

	"github.com/jinanfacts/jinan/internal/data"
)

// Pricing says how an indicator's growth rate is computed. It matters for
// derivations: last year's level can be backed out of a nominal growth
// rate, never out of one at comparable prices.
type Pricing uint8

// The pricings. The zero Pricing is "not a price-based indicator" (counts,
// areas, ranks).
const (
	// Nominal growth is at current prices: budget revenue, trade,
	// investment, operating revenue, foreign capital.
	Nominal Pricing = 1 + iota
	// Comparable growth is at constant prices while the level is at current
	// prices: GDP and value added.
	Comparable
)

var pricingNames = [...]string{Nominal: "nominal", Comparable: "comparable"}

// String returns "nominal", "comparable" or "none".
func (p Pricing) String() string {
	if p != 0 && int(p) < len(pricingNames) {
		return pricingNames[p]
	}
	return "none"
}

// MarshalText implements encoding.TextMarshaler with String; a value that
// names no pricing is an error wrapping ErrSyntax.
func (v Pricing) MarshalText() ([]byte, error) { return enumText("Pricing", pricingNames[:], int(v)) }

// UnmarshalText implements encoding.TextUnmarshaler for the names String
// returns: "nominal" and "comparable".
func (v *Pricing) UnmarshalText(text []byte) error {
	i, err := enumFromText("pricing", pricingNames[:], text)
	*v = Pricing(i)
	return err
}

// Indicator is what a fact measures: GDP, exports, budget revenue, a count
// of projects. It has a stable ID, Chinese and English names, the pricing
// of its growth rates, and its natural unit.
//
// An Indicator is a two-byte handle into the library's vocabulary:
// comparable, usable as a map key, and impossible to fill with a false
// pricing or unit. The headline indicators are constants; every other one
// is reached by its ID with ParseIndicator or Catalogue.Indicator. The zero
// Indicator is invalid.
type Indicator uint16

// indicatorData returns the vocabulary entry of i, or nil for an invalid i.
func (i Indicator) indicatorData() *data.Indicator {
	if i == 0 || int(i) > len(data.Indicators) {
		return nil
	}
	return &data.Indicators[i-1]
}

// ID returns the stable identifier, such as "gdp"; "" for an invalid
// Indicator.
func (i Indicator) ID() string {
	if d := i.indicatorData(); d != nil {
		return d.ID
	}
	return ""
}

// Chinese returns the name as the seeds print it: "地区生产总值".
func (i Indicator) Chinese() string {
	if d := i.indicatorData(); d != nil {
		return d.Zh
	}
	return ""
}

// English returns the English name: "gross domestic product".
func (i Indicator) English() string {
	if d := i.indicatorData(); d != nil {
		return d.En
	}
	return ""
}

// Pricing returns whether growth of i is nominal or at comparable prices.
func (i Indicator) Pricing() Pricing {
	if d := i.indicatorData(); d != nil {
		return Pricing(nameIndex(pricingNames[:], d.Pricing))
	}
	return 0
}

// Unit returns the unit i's levels are printed in: CNY for GDP,
// CountOf("家") for enterprises; the zero Unit for an invalid Indicator.
// The package's tests prove that every indicator's unit reads.
func (i Indicator) Unit() Unit {
	if i.IsValid() {
		u, _ := ParseUnit(data.Indicators[i-1].Unit)
		return u
	}
	return Unit{}
}

// IsValid reports whether i is an indicator of the vocabulary, not the zero
// Indicator or a number that names none.
func (i Indicator) IsValid() bool { return i.indicatorData() != nil }

// String returns the ID.
func (i Indicator) String() string { return i.ID() }

// MarshalText implements encoding.TextMarshaler with the ID; an invalid
// Indicator is an error wrapping ErrNotFound.
func (i Indicator) MarshalText() ([]byte, error) {
	if !i.IsValid() {
		return nil, fmt.Errorf("jinan: marshal Indicator(%d): %w", uint16(i), ErrNotFound)
	}
	return []byte(i.ID()), nil
}

// UnmarshalText implements encoding.TextUnmarshaler with ParseIndicator.
func (i *Indicator) UnmarshalText(text []byte) error {
	v, err := ParseIndicator(string(text))
	if err != nil {
		return err
	}
	*i = v
	return nil
}

// ParseIndicator returns the indicator whose ID is id: ParseIndicator("gdp")
// is GDP, ParseIndicator("us-formulations") the count of Qilu's
// formulations exported to the United States. It takes O(1). An unknown ID
// is an error wrapping ErrNotFound.
func ParseIndicator(id string) (Indicator, error) {
	if i, ok := vocab().indicators[id]; ok {
		return i, nil
	}
	return 0, fmt.Errorf("jinan: indicator %q: %w", clipInput("", id), ErrNotFound)
}

// The headline indicators. Every other indicator is reached with
// ParseIndicator or Catalogue.Indicator.
const (
	// GDP is gross domestic product (地区生产总值): Jinan's was 2027.00亿元 in Q1 2020, down 4.4% at comparable prices.
	GDP Indicator = 1 + iota

	// ValueAdded is the value added of an industry: 信息传输、软件和信息技术服务业增加值138.77亿元 in Q1 2020.
	ValueAdded

	// IndustrialVA is the value added of industry above designated size: up 11.4% in Jinan in 前三季度 2020.
	IndustrialVA

	// BudgetRevenue is general public budget revenue: Jinan's reached 1001.4亿元 in 2021.
	BudgetRevenue

	// TaxRevenue is tax revenue: 市中区's financial industry paid 17.7亿元 in 2019.
	TaxRevenue

	// Trade is the total of imports and exports: up 20.7% in Jinan in Q1 2020.
	Trade

	// Exports is exports: 齐鲁制药集团 exported 1.79亿美元 in Q1 2020.
	Exports

	// ForeignCapital is foreign capital actually used: 3.8亿美元 in Jinan in Q1 2020.
	ForeignCapital

	// ContractedFDI is foreign capital contracted: 2.92亿美元 for 天桥区's 17 foreign projects.
	ContractedFDI

	// FixedInvestment is fixed-asset investment: the High-tech Zone's grew 22.9% in 2019.
	FixedInvestment

	// Investment is investment completed: 521.6亿元 in Jinan's key projects by the end of March 2020.
	Investment

	// TotalInvestment is the total investment planned: 2000亿元 for the International Medical Science Center.
	TotalInvestment

	// OutsideFunds is funds from outside the city put in place: 426.8亿元 in Jinan in Q1 2020.
	OutsideFunds

	// OperatingRevenue is operating revenue: 2420.6亿元 for Jinan's equipment manufacturing in 1至9月 2020.
	OperatingRevenue

	// Deposits is the balance of deposits in domestic and foreign currency, 保持全省第一位 in Jinan.
	Deposits

	// Loans is the balance of loans in domestic and foreign currency, 保持全省第一位 in Jinan.
	Loans

	// MarketEntities is the number of market entities (市场主体): 117万户 in Jinan in 2020.
	MarketEntities

	// Enterprises is a number of enterprises: 3000余家 big data firms in the High-tech Zone.
	Enterprises

	// Projects is a number of projects: 270个 municipal key projects in 2020.
	Projects

	// LandArea is an area of land: 26.3平方公里 for the International Financial Center.
	LandArea
)
