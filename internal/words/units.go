package words

import "strconv"

// Dimension is what a unit measures. Each reader maps it to its own type;
// the numbers mean nothing outside this package.
type Dimension uint8

// The dimensions of the units printed as a word. Counts and ranks have a
// counter word instead (Counters).
const (
	Money             Dimension = 1 + iota // 2027.00亿元
	Ratio                                  // 20.7%, 四成
	PercentagePoints                       // 24.3个百分点
	Area                                   // 26.3平方公里, 1579亩
	Mass                                   // 5053.5吨
	Length                                 // 2000多公里
	Duration                               // 24小时, 5日
	CalendarSpan                           // 3—5年, 38个月
	Volume                                 // 6.8亿立方米
	Energy                                 // 563.2亿千瓦时
	Power                                  // 1285.6万千瓦
	FreightTurnover                        // 612.4亿吨公里: tonnes carried times kilometres
	PassengerTurnover                      // 1562.3亿人公里: persons carried times kilometres
	CoalEquivalent                         // 4.26亿吨标准煤: energy counted in tonnes of standard coal
	MassConcentration                      // 35微克/立方米
	// MonthOfYear is a month of the calendar year, as the deadline of a
	// target: 9月底前 is by the end of September.
	MonthOfYear
)

var dimensionNames = [...]string{
	Money: "money", Ratio: "ratio", PercentagePoints: "percentage points", Area: "area",
	Mass: "mass", Length: "length", Duration: "duration", CalendarSpan: "calendar span",
	Volume: "volume", Energy: "energy", Power: "power", FreightTurnover: "freight turnover",
	PassengerTurnover: "passenger turnover", CoalEquivalent: "coal equivalent",
	MassConcentration: "mass concentration", MonthOfYear: "month of the year",
}

// String returns the dimension's English name, such as "area".
func (d Dimension) String() string {
	if d != 0 && int(d) < len(dimensionNames) {
		return dimensionNames[d]
	}
	return "Dimension(" + strconv.Itoa(int(d)) + ")"
}

// Unit is a unit printed as a word: 平方公里 is the unit of code "km2", an
// Area of 10^6 m².
type Unit struct {
	// Code is the unit's export code: "CNY", "%", "pp", "km2", "d".
	Code string
	// Symbol is the word Chinese text writes the unit with, after the
	// number: "元", "%", "个百分点", "平方公里", "日".
	Symbol string
	Dim    Dimension
	// Num/Den is the unit's size in the base unit of its dimension (yuan,
	// dollar, 1, m², kg, m, hour, month, m³, kWh, kW, t·km, person·km, tce,
	// kg/m³, month of the year), exactly: 亩 is 10000/15 m², 斤 is 1/2 kg. Energy counted in
	// standard coal is a dimension of its own: its factor to kWh depends on a
	// convention that the text does not print.
	Num, Den int64
	// English is the unit's English singular and plural after a number
	// ("hour", "hours"; a symbol twice: "km²"), and empty where English
	// writes the unit otherwise: a currency code before the number, % for
	// percent and tenths, "by the end of September" for 9月底前.
	English [2]string
}

// Units are the units printed as a word, one row per unit: those of the
// seeds, and those of the releases the extractor reads.
var Units = [...]Unit{
	{"CNY", "元", Money, 1, 1, [2]string{}},
	{"USD", "美元", Money, 1, 1, [2]string{}},
	{"EUR", "欧元", Money, 1, 1, [2]string{}},
	{"HKD", "港元", Money, 1, 1, [2]string{}},
	{"JPY", "日元", Money, 1, 1, [2]string{}},
	{"%", "%", Ratio, 1, 100, [2]string{}},
	{"tenth", "成", Ratio, 1, 10, [2]string{}},
	{"permille", "‰", Ratio, 1, 1000, [2]string{}},
	// 增长1倍 is growth of 100%; 是上年的2倍 a ratio of 2.
	{"times", "倍", Ratio, 1, 1, [2]string{"times", "times"}},
	{"pp", "个百分点", PercentagePoints, 1, 1, [2]string{"pp", "pp"}},
	{"m2", "平方米", Area, 1, 1, [2]string{"m²", "m²"}},
	{"km2", "平方公里", Area, 1_000_000, 1, [2]string{"km²", "km²"}},
	{"mu", "亩", Area, 10000, 15, [2]string{"mu", "mu"}}, // 1 亩 = 10000/15 m², exactly
	{"ha", "公顷", Area, 10000, 1, [2]string{"ha", "ha"}},
	{"t", "吨", Mass, 1000, 1, [2]string{"t", "t"}},
	{"kg", "公斤", Mass, 1, 1, [2]string{"kg", "kg"}},
	{"jin", "斤", Mass, 1, 2, [2]string{"jin", "jin"}}, // 1 斤 = 0.5 kg, exactly
	{"g", "克", Mass, 1, 1000, [2]string{"g", "g"}},
	{"km", "公里", Length, 1000, 1, [2]string{"km", "km"}},
	{"m", "米", Length, 1, 1, [2]string{"m", "m"}},
	{"h", "小时", Duration, 1, 1, [2]string{"hour", "hours"}},
	{"min", "分钟", Duration, 1, 60, [2]string{"minute", "minutes"}}, // 半小时 is 30分钟
	{"d", "日", Duration, 24, 1, [2]string{"day", "days"}},
	{"month", "个月", CalendarSpan, 1, 1, [2]string{"month", "months"}},
	{"year", "年", CalendarSpan, 12, 1, [2]string{"year", "years"}},
	{"m3", "立方米", Volume, 1, 1, [2]string{"m³", "m³"}},
	{"kWh", "千瓦时", Energy, 1, 1, [2]string{"kWh", "kWh"}},
	{"kW", "千瓦", Power, 1, 1, [2]string{"kW", "kW"}},
	{"MW", "兆瓦", Power, 1000, 1, [2]string{"MW", "MW"}},
	{"GW", "吉瓦", Power, 1_000_000, 1, [2]string{"GW", "GW"}},
	{"tkm", "吨公里", FreightTurnover, 1, 1, [2]string{"t·km", "t·km"}},
	{"pkm", "人公里", PassengerTurnover, 1, 1, [2]string{"person-km", "person-km"}},
	{"tce", "吨标准煤", CoalEquivalent, 1, 1, [2]string{"tce", "tce"}},
	{"ug/m3", "微克/立方米", MassConcentration, 1, 1_000_000_000, [2]string{"μg/m³", "μg/m³"}},
	// The end of the month numbered by the figure: 9月底前 is by the end of
	// September. The year is the fact's period's.
	{"month-end", "月底前", MonthOfYear, 1, 1, [2]string{}},
}

// UnitOf returns the unit of an export code: UnitOf("km2") is 平方公里.
func UnitOf(code string) (Unit, bool) {
	i, ok := lookup().units[code]
	if !ok {
		return Unit{}, false
	}
	return Units[i], true
}

// UnitWord is a word printed for a unit: its symbol, or another form of
// it such as the full-width ％ of %.
type UnitWord struct {
	// Word is the word as printed: "平方公里", "％", "百分点", "天".
	Word string
	// Canonical is the word the figure parser reports for Word: "%" for
	// "％", "个百分点" for "百分点". The parser keeps 天 as printed, apart
	// from 日, though both are days.
	Canonical string
	// Code is the code of the unit in Units.
	Code string
	Use  Use
}

// UnitWords are the words printed for the units of Units, each unit's
// symbol first.
var UnitWords = [...]UnitWord{
	{"元", "元", "CNY", Figures | Names},
	// 人民币 after a magnitude is the yuan, not 人 + 民币: 3000万人民币.
	{"人民币", "元", "CNY", Figures | Names},
	{"美元", "美元", "USD", Figures | Names},
	{"欧元", "欧元", "EUR", Figures | Names},
	{"港元", "港元", "HKD", Figures | Names},
	{"日元", "日元", "JPY", Figures | Names},
	{"%", "%", "%", Figures | Names},
	{"％", "%", "%", Figures}, // full width, as printed; not a code
	{"成", "成", "tenth", Figures | Names},
	{"‰", "‰", "permille", Figures | Names},
	{"倍", "倍", "times", Figures | Names},
	{"个百分点", "个百分点", "pp", Figures | Names},
	{"百分点", "个百分点", "pp", Figures},
	{"平方米", "平方米", "m2", Figures | Names},
	{"平米", "平方米", "m2", Figures | Names},
	{"平方公里", "平方公里", "km2", Figures | Names},
	{"平方千米", "平方公里", "km2", Figures | Names},
	{"亩", "亩", "mu", Figures | Names},
	{"公顷", "公顷", "ha", Figures | Names},
	{"吨", "吨", "t", Figures | Names},
	{"公斤", "公斤", "kg", Figures | Names},
	{"千克", "公斤", "kg", Figures | Names},
	{"斤", "斤", "jin", Figures | Names},
	{"克", "克", "g", Figures | Names},
	{"公里", "公里", "km", Figures | Names},
	{"千米", "公里", "km", Figures | Names},
	{"米", "米", "m", Figures | Names},
	{"小时", "小时", "h", Figures | Names | Halves},
	{"个小时", "小时", "h", Halves},
	{"分钟", "分钟", "min", Figures | Names | Halves},
	{"日", "日", "d", Figures | Names},
	{"天", "天", "d", Figures | Names | Halves},
	{"个月", "个月", "month", Figures | Names | Halves},
	{"年", "年", "year", Figures | Names | Halves},
	{"立方米", "立方米", "m3", Figures | Names},
	{"千瓦时", "千瓦时", "kWh", Figures | Names},
	{"千瓦小时", "千瓦时", "kWh", Figures | Names},
	{"千瓦", "千瓦", "kW", Figures | Names},
	{"兆瓦", "兆瓦", "MW", Figures | Names},
	{"吉瓦", "吉瓦", "GW", Figures | Names},
	{"吨公里", "吨公里", "tkm", Figures | Names},
	{"人公里", "人公里", "pkm", Figures | Names},
	{"吨标准煤", "吨标准煤", "tce", Figures | Names},
	{"微克/立方米", "微克/立方米", "ug/m3", Figures | Names},
	// 月底前 is a deadline: the figure parser reads its 前 (by, before) as
	// the bound AtMost, so 9月底前 is by the end of September at the
	// latest. A bare 月底 (截至2020年10月底) is a date, not a figure.
	{"月底前", "月底前", "month-end", Figures | Names},
}

// UnitWordOf returns the row of a printed unit word: UnitWordOf("％") is
// the percent sign, full width.
func UnitWordOf(word string) (UnitWord, bool) {
	i, ok := lookup().unitWords[word]
	if !ok {
		return UnitWord{}, false
	}
	return UnitWords[i], true
}
