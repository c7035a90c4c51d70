package jinan

// inferred000 explains the year of the periods of seed 000.
const inferred000 = "000 prints no year for 一季度, 1-3月, 3月末, 4月 or 今年; it reports the Q1 2020 results announced on 4月27日 (published about 2020-04-28)"

// file000 is the seed of facts000.
const file000 = "000_7d0ca8f784bc605c.txt"

// facts000 returns the facts of seed 000 (Dazhong Daily, about 2020-04-28),
// in reading order.
func facts000() seedEntries {
	var (
		q1         = QuarterOf(2020, 1, "一季度").Inferred(inferred000)
		m1to3      = QuarterOf(2020, 1, "1-3月份").Inferred(inferred000)
		firstTwo   = ThroughMonth(2020, 2, "前两个月").Inferred(inferred000)
		janFeb     = ThroughMonth(2020, 2, "1-2月").Inferred(inferred000)
		endQ1      = AsOf(D(2020, 3, 31), "").Inferred(inferred000)
		cumulative = AsOf(D(2020, 3, 31), "累计").Inferred(inferred000)
		endMarch   = AsOf(D(2020, 3, 31), "截至3月末").Inferred(inferred000)
		toMarch    = ThroughMonth(2020, 3, "截至3月末").Inferred(inferred000)
		march      = MonthOf(2020, 3, "3月份").Inferred(inferred000)
		thisYear   = YearOf(2020, "今年").Inferred(inferred000)
		sinceFeb   = SpanOf(D(2020, 2, 1), D(2020, 4, 28), "从2月份复工复产开始").Inferred(inferred000)
		recently   = AsOf(D(2020, 4, 28), "近日").Inferred(inferred000)
		already    = AsOf(D(2020, 4, 28), "已").Inferred(inferred000)
		soFar      = SoFarIn(2020, D(2020, 4, 28), "今年以来").Inferred(inferred000)
		packDay    = AsOf(D(2020, 4, 26), "4月26日").Inferred(inferred000)
		tackleYear = YearOf(2020, "重点工作攻坚年").Inferred(inferred000)
	)
	return seedEntries{file: file000, entries: []entry{
		// Headline.
		{
			id: "jinan.budget-revenue.rank-growth-shandong-cities.2020-q1", subject: Jinan, indicator: BudgetRevenue, measure: Rank, period: q1,
			benchmark: ShandongCities, figure: "第一", quote: "一般公共预算收入和进出口总额增速居全省第一",
			also: []cite{
				{file: file000, quote: "居省内城市和副省级城市首位", nth: 1},
				{file: file000, quote: "居省内城市和副省级城市首位", nth: 2},
			},
			note: "The rank of the growth rate (增速), not of the level. 省内城市 are Shandong's 16 cities. The body repeats it as 居省内城市…首位, once more after a column break.",
		},
		{
			id: "jinan.trade.rank-growth-shandong-cities.2020-q1", subject: Jinan, indicator: Trade, measure: Rank, period: q1,
			benchmark: ShandongCities, figure: "第一", quote: "一般公共预算收入和进出口总额增速居全省第一",
			also: []cite{{file: file000, quote: "增幅居全省第一位"}},
			note: "The rank of the growth rate (增速, 增幅), not of the level.",
		},
		{
			id: "jinan-anti-epidemic-exporters.exports.level.2020-q1", subject: AntiEpidemicExporters, indicator: Exports, measure: Level, period: q1,
			figure: "逾3000万美元", quote: "防疫物资出口逾3000万美元",
			also: []cite{{file: file000, quote: "16家防疫物资企业出口突破3000万美元"}},
			note: "The headline says 逾 and the body 突破: both “more than”. The period is the article's 一季度. Read as the exports of the 16 enterprises together; the body could also be read as each of them exporting more than 30 million dollars, which the headline does not support.",
		},

		// Qilu Pharmaceutical.
		{
			id: "qilu-pharma.exports.level.2020-q1", subject: QiluPharma, indicator: Exports, measure: Level, period: q1,
			figure: "1.79亿美元", quote: "一季度，齐鲁制药集团实现出口1.79亿美元",
		},
		{
			id: "qilu-pharma.us-formulations.level.2020-03-31", subject: QiluPharma, indicator: USFormulations, measure: Level, period: cumulative,
			figure: "14个", quote: "累计实现14个制剂对美出口",
			note: "累计: the formulations exported to the US since Qilu began; the instant, the end of the quarter the paragraph reports, is not printed.",
		},
		{
			id: "qilu-pharma.formulation-exports-us.level.2020-q1", subject: QiluPharma, indicator: FormulationExportsUS, measure: Level, period: q1,
			figure: "1548万美元", quote: "一季度出口额为1548万美元",
		},
		{
			id: "qilu-pharma.formulation-exports-us.growth.2020-q1", subject: QiluPharma, indicator: FormulationExportsUS, measure: Growth, period: q1,
			figure: "增长20.3%", quote: "1548万美元，同比增长20.3%",
		},
		{
			id: "qilu-pharma.formulation-export-volume-us.level.2020-q1", subject: QiluPharma, indicator: FormulationExportVolumeUS, measure: Level, period: q1,
			figure: "3862万支（粒）", quote: "出口数量达3862万支（粒）",
			note: "支（粒）: vials (of injections) or tablets, counted together.",
		},
		{
			id: "qilu-pharma.formulation-export-volume-us.growth.2020-q1", subject: QiluPharma, indicator: FormulationExportVolumeUS, measure: Growth, period: q1,
			figure: "增长73.5%", quote: "3862万支（粒），同比增长73.5%",
		},
		{
			id: "qilu-pharma.cefepime-us-market-share.share.undated", subject: QiluPharma, indicator: CefepimeUSMarketShare, measure: Share,
			figure: "超过50%", quote: "注射用头孢吡肟美国市场占有率超过50%",
			note: "The seed prints no time for the market share; it stands in a paragraph about the first quarter of 2020.",
		},

		// Trade and investment in the first quarter.
		{
			id: "jinan.trade.growth.2020-q1", subject: Jinan, indicator: Trade, measure: Growth, period: q1,
			figure: "增长20.7%", quote: "进出口总额仍交出了一份亮眼成绩单：同比增长20.7%",
			also: []cite{{file: file000, quote: "进出口总值同比增长20.7%"}},
		},
		{
			id: "jinan.trade.change.2020-q1", subject: Jinan, indicator: Trade, measure: Change, period: q1,
			versus: firstTwo, figure: "11.1个百分点", quote: "比前两个月提高11.1个百分点",
			note: "Growth in January–March minus growth in January–February (前两个月), so January–February growth was 9.6%.",
		},
		{
			id: "jinan.foreign-capital.level.2020-q1", subject: Jinan, indicator: ForeignCapital, measure: Level, period: q1,
			figure: "3.8亿美元", quote: "济南实际利用外资3.8亿美元",
		},
		{
			id: "jinan.foreign-capital.growth.2020-q1", subject: Jinan, indicator: ForeignCapital, measure: Growth, period: q1,
			figure: "增长5.8%", quote: "3.8亿美元，同比增长5.8%",
		},
		{
			id: "jinan.foreign-capital.gap-shandong.2020-q1", subject: Jinan, indicator: ForeignCapital, measure: Gap, period: q1,
			benchmark: Shandong, figure: "4.9个百分点", quote: "增速高于全省平均水平4.9个百分点",
		},
		{
			id: "jinan.online-investment-events.level.2020-q1", subject: Jinan, indicator: OnlineInvestmentEvents, measure: Level, period: q1,
			figure: "30余次", quote: "开展线上招商活动30余次",
		},
		{
			id: "jinan.signed-projects.level.2020-q1", subject: Jinan, indicator: SignedProjects, measure: Level, period: q1,
			figure: "182个", quote: "新签约项目182个",
		},
		{
			id: "jinan.signed-amount.level.2020-q1", subject: Jinan, indicator: SignedAmount, measure: Level, period: q1,
			figure: "4781.3亿元", quote: "新签约项目182个，总投资4781.3亿元",
			note: "Printed as the total investment (总投资) of the 182 projects newly signed.",
		},
		{
			id: "jinan.outside-funds.level.2020-q1", subject: Jinan, indicator: OutsideFunds, measure: Level, period: q1,
			figure: "426.8亿元", quote: "市外投资项目到位资金426.8亿元",
		},
		{
			id: "jinan.new-trading-enterprises.level.2020-q1", subject: Jinan, indicator: NewTradingEnterprises, measure: Level, period: q1,
			figure: "230家", quote: "新增进出口实绩企业230家",
		},
		{
			id: "jinan.new-trading-enterprises.growth.2020-q1", subject: Jinan, indicator: NewTradingEnterprises, measure: Growth, period: q1,
			figure: "增长30%", quote: "实绩企业230家，增长30%",
		},
		{
			id: "jinan-anti-epidemic-exporters.enterprises.level.2020-q1", subject: AntiEpidemicExporters, indicator: Enterprises, measure: Level, period: q1,
			figure: "16家", quote: "16家防疫物资企业出口突破3000万美元",
			note: "The anti-epidemic supplies enterprises that exported in the quarter.",
		},
		{
			id: "jinan.postal-throughput.level.2020-q1", subject: Jinan, indicator: PostalThroughput, measure: Level, period: q1,
			figure: "5053.5吨", quote: "完成国际邮运吞吐量5053.5吨",
		},
		{
			id: "jinan.eurasia-freight-trains.level.2020-q1", subject: Jinan, indicator: EurasiaTrains, measure: Level, period: q1,
			figure: "83列", quote: "开行欧亚班列83列",
		},
		{
			id: "jinan.eurasia-freight-trains.growth.2020-q1", subject: Jinan, indicator: EurasiaTrains, measure: Growth, period: q1,
			figure: "增长118.4%", quote: "欧亚班列83列，增长118.4%",
		},

		// Budget revenue, GDP, the trillion-yuan target.
		{
			id: "jinan.budget-revenue.growth.2020-q1", subject: Jinan, indicator: BudgetRevenue, measure: Growth, period: m1to3,
			figure: "增长6.6%", quote: "1-3月份一般公共预算收入增长6.6%",
			also: []cite{{file: file000, quote: "一般公共预算收入同比增长6.6%"}},
		},
		{
			id: "jinan.budget-revenue.change.2020-q1", subject: Jinan, indicator: BudgetRevenue, measure: Change, period: m1to3,
			versus: firstTwo, figure: "4.3个百分点", quote: "比前两个月提高4.3个百分点",
			note: "Growth in January–March minus growth in January–February (前两个月), so January–February growth was 2.3%. " +
				"A column break splits Tang Jun's sentence here: it goes on below the next paragraph at “点，居省内城市和副省级城市首位”, repeating the last 点.",
		},
		{
			id: "jinan.gdp.level.2020-q1", subject: Jinan, indicator: GDP, measure: Level, period: q1,
			figure: "2027.00亿元", quote: "一季度济南市生产总值为2027.00亿元",
		},
		{
			id: "jinan.gdp.growth.2020-q1", subject: Jinan, indicator: GDP, measure: Growth, period: q1,
			figure: "下降4.4%", quote: "同比下降4.4%",
			note: "At comparable prices.",
		},
		{
			id: "jinan.trade.gap-shandong.2020-q1", subject: Jinan, indicator: Trade, measure: Gap, period: q1,
			benchmark: Shandong, figure: "24.3个百分点", quote: "增速高于全省平均水平24.3个百分点",
			note: "Implies Shandong's trade growth of −3.6%.",
		},
		{
			id: "jinan.budget-revenue.gap-shandong.2020-q1", subject: Jinan, indicator: BudgetRevenue, measure: Gap, period: q1,
			benchmark: Shandong, figure: "16.7个百分点", quote: "增速高于全省平均水平16.7个百分点",
			note: "Implies Shandong's budget revenue growth of −10.1%.",
		},
		{
			id: "jinan.budget-revenue.rank-growth-sub-provincial-cities.2020-q1", subject: Jinan, indicator: BudgetRevenue, measure: Rank, period: q1,
			benchmark: SubProvincialCities, figure: "首位", quote: "居省内城市和副省级城市首位", nth: 1,
			also: []cite{{file: file000, quote: "居省内城市和副省级城市首位", nth: 2}},
			note: "The rank of the growth rate. The second source is the continuation of Tang Jun's sentence after a column break (“点，居省内城市和副省级城市首位”).",
		},
		{
			id: "jinan.pledged-key-tasks.level.2020", subject: Jinan, indicator: PledgedTasks, measure: Level, period: YearOf(2020, "2020年"),
			figure: "20项", quote: "济南向社会公布20项2020年重点任务公开承诺事项",
			note: "Published on 4月13日 (2020).",
		},
		{
			id: "jinan.gdp.level-planned.2020", subject: Jinan, indicator: GDP, measure: Level, period: thisYear, status: Planned,
			figure: "过1万亿元", quote: "今年确保GDP迈过1万亿元门槛",
			also: []cite{
				{file: file000, quote: "确保今年迈进“万亿俱乐部”", nth: 1},
				{file: file000, quote: "确保今年迈进“万亿俱乐部”", nth: 2},
			},
			note: "迈过…门槛: to pass the threshold of 1 trillion yuan of GDP in 2020 (确保, a pledge). The “万亿俱乐部” (trillion-yuan club) sentences restate it without the figure.",
		},
		{
			id: "jinan.deposits.rank-shandong-cities.2020-03-31", subject: Jinan, indicator: Deposits, measure: Rank, period: endQ1,
			benchmark: ShandongCities, figure: "第一位", quote: "金融机构本外币各项存、贷款余额均继续保持全省第一位",
			note: "The rank of the balance of deposits of financial institutions. The clause prints no date; the end of the quarter Tang Jun reports (1-3月份) is taken.",
		},
		{
			id: "jinan.loans.rank-shandong-cities.2020-03-31", subject: Jinan, indicator: Loans, measure: Rank, period: endQ1,
			benchmark: ShandongCities, figure: "第一位", quote: "金融机构本外币各项存、贷款余额均继续保持全省第一位",
			note: "The rank of the balance of loans of financial institutions. The clause prints no date; the end of the quarter Tang Jun reports (1-3月份) is taken.",
		},

		// The “stay-at-home economy”.
		{
			id: "jinan-information-services.value-added.level.2020-q1", subject: InformationServices, indicator: ValueAdded, measure: Level, period: q1,
			figure: "138.77亿元", quote: "一季度信息传输、软件和信息技术服务业增加值138.77亿元",
		},
		{
			id: "jinan-information-services.value-added.growth.2020-q1", subject: InformationServices, indicator: ValueAdded, measure: Growth, period: q1,
			figure: "增长16.1%", quote: "138.77亿元，增长16.1%",
			note: "At comparable prices.",
		},
		{
			id: "jinan-information-services.value-added.contribution.2020-q1", subject: InformationServices, indicator: ValueAdded, measure: Contribution, period: q1,
			figure: "1.1个百分点", quote: "向上拉动GDP增幅1.1个百分点",
			note: "Contribution to the growth of Jinan's GDP (−4.4%).",
		},
		{
			id: "jinan-postal-industry.operating-revenue.growth.2020-q1", subject: PostalIndustry, indicator: OperatingRevenue, measure: Growth, period: q1,
			figure: "40.6%", as: "增长40.6%", quote: "以山东顺丰速递等为骨干的邮政业，增速达40.6%",
			note: "The seed prints only 增速 (growth rate), not of what. Read as operating revenue, as the fine service industries listed with it (电信、广播电视和卫星传输服务, 技术推广和应用) " +
				"are those of the statistics of services above designated size; value added is the other possible reading.",
		},
		{
			id: "jinan-hightech-manufacturing.industrial-value-added.growth.2020-q1", subject: HighTechManufacturing, indicator: IndustrialVA, measure: Growth, period: q1,
			figure: "14.1%", as: "增长14.1%", quote: "分别增长14.1%、12.3%",
			note: "“实现增加值，完成营业收入分别增长” prints a comma where 、 was meant. The period is the article's 一季度; above designated size, at comparable prices.",
		},
		{
			id: "jinan-hightech-manufacturing.operating-revenue.growth.2020-q1", subject: HighTechManufacturing, indicator: OperatingRevenue, measure: Growth, period: q1,
			figure: "12.3%", as: "增长12.3%", quote: "分别增长14.1%、12.3%",
			note: "The period is the article's 一季度; nominal.",
		},
		{
			id: "jinan-hightech-manufacturing.industrial-value-added.gap-jinan.2020-q1", subject: HighTechManufacturing, indicator: IndustrialVA, measure: Gap, period: q1,
			benchmark: Jinan, figure: "16.8", as: "16.8个百分点", quote: "高于全市平均水平16.8、20.2个百分点",
			note: "全市平均水平 is the city-wide average of industry above designated size; implied growth −2.7%.",
		},
		{
			id: "jinan-hightech-manufacturing.operating-revenue.gap-jinan.2020-q1", subject: HighTechManufacturing, indicator: OperatingRevenue, measure: Gap, period: q1,
			benchmark: Jinan, figure: "20.2", as: "20.2个百分点", quote: "高于全市平均水平16.8、20.2个百分点",
			note: "全市平均水平 is the city-wide average of industry above designated size; implied growth −7.9%.",
		},
		{
			id: "jinan-computer-communication-manufacturing.industrial-value-added.growth.2020-ytd-02", subject: ComputerManufacturing, indicator: IndustrialVA, measure: Growth, period: janFeb,
			figure: "下降24.8%", quote: "分别由1-2月的下降24.8%、17.8%",
			note: "The seed does not say growth of what; value added is read, as for 高技术制造业 before it (重点领域内). Operating revenue is the other possible reading.",
		},
		{
			id: "jinan-pharmaceutical-manufacturing.industrial-value-added.growth.2020-ytd-02", subject: PharmaceuticalManufacturing, indicator: IndustrialVA, measure: Growth, period: janFeb,
			figure: "17.8%", as: "下降17.8%", quote: "分别由1-2月的下降24.8%、17.8%",
			note: "The seed does not say growth of what; value added is read, as for 高技术制造业 before it (重点领域内). Operating revenue is the other possible reading.",
		},
		{
			id: "jinan-computer-communication-manufacturing.industrial-value-added.growth.2020-q1", subject: ComputerManufacturing, indicator: IndustrialVA, measure: Growth, period: q1,
			figure: "增长31.1%", quote: "转为增长31.1%、5.2%",
			note: "The period is the article's 一季度. The seed does not say growth of what; value added is read.",
		},
		{
			id: "jinan-pharmaceutical-manufacturing.industrial-value-added.growth.2020-q1", subject: PharmaceuticalManufacturing, indicator: IndustrialVA, measure: Growth, period: q1,
			figure: "5.2%", as: "增长5.2%", quote: "转为增长31.1%、5.2%",
			note: "The period is the article's 一季度. The seed does not say growth of what; value added is read.",
		},

		// Municipal key projects.
		{
			id: "jinan-municipal-key-projects.projects.level.2020-03-31", subject: JinanKeyProjects, indicator: Projects, measure: Level, period: endMarch,
			figure: "270个", quote: "截至3月末，270个市级重点建设项目",
			note: "The municipal key construction projects of 2020.",
		},
		{
			id: "jinan-municipal-key-projects.projects-started.level.2020-03-31", subject: JinanKeyProjects, indicator: ProjectsStarted, measure: Level, period: endMarch,
			figure: "244个", quote: "270个市级重点建设项目已经开工244个",
			also: []cite{{file: file000, quote: "244个市级重点项目开工"}},
		},
		{
			id: "jinan-municipal-key-projects.investment.level.2020-ytd-03", subject: JinanKeyProjects, indicator: Investment, measure: Level, period: toMarch,
			figure: "521.6亿元", quote: "完成投资521.6亿元",
			note: "Investment completed from January to the end of March 2020.",
		},
		{
			id: "jinan-municipal-key-projects.investment.prior-year-ratio.2020-03", subject: JinanKeyProjects, indicator: Investment, measure: PriorYearRatio, period: march,
			figure: "96.2%", quote: "3月份投资完成量相当于上年同期的96.2%",
			note: "March 2020 alone (单月) against March 2019.",
		},
		{
			id: "sdfmu-construction-project.site-workers.level.since-2020-02", subject: SDFMUProject, indicator: SiteWorkers, measure: Level, period: sinceFeb,
			figure: "2800余人", quote: "我们工地已累计到岗2800余人",
			note: "Workers who reported on site, cumulated since work resumed in February 2020; the end is not printed (at the latest the publication date).",
		},
		{
			id: "sdfmu-construction-project.gross-floor-area.level.undated", subject: SDFMUProject, indicator: GrossFloorArea, measure: Level,
			figure: "约为58万平方米", quote: "在建总建筑面积约为58万平方米",
			note: "A property of the project under construction; the seed prints no time.",
		},
		{
			id: "sdfmu-construction-project.buildings.level.undated", subject: SDFMUProject, indicator: Buildings, measure: Level,
			figure: "21栋", quote: "包含21栋单体建筑",
			note: "A property of the project; the seed prints no time.",
		},

		// Jinan High-tech Zone.
		{
			id: "jinan-hitech-zone-computing-power.target-horizon.level.by-2025", subject: HighTechZoneComputingPower, indicator: TargetHorizon, measure: Level,
			period: By(D(2020, 4, 25), D(2025, 4, 25), "3-5年").Inferred(inferred000), status: Planned,
			figure: "3-5年", quote: "力争通过3-5年，建成全球算力产业新高地",
			also: []cite{{file: "002_efc7dab49f01bd8e.txt", quote: "力争通过3—5年,建设成全球算力产业新高地"}},
			note: "The time the High-tech Zone allows itself (力争) to build a global highland of the computing power industry, stated at its meeting of 4月25日 (2020); the horizon ends 3 to 5 years on, at the latest. 002 prints the same target (力争通过3—5年,建设成全球算力产业新高地).",
		},
		{
			id: "jinan-hitech-zone-human-capital.industry-scale.level.by-2023", subject: HighTechZoneHumanCapital, indicator: IndustryScale, measure: Level,
			period: By(D(2020, 4, 25), D(2023, 4, 25), "3年内").Inferred(inferred000), status: Planned,
			figure: "千亿元级", quote: "力争3年内内资本产业达到千亿元级规模",
			also: []cite{{file: "002_efc7dab49f01bd8e.txt", quote: "力争3年内人力资本产业达到千亿级规模"}},
			note: "内内资本产业 is a misprint of 人力资本产业 (human capital industry; 002 prints it right). 千亿元级: the class of 100 billion yuan, at least. " +
				"3年内 from the meeting of 4月25日 (2020); it may mean by the end of 2022. 002 prints the same target (力争3年内人力资本产业达到千亿级规模).",
		},

		// FTZ Jinan Area.
		{
			id: "ftz-jinan-area.industrial-sectors.level.2020-04-28", subject: FTZJinanArea, indicator: IndustrialSectors, measure: Level, period: recently,
			figure: "8大", quote: "自贸试验区济南片区明确8大板块主导产业定位",
			also: []cite{
				{file: file000, quote: "将济南片区从西向东分为8大板块"},
				{file: file000, quote: "明确8大板块的主导产业定位"},
				{file: file000, quote: "进一步明确8大产业功能板块"},
			},
			note: "The 产业规划布局 published 近日 divides the area from west to east into 8 sectors (板块), from 国际金融城 to 孙村片区; 8大产业功能板块 are the same sectors.",
		},

		// Emergency rescue.
		{
			id: "jinan-emergency-management-bureau.strategic-partners.level.2020-04-28", subject: EmergencyBureau, indicator: StrategicPartners, measure: Level, period: already,
			figure: "22家", quote: "已与22家单位签订战略合作协议",
			note: "已: by the time of the report (after the agreements of 4月24日); the date is not printed.",
		},
		{
			id: "jinan-emergency-management-bureau.rescue-teams.level.2020-04-28", subject: EmergencyBureau, indicator: RescueTeams, measure: Level, period: already,
			figure: "40余支", quote: "组建40余支涵盖专业救援、社会救援、民间救援力量的应急救援队伍",
			note: "Teams of professional, social and civilian rescue forces; by the time of the report, whose date is not printed.",
		},

		// New businesses.
		{
			id: "jinan.market-entities.level.2020-sofar", subject: Jinan, indicator: MarketEntities, measure: Level, period: soFar,
			figure: "117万户", quote: "市场主体总量达到117万户",
			note: "A stock at an unprinted date in 2020 (今年以来), at the latest the publication date.",
		},
		{
			id: "jinan.market-entities.growth.2020-sofar", subject: Jinan, indicator: MarketEntities, measure: Growth, period: soFar,
			figure: "增长28.24%", quote: "117万户，同比增长28.24%",
			note: "Against the stock a year before; the date is not printed (今年以来).",
		},
		{
			id: "jinan-new-business-pack.service-cards.level.2020-04-26", subject: NewBusinessPack, indicator: ServiceCards, measure: Level, period: packDay,
			figure: "6张", quote: "佳佳帮您办服务卡等6张卡片",
			note: "The pack handed out from 4月26日 (2020): 延伸服务卡, 链条服务卡, 普惠政策卡, 重大项目卡, 民营经济卡 and 佳佳帮您办服务卡.",
		},
		{
			id: "jinan-new-business-pack.information-categories.level.2020-04-26", subject: NewBusinessPack, indicator: InformationCategories, measure: Level, period: packDay,
			figure: "6个", quote: "共6个大类2224条信息",
			note: "Categories (大类) of information reached through the QR codes on the cards.",
		},
		{
			id: "jinan-new-business-pack.information-items.level.2020-04-26", subject: NewBusinessPack, indicator: InformationItems, measure: Level, period: packDay,
			figure: "2224条", quote: "共6个大类2224条信息",
			note: "Items of information on taxes, talent, services to private enterprises and permits, reached through the QR codes on the cards.",
		},

		// Tianqiao District.
		{
			id: "jinan.key-tackling-tasks.level.2020", subject: Jinan, indicator: TacklingTasks, measure: Level, period: tackleYear,
			figure: "12项", quote: "随后济南市确立了12项重点攻坚任务",
			also: []cite{{file: file000, quote: "对会议确定的12项重点攻坚任务"}},
			note: "The tasks of Jinan's “重点工作攻坚年” (2020); the second source names the same 12 tasks, set by the meeting.",
		},
		{
			id: "tianqiao.specialised-markets.target.2020", subject: Tianqiao, indicator: SpecialisedMarkets, measure: Target, period: tackleYear, status: Planned,
			figure: "58处", quote: "58处专业市场“腾笼换鸟”",
			note: "The specialised markets Tianqiao plans to clear and refill with higher-end industry (腾笼换鸟) in its “重点工作攻坚年” (2020); no date printed.",
		},
		{
			id: "tianqiao-industrial-clusters.industry-scale.level-planned-100yi-class.2020", subject: TianqiaoClusters, indicator: IndustryScale, measure: Level, period: tackleYear, status: Planned,
			figure: "百亿级", as: "百亿元级", quote: "一批百亿级、50亿级产业集群",
			note: "A batch of clusters to grow (做大), some of the class of 10 billion yuan and some of 5 billion; this fact is the upper class. 百亿级 prints no currency: yuan of revenue is read. No date is printed; the plan is for Tianqiao's “重点工作攻坚年” (2020).",
		},
		{
			id: "tianqiao-industrial-clusters.industry-scale.level-planned-50yi-class.2020", subject: TianqiaoClusters, indicator: IndustryScale, measure: Level, period: tackleYear, status: Planned,
			figure: "50亿级", as: "50亿元级", quote: "一批百亿级、50亿级产业集群",
			note: "A batch of clusters to grow (做大), some of the class of 10 billion yuan and some of 5 billion; this fact is the lower class. 50亿级 prints no currency: yuan of revenue is read. No date is printed; the plan is for Tianqiao's “重点工作攻坚年” (2020).",
		},
		{
			id: "tianqiao-key-projects.total-investment.level.2020", subject: TianqiaoKeyProjects, indicator: TotalInvestment, measure: Level, period: tackleYear,
			figure: "1320亿元", quote: "紧盯紧盯总投资1320亿元的138个重点项目",
			note: "紧盯紧盯 repeats a word (a misprint). The key projects of the “重点工作攻坚年” (2020); no date printed.",
		},
		{
			id: "tianqiao-key-projects.projects.level.2020", subject: TianqiaoKeyProjects, indicator: Projects, measure: Level, period: tackleYear,
			figure: "138个", quote: "总投资1320亿元的138个重点项目",
			note: "The key projects of the “重点工作攻坚年” (2020); no date printed.",
		},
	}}
}
