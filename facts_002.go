package jinan

// The dates of seed 002 that the page does not print.
const (
	// inferred002Run explains the span of 连续38个月.
	inferred002Run = "连续38个月 closes the 2020年一季度 trade report, so the run is taken to end with March 2020; 38 months back from March 2020 start in February 2017"
)

// facts002 returns the facts of seed 002 (feature on Jinan High-tech Zone,
// late April or May 2020), in reading order. 这一年 and 全年 are 2019 (the
// paragraph opens “2019年是…一年”); 一季度 is the first quarter of 2020.
func facts002() seedEntries {
	y2019 := YearOf(2019, "这一年")
	full2019 := YearOf(2019, "全年")
	printed2019 := YearOf(2019, "2019年")
	q1 := QuarterOf(2020, 1, "2020年一季度")
	run := SpanOf(D(2017, 2, 1), D(2020, 3, 31), "连续38个月").Inferred(inferred002Run)
	return seedEntries{file: "002_efc7dab49f01bd8e.txt", entries: []entry{
		// The lead. Its trade growth and 38-month run are the Q1 2020 facts
		// of the body below, cited there a second time.
		{
			id: "jinan-hitech-zone-four-new-economy.value-added.share.undated", subject: HighTechZoneNewEconomy,
			indicator: ValueAdded, measure: Share,
			figure: "超过50%", quote: "“四新”经济增加值占比超过50%",
			note: "Share of the zone's value added (presumably its GDP). The lead prints no period: it lists recent figures " +
				"beside the Q1 2020 trade results and the 2019 appraisals, so the figure is for 2019 or Q1 2020.",
		},
		{
			id: "jinan-hitech-zone-digital-economy.value-added.share.undated", subject: HighTechZoneDigitalEconomy,
			indicator: ValueAdded, measure: Share,
			figure: "超过45%", quote: "数字经济占比\n\n超过45%",
			note: "The quote spans a column break between 占比 and 超过45%. 占比 is read as the share of the zone's value added, " +
				"as for the “四新” economy just before; the page does not say of what. No period printed (2019 or Q1 2020).",
		},
		{
			id: "jinan-hitech-zone.star-market-approvals.level.undated", subject: HighTechZone,
			indicator: StarMarketApprovals, measure: Level,
			figure: "2家", quote: "24小时内2家企业通过科创板上市审核",
			note: "Two of the zone's enterprises passed the STAR Market listing review within 24 hours (24小时内 is the window " +
				"of this count, not a separate fact). The date of those 24 hours is not printed; it is shortly before the page " +
				"(late April or May 2020).",
		},
		{
			id: "jinan-hitech-zone.star-market-listing-progress.rank-jinan-applicants.undated", subject: HighTechZone,
			indicator: StarMarketProgress, measure: Rank, benchmark: JinanStarMarketApplicants,
			figure: "前四名", quote: "包揽济南企业科创板上市进程的前四名",
			note: "包揽 (swept): the zone's enterprises hold all of the first four places among Jinan enterprises in the STAR " +
				"Market listing process, so four of the zone's enterprises rank 1 to 4; the figure 前四名 reads as ranks within " +
				"the top four. No date printed (shortly before the page, late April or May 2020).",
		},
		{
			id: "jinan-hitech-zone.gdp.growth.2019", subject: HighTechZone, indicator: GDP, measure: Growth, period: y2019,
			figure: "10.5%", quote: "地区生产总值增长速度实现10.5%",
			note: "Growth at comparable prices.",
		},
		{
			id: "jinan-hitech-zone.gdp.rank-growth-jinan-districts.2019", subject: HighTechZone, indicator: GDP, measure: Rank,
			period: y2019, benchmark: JinanDistricts,
			figure: "第一位", quote: "增速列全市第一位",
			note: "Rank of GDP growth (10.5%), not of the level, among the districts, counties and zones of Jinan.",
		},
		{
			id: "jinan-hitech-zone.gdp.level.2019", subject: HighTechZone, indicator: GDP, measure: Level, period: y2019,
			figure: "1150.2亿元", quote: "总量实现1150.2亿元",
		},
		{
			id: "jinan-hitech-zone.industry-value-added.level.2019", subject: HighTechZone, indicator: IndustryValueAdded,
			measure: Level, period: full2019,
			figure: "418.4亿元", quote: "全年工业增加值418.4亿元",
			note: "工业增加值: all industry, not only above designated size.",
		},
		{
			id: "jinan-hitech-zone.industry-value-added.growth.2019", subject: HighTechZone, indicator: IndustryValueAdded,
			measure: Growth, period: full2019,
			figure: "增长13.1%", quote: "全年工业增加值418.4亿元,同比增长13.1%",
			note: "Growth at comparable prices.",
		},
		{
			id: "jinan-hitech-zone.fixed-investment.growth.2019", subject: HighTechZone, indicator: FixedInvestment,
			measure: Growth, period: full2019,
			figure: "增长22.9%", quote: "全年固定资产投资增长22.9%",
		},
		{
			id: "jinan-hitech-zone.budget-revenue.level.2019", subject: HighTechZone, indicator: BudgetRevenue,
			measure: Level, period: full2019,
			figure: "124.6亿元", quote: "全年一般公共预算收入实现124.6亿元",
		},
		{
			id: "jinan-hitech-zone.budget-revenue.growth.2019", subject: HighTechZone, indicator: BudgetRevenue,
			measure: Growth, period: full2019,
			figure: "增长8.3%", quote: "实现124.6亿元,同比增长8.3%",
		},
		{
			id: "jinan-hitech-zone.tax-revenue.share-budget-revenue.2019", subject: HighTechZone, indicator: TaxRevenue,
			measure: Share, period: full2019, shareOf: BudgetRevenue,
			figure: "91.5%", quote: "税收占一般公共预算收入的比重达到91.5%",
			note: "Share of tax revenue in the zone's general public budget revenue (124.6亿元).",
		},
		{
			id: "jinan-hitech-zone.key-project-review.rank-jinan-districts.2019", subject: HighTechZone,
			indicator: KeyProjectReview, measure: Rank, period: printed2019, benchmark: JinanDistricts,
			figure: "第一名", quote: "勇夺济南市2019年重点项目建设观摩评议和全省功能区营商环境评价第一名",
			note: "勇夺…A和B第一名 is read as first place in both appraisals; this is A, Jinan's appraisal of 2019 key-project " +
				"construction, among Jinan's districts, counties and zones.",
		},
		{
			id: "jinan-hitech-zone.business-environment-appraisal.rank-shandong-zones.2019", subject: HighTechZone,
			indicator: BusinessEnvironment, measure: Rank, period: printed2019, benchmark: ShandongZones,
			figure: "第一名", quote: "勇夺济南市2019年重点项目建设观摩评议和全省功能区营商环境评价第一名",
			note: "B of 勇夺…A和B第一名: first in Shandong's business-environment appraisal of functional zones (全省功能区). " +
				"The page's 2019年 stands before A; that it also dates B is a reading.",
		},
		{
			id: "jinan-hitech-zone.trade.level.2020-q1", subject: HighTechZone, indicator: Trade, measure: Level, period: q1,
			figure: "147.2亿元", quote: "进出口总额完成147.2亿元",
		},
		{
			id: "jinan-hitech-zone.trade.growth.2020-q1", subject: HighTechZone, indicator: Trade, measure: Growth, period: q1,
			figure: "增长48.1%", quote: "进出口总额完成147.2亿元,同比增长48.1%",
			also: []cite{{file: "002_efc7dab49f01bd8e.txt", quote: "一季度进出口逆势上扬,同比增长48.1%"}},
			note: "Printed twice: in the Q1 2020 report and in the lead.",
		},
		{
			id: "jinan-hitech-zone.trade.share-jinan.2020-q1", subject: HighTechZone, indicator: Trade, measure: Share, period: q1,
			benchmark: Jinan, figure: "52.4%", quote: "占全市进出口总额52.4%",
			note: "Share of Jinan's imports and exports, which implies Jinan's Q1 2020 total (about 280.9亿元); see the " +
				"contribution below for a check against it.",
		},
		{
			id: "jinan-hitech-zone.trade.contribution-jinan.2020-q1", subject: HighTechZone, indicator: Trade,
			measure: Contribution, period: q1, benchmark: Jinan,
			figure: "22.9个百分点", quote: "拉动全市22.9个百分点",
			note: "Contribution to the growth of Jinan's imports and exports. It does not reconcile with the share and with " +
				"Jinan's Q1 2020 trade growth of 20.7% (seed 000): growth of 48.1% to 147.2亿元 is an increase of about 47.8亿元; " +
				"with a 52.4% share Jinan's total is about 280.9亿元 and the contribution about 20.5 pp, while 22.9 pp implies a " +
				"share of about 58.4%. The figures may come from different statistics (customs vs zone); kept as printed.",
		},
		{
			id: "jinan-hitech-zone.trade-growth-run.level.2017-02-2020-03", subject: HighTechZone, indicator: TradeGrowthRun,
			measure: Level, period: run,
			figure: "38个月", quote: "连续38个月保持正增长。",
			also: []cite{{file: "002_efc7dab49f01bd8e.txt", quote: "连续38个月保持正增长;"}},
			note: "Printed twice: in the Q1 2020 report and in the lead.",
		},
		{
			id: "jinan-hitech-zone.online-sales.level.2020-q1", subject: HighTechZone, indicator: OnlineSales, measure: Level,
			period: QuarterOf(2020, 1, "一季度"),
			figure: "274亿元", quote: "高新区一季度度线上销售额完成274亿元",
			note: "Typo in the quote: 一季度度 for 一季度. The year 2020 is printed at the head of the paragraph (2020年一季度).",
		},
		{
			id: "jinan-hitech-zone.online-sales.rank-jinan-districts.2020-q1", subject: HighTechZone, indicator: OnlineSales,
			measure: Rank, period: QuarterOf(2020, 1, "一季度"), benchmark: JinanDistricts,
			figure: "第一", quote: "位列各区县第一",
		},
		{
			id: "jinan-hitech-zone-biomedicine.enterprises.level.2019", subject: HighTechZoneBiomedicine, indicator: Enterprises,
			measure: Level, period: printed2019,
			figure: "突破3000家", quote: "生物医药企业总数突破3000家",
			note: "A stock: the number of biomedicine enterprises passed 3000 in 2019.",
		},
		{
			id: "jinan-hitech-zone-biomedicine.main-business-revenue.level.2019", subject: HighTechZoneBiomedicine,
			indicator: MainBusinessRevenue, measure: Level, period: printed2019,
			figure: "过千亿元", quote: "主营业务收入过千亿元",
		},
		{
			id: "jinan-hitech-zone-biomedicine.class-1-innovative-drugs.share-shandong.2019", subject: HighTechZoneBiomedicine,
			indicator: InnovativeDrugs, measure: Share, period: printed2019,
			figure: "54.8%", quote: "1类创新药占全省54.8%",
			note: "Share of Shandong's class 1 innovative drugs. Whether the drugs are those approved in 2019 or all to date is not said.",
		},
		{
			id: "jinan-health-industry.sales-revenue.level.by-2025", subject: JinanHealthIndustry, indicator: SalesRevenue,
			measure: Level, period: By(D(2021, 1, 1), D(2025, 12, 31), "“十四五”期间"), status: Planned,
			figure: "突破万亿元", quote: "力争“十四五”期间,济南市大健康产业销售收入突破万亿元",
			note: "A target for Jinan, not only the zone, within the 14th Five-Year Plan period (2021–2025).",
		},
		{
			id: "inspur.sales-revenue.level.2018", subject: Inspur, indicator: SalesRevenue, measure: Level,
			period: YearOf(2018, "2018年"),
			figure: "过千亿元", quote: "浪潮、中国重汽2018年双双实现销售收入过千亿元",
			note: "双双: each of Inspur and Sinotruk passed 1000亿元, not the two together.",
		},
		{
			id: "sinotruk.sales-revenue.level.2018", subject: Sinotruk, indicator: SalesRevenue, measure: Level,
			period: YearOf(2018, "2018年"),
			figure: "过千亿元", quote: "浪潮、中国重汽2018年双双实现销售收入过千亿元",
			note: "双双: each of Inspur and Sinotruk passed 1000亿元, not the two together.",
		},
		{
			id: "jinan-hitech-zone-nuclear-equipment.industry-scale.level.undated", subject: HighTechZoneNuclearEquipment,
			indicator: IndustryScale, measure: Level, status: Planned,
			figure: "千亿级", as: "千亿元级", quote: "打造千亿级核电高端装备产业集群",
			note: "A plan with no date: a nuclear power equipment cluster of the 100-billion-yuan class. 千亿级 carries no unit; " +
				"yuan of revenue is the usual reading.",
		},
		{
			id: "jinan-hitech-zone-big-data-it.enterprises.level.undated", subject: HighTechZoneBigDataIT, indicator: Enterprises,
			measure: Level, figure: "3000余家", quote: "集聚大数据和新一代信息技术企业3000余家",
			note: "A stock at the time of writing (late April or May 2020); the page prints no date.",
		},
	}}
}
