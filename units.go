package jinan

import (
	"fmt"
	"math/big"
	"strings"
	"sync"
	"unicode"

	"golang.org/x/text/currency"

	"github.com/jinanfacts/jinan/internal/words"
)

// Dimension is what a unit measures. Units of one dimension convert into
// each other exactly; units of different dimensions never combine.
//
// Percent and percentage points are different dimensions: growth of 20.7%
// and a gap of 24.3 percentage points cannot be added.
type Dimension uint8

// The dimensions of the figures printed in the seeds. The zero Dimension is
// unset.
const (
	Money             Dimension = 1 + iota // an amount of one currency: 2027.00亿元
	Ratio                                  // a share or rate: 20.7%, 四成, 三分之一
	PercentagePoints                       // a difference of two rates: 24.3个百分点
	Area                                   // 26.3平方公里, 1579亩
	Mass                                   // 5053.5吨
	Length                                 // 2000多公里
	Duration                               // 24小时, 5日
	CalendarSpan                           // 3—5年, 60年: years and months
	Count                                  // 230家, 83列: things counted with a counter word
	Position                               // a rank: 第27名, 首位
	Volume                                 // 6.8亿立方米
	Energy                                 // 563.2亿千瓦时
	Power                                  // 1285.6万千瓦
	FreightTurnover                        // 612.4亿吨公里: tonnes carried times kilometres
	PassengerTurnover                      // 1562.3亿人公里: persons carried times kilometres
	CoalEquivalent                         // 4.26亿吨标准煤: energy counted in tonnes of standard coal
	MassConcentration                      // 35微克/立方米
	MonthOfYear                            // 9月底前: a deadline, by the end of the 9th month of the year
)

var dimensionNames = [...]string{
	Money:             "money",
	Ratio:             "ratio",
	PercentagePoints:  "percentage points",
	Area:              "area",
	Mass:              "mass",
	Length:            "length",
	Duration:          "duration",
	CalendarSpan:      "calendar span",
	Count:             "count",
	Position:          "rank",
	Volume:            "volume",
	Energy:            "energy",
	Power:             "power",
	FreightTurnover:   "freight turnover",
	PassengerTurnover: "passenger turnover",
	CoalEquivalent:    "coal equivalent",
	MassConcentration: "mass concentration",
	MonthOfYear:       "month of the year",
}

// String returns the dimension's English name, such as "area".
func (d Dimension) String() string {
	if int(d) < len(dimensionNames) && d != 0 {
		return dimensionNames[d]
	}
	return fmt.Sprintf("Dimension(%d)", uint8(d))
}

// MarshalText implements encoding.TextMarshaler with String; a value that
// names no dimension is an error wrapping ErrSyntax.
func (v Dimension) MarshalText() ([]byte, error) {
	return enumText("Dimension", dimensionNames[:], int(v))
}

// UnmarshalText implements encoding.TextUnmarshaler for the names String
// returns: "money", "area" ….
func (v *Dimension) UnmarshalText(text []byte) error {
	i, err := enumFromText("dimension", dimensionNames[:], text)
	*v = Dimension(i)
	return err
}

// unitKind enumerates the units that are not a currency or a counter.
type unitKind uint8

const (
	kindCurrency unitKind = 1 + iota
	kindPercent
	kindTenth
	kindFraction
	kindPoint
	kindSquareMetre
	kindSquareKilometre
	kindMu
	kindTonne
	kindKilometre
	kindHour
	kindDay
	kindMonth
	kindYear
	kindPermille
	kindTimes
	kindHectare
	kindKilogram
	kindJin
	kindGram
	kindMetre
	kindCubicMetre
	kindKilowattHour
	kindKilowatt
	kindMegawatt
	kindGigawatt
	kindTonneKilometre
	kindPersonKilometre
	kindCoalEquivalent
	kindMicrogramPerCubicMetre
	kindMinute
	kindMonthEnd
	kindCount
	kindRank
)

// unitInfo describes a unit kind: its dimension, export code, Chinese symbol,
// size in the dimension's base unit as an exact ratio num/den, and English
// singular and plural after a number.
type unitInfo struct {
	dim      Dimension
	code, zh string
	num, den int64
	en       [2]string
}

// unitKinds gives each unit kind its export code. The unit table of
// internal/words describes the kinds printed as a word (km2 is 平方公里,
// an area of 10^6 m²); the others are described here.
var unitKinds = [...]unitInfo{
	kindCurrency:        {dim: Money, num: 1, den: 1},
	kindPercent:         {code: "%"},
	kindTenth:           {code: "tenth"},
	kindFraction:        {dim: Ratio, code: "ratio", num: 1, den: 1},
	kindPoint:           {code: "pp"},
	kindSquareMetre:     {code: "m2"},
	kindSquareKilometre: {code: "km2"},
	kindMu:              {code: "mu"},
	kindTonne:           {code: "t"},
	kindKilometre:       {code: "km"},
	kindHour:            {code: "h"},
	kindDay:             {code: "d"},
	kindMonth:           {code: "month"},
	kindYear:            {code: "year"},

	kindPermille:               {code: "permille"},
	kindTimes:                  {code: "times"},
	kindHectare:                {code: "ha"},
	kindKilogram:               {code: "kg"},
	kindJin:                    {code: "jin"},
	kindGram:                   {code: "g"},
	kindMetre:                  {code: "m"},
	kindCubicMetre:             {code: "m3"},
	kindKilowattHour:           {code: "kWh"},
	kindKilowatt:               {code: "kW"},
	kindMegawatt:               {code: "MW"},
	kindGigawatt:               {code: "GW"},
	kindTonneKilometre:         {code: "tkm"},
	kindPersonKilometre:        {code: "pkm"},
	kindCoalEquivalent:         {code: "tce"},
	kindMicrogramPerCubicMetre: {code: "ug/m3"},
	kindMinute:                 {code: "min"},
	kindMonthEnd:               {code: "month-end"},

	kindCount: {dim: Count, code: "count", num: 1, den: 1},
	kindRank:  {dim: Position, code: "rank", num: 1, den: 1},
}

var (
	unitInfosOnce sync.Once
	unitInfoTable [len(unitKinds)]unitInfo
)

// unitInfos returns the description of every unit kind, unitKinds joined
// with the unit table of internal/words on first use.
func unitInfos() *[len(unitKinds)]unitInfo {
	unitInfosOnce.Do(func() {
		unitInfoTable = unitKinds
		for k, info := range unitKinds {
			if w, ok := words.UnitOf(info.code); ok {
				unitInfoTable[k] = unitInfo{dimensions[w.Dim], w.Code, w.Symbol, w.Num, w.Den, w.English}
			}
		}
	})
	return &unitInfoTable
}

// Unit is the unit of a Quantity: a currency (CNY, USD), percent, percentage
// point, an area, mass, length or time unit, a count with its counter word
// (家 enterprises, 列 trains), or a rank.
//
// Unit is a small comparable value, usable with == and as a map key. The
// zero Unit is invalid; IsValid reports whether u is one of the units above.
type Unit struct {
	kind    unitKind
	cur     currency.Unit
	counter string
}

// The units of the seeds. Counts are made with [CountOf], ranks with
// [RankOf].
var (
	CNY             = unitCNY             // 元, renminbi yuan
	USD             = unitUSD             // 美元, US dollar
	Percent         = unitPercent         // %: 20.7%
	Tenth           = unitTenth           // 成, tenths: 近四成 is nearly 40%
	Fraction        = unitFraction        // a plain ratio: 三分之一 is 1/3
	PercentagePoint = unitPercentagePoint // 个百分点: 24.3个百分点
	SquareMetre     = unitSquareMetre     // 平方米 m²
	SquareKilometre = unitSquareKilometre // 平方公里 km² = 10^6 m²
	Mu              = unitMu              // 亩 = 10000/15 m² exactly
	Tonne           = unitTonne           // 吨 t = 1000 kg
	Kilometre       = unitKilometre       // 公里 km = 1000 m
	Hours           = unitHours           // 小时: 24小时
	Days            = unitDays            // 日 or 天: 压缩5日
	Months          = unitMonths          // 个月: 连续38个月
	Years           = unitYears           // 年: 3—5年
)

// The library's own copies of the exported units: its code reads only
// these, so a caller who assigns to CNY or Percent changes no answer.
var (
	unitCNY             = Unit{kind: kindCurrency, cur: currency.CNY}
	unitUSD             = Unit{kind: kindCurrency, cur: currency.USD}
	unitPercent         = Unit{kind: kindPercent}
	unitTenth           = Unit{kind: kindTenth}
	unitFraction        = Unit{kind: kindFraction}
	unitPercentagePoint = Unit{kind: kindPoint}
	unitSquareMetre     = Unit{kind: kindSquareMetre}
	unitSquareKilometre = Unit{kind: kindSquareKilometre}
	unitMu              = Unit{kind: kindMu}
	unitTonne           = Unit{kind: kindTonne}
	unitKilometre       = Unit{kind: kindKilometre}
	unitHours           = Unit{kind: kindHour}
	unitDays            = Unit{kind: kindDay}
	unitMonths          = Unit{kind: kindMonth}
	unitYears           = Unit{kind: kindYear}
)

// Currency returns the Unit of an ISO 4217 currency, such as
// currency.CNY. Only CNY and USD occur in the seeds, but any currency that
// golang.org/x/text/currency knows is valid.
func Currency(c currency.Unit) Unit { return Unit{kind: kindCurrency, cur: c} }

// CountOf returns the unit of things counted with a counter word: CountOf("家")
// counts enterprises (新增进出口实绩企业230家), CountOf("列") trains.
// Counts with different counters are different units and do not combine.
func CountOf(counter string) Unit { return Unit{kind: kindCount, counter: counter} }

// RankOf returns the unit of a rank whose position word is counter ("名" in
// 第27名, "位" in 首位, "" in 第一).
func RankOf(counter string) Unit { return Unit{kind: kindRank, counter: counter} }

// takesMagnitude reports whether a page prints u after a magnitude word:
// 亿元, 万平方米, 万吨, 万公里, 万户; not 万% or 第万名.
func (u Unit) takesMagnitude() bool {
	switch u.Dimension() {
	case Money, Area, Mass, Length, Count:
		return true
	}
	return false
}

// IsValid reports whether u is a unit, not the zero Unit.
func (u Unit) IsValid() bool { return u.kind != 0 && int(u.kind) < len(unitKinds) }

// Dimension returns what u measures; Money for CNY and USD.
func (u Unit) Dimension() Dimension {
	if !u.IsValid() {
		return 0
	}
	return unitInfos()[u.kind].dim
}

// Currency returns the ISO 4217 currency of a Money unit, and false for
// every other unit.
func (u Unit) Currency() (currency.Unit, bool) {
	return u.cur, u.kind == kindCurrency
}

// Counter returns the counter word of a count or rank ("家" for 230家), or
// "" for other units.
func (u Unit) Counter() string { return u.counter }

// String returns the unit's code as used in the export: "CNY", "USD", "%",
// "pp", "m2", "km2", "mu", "t", "km", "h", "min", "d", "month", "year",
// "month-end" (the 月底前 of the deadline 9月底前), "count", "rank", "tenth"
// or "ratio". The counter word of a count is not part of
// the code; see Counter.
func (u Unit) String() string {
	switch {
	case !u.IsValid():
		return ""
	case u.kind == kindCurrency:
		return u.cur.String()
	}
	return unitInfos()[u.kind].code
}

// Symbol returns the unit as Chinese text prints it after a number: "元",
// "美元", "%", "个百分点", "平方公里", "亩", or the counter word ("家").
func (u Unit) Symbol() string {
	switch {
	case !u.IsValid():
		return ""
	case u.kind == kindCurrency:
		if w, ok := words.UnitOf(u.cur.String()); ok {
			return w.Symbol // 元, 美元
		}
		return u.cur.String()
	case u.kind == kindCount || u.kind == kindRank:
		return u.counter
	}
	return unitInfos()[u.kind].zh
}

// factor returns the size of u in its dimension's base unit (yuan, dollar,
// 1 for ratios, m², kg, m, hour, month), exactly.
func (u Unit) factor() *big.Rat {
	info := unitInfos()[u.kind]
	return big.NewRat(info.num, info.den)
}

// MarshalText implements encoding.TextMarshaler with the code of String,
// followed by ":" and the counter word for counts and ranks ("count:家").
func (u Unit) MarshalText() ([]byte, error) {
	if !u.IsValid() {
		return []byte{}, nil
	}
	s := u.String()
	if u.kind == kindCount || u.kind == kindRank {
		s += ":" + u.counter
	}
	return []byte(s), nil
}

// UnmarshalText implements encoding.TextUnmarshaler; it accepts what
// MarshalText writes, and the empty text as the zero Unit.
func (u *Unit) UnmarshalText(text []byte) error {
	v, err := ParseUnit(string(text))
	if err != nil {
		return err
	}
	*u = v
	return nil
}

// ParseUnit parses a unit code as written by Unit.MarshalText ("CNY",
// "km2", "count:家") or a Chinese unit symbol ("元", "美元", "平方公里",
// "个百分点"). The empty string gives the zero Unit. Anything else is an
// error wrapping ErrUnknownUnit.
func ParseUnit(s string) (Unit, error) {
	if s == "" {
		return Unit{}, nil
	}
	if counter, ok := strings.CutPrefix(s, "count:"); ok && validCounter(counter) {
		return CountOf(counter), nil
	}
	if counter, ok := strings.CutPrefix(s, "rank:"); ok && validCounter(counter) {
		return RankOf(counter), nil
	}
	switch s { // the codes the generated tables write, before any lookup
	case "CNY":
		return unitCNY, nil
	case "USD":
		return unitUSD, nil
	}
	code := s
	if w, ok := words.UnitWordOf(s); ok && w.Use&words.Names != 0 {
		code = w.Code // a Chinese name: 元, 人民币, 平方公里, 天
	}
	for k := kindPercent; k <= kindRank; k++ {
		if code == unitInfos()[k].code {
			return Unit{kind: k}, nil
		}
	}
	if c, err := currency.ParseISO(code); err == nil && c.String() == code {
		return Currency(c), nil
	}
	return Unit{}, &UnitError{Unit: clipInput("", s), Err: ErrUnknownUnit}
}

// validCounter reports whether s can be a counter word: letters, the
// parentheses of 支（粒） and the % of a top-N rank (前20%), at most 32
// bytes of valid UTF-8.
func validCounter(s string) bool {
	if len(s) > 32 {
		return false
	}
	for _, r := range s { // an invalid byte decodes as U+FFFD, not a letter
		if !unicode.IsLetter(r) && !strings.ContainsRune("（）()%", r) {
			return false
		}
	}
	return true
}
