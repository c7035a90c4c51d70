package jinan

// inferred001 explains the year of the periods of seed 001 that print none.
const inferred001 = "001 prints no year here; the page was published in late December 2020 (“2020年12月，济南成为全国首个…”, “截至2020年10月底”, 前三季度 results), so 今年 is 2020"

// writing001 explains the instants of seed 001 that print no date: stocks
// stated as they stood when the page was written.
const writing001 = "001 prints no date here: the stock as it stood when the page was written, late December 2020 (the document's date, taken as 2020-12-31)"

// facts001 returns the facts of seed 001 (Dazhong Daily, late December
// 2020: an interview with Mayor Sun Shutao and an article on three years of
// new and old growth drivers), in reading order.
func facts001() seedEntries {
	written := D(2020, 12, 31)
	now := AsOf(written, "").Inferred(writing001)
	thisYear := YearOf(2020, "今年").Inferred(inferred001)
	run3 := SpanOf(D(2018, 1, 1), written, "连续3年").Inferred("连续3年 in an answer on the 3年来 since January 2018, given in late December 2020: 2018–2020")
	soFar := SoFarIn(2020, written, "今年以来").Inferred(inferred001)
	y2018, y2019, y2020 := YearOf(2018, "2018年"), YearOf(2019, "2019年"), YearOf(2020, "2020年")
	q3 := ThroughMonth(2020, 9, "前三季度")
	ftzSince := SpanOf(D(2019, 8, 26), written, "获批建设").Inferred("the FTZ's master plan was issued 2019年8月26日 (printed later in 001); the end is the time of writing, late December 2020")
	octEnd := AsOf(D(2020, 10, 31), "截至2020年10月末")
	research := AsOf(written, "现已").Inferred(writing001)
	ftzPlan := AsOf(D(2019, 8, 26), "2019年8月26日")
	return seedEntries{file: "001_fdc0b1e40edbcf43.txt", entries: []entry{
		// The interview with Mayor Sun Shutao.
		{
			id: "jinan.national-strategies.level.2020", subject: Jinan, indicator: NationalStrategies, measure: Level, period: thisYear,
			figure: "4个", quote: "黄河流域生态保护和高质量发展4个重大国家战略交汇叠加",
			note: "The seed names three strategies (新旧动能转换综合试验区、自由贸易试验区、黄河流域生态保护和高质量发展) but counts 4; the fourth is not named. 今年 is printed at the start of the sentence.",
		},
		{
			id: "jinan.years-among-provincial-leaders.level.2018-2020", subject: Jinan, indicator: YearsAmongLeaders, measure: Level, period: run3,
			figure: "3年", quote: "连续3年主要经济指标稳居全省前列",
			note: "早现 in the preceding clause is a typo for 呈现.",
		},
		{
			id: "jinan.gdp.rank-shandong.2018", subject: Jinan, indicator: GDP, measure: Rank, period: y2018,
			benchmark: ShandongCities, figure: "第二", quote: "济南市经济总量跃居全省第二",
			note: "经济总量 (the size of the economy) read as GDP; rank of the level among Shandong's 16 cities.",
		},
		{
			id: "jinan.fixed-investment.rank-growth-shandong.2018", subject: Jinan, indicator: FixedInvestment, measure: Rank, period: y2018,
			benchmark: ShandongCities, figure: "第一", quote: "固定资产投资增幅全省第一",
			note: "Rank of the growth rate (增幅), not of the level.",
		},
		{
			id: "jinan.overall-strength.rank-china.2019", subject: Jinan, indicator: OverallStrength, measure: Rank, period: y2019,
			benchmark: ChineseCities, figure: "20强", quote: "综合实力跻身全国20强",
			note: "Among the 20 strongest cities of China: rank 20 or better. The ranking is not named.",
		},
		{
			id: "jinan.industrial-value-added.rank-growth-shandong.2020-sofar", subject: Jinan, indicator: IndustrialVA, measure: Rank, period: soFar,
			benchmark: ShandongCities, figure: "首位", quote: "工业增速列全省和全国主要城市首位",
			note: "Rank of the growth of industry above designated size; 首位 is printed once for both 全省 and 全国主要城市.",
		},
		{
			id: "jinan.industrial-value-added.rank-growth-major-cities.2020-sofar", subject: Jinan, indicator: IndustrialVA, measure: Rank, period: soFar,
			benchmark: MajorCities, figure: "首位", quote: "工业增速列全省和全国主要城市首位",
			note: "Rank of the growth of industry above designated size among China's major cities.",
		},
		{
			id: "jinan.trade.growth.2020-sofar", subject: Jinan, indicator: Trade, measure: Growth, period: soFar,
			figure: "增长32.0%", quote: "完成进出口总值同比增长32.0%",
		},
		{
			id: "jinan.trade.gap-china.2020-sofar", subject: Jinan, indicator: Trade, measure: Gap, period: soFar,
			benchmark: China, figure: "31.9", as: "31.9个百分点", quote: "分别高于全国、全省31.9、28.4个百分点",
		},
		{
			id: "jinan.trade.gap-shandong.2020-sofar", subject: Jinan, indicator: Trade, measure: Gap, period: soFar,
			benchmark: Shandong, figure: "28.4个百分点", quote: "分别高于全国、全省31.9、28.4个百分点",
		},

		// Districts, reform, innovation, industry, opening up.
		{
			id: "jinan.districts-gdp-over-100bn.level.2019", subject: Jinan, indicator: DistrictsGDPOver100Bn, measure: Level, period: y2019,
			figure: "9个", quote: "2019年全市地区生产总值过千亿元区县达到9个",
			note: "As printed. Nine districts each above 100 billion yuan would account for most of the city's GDP, so the threshold may be misprinted; no other source is cited here.",
		},
		{
			id: "jinan.districts-budget-revenue-over-10bn.level.2019", subject: Jinan, indicator: DistrictsRevenueOver10Bn, measure: Level, period: y2019,
			figure: "4个", quote: "一般公共预算收入过百亿元区县达到4个",
			note: "The sentence prints no year; 2019年 is carried over from the sentence before (过千亿元区县达到9个).",
		},
		{
			id: "jinan.reformed-development-zones.level.2020", subject: Jinan, indicator: ReformedZones, measure: Level, period: y2020,
			figure: "13家", quote: "全面完成13家省级以上开发",
			note: "The sentence runs over a column break: 开发 / 区体制机制改革任务. Its year is read from 2020年荣获… at the start of the same sentence.",
		},
		{
			id: "jinan-development-zones.internal-bodies.level.before-reform", subject: JinanDevelopmentZones, indicator: InternalBodies, measure: Level,
			figure: "109个", quote: "开发区内设机构数量从109个压缩到64个",
			note: "The number before the reform; the text gives no date for it, so the period is unknown.",
		},
		{
			id: "jinan-development-zones.internal-bodies.level.2020", subject: JinanDevelopmentZones, indicator: InternalBodies, measure: Level, period: y2020,
			figure: "64个", quote: "开发区内设机构数量从109个压缩到64个",
			note: "The number after the reform of the 13 zones, read as 2020 like the reform itself.",
		},
		{
			id: "jinan.cas-institutes.level.2020-12-31", subject: Jinan, indicator: CASInstitutes, measure: Level, period: now,
			figure: "14家", quote: "14家“中科院”院所相继落户济南",
			also: []cite{{file: "001_fdc0b1e40edbcf43.txt", quote: "济南已先后引进14家“中科院”院所"}},
		},
		{
			id: "jinan-hitech-zone.overall-strength.rank-national.2020-12-31", subject: HighTechZone, indicator: OverallStrength, measure: Rank, period: now,
			benchmark: NationalHighTechZones, figure: "第11位", quote: "综合排名跻身国家级高新区第11位",
			note: "The sentence is garbled (建立地区生产总值突破千亿元大关、…): its subject is lost; only a high-tech zone ranks among 国家级高新区, so it is read as Jinan High-tech Zone. The year of the ranking is not printed.",
		},
		{
			id: "jinan-hitech-zone.gdp.level.undated", subject: HighTechZone, indicator: GDP, measure: Level,
			figure: "突破千亿元", quote: "建立地区生产总值突破千亿元大关",
			note: "The sentence is garbled and its subject lost; read as Jinan High-tech Zone with the rank after it (国家级高新区第11位). " +
				"No year is printed; 002 gives the zone's 2019 GDP as 1150.2亿元, which is over 1000亿元.",
		},
		{
			id: "financial-center.global-500-firms.level.2020-12-31", subject: FinancialCenter, indicator: Global500Firms, measure: Level, period: now,
			figure: "12家", quote: "世界500强企业12家，中国500强企业21家",
			also: []cite{{file: "001_fdc0b1e40edbcf43.txt", quote: "世界500强企业12家、中国500强企业21家"}},
			note: "The first passage is garbled (济南国际金融中心、大智世界500强企业12家…); the second says the firms are 区域内已入驻 in the International Financial Center. Same figures, one fact.",
		},
		{
			id: "financial-center.china-500-firms.level.2020-12-31", subject: FinancialCenter, indicator: China500Firms, measure: Level, period: now,
			figure: "21家", quote: "世界500强企业12家，中国500强企业21家",
			also: []cite{{file: "001_fdc0b1e40edbcf43.txt", quote: "世界500强企业12家、中国500强企业21家"}},
			note: "Printed twice about the International Financial Center; one fact.",
		},
		{
			id: "financial-center.financial-institutions.level.2020-12-31", subject: FinancialCenter, indicator: FinancialInstitutions, measure: Level, period: now,
			figure: "330余家", quote: "机构达到330余家，形成产融互促共进良好局面",
			also: []cite{{file: "001_fdc0b1e40edbcf43.txt", quote: "金融机构达到330余家，英国BP石油"}},
			note: "各类金融企业、金融机构; the first print breaks across a column (金融 / 机构). Printed twice; one fact.",
		},
		{
			id: "jinan-eurasia-trains.countries-reached.level.2020-12-31", subject: JinanEurasiaTrains, indicator: CountriesReached, measure: Level, period: now,
			figure: "16个", quote: "覆盖16个国家40余个城市",
		},
		{
			id: "jinan-eurasia-trains.cities-reached.level.2020-12-31", subject: JinanEurasiaTrains, indicator: CitiesReached, measure: Level, period: now,
			figure: "40余个", quote: "覆盖16个国家40余个城市",
		},
		{
			id: "jinan-eurasia-trains.trains-run.share-shandong.undated", subject: JinanEurasiaTrains, indicator: TrainsRun, measure: Share,
			figure: "近四成", quote: "开行数量占全省近四成",
			note: "Share of the Eurasian trains run from Shandong. No period is printed (2020 or the three years 2018–2020).",
		},
		{
			id: "jinan.new-air-cargo-routes.level.undated", subject: Jinan, indicator: NewAirCargoRoutes, measure: Level,
			figure: "10条", quote: "新开10条航线",
			note: "International air cargo routes; 逆势发展 suggests during the 2020 pandemic, but no period is printed.",
		},
		{
			id: "ftz-jinan-area.institutional-innovations.level.2019-2020", subject: FTZJinanArea, indicator: InstitutionalInnovations, measure: Level, period: ftzSince,
			figure: "320项", quote: "推出320项制度创新措施",
			note: "Since the Jinan Area was approved; the count as of the time of writing.",
		},
		{
			id: "ftz-jinan-area.replicable-cases.level.2019-2020", subject: FTZJinanArea, indicator: ReplicableCases, measure: Level, period: ftzSince,
			figure: "30项", quote: "向国家和省报送30项可复制推广新案例",
		},

		// 塑造省会“龙头”经济高质量发展新优势.
		{
			id: "jinan.gdp.level.2020-ytd-09", subject: Jinan, indicator: GDP, measure: Level, period: q3,
			figure: "7248.40亿元", quote: "地区生产总值7248.40亿元",
		},
		{
			id: "jinan.gdp.growth.2020-ytd-09", subject: Jinan, indicator: GDP, measure: Growth, period: q3,
			figure: "增长3.1%", quote: "同比增长3.1%",
		},
		{
			id: "jinan.industrial-value-added.growth.2020-ytd-09", subject: Jinan, indicator: IndustrialVA, measure: Growth, period: q3,
			figure: "增长11.4%", quote: "规模以上工业增加值增长11.4%",
		},
		{
			id: "jinan.industrial-value-added.rank-growth-shandong.2020-ytd-09", subject: Jinan, indicator: IndustrialVA, measure: Rank, period: q3,
			benchmark: ShandongCities, figure: "首位", quote: "增长11.4%，增速列全省和全国主要城市首位",
			note: "Rank of the growth rate; 首位 is printed once for both 全省 and 全国主要城市.",
		},
		{
			id: "jinan.industrial-value-added.rank-growth-major-cities.2020-ytd-09", subject: Jinan, indicator: IndustrialVA, measure: Rank, period: q3,
			benchmark: MajorCities, figure: "首位", quote: "增长11.4%，增速列全省和全国主要城市首位",
			note: "Rank of the growth rate among China's major cities.",
		},
		{
			id: "jinan-drc.partner-departments.level.2018", subject: JinanDRC, indicator: PartnerDepartments, measure: Level, period: y2018,
			figure: "8部门", quote: "联合市财政、建设等8部门",
			note: "Eight departments, among them finance and construction, joined the DRC in the reform.",
		},
		{
			id: "jinan.award-notice-steps.level.before-reform", subject: Jinan, indicator: AwardNoticeSteps, measure: Level,
			figure: "7个", quote: "中标通知书发放流程办理环节从7个减至3个",
			note: "The number of steps before the 2018 reform; the text gives no date for it, so the period is unknown.",
		},
		{
			id: "jinan.award-notice-steps.level.2018", subject: Jinan, indicator: AwardNoticeSteps, measure: Level, period: y2018,
			figure: "3个", quote: "中标通知书发放流程办理环节从7个减至3个",
			note: "The number of steps after the 2018 reform.",
		},
		{
			id: "jinan.tender-trading-time.difference.2019", subject: Jinan, indicator: TenderTradingTime, measure: Difference, period: y2019,
			figure: "5日", as: "-5日", quote: "交易时间压缩5日",
			note: "Shortened by 5 days against the time before the reforms (a quote of the DRC's official after the 2019 reform); the year is read from the paragraph.",
		},
		{
			id: "jinan.bidding-time.difference.2019", subject: Jinan, indicator: BiddingTime, measure: Difference, period: y2019,
			figure: "15日", quote: "放宽投标时间15日",
			note: "Bidding time relaxed (lengthened) by 15 days against the time before the reforms; the year is read from the paragraph.",
		},
		{
			id: "jinan-approval-bureau.transferred-departments.level.undated", subject: JinanApprovalBureau, indicator: TransferredDepartments, measure: Level,
			figure: "27个", quote: "将27个部门的262项行政许可及关联事项划转集中实施",
			note: "Transferred after the bureau was set up at the end of 2018, before 一枚印章管审批 began on 2019年4月1日; the text gives no date for the transfer itself.",
		},
		{
			id: "jinan-approval-bureau.transferred-permits.level.undated", subject: JinanApprovalBureau, indicator: TransferredPermits, measure: Level,
			figure: "262项", quote: "将27个部门的262项行政许可及关联事项划转集中实施",
			note: "Administrative permits and related matters; transferred after the bureau was set up at the end of 2018, no date printed.",
		},
		{
			id: "jinan.business-environment-appraisal.rank-shandong.2019", subject: Jinan, indicator: BusinessEnvironment, measure: Rank, period: y2019,
			benchmark: ShandongCities, figure: "第一", quote: "济南市营商环境评价全省第一",
		},
		{
			id: "jinan-approval-bureau.promised-time-limit.level.2020-06", subject: JinanApprovalBureau, indicator: PromisedTimeLimit, measure: Level, period: MonthOf(2020, 6, "2020年6月"),
			figure: "5个工作日", quote: "比承诺的5个工作日得多",
			note: "The time limit promised for registering a non-enterprise legal person, done the same day. 得多 is garbled (快得多, much faster).",
		},
		{
			id: "jinan-approval-bureau.sole-approvers.level.2020", subject: JinanApprovalBureau, indicator: SoleApprovers, measure: Level, period: y2020,
			figure: "47名", quote: "2020年首批独任审批师47名",
			note: "The first batch, at city level.",
		},
		{
			id: "jinan-districts.sole-approvers.level.2020", subject: JinanDistricts, indicator: SoleApprovers, measure: Level, period: y2020,
			figure: "127名", quote: "各区县首批审批师127名",
			note: "The first batch in the districts and counties together.",
		},
		{
			id: "jinan-approval-bureau.cases-handled.level.2020-12-31", subject: JinanApprovalBureau, indicator: CasesHandled, measure: Level, period: AsOf(written, "目前").Inferred(writing001),
			figure: "20万件", quote: "目前已累计办件量达20万件",
			note: "Cumulative; in a paragraph on the sole-approver system, so probably cases handled under it, though the seed does not say.",
		},
		{
			id: "jinan-financial-counselors.financing-seekers-matched.level.2020-10-31", subject: FinancialCounselors, indicator: FinancingSeekers, measure: Level, period: AsOf(D(2020, 10, 31), "截至2020年10月底"),
			figure: "1218家", quote: "金融辅导员对接有融资需求企业1218家",
		},
		{
			id: "jinan-financial-counselors.financing-demand.level.2020-10-31", subject: FinancialCounselors, indicator: FinancingDemand, measure: Level, period: AsOf(D(2020, 10, 31), "截至2020年10月底"),
			figure: "282.4亿元", quote: "涉及金额282.4亿元",
			note: "涉及金额: the amount involved in the matched enterprises' financing needs.",
		},
		{
			id: "xinyidai-jinan.loan-subsidy-rate.level.2020-12", subject: XinYiDaiJinan, indicator: LoanSubsidyRate, measure: Level, period: MonthOf(2020, 12, "2020年12月"),
			figure: "1.5%—5%", quote: "为金融机构提供1.5%—5%的财政补贴",
			note: "Subsidy to lenders on new loans to SMEs through the platform, a policy from the platform's launch in Jinan in December 2020.",
		},
		{
			id: "xinyidai-jinan.financial-institutions.level.2020-10-31", subject: XinYiDaiJinan, indicator: FinancialInstitutions, measure: Level, period: octEnd,
			figure: "42家", quote: "济南市人驻全国“信易贷”平台的金融机构已达42家",
			note: "人驻 is a typo for 入驻 (settled on). The seed dates the platform's arrival in Jinan 2020年12月 yet reports its figures 截至2020年10月末.",
		},
		{
			id: "xinyidai-jinan.financial-products.level.2020-10-31", subject: XinYiDaiJinan, indicator: FinancialProducts, measure: Level, period: octEnd,
			figure: "189个", quote: "发布金融产品189个",
		},
		{
			id: "xinyidai-jinan.loans-granted.level.2020-10-31", subject: XinYiDaiJinan, indicator: LoansGranted, measure: Level, period: octEnd,
			figure: "3.68亿元", quote: "成功放款总额达3.68亿元",
			note: "Cumulative total to the end of October 2020.",
		},
		{
			id: "xinyidai-jinan.financing-demand.sequential-growth.2020-10-31", subject: XinYiDaiJinan, indicator: FinancingDemand, measure: SequentialGrowth, period: octEnd,
			figure: "增长12%", quote: "企业融资需求额月均环比增长12%",
			note: "Average month-on-month growth (月均环比) up to the end of October 2020; the first month is not printed.",
		},
		{
			id: "xinyidai-jinan.loan-interest-rate.difference-conventional.undated", subject: XinYiDaiJinan, indicator: LoanInterestRate, measure: Difference,
			benchmark: ConventionalFinancialProducts, figure: "约2个百分点", as: "-约2个百分点", quote: "利率低于传统金融产品的约2个百分点",
			note: "The rate SMEs pay for finance through the platform is about 2 percentage points below conventional products. No date is printed for the comparison.",
		},
		{
			id: "shandong-industrial-tech-institute.projects.level.2020-12-31", subject: ShandongIndustrialTechInstitute, indicator: Projects, measure: Level, period: now,
			figure: "50余个", quote: "齐鲁卫星等50余个高端项目在全省布局",
			note: "High-end projects laid out across Shandong. The clause follows 山东产业技术研究院设立运营 in a list of centres; it may credit the centres together rather than the institute alone.",
		},
		{
			id: "shandong-industrial-tech-institute.research-projects.level.2020-12-31", subject: ShandongIndustrialTechInstitute, indicator: ResearchProjects, measure: Level, period: research,
			figure: "91个", quote: "现已研发91个高水平原创项目",
			note: "Since the institute was founded in Jinan in July 2019 (2019年7月…成立).",
		},
		{
			id: "shandong-industrial-tech-institute.research-institutes.level.2020-12-31", subject: ShandongIndustrialTechInstitute, indicator: ResearchInstitutes, measure: Level, period: research,
			figure: "64家", quote: "创立64家科研机构",
		},
		{
			id: "shandong-industrial-tech-institute.invention-patents.level.2020-12-31", subject: ShandongIndustrialTechInstitute, indicator: InventionPatents, measure: Level, period: research,
			figure: "300多项", quote: "实施300多项发明专利",
		},
		{
			id: "shandong-industrial-tech-institute.tech-transfers.level.2020-12-31", subject: ShandongIndustrialTechInstitute, indicator: TechTransfers, measure: Level, period: research,
			figure: "200多项", quote: "转化研究200多项前沿技术成果",
		},
		{
			id: "shandong-industrial-tech-institute.incubated-hightech-firms.level.2020-12-31", subject: ShandongIndustrialTechInstitute, indicator: IncubatedHighTechFirms, measure: Level, period: research,
			figure: "99家", quote: "孵化99家高新技术企业",
		},
		{
			id: "shandong-industrial-tech-institute.induced-investment.level.2020-12-31", subject: ShandongIndustrialTechInstitute, indicator: InducedInvestment, measure: Level, period: research,
			figure: "超过200亿元", quote: "带动社会投资超过200亿元",
		},
		{
			id: "inspur.server-market-share.rank-global.2020-12-31", subject: Inspur, indicator: ServerMarketShare, measure: Rank, period: now,
			benchmark: GlobalServerVendors, figure: "前三", quote: "其服务器市场占有率稳居全球前三",
			note: "Among the top three server vendors of the world by market share: rank 3 or better. No year or source of the ranking is printed.",
		},
		{
			id: "steel-area-forest-park.land-area.level.2020-08-31", subject: SteelAreaForestPark, indicator: LandArea, measure: Level, period: AsOf(D(2020, 8, 31), "2020年8月底"),
			status: Planned, figure: "45万平方米", quote: "占地达45万平方米的森林公园",
			note: "The area of the park in the landscape design published at the end of August 2020; a plan, no completion date printed.",
		},
		{
			id: "jinan-steel.years-in-operation.level.undated", subject: JinanSteel, indicator: YearsInOperation, measure: Level,
			figure: "60年", quote: "建了60年的济钢",
			note: "How long the works had stood when its capacity was retired; the seed gives no date for the closure.",
		},
		{
			id: "jinan-steel.steel-capacity-retired.level.undated", subject: JinanSteel, indicator: SteelCapacityRetired, measure: Level,
			figure: "10万吨", quote: "济钢10万吨钢产能全部退出",
			note: "As printed: 10万吨 (100,000 t). The works is generally described as a ten-million-tonne plant, so this may be a misprint of 1000万吨; not checked against another source here. No date of the closure is printed.",
		},
		{
			id: "jinan-big-data-it.main-business-revenue.level.undated", subject: BigDataITIndustry, indicator: MainBusinessRevenue, measure: Level,
			figure: "3600亿元", quote: "主营业务收入达到3600亿元和3400亿元",
			note: "No period is printed (probably the latest full year, 2019, but the seed does not say).",
		},
		{
			id: "jinan-smart-equipment.main-business-revenue.level.undated", subject: SmartEquipmentIndustry, indicator: MainBusinessRevenue, measure: Level,
			figure: "3400亿元", quote: "主营业务收入达到3600亿元和3400亿元",
			note: "No period is printed (probably the latest full year, 2019, but the seed does not say).",
		},
		{
			id: "jinan-health-care.industry-scale.level.undated", subject: HealthCareIndustry, indicator: IndustryScale, measure: Level,
			figure: "突破千亿元", quote: "济南康养、生物医药产业规模突破千亿元",
			note: "Each of the two industries, 康养 and 生物医药, is read as over 1000亿元; the sentence may mean them together. No period is printed.",
		},
		{
			id: "jinan-biomedicine.industry-scale.level.undated", subject: BiomedicineIndustry, indicator: IndustryScale, measure: Level,
			figure: "突破千亿元", quote: "济南康养、生物医药产业规模突破千亿元",
			note: "See jinan-health-care.industry-scale.level.undated: one sentence, two industries. No period is printed.",
		},
		{
			id: "jinan.cloud-enterprises.level.2020-12-31", subject: Jinan, indicator: CloudEnterprises, measure: Level, period: now,
			figure: "3万家", quote: "企业上云3万家",
		},
		{
			id: "jinan.unicorn-firms.level.2020-12-31", subject: Jinan, indicator: UnicornFirms, measure: Level, period: now,
			figure: "3家", quote: "培育独角兽企业3家",
		},
		{
			id: "jinan.provincial-gazelle-firms.level.2020-12-31", subject: Jinan, indicator: ProvincialGazelleFirms, measure: Level, period: now,
			figure: "80家", quote: "省级以上瞪羚企业达到80家",
		},
		{
			id: "jinan.cluster-leaders.level.2020-12-31", subject: Jinan, indicator: ClusterLeaders, measure: Level, period: now,
			figure: "12家", quote: "入围省“十强”产业集群领军企业12家",
		},
		{
			id: "jinan.cloud-enterprises.rank-shandong.2020-12-31", subject: Jinan, indicator: CloudEnterprises, measure: Rank, period: now,
			benchmark: ShandongCities, figure: "首位", quote: numbersFirst001,
			note: "数量均居全省首位 read as covering every count of the sentence; it may mean fewer of them.",
		},
		{
			id: "jinan.unicorn-firms.rank-shandong.2020-12-31", subject: Jinan, indicator: UnicornFirms, measure: Rank, period: now,
			benchmark: ShandongCities, figure: "首位", quote: numbersFirst001,
			note: "数量均居全省首位 read as covering every count of the sentence.",
		},
		{
			id: "jinan.provincial-gazelle-firms.rank-shandong.2020-12-31", subject: Jinan, indicator: ProvincialGazelleFirms, measure: Rank, period: now,
			benchmark: ShandongCities, figure: "首位", quote: numbersFirst001,
			note: "数量均居全省首位 read as covering every count of the sentence.",
		},
		{
			id: "jinan.cluster-leaders.rank-shandong.2020-12-31", subject: Jinan, indicator: ClusterLeaders, measure: Rank, period: now,
			benchmark: ShandongCities, figure: "首位", quote: numbersFirst001,
			note: "数量均居全省首位 read as covering every count of the sentence.",
		},
		{
			id: "jinan-equipment-manufacturing.operating-revenue.level.2020-ytd-09", subject: EquipmentManufacturing, indicator: OperatingRevenue, measure: Level, period: ThroughMonth(2020, 9, "1至9月"),
			figure: "2420.6亿元", quote: "全市装备制造业规模以上企业实现营业收入2420.6亿元",
		},
		{
			id: "jinan-equipment-manufacturing.operating-revenue.growth.2020-ytd-09", subject: EquipmentManufacturing, indicator: OperatingRevenue, measure: Growth, period: ThroughMonth(2020, 9, "1至9月"),
			figure: "增长29.8%", quote: "同比增长29.8%",
		},
		{
			id: "jinan-equipment-manufacturing.single-item-champion-applicants.level.2020-ytd-09", subject: EquipmentManufacturing, indicator: ChampionApplicants, measure: Level, period: ThroughMonth(2020, 9, "1至9月"),
			figure: "14家", quote: "14家企业申报国家制造业单项冠军",
			note: "In the sentence on equipment manufacturing; the 14 may be Jinan's applicants of every industry.",
		},
		{
			id: "jinan-biomedical-health.operating-revenue.level.2020-ytd-09", subject: BiomedicalHealthIndustry, indicator: OperatingRevenue, measure: Level, period: ThroughMonth(2020, 9, "2020年前9个月"),
			figure: "1025亿元", quote: "2020年前9个月实现营业收入1025亿元",
		},
		{
			id: "jinan-biomedical-health.operating-revenue.growth.2020-ytd-09", subject: BiomedicalHealthIndustry, indicator: OperatingRevenue, measure: Growth, period: ThroughMonth(2020, 9, "2020年前9个月"),
			figure: "增长20%", quote: "同比增长20%",
		},
		{
			id: "jinan.key-industrial-chains.level.2020-08-13", subject: Jinan, indicator: KeyIndustrialChains, measure: Level, period: AsOf(D(2020, 8, 13), "2020年8月13日"),
			figure: "12条", quote: "发展潜力大的12条重点产业链",
			note: "The chains chosen for the “chain chief” system (链长制) at the meeting of 2020年8月13日. The target below is for 十大产业链, a different set.",
		},
		{
			id: "jinan-ten-industrial-chains.main-business-revenue.average-growth.by-2025", subject: TenIndustrialChains, indicator: MainBusinessRevenue, measure: AverageGrowth, period: By(written, D(2025, 12, 31), "到2025年"),
			status: Planned, figure: "增长20%以上", quote: "主营业务收入力争达到年均增长20%以上",
			note: "力争: a target. The tiers 万亿级、五千亿级、三千亿级和千亿元级 that follow are planned too but are not encoded.",
		},

		// 新型载体建设崛起.
		{
			id: "starting-area.master-plans.level.2020-12-31", subject: StartingArea, indicator: MasterPlans, measure: Level, period: AsOf(written, "目前").Inferred(writing001),
			figure: "1个", quote: "1个总体方案",
			note: "The planning framework “1个总体方案+4个综合性规划+16个专项规划+N个专题研究”.",
		},
		{
			id: "starting-area.comprehensive-plans.level.2020-12-31", subject: StartingArea, indicator: ComprehensivePlans, measure: Level, period: AsOf(written, "目前").Inferred(writing001),
			figure: "4个", quote: "4个综合性规划",
		},
		{
			id: "starting-area.special-plans.level.2020-12-31", subject: StartingArea, indicator: SpecialPlans, measure: Level, period: AsOf(written, "目前").Inferred(writing001),
			figure: "16个", quote: "16个专项规划",
			note: "Followed by N个专题研究, an open number of thematic studies.",
		},
		{
			id: "medical-center.total-investment.target.undated", subject: MedicalCenter, indicator: TotalInvestment, measure: Target,
			status: Planned, figure: "2000亿元", quote: "该中心片区规划总投资2000亿元",
			note: "Planned total investment of the centre's area; the seed prints no horizon.",
		},
		{
			id: "medical-center.start-batches.level.2020-12-31", subject: MedicalCenter, indicator: StartBatches, measure: Level, period: now,
			figure: "4批", quote: "分4批开工",
		},
		{
			id: "medical-center.started-projects.level.2020-12-31", subject: MedicalCenter, indicator: StartedProjects, measure: Level, period: now,
			figure: "28个", quote: "市政公用设施建设项目28个",
			note: "Projects of supporting industry, medical services, industrial premises and public utilities, started in 4 batches.",
		},
		{
			id: "medical-center.total-investment.completion.2020-12-31", subject: MedicalCenter, indicator: TotalInvestment, measure: Completion, period: AsOf(written, "已").Inferred(writing001),
			figure: "三分之一", quote: "已完成总投资三分之一",
			note: "Investment completed as a share of the planned total (presumably the 2000亿元 of the centre's area, or of the 28 projects; the seed does not say which).",
		},
		{
			id: "medical-center.projects.level.2020-12-31", subject: MedicalCenter, indicator: Projects, measure: Level, period: now,
			figure: "204个", quote: "健康大数据等各类项目204个",
			note: "Projects landed (落地) in precision medicine, new biomedical technology, medical devices, health big data and more.",
		},
		{
			id: "medical-center.talent-teams.level.2020-12-31", subject: MedicalCenter, indicator: TalentTeams, measure: Level, period: now,
			figure: "26个", quote: "引进高端人才团队26个",
		},
		{
			id: "medical-center.registered-enterprise-groups.level.2020-12-31", subject: MedicalCenter, indicator: RegisteredGroups, measure: Level, period: now,
			figure: "56个", quote: "注册企业集团56个",
		},
		{
			id: "financial-center.land-area.level.2020-12-31", subject: FinancialCenter, indicator: LandArea, measure: Level, period: now,
			figure: "26.3平方公里", quote: "占地26.3平方公里的国际金融中心",
		},

		// 持续扩大开放水平.
		{
			id: "shandong-ftz.land-area.level.2019-08-26", subject: ShandongFTZ, indicator: LandArea, measure: Level, period: ftzPlan,
			figure: "119.98平方公里", quote: "山东自贸区119.98平方公里中",
			note: "The area under the master plan issued 2019年8月26日.",
		},
		{
			id: "ftz-jinan-area.land-area.level.2019-08-26", subject: FTZJinanArea, indicator: LandArea, measure: Level, period: ftzPlan,
			figure: "37.99平方公里", quote: "有37.99平方公里位于济南",
			note: "The part of the Shandong FTZ's 119.98平方公里 that lies in Jinan.",
		},
		{
			id: "ftz-jinan-area.plan-aspects.level.2020-q1", subject: FTZJinanArea, indicator: PlanAspects, measure: Level, period: QuarterOf(2020, 1, "2020年初"),
			status: Planned, figure: "7个", quote: "确定7个方面162项具体创新举措",
			note: "The aspects of the Jinan Area's implementation plan issued 2020年初 (read as the first quarter); the plan's horizon is not printed.",
		},
		{
			id: "ftz-jinan-area.innovation-measures.target.2020-q1", subject: FTZJinanArea, indicator: InnovationMeasures, measure: Target, period: QuarterOf(2020, 1, "2020年初"),
			status: Planned, figure: "162项", quote: "确定7个方面162项具体创新举措",
			note: "The measures set by the implementation plan issued 2020年初 (read as the first quarter); the plan's horizon is not printed.",
		},
		{
			id: "ftz-jinan-area.support-policies.level.2020-12-31", subject: FTZJinanArea, indicator: SupportPolicies, measure: Level, period: now,
			figure: "100多项", quote: "先后发布100多项支持片区发展的新政策",
			note: "Issued by the finance, customs, tax, natural resources and planning, market regulation and other departments.",
		},
		{
			id: "ftz-jinan-area.pilot-tasks.share-under-way.2020-12-31", subject: FTZJinanArea, indicator: PilotTasks, measure: Share, period: now,
			figure: "80%以上", quote: "80%以上的试点任务已进入实施阶段",
			note: "The share of pilot tasks in implementation.",
		},
		{
			id: "ftz-jinan-area.pilot-tasks.completion.2020-12-31", subject: FTZJinanArea, indicator: PilotTasks, measure: Completion, period: now,
			figure: "40%", quote: "40%已落地",
			note: "The share of pilot tasks carried out (已落地).",
		},
		{
			id: "greenland-jinan-global-trade.foreign-goods-kinds.level.2020-05-19", subject: GreenlandGlobalTradeProject, indicator: ForeignGoods, measure: Level, period: AsOf(D(2020, 5, 19), "5月19日").Inferred("5月19日 prints no year; it follows the 2020年初 paragraph on the FTZ Jinan Area's first projects, so 2020"),
			status: Planned, figure: "22000余种", quote: "计划引入各类外商品22000余种",
			note: "计划: a plan made at the signing on 5月19日; no horizon printed. 外商品 is read as foreign goods (外国商品).",
		},
		{
			id: "qilu-china-europe-trains.countries-reached.level.2020-12-31", subject: QiluTrains, indicator: CountriesReached, measure: Level, period: AsOf(written, "目前").Inferred(writing001),
			figure: "15国", quote: "“齐鲁号”中欧班列15国",
			note: "Garbled: a verb such as 通达 (reach) is missing. Shandong's “Qilu” trains; the interview's Eurasian trains from Jinan 覆盖16个国家, a different count.",
		},
	}}
}

// numbersFirst001 is the sentence of 001 whose counts 数量均居全省首位.
const numbersFirst001 = "企业上云3万家，培育独角兽企业3家，省级以上瞪羚企业达到80家，入围省“十强”产业集群领军企业12家，数量均居全省首位"
