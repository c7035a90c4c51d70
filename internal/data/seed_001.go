package data

// file001 is the seed of Seed001.
const file001 = "001_fdc0b1e40edbcf43.txt"

// inferred001 explains the year of the periods of seed 001 that print none.
const inferred001 = "001 prints no year here; the page was published in late December 2020 (“2020年12月，济南成为全国首个…”, “截至2020年10月底”, 前三季度 results), so 今年 is 2020"

// writing001 explains the instants of seed 001 that print no date: stocks
// stated as they stood when the page was written.
const writing001 = "001 prints no date here: the stock as it stood when the page was written, late December 2020 (the document's date, taken as 2020-12-31)"

// horizon001 explains the horizons of the programme “三年初见成效、五年取得突破”.
const horizon001 = "001 prints no year for the horizons; it counts them from the approval of the Shandong comprehensive pilot zone " +
	"(今年是国务院批复《山东新旧动能转换综合试验区建设总体方案》的第三年, written in 2020), so the programme started in 2018: three years are 2018–2020, five 2018–2022"

// Seed001 holds the entries of seed 001, in reading order.
var Seed001 = Seed{
	File: file001, Entries: []Entry{
		// The interview with Mayor Sun Shutao.
		{
			ID: "jinan.national-strategies.level.2020", Subject: "jinan", Indicator: "national-strategies", Measure: "level",
			Period: "2020", Label: "今年", Inferred: inferred001,
			Figure: "4个", Quote: "黄河流域生态保护和高质量发展4个重大国家战略交汇叠加",
			Note: "The seed names three strategies (新旧动能转换综合试验区、自由贸易试验区、黄河流域生态保护和高质量发展) but counts 4; the fourth is not named. 今年 is printed at the start of the sentence.",
		},
		{
			ID: "jinan.target-horizon.level-initial-results.by-2020", Subject: "jinan", Indicator: "target-horizon", Measure: "level",
			Period: "2018-01-01/2020-12-31", Label: "三年", Inferred: horizon001,
			Status: "target",
			Figure: "三年", Quote: "新旧动能转换工作“三年初见成效”目标任务",
			Also: []Cite{{File: file001, Quote: "全面实现“三年初见成效”目标"}},
			Note: "The first horizon of the programme “三年初见成效、五年取得突破” (first results in three years, a breakthrough in five): three years from the approval of 2018, so 2018–2020. " +
				"The lead states it as the goal 济南市正聚力全面实现; in the interview the mayor says it was met (全面实现“三年初见成效”目标).",
		},
		{
			ID: "jinan.years-among-provincial-leaders.level.2018-2020", Subject: "jinan", Indicator: "years-among-provincial-leaders", Measure: "level",
			Period: "2018-01-01/2020-12-31", Label: "连续3年", Inferred: "连续3年 in an answer on the 3年来 since January 2018, given in late December 2020: 2018–2020",
			Figure: "3年", Quote: "连续3年主要经济指标稳居全省前列",
			Note: "早现 in the preceding clause is a typo for 呈现.",
		},
		{
			ID: "jinan.gdp.rank-shandong.2018", Subject: "jinan", Indicator: "gdp", Measure: "rank",
			Period: "2018", Label: "2018年",
			Benchmark: "shandong-cities",
			Figure:    "第二", Quote: "济南市经济总量跃居全省第二",
			Note: "经济总量 (the size of the economy) read as GDP; rank of the level among Shandong's 16 cities.",
		},
		{
			ID: "jinan.fixed-investment.rank-growth-shandong.2018", Subject: "jinan", Indicator: "fixed-investment", Measure: "rank",
			Period: "2018", Label: "2018年",
			Benchmark: "shandong-cities",
			Figure:    "第一", Quote: "固定资产投资增幅全省第一",
			Note: "Rank of the growth rate (增幅), not of the level.",
		},
		{
			ID: "jinan.overall-strength.rank-china.2019", Subject: "jinan", Indicator: "overall-strength", Measure: "rank",
			Period: "2019", Label: "2019年",
			Benchmark: "chinese-cities",
			Figure:    "20强", Quote: "综合实力跻身全国20强",
			Note: "Among the 20 strongest cities of China: rank 20 or better. The ranking is not named.",
		},
		{
			ID: "jinan.industrial-value-added.rank-growth-shandong.2020-sofar", Subject: "jinan", Indicator: "industrial-value-added", Measure: "rank",
			Period: "2020-01-01/..2020-12-31", Label: "今年以来", Inferred: inferred001,
			Benchmark: "shandong-cities",
			Figure:    "首位", Quote: "工业增速列全省和全国主要城市首位",
			Note: "Rank of the growth of industry above designated size; 首位 is printed once for both 全省 and 全国主要城市.",
		},
		{
			ID: "jinan.industrial-value-added.rank-growth-major-cities.2020-sofar", Subject: "jinan", Indicator: "industrial-value-added", Measure: "rank",
			Period: "2020-01-01/..2020-12-31", Label: "今年以来", Inferred: inferred001,
			Benchmark: "major-cities",
			Figure:    "首位", Quote: "工业增速列全省和全国主要城市首位",
			Note: "Rank of the growth of industry above designated size among China's major cities.",
		},
		{
			ID: "jinan.trade.growth.2020-sofar", Subject: "jinan", Indicator: "trade", Measure: "growth",
			Period: "2020-01-01/..2020-12-31", Label: "今年以来", Inferred: inferred001,
			Figure: "增长32.0%", Quote: "完成进出口总值同比增长32.0%",
		},
		{
			ID: "jinan.trade.gap-china.2020-sofar", Subject: "jinan", Indicator: "trade", Measure: "gap",
			Period: "2020-01-01/..2020-12-31", Label: "今年以来", Inferred: inferred001,
			Benchmark: "china",
			Figure:    "31.9", As: "31.9个百分点", Quote: "分别高于全国、全省31.9、28.4个百分点",
		},
		{
			ID: "jinan.trade.gap-shandong.2020-sofar", Subject: "jinan", Indicator: "trade", Measure: "gap",
			Period: "2020-01-01/..2020-12-31", Label: "今年以来", Inferred: inferred001,
			Benchmark: "shandong",
			Figure:    "28.4个百分点", Quote: "分别高于全国、全省31.9、28.4个百分点",
		},

		// Districts, reform, innovation, industry, opening up.
		{
			ID: "jinan.districts-gdp-over-100bn.level.2019", Subject: "jinan", Indicator: "districts-gdp-over-100bn", Measure: "level",
			Period: "2019", Label: "2019年",
			Figure: "9个", Quote: "2019年全市地区生产总值过千亿元区县达到9个",
			Note: "As printed. Nine districts each above 100 billion yuan would account for most of the city's GDP, so the threshold may be misprinted; no other source is cited here.",
		},
		{
			ID: "jinan.districts-budget-revenue-over-10bn.level.2019", Subject: "jinan", Indicator: "districts-budget-revenue-over-10bn", Measure: "level",
			Period: "2019", Label: "2019年",
			Figure: "4个", Quote: "一般公共预算收入过百亿元区县达到4个",
			Note: "The sentence prints no year; 2019年 is carried over from the sentence before (过千亿元区县达到9个).",
		},
		{
			ID: "jinan.reformed-development-zones.level.2020", Subject: "jinan", Indicator: "reformed-development-zones", Measure: "level",
			Period: "2020", Label: "2020年",
			Figure: "13家", Quote: "全面完成13家省级以上开发",
			Note: "The sentence runs over a column break: 开发 / 区体制机制改革任务. Its year is read from 2020年荣获… at the start of the same sentence.",
		},
		{
			ID: "jinan-development-zones.internal-bodies.level.before-reform", Subject: "jinan-development-zones", Indicator: "internal-bodies", Measure: "level",
			Figure: "109个", Quote: "开发区内设机构数量从109个压缩到64个",
			Note: "The number before the reform; the text gives no date for it, so the period is unknown.",
		},
		{
			ID: "jinan-development-zones.internal-bodies.level.2020", Subject: "jinan-development-zones", Indicator: "internal-bodies", Measure: "level",
			Period: "2020", Label: "2020年",
			Figure: "64个", Quote: "开发区内设机构数量从109个压缩到64个",
			Note: "The number after the reform of the 13 zones, read as 2020 like the reform itself.",
		},
		{
			ID: "jinan.cas-institutes.level.2020-12-31", Subject: "jinan", Indicator: "cas-institutes", Measure: "level",
			Period: "2020-12-31", Inferred: writing001,
			Figure: "14家", Quote: "14家“中科院”院所相继落户济南",
			Also: []Cite{{File: file001, Quote: "济南已先后引进14家“中科院”院所"}},
		},
		{
			ID: "jinan.key-industrial-clusters.level.2020-12-31", Subject: "jinan", Indicator: "key-industrial-clusters", Measure: "level",
			Period: "2020-12-31", Inferred: writing001,
			Figure: "十大", Quote: "高端装备等十大重点产业集群",
			Note: "The ten key industrial clusters Jinan concentrates on (聚焦), three of them named (新一代信息技术、智能与新能源汽车、高端装备); the count as it stood when the page was written.",
		},
		{
			ID: "jinan-hitech-zone.overall-strength.rank-national.2020-12-31", Subject: "jinan-hitech-zone", Indicator: "overall-strength", Measure: "rank",
			Period: "2020-12-31", Inferred: writing001,
			Benchmark: "national-hitech-zones",
			Figure:    "第11位", Quote: "综合排名跻身国家级高新区第11位",
			Note: "The sentence is garbled (建立地区生产总值突破千亿元大关、…): its subject is lost; only a high-tech zone ranks among 国家级高新区, so it is read as Jinan High-tech Zone. The year of the ranking is not printed.",
		},
		{
			ID: "jinan-hitech-zone.gdp.level.undated", Subject: "jinan-hitech-zone", Indicator: "gdp", Measure: "level",
			Figure: "突破千亿元", Quote: "建立地区生产总值突破千亿元大关",
			Note: "The sentence is garbled and its subject lost; read as Jinan High-tech Zone with the rank after it (国家级高新区第11位). " +
				"No year is printed; 002 gives the zone's 2019 GDP as 1150.2亿元, which is over 1000亿元.",
		},
		{
			ID: "financial-center.global-500-firms.level.2020-12-31", Subject: "financial-center", Indicator: "global-500-firms", Measure: "level",
			Period: "2020-12-31", Inferred: writing001,
			Figure: "12家", Quote: "世界500强企业12家，中国500强企业21家",
			Also: []Cite{{File: file001, Quote: "世界500强企业12家、中国500强企业21家"}},
			Note: "The first passage is garbled (济南国际金融中心、大智世界500强企业12家…); the second says the firms are 区域内已入驻 in the International Financial Center. Same figures, one fact.",
		},
		{
			ID: "financial-center.china-500-firms.level.2020-12-31", Subject: "financial-center", Indicator: "china-500-firms", Measure: "level",
			Period: "2020-12-31", Inferred: writing001,
			Figure: "21家", Quote: "世界500强企业12家，中国500强企业21家",
			Also: []Cite{{File: file001, Quote: "世界500强企业12家、中国500强企业21家"}},
			Note: "Printed twice about the International Financial Center; one fact.",
		},
		{
			ID: "financial-center.financial-institutions.level.2020-12-31", Subject: "financial-center", Indicator: "financial-institutions", Measure: "level",
			Period: "2020-12-31", Inferred: writing001,
			Figure: "330余家", Quote: "机构达到330余家，形成产融互促共进良好局面",
			Also: []Cite{{File: file001, Quote: "金融机构达到330余家，英国BP石油"}},
			Note: "各类金融企业、金融机构; the first print breaks across a column (金融 / 机构). Printed twice; one fact.",
		},
		{
			ID: "jinan-eurasia-trains.countries-reached.level.2020-12-31", Subject: "jinan-eurasia-trains", Indicator: "countries-reached", Measure: "level",
			Period: "2020-12-31", Inferred: writing001,
			Figure: "16个", Quote: "覆盖16个国家40余个城市",
		},
		{
			ID: "jinan-eurasia-trains.cities-reached.level.2020-12-31", Subject: "jinan-eurasia-trains", Indicator: "cities-reached", Measure: "level",
			Period: "2020-12-31", Inferred: writing001,
			Figure: "40余个", Quote: "覆盖16个国家40余个城市",
		},
		{
			ID: "jinan-eurasia-trains.trains-run.share-shandong.undated", Subject: "jinan-eurasia-trains", Indicator: "trains-run", Measure: "share",
			Figure: "近四成", Quote: "开行数量占全省近四成",
			Note: "Share of the Eurasian trains run from Shandong. No period is printed (2020 or the three years 2018–2020).",
		},
		{
			ID: "jinan.new-air-cargo-routes.level.undated", Subject: "jinan", Indicator: "new-air-cargo-routes", Measure: "level",
			Figure: "10条", Quote: "新开10条航线",
			Note: "International air cargo routes; 逆势发展 suggests during the 2020 pandemic, but no period is printed.",
		},
		{
			ID: "ftz-jinan-area.institutional-innovations.level.2019-2020", Subject: "ftz-jinan-area", Indicator: "institutional-innovations", Measure: "level",
			Period: "2019-08-26/2020-12-31", Label: "获批建设", Inferred: "the FTZ's master plan was issued 2019年8月26日 (printed later in 001); the end is the time of writing, late December 2020",
			Figure: "320项", Quote: "推出320项制度创新措施",
			Note: "Since the Jinan Area was approved; the count as of the time of writing.",
		},
		{
			ID: "ftz-jinan-area.replicable-cases.level.2019-2020", Subject: "ftz-jinan-area", Indicator: "replicable-cases", Measure: "level",
			Period: "2019-08-26/2020-12-31", Label: "获批建设", Inferred: "the FTZ's master plan was issued 2019年8月26日 (printed later in 001); the end is the time of writing, late December 2020",
			Figure: "30项", Quote: "向国家和省报送30项可复制推广新案例",
		},

		// 塑造省会“龙头”经济高质量发展新优势.
		{
			ID: "jinan.target-horizon.level-breakthrough.by-2022", Subject: "jinan", Indicator: "target-horizon", Measure: "level",
			Period: "2018-01-01/2022-12-31", Label: "五年", Inferred: horizon001,
			Status: "target",
			Figure: "五年", Quote: "争取实现“五年取得突破”目标任务",
			Note: "The second horizon of “三年初见成效、五年取得突破”: five years from the approval of 2018, so 2018–2022; a target still ahead (争取实现) at the time of writing.",
		},
		{
			ID: "jinan.gdp.level.2020-ytd-09", Subject: "jinan", Indicator: "gdp", Measure: "level",
			Period: "2020-01-01/2020-09-30", Label: "前三季度",
			Figure: "7248.40亿元", Quote: "地区生产总值7248.40亿元",
		},
		{
			ID: "jinan.gdp.growth.2020-ytd-09", Subject: "jinan", Indicator: "gdp", Measure: "growth",
			Period: "2020-01-01/2020-09-30", Label: "前三季度",
			Figure: "增长3.1%", Quote: "同比增长3.1%",
		},
		{
			ID: "jinan.industrial-value-added.growth.2020-ytd-09", Subject: "jinan", Indicator: "industrial-value-added", Measure: "growth",
			Period: "2020-01-01/2020-09-30", Label: "前三季度",
			Figure: "增长11.4%", Quote: "规模以上工业增加值增长11.4%",
		},
		{
			ID: "jinan.industrial-value-added.rank-growth-shandong.2020-ytd-09", Subject: "jinan", Indicator: "industrial-value-added", Measure: "rank",
			Period: "2020-01-01/2020-09-30", Label: "前三季度",
			Benchmark: "shandong-cities",
			Figure:    "首位", Quote: "增长11.4%，增速列全省和全国主要城市首位",
			Note: "Rank of the growth rate; 首位 is printed once for both 全省 and 全国主要城市.",
		},
		{
			ID: "jinan.industrial-value-added.rank-growth-major-cities.2020-ytd-09", Subject: "jinan", Indicator: "industrial-value-added", Measure: "rank",
			Period: "2020-01-01/2020-09-30", Label: "前三季度",
			Benchmark: "major-cities",
			Figure:    "首位", Quote: "增长11.4%，增速列全省和全国主要城市首位",
			Note: "Rank of the growth rate among China's major cities.",
		},
		{
			ID: "jinan-drc.partner-departments.level.2018", Subject: "jinan-drc", Indicator: "partner-departments", Measure: "level",
			Period: "2018", Label: "2018年",
			Figure: "8部门", Quote: "联合市财政、建设等8部门",
			Note: "Eight departments, among them finance and construction, joined the DRC in the reform.",
		},
		{
			ID: "jinan.award-notice-steps.level.before-reform", Subject: "jinan", Indicator: "award-notice-steps", Measure: "level",
			Figure: "7个", Quote: "中标通知书发放流程办理环节从7个减至3个",
			Note: "The number of steps before the 2018 reform; the text gives no date for it, so the period is unknown.",
		},
		{
			ID: "jinan.award-notice-steps.level.2018", Subject: "jinan", Indicator: "award-notice-steps", Measure: "level",
			Period: "2018", Label: "2018年",
			Figure: "3个", Quote: "中标通知书发放流程办理环节从7个减至3个",
			Note: "The number of steps after the 2018 reform.",
		},
		{
			ID: "jinan.tender-trading-time.difference.2019", Subject: "jinan", Indicator: "tender-trading-time", Measure: "difference",
			Period: "2019", Label: "2019年",
			Figure: "5日", As: "-5日", Quote: "交易时间压缩5日",
			Note: "Shortened by 5 days against the time before the reforms (a quote of the DRC's official after the 2019 reform); the year is read from the paragraph.",
		},
		{
			ID: "jinan.bidding-time.difference.2019", Subject: "jinan", Indicator: "bidding-time", Measure: "difference",
			Period: "2019", Label: "2019年",
			Figure: "15日", Quote: "放宽投标时间15日",
			Note: "Bidding time relaxed (lengthened) by 15 days against the time before the reforms; the year is read from the paragraph.",
		},
		{
			ID: "jinan-approval-bureau.transferred-departments.level.undated", Subject: "jinan-approval-bureau", Indicator: "transferred-departments", Measure: "level",
			Figure: "27个", Quote: "将27个部门的262项行政许可及关联事项划转集中实施",
			Note: "Transferred after the bureau was set up at the end of 2018, before 一枚印章管审批 began on 2019年4月1日; the text gives no date for the transfer itself.",
		},
		{
			ID: "jinan-approval-bureau.transferred-permits.level.undated", Subject: "jinan-approval-bureau", Indicator: "transferred-permits", Measure: "level",
			Figure: "262项", Quote: "将27个部门的262项行政许可及关联事项划转集中实施",
			Note: "Administrative permits and related matters; transferred after the bureau was set up at the end of 2018, no date printed.",
		},
		{
			ID: "jinan.business-environment-appraisal.rank-shandong.2019", Subject: "jinan", Indicator: "business-environment-appraisal", Measure: "rank",
			Period: "2019", Label: "2019年",
			Benchmark: "shandong-cities",
			Figure:    "第一", Quote: "济南市营商环境评价全省第一",
		},
		{
			ID: "jinan-approval-bureau.promised-time-limit.level.2020-06", Subject: "jinan-approval-bureau", Indicator: "promised-time-limit", Measure: "level",
			Period: "2020-06", Label: "2020年6月",
			Figure: "5个工作日", Quote: "比承诺的5个工作日得多",
			Note: "The time limit promised for registering a non-enterprise legal person, done the same day. 得多 is garbled (快得多, much faster).",
		},
		{
			ID: "jinan-approval-bureau.sole-approvers.level.2020", Subject: "jinan-approval-bureau", Indicator: "sole-approvers", Measure: "level",
			Period: "2020", Label: "2020年",
			Figure: "47名", Quote: "2020年首批独任审批师47名",
			Note: "The first batch, at city level.",
		},
		{
			ID: "jinan-districts.sole-approvers.level.2020", Subject: "jinan-districts", Indicator: "sole-approvers", Measure: "level",
			Period: "2020", Label: "2020年",
			Figure: "127名", Quote: "各区县首批审批师127名",
			Note: "The first batch in the districts and counties together.",
		},
		{
			ID: "jinan-approval-bureau.cases-handled.level.2020-12-31", Subject: "jinan-approval-bureau", Indicator: "cases-handled", Measure: "level",
			Period: "2020-12-31", Label: "目前", Inferred: writing001,
			Figure: "20万件", Quote: "目前已累计办件量达20万件",
			Note: "Cumulative; in a paragraph on the sole-approver system, so probably cases handled under it, though the seed does not say.",
		},
		{
			ID: "jinan-financial-counselors.financing-seekers-matched.level.2020-10-31", Subject: "jinan-financial-counselors", Indicator: "financing-seekers-matched", Measure: "level",
			Period: "2020-10-31", Label: "截至2020年10月底",
			Figure: "1218家", Quote: "金融辅导员对接有融资需求企业1218家",
		},
		{
			ID: "jinan-financial-counselors.financing-demand.level.2020-10-31", Subject: "jinan-financial-counselors", Indicator: "financing-demand", Measure: "level",
			Period: "2020-10-31", Label: "截至2020年10月底",
			Figure: "282.4亿元", Quote: "涉及金额282.4亿元",
			Note: "涉及金额: the amount involved in the matched enterprises' financing needs.",
		},
		{
			ID: "xinyidai-jinan.loan-subsidy-rate.level.2020-12", Subject: "xinyidai-jinan", Indicator: "loan-subsidy-rate", Measure: "level",
			Period: "2020-12", Label: "2020年12月",
			Figure: "1.5%—5%", Quote: "为金融机构提供1.5%—5%的财政补贴",
			Note: "Subsidy to lenders on new loans to SMEs through the platform, a policy from the platform's launch in Jinan in December 2020.",
		},
		{
			ID: "xinyidai-jinan.financial-institutions.level.2020-10-31", Subject: "xinyidai-jinan", Indicator: "financial-institutions", Measure: "level",
			Period: "2020-10-31", Label: "截至2020年10月末",
			Figure: "42家", Quote: "济南市人驻全国“信易贷”平台的金融机构已达42家",
			Note: "人驻 is a typo for 入驻 (settled on). The seed dates the platform's arrival in Jinan 2020年12月 yet reports its figures 截至2020年10月末.",
		},
		{
			ID: "xinyidai-jinan.financial-products.level.2020-10-31", Subject: "xinyidai-jinan", Indicator: "financial-products", Measure: "level",
			Period: "2020-10-31", Label: "截至2020年10月末",
			Figure: "189个", Quote: "发布金融产品189个",
		},
		{
			ID: "xinyidai-jinan.loans-granted.level.2020-10-31", Subject: "xinyidai-jinan", Indicator: "loans-granted", Measure: "level",
			Period: "2020-10-31", Label: "截至2020年10月末",
			Figure: "3.68亿元", Quote: "成功放款总额达3.68亿元",
			Note: "Cumulative total to the end of October 2020.",
		},
		{
			ID: "xinyidai-jinan.financing-demand.sequential-growth.2020-10-31", Subject: "xinyidai-jinan", Indicator: "financing-demand", Measure: "sequential_growth",
			Period: "2020-10-31", Label: "截至2020年10月末",
			Figure: "增长12%", Quote: "企业融资需求额月均环比增长12%",
			Note: "Average month-on-month growth (月均环比) up to the end of October 2020; the first month is not printed.",
		},
		{
			ID: "xinyidai-jinan.loan-interest-rate.difference-conventional.undated", Subject: "xinyidai-jinan", Indicator: "loan-interest-rate", Measure: "difference",
			Benchmark: "conventional-financial-products",
			Figure:    "约2个百分点", As: "-约2个百分点", Quote: "利率低于传统金融产品的约2个百分点",
			Note: "The rate SMEs pay for finance through the platform is about 2 percentage points below conventional products. No date is printed for the comparison.",
		},
		{
			ID: "shandong-industrial-tech-institute.projects.level.2020-12-31", Subject: "shandong-industrial-tech-institute", Indicator: "projects", Measure: "level",
			Period: "2020-12-31", Inferred: writing001,
			Figure: "50余个", Quote: "齐鲁卫星等50余个高端项目在全省布局",
			Note: "High-end projects laid out across Shandong. The clause follows 山东产业技术研究院设立运营 in a list of centres; it may credit the centres together rather than the institute alone.",
		},
		{
			ID: "shandong-industrial-tech-institute.research-projects.level.2020-12-31", Subject: "shandong-industrial-tech-institute", Indicator: "research-projects", Measure: "level",
			Period: "2020-12-31", Label: "现已", Inferred: writing001,
			Figure: "91个", Quote: "现已研发91个高水平原创项目",
			Note: "Since the institute was founded in Jinan in July 2019 (2019年7月…成立).",
		},
		{
			ID: "shandong-industrial-tech-institute.research-institutes.level.2020-12-31", Subject: "shandong-industrial-tech-institute", Indicator: "research-institutes", Measure: "level",
			Period: "2020-12-31", Label: "现已", Inferred: writing001,
			Figure: "64家", Quote: "创立64家科研机构",
		},
		{
			ID: "shandong-industrial-tech-institute.invention-patents.level.2020-12-31", Subject: "shandong-industrial-tech-institute", Indicator: "invention-patents", Measure: "level",
			Period: "2020-12-31", Label: "现已", Inferred: writing001,
			Figure: "300多项", Quote: "实施300多项发明专利",
		},
		{
			ID: "shandong-industrial-tech-institute.tech-transfers.level.2020-12-31", Subject: "shandong-industrial-tech-institute", Indicator: "tech-transfers", Measure: "level",
			Period: "2020-12-31", Label: "现已", Inferred: writing001,
			Figure: "200多项", Quote: "转化研究200多项前沿技术成果",
		},
		{
			ID: "shandong-industrial-tech-institute.incubated-hightech-firms.level.2020-12-31", Subject: "shandong-industrial-tech-institute", Indicator: "incubated-hightech-firms", Measure: "level",
			Period: "2020-12-31", Label: "现已", Inferred: writing001,
			Figure: "99家", Quote: "孵化99家高新技术企业",
		},
		{
			ID: "shandong-industrial-tech-institute.induced-investment.level.2020-12-31", Subject: "shandong-industrial-tech-institute", Indicator: "induced-investment", Measure: "level",
			Period: "2020-12-31", Label: "现已", Inferred: writing001,
			Figure: "超过200亿元", Quote: "带动社会投资超过200亿元",
		},
		{
			ID: "inspur.server-market-share.rank-global.2020-12-31", Subject: "inspur", Indicator: "server-market-share", Measure: "rank",
			Period: "2020-12-31", Inferred: writing001,
			Benchmark: "global-server-vendors",
			Figure:    "前三", Quote: "其服务器市场占有率稳居全球前三",
			Note: "Among the top three server vendors of the world by market share: rank 3 or better. No year or source of the ranking is printed.",
		},
		{
			ID: "steel-area-forest-park.land-area.level.2020-08-31", Subject: "steel-area-forest-park", Indicator: "land-area", Measure: "level",
			Period: "2020-08-31", Label: "2020年8月底",
			Status: "target",
			Figure: "45万平方米", Quote: "占地达45万平方米的森林公园",
			Note: "The area of the park in the landscape design published at the end of August 2020; a plan, no completion date printed.",
		},
		{
			ID: "jinan-steel.years-in-operation.level.undated", Subject: "jinan-steel", Indicator: "years-in-operation", Measure: "level",
			Figure: "60年", Quote: "建了60年的济钢",
			Note: "How long the works had stood when its capacity was retired; the seed gives no date for the closure.",
		},
		{
			ID: "jinan-steel.steel-capacity-retired.level.undated", Subject: "jinan-steel", Indicator: "steel-capacity-retired", Measure: "level",
			Figure: "10万吨", Quote: "济钢10万吨钢产能全部退出",
			Note: "As printed: 10万吨 (100,000 t). The works is generally described as a ten-million-tonne plant, so this may be a misprint of 1000万吨; not checked against another source here. No date of the closure is printed.",
		},
		{
			ID: "jinan-big-data-it.main-business-revenue.level.undated", Subject: "jinan-big-data-it", Indicator: "main-business-revenue", Measure: "level",
			Figure: "3600亿元", Quote: "主营业务收入达到3600亿元和3400亿元",
			Note: "No period is printed (probably the latest full year, 2019, but the seed does not say).",
		},
		{
			ID: "jinan-smart-equipment.main-business-revenue.level.undated", Subject: "jinan-smart-equipment", Indicator: "main-business-revenue", Measure: "level",
			Figure: "3400亿元", Quote: "主营业务收入达到3600亿元和3400亿元",
			Note: "No period is printed (probably the latest full year, 2019, but the seed does not say).",
		},
		{
			ID: "jinan-health-care.industry-scale.level.undated", Subject: "jinan-health-care", Indicator: "industry-scale", Measure: "level",
			Figure: "突破千亿元", Quote: "济南康养、生物医药产业规模突破千亿元",
			Note: "Each of the two industries, 康养 and 生物医药, is read as over 1000亿元; the sentence may mean them together. No period is printed.",
		},
		{
			ID: "jinan-biomedicine.industry-scale.level.undated", Subject: "jinan-biomedicine", Indicator: "industry-scale", Measure: "level",
			Figure: "突破千亿元", Quote: "济南康养、生物医药产业规模突破千亿元",
			Note: "See jinan-health-care.industry-scale.level.undated: one sentence, two industries. No period is printed.",
		},
		{
			ID: "jinan.cloud-enterprises.level.2020-12-31", Subject: "jinan", Indicator: "cloud-enterprises", Measure: "level",
			Period: "2020-12-31", Inferred: writing001,
			Figure: "3万家", Quote: "企业上云3万家",
		},
		{
			ID: "jinan.unicorn-firms.level.2020-12-31", Subject: "jinan", Indicator: "unicorn-firms", Measure: "level",
			Period: "2020-12-31", Inferred: writing001,
			Figure: "3家", Quote: "培育独角兽企业3家",
		},
		{
			ID: "jinan.provincial-gazelle-firms.level.2020-12-31", Subject: "jinan", Indicator: "provincial-gazelle-firms", Measure: "level",
			Period: "2020-12-31", Inferred: writing001,
			Figure: "80家", Quote: "省级以上瞪羚企业达到80家",
		},
		{
			ID: "jinan.cluster-leaders.level.2020-12-31", Subject: "jinan", Indicator: "cluster-leaders", Measure: "level",
			Period: "2020-12-31", Inferred: writing001,
			Figure: "12家", Quote: "入围省“十强”产业集群领军企业12家",
		},
		{
			ID: "jinan.cloud-enterprises.rank-shandong.2020-12-31", Subject: "jinan", Indicator: "cloud-enterprises", Measure: "rank",
			Period: "2020-12-31", Inferred: writing001,
			Benchmark: "shandong-cities",
			Figure:    "首位", Quote: numbersFirst001,
			Note: "数量均居全省首位 read as covering every count of the sentence; it may mean fewer of them.",
		},
		{
			ID: "jinan.unicorn-firms.rank-shandong.2020-12-31", Subject: "jinan", Indicator: "unicorn-firms", Measure: "rank",
			Period: "2020-12-31", Inferred: writing001,
			Benchmark: "shandong-cities",
			Figure:    "首位", Quote: numbersFirst001,
			Note: "数量均居全省首位 read as covering every count of the sentence.",
		},
		{
			ID: "jinan.provincial-gazelle-firms.rank-shandong.2020-12-31", Subject: "jinan", Indicator: "provincial-gazelle-firms", Measure: "rank",
			Period: "2020-12-31", Inferred: writing001,
			Benchmark: "shandong-cities",
			Figure:    "首位", Quote: numbersFirst001,
			Note: "数量均居全省首位 read as covering every count of the sentence.",
		},
		{
			ID: "jinan.cluster-leaders.rank-shandong.2020-12-31", Subject: "jinan", Indicator: "cluster-leaders", Measure: "rank",
			Period: "2020-12-31", Inferred: writing001,
			Benchmark: "shandong-cities",
			Figure:    "首位", Quote: numbersFirst001,
			Note: "数量均居全省首位 read as covering every count of the sentence.",
		},
		{
			ID: "jinan-equipment-manufacturing.operating-revenue.level.2020-ytd-09", Subject: "jinan-equipment-manufacturing", Indicator: "operating-revenue", Measure: "level",
			Period: "2020-01-01/2020-09-30", Label: "1至9月",
			Figure: "2420.6亿元", Quote: "全市装备制造业规模以上企业实现营业收入2420.6亿元",
		},
		{
			ID: "jinan-equipment-manufacturing.operating-revenue.growth.2020-ytd-09", Subject: "jinan-equipment-manufacturing", Indicator: "operating-revenue", Measure: "growth",
			Period: "2020-01-01/2020-09-30", Label: "1至9月",
			Figure: "增长29.8%", Quote: "同比增长29.8%",
		},
		{
			ID: "jinan-equipment-manufacturing.single-item-champion-applicants.level.2020-ytd-09", Subject: "jinan-equipment-manufacturing", Indicator: "single-item-champion-applicants", Measure: "level",
			Period: "2020-01-01/2020-09-30", Label: "1至9月",
			Figure: "14家", Quote: "14家企业申报国家制造业单项冠军",
			Note: "In the sentence on equipment manufacturing; the 14 may be Jinan's applicants of every industry.",
		},
		{
			ID: "jinan-biomedical-health.operating-revenue.level.2020-ytd-09", Subject: "jinan-biomedical-health", Indicator: "operating-revenue", Measure: "level",
			Period: "2020-01-01/2020-09-30", Label: "2020年前9个月",
			Figure: "1025亿元", Quote: "2020年前9个月实现营业收入1025亿元",
		},
		{
			ID: "jinan-biomedical-health.operating-revenue.growth.2020-ytd-09", Subject: "jinan-biomedical-health", Indicator: "operating-revenue", Measure: "growth",
			Period: "2020-01-01/2020-09-30", Label: "2020年前9个月",
			Figure: "增长20%", Quote: "同比增长20%",
		},
		{
			ID: "jinan.key-industrial-chains.level.2020-08-13", Subject: "jinan", Indicator: "key-industrial-chains", Measure: "level",
			Period: "2020-08-13", Label: "2020年8月13日",
			Figure: "12条", Quote: "发展潜力大的12条重点产业链",
			Note: "The chains chosen for the “chain chief” system (链长制) at the meeting of 2020年8月13日. The target below is for 十大产业链, a different set.",
		},
		{
			ID: "jinan.special-meetings.level.2020-08-13-to-10-15", Subject: "jinan", Indicator: "special-meetings", Measure: "level",
			Period: "2020-08-13/2020-10-15", Label: "两个月的时间内",
			Figure: "两次", Quote: "两次召开高规格专题会议",
			Note: "The special meetings of the city's party committee and government on the industrial chain leaders (“链长制”): 2020年8月13日 and 10月15日, both printed just before, so the span runs from the first to the second.",
		},
		{
			ID: "jinan-ten-industrial-chains.main-business-revenue.average-growth.by-2025", Subject: "jinan-ten-industrial-chains", Indicator: "main-business-revenue", Measure: "average_growth",
			Period: "2020-12-31/2025-12-31", Label: "到2025年",
			Status: "target",
			Figure: "增长20%以上", Quote: "主营业务收入力争达到年均增长20%以上",
			Note: "力争: a target. The tiers 万亿级、五千亿级、三千亿级和千亿元级 that follow are planned too but are not encoded.",
		},

		// 新型载体建设崛起.
		{
			ID: "starting-area.master-plans.level.2020-12-31", Subject: "starting-area", Indicator: "master-plans", Measure: "level",
			Period: "2020-12-31", Label: "目前", Inferred: writing001,
			Figure: "1个", Quote: "1个总体方案",
			Note: "The planning framework “1个总体方案+4个综合性规划+16个专项规划+N个专题研究”.",
		},
		{
			ID: "starting-area.comprehensive-plans.level.2020-12-31", Subject: "starting-area", Indicator: "comprehensive-plans", Measure: "level",
			Period: "2020-12-31", Label: "目前", Inferred: writing001,
			Figure: "4个", Quote: "4个综合性规划",
		},
		{
			ID: "starting-area.special-plans.level.2020-12-31", Subject: "starting-area", Indicator: "special-plans", Measure: "level",
			Period: "2020-12-31", Label: "目前", Inferred: writing001,
			Figure: "16个", Quote: "16个专项规划",
			Note: "Followed by N个专题研究, an open number of thematic studies.",
		},
		{
			ID: "starting-area-river-crossings.bridges.level.2020-12-31", Subject: "starting-area-river-crossings", Indicator: "bridges", Measure: "level",
			Period: "2020-12-31", Label: "目前", Inferred: writing001,
			Figure: "三桥", Quote: "济钢隧道“三桥一隧”工程加快推进",
			Note: "The three bridges of the “三桥一隧” works (齐鲁大桥, 凤凰大桥, the rebuilt 黄河大桥), under way (加快推进) at the time of writing. 桥 is the counter.",
		},
		{
			ID: "starting-area-river-crossings.tunnels.level.2020-12-31", Subject: "starting-area-river-crossings", Indicator: "tunnels", Measure: "level",
			Period: "2020-12-31", Label: "目前", Inferred: writing001,
			Figure: "一隧", Quote: "济钢隧道“三桥一隧”工程加快推进",
			Note: "The one tunnel of the “三桥一隧” works (济钢隧道), under way at the time of writing. 隧 is the counter.",
		},
		{
			ID: "starting-area.industrial-parks.level.2020-12-31", Subject: "starting-area", Indicator: "industrial-parks", Measure: "level",
			Period: "2020-12-31", Label: "目前", Inferred: writing001,
			Figure: "六大", Quote: "智慧物流产业园等六大园区加快建设",
			Note: "The six parks under construction in the Starting Area, three of them named (绿地国际会展产业园, 中科院新经济科技园, 数字经济和智慧物流产业园), at the time of writing.",
		},
		{
			ID: "medical-center.total-investment.target.undated", Subject: "medical-center", Indicator: "total-investment", Measure: "target",
			Status: "target",
			Figure: "2000亿元", Quote: "该中心片区规划总投资2000亿元",
			Note: "Planned total investment of the centre's area; the seed prints no horizon.",
		},
		{
			ID: "medical-center.start-batches.level.2020-12-31", Subject: "medical-center", Indicator: "start-batches", Measure: "level",
			Period: "2020-12-31", Inferred: writing001,
			Figure: "4批", Quote: "分4批开工",
		},
		{
			ID: "medical-center.started-projects.level.2020-12-31", Subject: "medical-center", Indicator: "started-projects", Measure: "level",
			Period: "2020-12-31", Inferred: writing001,
			Figure: "28个", Quote: "市政公用设施建设项目28个",
			Note: "Projects of supporting industry, medical services, industrial premises and public utilities, started in 4 batches.",
		},
		{
			ID: "medical-center.total-investment.completion.2020-12-31", Subject: "medical-center", Indicator: "total-investment", Measure: "completion",
			Period: "2020-12-31", Label: "已", Inferred: writing001,
			Figure: "三分之一", Quote: "已完成总投资三分之一",
			Note: "Investment completed as a share of the planned total (presumably the 2000亿元 of the centre's area, or of the 28 projects; the seed does not say which).",
		},
		{
			ID: "medical-center.projects.level.2020-12-31", Subject: "medical-center", Indicator: "projects", Measure: "level",
			Period: "2020-12-31", Inferred: writing001,
			Figure: "204个", Quote: "健康大数据等各类项目204个",
			Note: "Projects landed (落地) in precision medicine, new biomedical technology, medical devices, health big data and more.",
		},
		{
			ID: "medical-center.talent-teams.level.2020-12-31", Subject: "medical-center", Indicator: "talent-teams", Measure: "level",
			Period: "2020-12-31", Inferred: writing001,
			Figure: "26个", Quote: "引进高端人才团队26个",
		},
		{
			ID: "medical-center.registered-enterprise-groups.level.2020-12-31", Subject: "medical-center", Indicator: "registered-enterprise-groups", Measure: "level",
			Period: "2020-12-31", Inferred: writing001,
			Figure: "56个", Quote: "注册企业集团56个",
		},
		{
			ID: "financial-center.land-area.level.2020-12-31", Subject: "financial-center", Indicator: "land-area", Measure: "level",
			Period: "2020-12-31", Inferred: writing001,
			Figure: "26.3平方公里", Quote: "占地26.3平方公里的国际金融中心",
		},

		// 持续扩大开放水平.
		{
			ID: "financial-center.landmark-skyscrapers.level.2020-12-31", Subject: "financial-center", Indicator: "landmark-skyscrapers", Measure: "level",
			Period: "2020-12-31", Inferred: writing001,
			Figure: "五大", Quote: "的五大标志性超高层项目建设稳步推进",
			Note: "The five landmark super-high-rise projects of the International Financial Center, standing for 山、泉、湖、河、城, under construction at the time of writing.",
		},
		{
			ID: "shandong-ftz.land-area.level.2019-08-26", Subject: "shandong-ftz", Indicator: "land-area", Measure: "level",
			Period: "2019-08-26", Label: "2019年8月26日",
			Figure: "119.98平方公里", Quote: "山东自贸区119.98平方公里中",
			Note: "The area under the master plan issued 2019年8月26日.",
		},
		{
			ID: "ftz-jinan-area.land-area.level.2019-08-26", Subject: "ftz-jinan-area", Indicator: "land-area", Measure: "level",
			Period: "2019-08-26", Label: "2019年8月26日",
			Figure: "37.99平方公里", Quote: "有37.99平方公里位于济南",
			Note: "The part of the Shandong FTZ's 119.98平方公里 that lies in Jinan.",
		},
		{
			ID: "ftz-jinan-area.plan-aspects.level.2020-q1", Subject: "ftz-jinan-area", Indicator: "plan-aspects", Measure: "level",
			Period: "2020-Q1", Label: "2020年初",
			Status: "target",
			Figure: "7个", Quote: "确定7个方面162项具体创新举措",
			Note: "The aspects of the Jinan Area's implementation plan issued 2020年初 (read as the first quarter); the plan's horizon is not printed.",
		},
		{
			ID: "ftz-jinan-area.innovation-measures.target.2020-q1", Subject: "ftz-jinan-area", Indicator: "innovation-measures", Measure: "target",
			Period: "2020-Q1", Label: "2020年初",
			Status: "target",
			Figure: "162项", Quote: "确定7个方面162项具体创新举措",
			Note: "The measures set by the implementation plan issued 2020年初 (read as the first quarter); the plan's horizon is not printed.",
		},
		{
			ID: "ftz-jinan-area.support-policies.level.2020-12-31", Subject: "ftz-jinan-area", Indicator: "support-policies", Measure: "level",
			Period: "2020-12-31", Inferred: writing001,
			Figure: "100多项", Quote: "先后发布100多项支持片区发展的新政策",
			Note: "Issued by the finance, customs, tax, natural resources and planning, market regulation and other departments.",
		},
		{
			ID: "ftz-jinan-area.pilot-tasks.share-under-way.2020-12-31", Subject: "ftz-jinan-area", Indicator: "pilot-tasks", Measure: "share",
			Period: "2020-12-31", Inferred: writing001,
			Figure: "80%以上", Quote: "80%以上的试点任务已进入实施阶段",
			Note: "The share of pilot tasks in implementation.",
		},
		{
			ID: "ftz-jinan-area.pilot-tasks.completion.2020-12-31", Subject: "ftz-jinan-area", Indicator: "pilot-tasks", Measure: "completion",
			Period: "2020-12-31", Inferred: writing001,
			Figure: "40%", Quote: "40%已落地",
			Note: "The share of pilot tasks carried out (已落地).",
		},
		{
			ID: "greenland-jinan-global-trade.foreign-goods-kinds.level.2020-05-19", Subject: "greenland-jinan-global-trade", Indicator: "foreign-goods-kinds", Measure: "level",
			Period: "2020-05-19", Label: "5月19日", Inferred: "5月19日 prints no year; it follows the 2020年初 paragraph on the FTZ Jinan Area's first projects, so 2020",
			Status: "target",
			Figure: "22000余种", Quote: "计划引入各类外商品22000余种",
			Note: "计划: a plan made at the signing on 5月19日; no horizon printed. 外商品 is read as foreign goods (外国商品).",
		},
		{
			ID: "qilu-china-europe-trains.countries-reached.level.2020-12-31", Subject: "qilu-china-europe-trains", Indicator: "countries-reached", Measure: "level",
			Period: "2020-12-31", Label: "目前", Inferred: writing001,
			Figure: "15国", Quote: "“齐鲁号”中欧班列15国",
			Note: "Garbled: a verb such as 通达 (reach) is missing. Shandong's “Qilu” trains; the interview's Eurasian trains from Jinan 覆盖16个国家, a different count.",
		},
	},
}

// numbersFirst001 is the sentence of 001 whose counts 数量均居全省首位.
const numbersFirst001 = "企业上云3万家，培育独角兽企业3家，省级以上瞪羚企业达到80家，入围省“十强”产业集群领军企业12家，数量均居全省首位"
