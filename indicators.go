package jinan

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

// String returns "nominal", "comparable" or "none".
func (p Pricing) String() string {
	switch p {
	case Nominal:
		return "nominal"
	case Comparable:
		return "comparable"
	}
	return "none"
}

// Indicator is what a fact measures: GDP, exports, budget revenue, a count
// of projects. It has a stable ID, Chinese and English names, the pricing
// of its growth rates, and its natural unit.
//
// Indicator is a small comparable value, usable as a map key.
type Indicator struct {
	id, zh, en string
	pricing    Pricing
	unit       Unit
}

func indicator(id, zh, en string, p Pricing, u Unit) Indicator {
	return Indicator{id: id, zh: zh, en: en, pricing: p, unit: u}
}

// ID returns the stable identifier, such as "gdp".
func (i Indicator) ID() string { return i.id }

// Chinese returns the name as the seeds print it: "地区生产总值".
func (i Indicator) Chinese() string { return i.zh }

// English returns the English name: "gross domestic product".
func (i Indicator) English() string { return i.en }

// Pricing returns whether growth of i is nominal or at comparable prices.
func (i Indicator) Pricing() Pricing { return i.pricing }

// Unit returns the unit i's levels are printed in: CNY for GDP,
// CountOf("家") for enterprises.
func (i Indicator) Unit() Unit { return i.unit }

// IsValid reports whether i is an indicator, not the zero Indicator.
func (i Indicator) IsValid() bool { return i.id != "" }

// String returns the ID.
func (i Indicator) String() string { return i.id }

// The indicators of the seeds' headline economics.
var (
	GDP              = indicator("gdp", "地区生产总值", "gross domestic product", Comparable, CNY)
	ValueAdded       = indicator("value-added", "增加值", "value added", Comparable, CNY)
	IndustrialVA     = indicator("industrial-value-added", "规模以上工业增加值", "value added of industry above designated size", Comparable, CNY)
	BudgetRevenue    = indicator("budget-revenue", "一般公共预算收入", "general public budget revenue", Nominal, CNY)
	TaxRevenue       = indicator("tax-revenue", "税收", "tax revenue", Nominal, CNY)
	Trade            = indicator("trade", "进出口总额", "imports and exports", Nominal, CNY)
	Exports          = indicator("exports", "出口", "exports", Nominal, CNY)
	ForeignCapital   = indicator("foreign-capital", "实际利用外资", "utilized foreign capital", Nominal, USD)
	ContractedFDI    = indicator("contracted-foreign-capital", "合同外资", "contracted foreign capital", Nominal, USD)
	FixedInvestment  = indicator("fixed-investment", "固定资产投资", "fixed-asset investment", Nominal, CNY)
	Investment       = indicator("investment", "投资", "investment completed", Nominal, CNY)
	TotalInvestment  = indicator("total-investment", "总投资", "total planned investment", Nominal, CNY)
	OutsideFunds     = indicator("outside-funds", "市外投资到位资金", "funds from outside the city put in place", Nominal, CNY)
	OperatingRevenue = indicator("operating-revenue", "营业收入", "operating revenue", Nominal, CNY)
	Deposits         = indicator("deposits", "本外币各项存款余额", "deposits in domestic and foreign currency", Nominal, CNY)
	Loans            = indicator("loans", "本外币各项贷款余额", "loans in domestic and foreign currency", Nominal, CNY)
	MarketEntities   = indicator("market-entities", "市场主体", "market entities", 0, CountOf("户"))
	Enterprises      = indicator("enterprises", "企业", "enterprises", 0, CountOf("家"))
	Projects         = indicator("projects", "项目", "projects", 0, CountOf("个"))
	LandArea         = indicator("land-area", "面积", "area", 0, SquareMetre)
)
