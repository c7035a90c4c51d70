package data

// file002 is the seed of Seed002.
const file002 = "002_efc7dab49f01bd8e.txt"

// The dates of seed 002 that the page does not print.
const (
	// inferred002Run explains the span of 连续38个月.
	inferred002Run = "连续38个月 closes the 2020年一季度 trade report, so the run is taken to end with March 2020; 38 months back from March 2020 start in February 2017"
)

// Seed002 holds the entries of seed 002, in reading order.
var Seed002 = Seed{
	File: file002, Entries: []Entry{
		// The lead. Its trade growth and 38-month run are the Q1 2020 facts
		// of the body below, cited there a second time.
		{
			ID: "jinan-hitech-zone-four-new-economy.value-added.share.undated", Subject: "jinan-hitech-zone-four-new-economy", Indicator: "value-added", Measure: "share",
			Figure: "超过50%", Quote: "“四新”经济增加值占比超过50%",
			Note: "Share of the zone's value added (presumably its GDP). The lead prints no period: it lists recent figures " +
				"beside the Q1 2020 trade results and the 2019 appraisals, so the figure is for 2019 or Q1 2020.",
		},
		{
			ID: "jinan-hitech-zone-digital-economy.value-added.share.undated", Subject: "jinan-hitech-zone-digital-economy", Indicator: "value-added", Measure: "share",
			Figure: "超过45%", Quote: "数字经济占比\n\n超过45%",
			Note: "The quote spans a column break between 占比 and 超过45%. 占比 is read as the share of the zone's value added, " +
				"as for the “四新” economy just before; the page does not say of what. No period printed (2019 or Q1 2020).",
		},
		{
			ID: "jinan-hitech-zone.star-market-approvals.level.undated", Subject: "jinan-hitech-zone", Indicator: "star-market-approvals", Measure: "level",
			Figure: "2家", Quote: "24小时内2家企业通过科创板上市审核",
			Note: "Two of the zone's enterprises passed the STAR Market listing review within 24 hours (24小时内 is the window " +
				"of this count, not a separate fact). The date of those 24 hours is not printed; it is shortly before the page " +
				"(late April or May 2020).",
		},
		{
			ID: "jinan-hitech-zone.star-market-listing-progress.rank-jinan-applicants.undated", Subject: "jinan-hitech-zone", Indicator: "star-market-listing-progress", Measure: "rank",
			Benchmark: "jinan-star-market-applicants",
			Figure:    "前四名", Quote: "包揽济南企业科创板上市进程的前四名",
			Note: "包揽 (swept): the zone's enterprises hold all of the first four places among Jinan enterprises in the STAR " +
				"Market listing process, so four of the zone's enterprises rank 1 to 4; the figure 前四名 reads as ranks within " +
				"the top four. No date printed (shortly before the page, late April or May 2020).",
		},
		{
			ID: "jinan-hitech-zone.gdp.growth.2019", Subject: "jinan-hitech-zone", Indicator: "gdp", Measure: "growth",
			Period: "2019", Label: "这一年",
			Figure: "10.5%", Quote: "地区生产总值增长速度实现10.5%",
			Note: "Growth at comparable prices.",
		},
		{
			ID: "jinan-hitech-zone.gdp.rank-growth-jinan-districts.2019", Subject: "jinan-hitech-zone", Indicator: "gdp", Measure: "rank",
			Period: "2019", Label: "这一年",
			Benchmark: "jinan-districts",
			Figure:    "第一位", Quote: "增速列全市第一位",
			Note: "Rank of GDP growth (10.5%), not of the level, among the districts, counties and zones of Jinan.",
		},
		{
			ID: "jinan-hitech-zone.gdp.level.2019", Subject: "jinan-hitech-zone", Indicator: "gdp", Measure: "level",
			Period: "2019", Label: "这一年",
			Figure: "1150.2亿元", Quote: "总量实现1150.2亿元",
		},
		{
			ID: "jinan-hitech-zone.industry-value-added.level.2019", Subject: "jinan-hitech-zone", Indicator: "industry-value-added", Measure: "level",
			Period: "2019", Label: "全年",
			Figure: "418.4亿元", Quote: "全年工业增加值418.4亿元",
			Note: "工业增加值: all industry, not only above designated size.",
		},
		{
			ID: "jinan-hitech-zone.industry-value-added.growth.2019", Subject: "jinan-hitech-zone", Indicator: "industry-value-added", Measure: "growth",
			Period: "2019", Label: "全年",
			Figure: "增长13.1%", Quote: "全年工业增加值418.4亿元,同比增长13.1%",
			Note: "Growth at comparable prices.",
		},
		{
			ID: "jinan-hitech-zone.leading-industries.level.2019", Subject: "jinan-hitech-zone", Indicator: "leading-industries", Measure: "level",
			Period: "2019", Label: "这一年",
			Figure: "三大", Quote: "医药制造业三大主导行业带动作用明显",
			Note: "The zone's three leading manufacturing industries of 2019, named before the count: 计算机、通信和其他电子设备制造, 装备制造业, 医药制造业. 行业 and 产业 are read as one indicator.",
		},
		{
			ID: "jinan-hitech-zone.fixed-investment.growth.2019", Subject: "jinan-hitech-zone", Indicator: "fixed-investment", Measure: "growth",
			Period: "2019", Label: "全年",
			Figure: "增长22.9%", Quote: "全年固定资产投资增长22.9%",
		},
		{
			ID: "jinan-hitech-zone.budget-revenue.level.2019", Subject: "jinan-hitech-zone", Indicator: "budget-revenue", Measure: "level",
			Period: "2019", Label: "全年",
			Figure: "124.6亿元", Quote: "全年一般公共预算收入实现124.6亿元",
		},
		{
			ID: "jinan-hitech-zone.budget-revenue.growth.2019", Subject: "jinan-hitech-zone", Indicator: "budget-revenue", Measure: "growth",
			Period: "2019", Label: "全年",
			Figure: "增长8.3%", Quote: "实现124.6亿元,同比增长8.3%",
		},
		{
			ID: "jinan-hitech-zone.tax-revenue.share-budget-revenue.2019", Subject: "jinan-hitech-zone", Indicator: "tax-revenue", Measure: "share",
			Period: "2019", Label: "全年",
			ShareOf: "budget-revenue",
			Figure:  "91.5%", Quote: "税收占一般公共预算收入的比重达到91.5%",
			Note: "Share of tax revenue in the zone's general public budget revenue (124.6亿元).",
		},
		{
			ID: "jinan-hitech-zone.key-project-review.rank-jinan-districts.2019", Subject: "jinan-hitech-zone", Indicator: "key-project-review", Measure: "rank",
			Period: "2019", Label: "2019年",
			Benchmark: "jinan-districts",
			Figure:    "第一名", Quote: "勇夺济南市2019年重点项目建设观摩评议和全省功能区营商环境评价第一名",
			Note: "勇夺…A和B第一名 is read as first place in both appraisals; this is A, Jinan's appraisal of 2019 key-project " +
				"construction, among Jinan's districts, counties and zones.",
		},
		{
			ID: "jinan-hitech-zone.business-environment-appraisal.rank-shandong-zones.2019", Subject: "jinan-hitech-zone", Indicator: "business-environment-appraisal", Measure: "rank",
			Period: "2019", Label: "2019年",
			Benchmark: "shandong-zones",
			Figure:    "第一名", Quote: "勇夺济南市2019年重点项目建设观摩评议和全省功能区营商环境评价第一名",
			Note: "B of 勇夺…A和B第一名: first in Shandong's business-environment appraisal of functional zones (全省功能区). " +
				"The page's 2019年 stands before A; that it also dates B is a reading.",
		},
		{
			ID: "jinan-hitech-zone.trade.level.2020-q1", Subject: "jinan-hitech-zone", Indicator: "trade", Measure: "level",
			Period: "2020-Q1", Label: "2020年一季度",
			Figure: "147.2亿元", Quote: "进出口总额完成147.2亿元",
		},
		{
			ID: "jinan-hitech-zone.trade.growth.2020-q1", Subject: "jinan-hitech-zone", Indicator: "trade", Measure: "growth",
			Period: "2020-Q1", Label: "2020年一季度",
			Figure: "增长48.1%", Quote: "进出口总额完成147.2亿元,同比增长48.1%",
			Also: []Cite{{File: file002, Quote: "一季度进出口逆势上扬,同比增长48.1%"}},
			Note: "Printed twice: in the Q1 2020 report and in the lead.",
		},
		{
			ID: "jinan-hitech-zone.trade.share-jinan.2020-q1", Subject: "jinan-hitech-zone", Indicator: "trade", Measure: "share",
			Period: "2020-Q1", Label: "2020年一季度",
			Benchmark: "jinan",
			Figure:    "52.4%", Quote: "占全市进出口总额52.4%",
			Note: "Share of Jinan's imports and exports, which implies Jinan's Q1 2020 total (about 280.9亿元); see the " +
				"contribution below for a check against it.",
		},
		{
			ID: "jinan-hitech-zone.trade.contribution-jinan.2020-q1", Subject: "jinan-hitech-zone", Indicator: "trade", Measure: "contribution",
			Period: "2020-Q1", Label: "2020年一季度",
			Benchmark: "jinan",
			Figure:    "22.9个百分点", Quote: "拉动全市22.9个百分点",
			Note: "Contribution to the growth of Jinan's imports and exports. It does not reconcile with the share and with " +
				"Jinan's Q1 2020 trade growth of 20.7% (seed 000): growth of 48.1% to 147.2亿元 is an increase of about 47.8亿元; " +
				"with a 52.4% share Jinan's total is about 280.9亿元 and the contribution about 20.5 pp, while 22.9 pp implies a " +
				"share of about 58.4%. The figures may come from different statistics (customs vs zone); kept as printed.",
		},
		{
			ID: "jinan-hitech-zone.trade-growth-run.level.2017-02-2020-03", Subject: "jinan-hitech-zone", Indicator: "trade-growth-run", Measure: "level",
			Period: "2017-02-01/2020-03-31", Label: "连续38个月", Inferred: inferred002Run,
			Figure: "38个月", Quote: "连续38个月保持正增长。",
			Also: []Cite{{File: file002, Quote: "连续38个月保持正增长;"}},
			Note: "Printed twice: in the Q1 2020 report and in the lead.",
		},
		{
			ID: "jinan-hitech-zone.online-sales.level.2020-q1", Subject: "jinan-hitech-zone", Indicator: "online-sales", Measure: "level",
			Period: "2020-Q1", Label: "一季度",
			Figure: "274亿元", Quote: "高新区一季度度线上销售额完成274亿元",
			Note: "Typo in the quote: 一季度度 for 一季度. The year 2020 is printed at the head of the paragraph (2020年一季度).",
		},
		{
			ID: "jinan-hitech-zone.online-sales.rank-jinan-districts.2020-q1", Subject: "jinan-hitech-zone", Indicator: "online-sales", Measure: "rank",
			Period: "2020-Q1", Label: "一季度",
			Benchmark: "jinan-districts",
			Figure:    "第一", Quote: "位列各区县第一",
		},
		{
			ID: "jinan-hitech-zone-biomedicine.enterprises.level.2019", Subject: "jinan-hitech-zone-biomedicine", Indicator: "enterprises", Measure: "level",
			Period: "2019", Label: "2019年",
			Figure: "突破3000家", Quote: "生物医药企业总数突破3000家",
			Note: "A stock: the number of biomedicine enterprises passed 3000 in 2019.",
		},
		{
			ID: "jinan-hitech-zone-biomedicine.main-business-revenue.level.2019", Subject: "jinan-hitech-zone-biomedicine", Indicator: "main-business-revenue", Measure: "level",
			Period: "2019", Label: "2019年",
			Figure: "过千亿元", Quote: "主营业务收入过千亿元",
		},
		{
			ID: "jinan-hitech-zone-biomedicine.class-1-innovative-drugs.share-shandong.2019", Subject: "jinan-hitech-zone-biomedicine", Indicator: "class-1-innovative-drugs", Measure: "share",
			Period: "2019", Label: "2019年",
			Figure: "54.8%", Quote: "1类创新药占全省54.8%",
			Note: "Share of Shandong's class 1 innovative drugs. Whether the drugs are those approved in 2019 or all to date is not said.",
		},
		{
			ID: "jinan-hitech-zone.health-platforms.level-planned.undated", Subject: "jinan-hitech-zone", Indicator: "health-platforms", Measure: "level",
			Status: "target",
			Figure: "三大", Quote: "三大平台相互关联",
			Note: "The three platforms of the zone's health industry it is pushing ahead (推动…快速起势): 互联网+线上线销售大平台, 国际产业化大平台, 集群化研发大平台, named in the sentence before; no date printed.",
		},
		{
			ID: "jinan-health-industry.sales-revenue.level.by-2025", Subject: "jinan-health-industry", Indicator: "sales-revenue", Measure: "level",
			Period: "2021-01-01/2025-12-31", Label: "“十四五”期间",
			Status: "target",
			Figure: "突破万亿元", Quote: "力争“十四五”期间,济南市大健康产业销售收入突破万亿元",
			Note: "A target for Jinan, not only the zone, within the 14th Five-Year Plan period (2021–2025).",
		},
		{
			ID: "jinan-hitech-zone.industry-directions.level-planned.2020", Subject: "jinan-hitech-zone", Indicator: "industry-directions", Measure: "level",
			Period: "2020", Label: "2020年",
			Status: "target",
			Figure: "七大", Quote: "基础研究七大产业方向",
			Note: "The seven industry directions the zone focuses on (聚焦) in 2020: 生物医药、智能装备、芯片、量子、信息技术、人力资本、基础研究 (信息技术 is split by a line break).",
		},
		{
			ID: "inspur.sales-revenue.level.2018", Subject: "inspur", Indicator: "sales-revenue", Measure: "level",
			Period: "2018", Label: "2018年",
			Figure: "过千亿元", Quote: "浪潮、中国重汽2018年双双实现销售收入过千亿元",
			Note: "双双: each of Inspur and Sinotruk passed 1000亿元, not the two together.",
		},
		{
			ID: "sinotruk.sales-revenue.level.2018", Subject: "sinotruk", Indicator: "sales-revenue", Measure: "level",
			Period: "2018", Label: "2018年",
			Figure: "过千亿元", Quote: "浪潮、中国重汽2018年双双实现销售收入过千亿元",
			Note: "双双: each of Inspur and Sinotruk passed 1000亿元, not the two together.",
		},
		{
			ID: "china-nuclear-industry.nuclear-power-groups.level.undated", Subject: "china-nuclear-industry", Indicator: "nuclear-power-groups", Measure: "level",
			Figure: "三大", Quote: "引进以中国三大核电集团为代表的上下游企业",
			Note: "China's three nuclear power groups, whose upstream and downstream firms the zone is to attract; the seed names none (read as 中核, 中广核 and 国家电投). A count of groups, not of enterprises; no date printed.",
		},
		{
			ID: "jinan-hitech-zone-nuclear-equipment.industry-scale.level.undated", Subject: "jinan-hitech-zone-nuclear-equipment", Indicator: "industry-scale", Measure: "level",
			Status: "target",
			Figure: "千亿级", As: "千亿元级", Quote: "打造千亿级核电高端装备产业集群",
			Note: "A plan with no date: a nuclear power equipment cluster of the 100-billion-yuan class. 千亿级 carries no unit; " +
				"yuan of revenue is the usual reading.",
		},
		{
			ID: "jinan-hitech-zone-big-data-it.enterprises.level.undated", Subject: "jinan-hitech-zone-big-data-it", Indicator: "enterprises", Measure: "level",
			Figure: "3000余家", Quote: "集聚大数据和新一代信息技术企业3000余家",
			Note: "A stock at the time of writing (late April or May 2020); the page prints no date.",
		},
		{
			ID: "runhua-group.mortgage-registered.level.recent", Subject: "runhua-group", Indicator: "mortgage-registered", Measure: "level",
			Figure: "一个多亿", As: "一个多亿元", Quote: "一个多亿的不动产登记抵押手续",
			Note: "一个多亿: more than 1亿. The unit is not printed: yuan is inferred from the context (the amount of a real-estate mortgage a company registers). " +
				"Registered for 润华集团 within a midday (一中午时间); 最近 (recently) is the only date printed.",
		},
		{
			ID: "jinan-hitech-zone.years-since-founding.level.2020", Subject: "jinan-hitech-zone", Indicator: "years-since-founding", Measure: "level",
			Period: "2020", Label: "2020年",
			Figure: "近“而立之年”", Quote: "已近“而立之年”的济南高新区",
			Note: "而立之年 is the age of thirty (三十而立): nearly 30 years. The zone was founded in 1991 (1991年,济南高新区以产业立区), so in 2020 it was 29; the audit checks the two agree.",
		},
	},
}
