package data

// Sum is a whole the seeds print with its parts: the parts must add up to
// it exactly.
type Sum struct {
	Name  string   // what is checked, in words
	Whole string   // fact ID
	Parts []string // fact IDs
}

// Part is a part that cannot exceed its whole.
type Part struct {
	Name        string
	Part, Whole string // fact IDs
}

// Pair is two facts that must agree within the printed precision: one
// figure printed twice with different digits.
type Pair struct {
	Name string
	A, B string // fact IDs
}

// Contribution is a part's contribution to its whole's growth, in
// percentage points, against the part's share and both growth rates.
type Contribution struct {
	Name                                         string
	Contribution, Share, PartGrowth, WholeGrowth string // fact IDs
}

// Percentile is a rank among a printed number of peers against the
// percentile band the seed prints with it.
type Percentile struct {
	Name       string
	Rank, Band string // fact IDs
}

// Age is an age the seeds print (a figure in years at a period) against
// the founding year they print elsewhere, in a quote that holds it.
type Age struct {
	Name    string
	Age     string // fact ID: 济南高新区 已近“而立之年” in 2020
	Founded int    // the year printed in Quote: 1991
	File    string // the seed that prints the founding year
	Quote   string // verbatim: "1991年,济南高新区以产业立区"
}

// Sums are the wholes the seeds print with their parts.
var Sums = []Sum{
	{"市中区 land supplied 2019 = land sold + land allocated (1579亩 = 835亩 + 744亩)",
		"shizhong.land-supplied.level.2019", []string{"shizhong.land-transferred.level.2019", "shizhong.land-allocated.level.2019"}},
}

// Parts are the parts the seeds print with their wholes.
var Parts = []Part{
	{"齐鲁制药 US formulation exports (1548万美元) within its exports (1.79亿美元), Q1 2020",
		"qilu-pharma.formulation-exports-us.level.2020-q1", "qilu-pharma.exports.level.2020-q1"},
	{"key projects started (244个) within key projects (270个), end of March 2020",
		"jinan-municipal-key-projects.projects-started.level.2020-03-31", "jinan-municipal-key-projects.projects.level.2020-03-31"},
	{"市中区 projects over 1亿元 (174个) within projects over 1000万元 (1134个), 2019",
		"shizhong-projects-100m-plus.projects.level.2019", "shizhong-projects-10m-plus.projects.level.2019"},
	{"their subscribed capital (748亿元) within 933亿元, 2019",
		"shizhong-projects-100m-plus.subscribed-capital.level.2019", "shizhong-projects-10m-plus.subscribed-capital.level.2019"},
	{"FTZ Jinan Area (37.99平方公里) within the Shandong FTZ (119.98平方公里)",
		"ftz-jinan-area.land-area.level.2019-08-26", "shandong-ftz.land-area.level.2019-08-26"},
	{"FTZ pilot tasks landed (40%) within those under way (80%以上), 2020",
		"ftz-jinan-area.pilot-tasks.completion.2020-12-31", "ftz-jinan-area.pilot-tasks.share-under-way.2020-12-31"},
	{"Jinan GDP in Q1 2020 (2027.00亿元) within January–September (7248.40亿元): flows cumulate",
		"jinan.gdp.level.2020-q1", "jinan.gdp.level.2020-ytd-09"},
	{"Jinan GDP January–September 2020 (7248.40亿元) within the year (过万亿元)",
		"jinan.gdp.level.2020-ytd-09", "jinan.gdp.level.2020"},
}

// Pairs are the figures a seed prints twice with different digits.
var Pairs = []Pair{
	{"天桥区's foreign capital as a share of its annual task, printed twice in 004",
		"tianqiao.foreign-capital.completion.2021-ytd-10", "tianqiao.foreign-capital.completion-second-print.2021-ytd-10"},
}

// Contributions are the contributions the seeds print with shares and growth rates.
var Contributions = []Contribution{
	{"济南高新区's contribution to Jinan's trade growth, Q1 2020 (002, with Jinan's growth from 000)",
		"jinan-hitech-zone.trade.contribution-jinan.2020-q1", "jinan-hitech-zone.trade.share-jinan.2020-q1",
		"jinan-hitech-zone.trade.growth.2020-q1", "jinan.trade.growth.2020-q1"},
}

// Percentiles are the ranks the seeds print with a percentile band.
var Percentiles = []Percentile{
	{"济北开发区 27th of 160 zones is within the top 20% (004)",
		"jibei-zone.zone-appraisal.rank-shandong-zones.2020", "jibei-zone.zone-appraisal.percentile-shandong-zones.2020"},
}

// UnitValue names the indicators of one flow's value and volume, whose
// growth rates imply the growth of its average price (unit value).
type UnitValue struct {
	Value, Volume, UnitValue string // Indicators IDs
}

// UnitValues are the flows the seeds print both by value and by volume.
var UnitValues = []UnitValue{
	// 000: Qilu's formulation exports to the US, 1548万美元 (+20.3%) and
	// 3862万支（粒） (+73.5%).
	{Value: "formulation-exports-us", Volume: "formulation-export-volume-us", UnitValue: "formulation-unit-value-us"},
}

// StockFlow names a stock and the flows that add to it within a year:
// last year's stock plus this year's additions is this year's stock.
type StockFlow struct {
	Name      string
	Stock     string   // an Indicators ID, counted at an instant
	Additions []string // Indicators IDs, counted over parts of the stock's year
}

// StockFlows are the stocks the seeds print with their additions.
var StockFlows = []StockFlow{
	// 004: 两家企业…荣获省级“瞪羚”中小企业称号, 6家企业…荣获市级“瞪羚”, 瞪羚中小企业数达到14家.
	{Name: "济北开发区's gazelle SMEs: last year's count plus this year's provincial and city awards",
		Stock: "gazelle-enterprises", Additions: []string{"provincial-gazelle-awards", "city-gazelle-awards"}},
}

// Threshold is a bound on an earlier level that the wording of a later
// fact implies: 迈入千亿元时代 (entering the era of 100 billion) says the
// level of the year before was under 1000亿元.
type Threshold struct {
	Fact    string // the fact whose wording implies the bound: an ID
	Wording string // the words of the seed that imply it, verbatim
	File    string // the seed the wording is printed in
	Period  string // the earlier period bounded, in the root's period text form
	Bound   string // the bound on that period's level as a figure: "不到1000亿元"
	Why     string // the reading, in English
}

// Thresholds are the crossings the seeds state in words. Only wording that
// says the level was crossed for the first time is read so (迈入…时代,
// 迈过…门槛, 首次, 突破…大关 with 历史性突破); 突破 alone also means only
// "more than" (16家防疫物资企业出口突破3000万美元) and is not read as a crossing.
var Thresholds = []Threshold{
	{Fact: "jinan.budget-revenue.level.2021-to-12-19", Wording: "财政收入成功迈入千亿元时代", File: file004, Period: "2020",
		Bound: "不到1000亿元", Why: "迈入千亿元时代: 2021 is the first year of revenue over 1000亿元, so 2020's was under it"},
	{Fact: "jinan.gdp.level-planned.2020", Wording: "今年确保GDP迈过1万亿元门槛", File: file000, Period: "2019",
		Bound: "不到1万亿元", Why: "迈过1万亿元门槛 in 2020: the threshold was still ahead, so 2019's GDP was under it"},
	{Fact: "jinan-hitech-zone.gdp.level.2019", Wording: "总量实现1150.2亿元,实现历史性突破", File: file002, Period: "2018",
		Bound: "不到1000亿元", Why: "实现历史性突破 in 2019, and 001's 地区生产总值突破千亿元大关: 2019 broke through 1000亿元, so 2018's GDP was under it"},
	{Fact: "jibei-zone.zone-appraisal.percentile-shandong-zones.2020", Wording: "首次进入全省前20%", File: file004, Period: "2019",
		Bound: "超过20%", Why: "首次进入全省前20%: the 2020 appraisal is the first in the top 20%, so the 2019 one placed the zone below it"},
}

// Ages are the ages the seeds print with a founding year.
var Ages = []Age{
	{"济南高新区, founded in 1991, 已近“而立之年” (nearly 30 years) in 2020 (002)",
		"jinan-hitech-zone.years-since-founding.level.2020", 1991, file002, "1991年,济南高新区以产业立区"},
}
