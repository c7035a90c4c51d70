package jinan

// inferred004 explains the year of the periods of seed 004 that print none.
const inferred004 = "004 prints no year here; the Jinan Daily page is of about 2021-12-27 (12月22日 signing, 12月26日 Lunan high-speed railway, 2020 appraisal published 3月), so 今年 is 2021"

// facts004 returns the facts of seed 004 (Jinan Daily, about 2021-12-27),
// in reading order.
func facts004() seedEntries {
	const file = "004_a32e2b83e55b5a5b.txt"
	published := D(2021, 12, 27)
	recently := SoFarIn(2021, published, "近日").Inferred(inferred004)
	soFar := SoFarIn(2021, published, "今年以来").Inferred(inferred004)
	now := AsOf(published, "截至目前").Inferred(inferred004)
	jibeiYTD10 := ThroughMonth(2021, 10, "1-10月").Inferred(inferred004)
	tianqiaoYTD10 := ThroughMonth(2021, 10, "1-10月").Inferred(inferred004)
	tianqiaoYTD9 := ThroughMonth(2021, 9, "1-9月份").Inferred(inferred004)
	return seedEntries{file: file, entries: []entry{
		// The budget revenue paragraph, printed at the top and again in the
		// headline list at the foot of the page.
		{
			id: "jinan.budget-revenue.level.2021-sofar", subject: Jinan, indicator: BudgetRevenue, measure: Level, period: recently,
			figure: "1001.4亿元", quote: "济南市一般公共预算收入完成1001.4亿元", nth: 1,
			also: []cite{{file: file, quote: "济南市一般公共预算收入完成1001.4亿元", nth: 2}},
			note: "revenue of 2021 up to a day the page does not print (“近日…公布”), no later than the page's date; " +
				"提前12天完成全年收入预期 suggests about 2021-12-19, but the cut-off is not stated",
		},
		{
			id: "jinan.gdp.level.2020", subject: Jinan, indicator: GDP, measure: Level, period: YearOf(2020, "2020年"),
			figure: "过万亿元", quote: "继2020年GDP过万亿元之后", nth: 1,
			also: []cite{{file: file, quote: "继2020年GDP过万亿元之后", nth: 2}},
			note: "observed 2020 GDP, more than 1万亿元 (10^12 yuan); the outcome of seed 000's target " +
				"“今年确保GDP迈过1万亿元门槛” for 2020, which was therefore met",
		},
		{
			id: "jinan.budget-revenue-days-early.level.2021", subject: Jinan, indicator: BudgetRevenueDaysEarly, measure: Level,
			period: YearOf(2021, "全年").Inferred(inferred004),
			figure: "12天", quote: "提前12天完成全年收入预期", nth: 1,
			also: []cite{{file: file, quote: "提前12天完成全年收入预期", nth: 2}},
			note: "the 2021 annual revenue expectation was met 12 days before the year's end; the expected amount is not printed",
		},

		// Licheng: two signing events in December 2021.
		{
			id: "jinan-smart-sensor-park.signed-enterprises.level.2021-12-04", subject: SmartSensorPark, indicator: SignedEnterprises, measure: Level,
			period: AsOf(D(2021, 12, 4), "12月4日").Inferred(inferred004),
			figure: "17家", quote: "17家企业现场签约入驻产业园",
			note: "enterprises signing on the day the park's construction started",
		},
		{
			id: "licheng.signed-projects.level.2021-12-22", subject: Licheng, indicator: SignedProjects, measure: Level,
			period: AsOf(D(2021, 12, 22), "12月22日").Inferred(inferred004),
			figure: "10个", quote: "宜明生物细胞产业基地项目等10个项目成功签约",
			note: "projects signed at Licheng's biomedicine promotion and signing event",
		},
		{
			id: "licheng.emerging-industry-sectors.level.2021-12-04-2021-12-22", subject: Licheng, indicator: EmergingIndustrySectors, measure: Level,
			period: SpanOf(D(2021, 12, 4), D(2021, 12, 22), "一个月内").Inferred(inferred004),
			figure: "两大", quote: "数字经济、生物医药两大板块",
			note: "sectors of Licheng's emerging industries gathered “一个月内” (within a month): the span from the 12月4日 to the 12月22日 signing events",
		},

		// Shizhong: the bonded exhibition and sales centre.
		{
			id: "greenland-bonded-showroom.origin-countries.level.2021-12-27", subject: GreenlandBondedShowroom, indicator: OriginCountries, measure: Level,
			period: AsOf(published, "近日").Inferred(inferred004),
			figure: "8个", quote: "澳大利亚等8个国家和地区",
			note: "at the centre's opening “近日”, a day not printed, taken as the page's date",
		},
		{
			id: "greenland-bonded-showroom.product-categories.level.2021-12-27", subject: GreenlandBondedShowroom, indicator: ProductCategories, measure: Level,
			period: AsOf(published, "近日").Inferred(inferred004),
			figure: "7个", quote: "时尚文艺等7个品类",
			note: "at the centre's opening “近日”, a day not printed, taken as the page's date",
		},
		{
			id: "greenland-bonded-showroom.product-items.level.2021-12-27", subject: GreenlandBondedShowroom, indicator: ProductItems, measure: Level,
			period: AsOf(published, "近日").Inferred(inferred004),
			figure: "130多个", quote: "130多个品项",
			note: "at the centre's opening “近日”, a day not printed, taken as the page's date",
		},

		// Jibei Economic Development Zone.
		{
			id: "jibei-zone.provincial-gazelle-awards.level.2021-10", subject: JibeiZone, indicator: ProvincialGazelleAwards, measure: Level,
			period: MonthOf(2021, 10, "今年10月").Inferred(inferred004),
			figure: "两家", quote: "济南大自然新材料有限公司两家企业,荣获省级“瞪羚”中小企业称号",
			note: "the two enterprises are taken to be in the Jibei zone, which the paragraph goes on to count",
		},
		{
			id: "jibei-zone.city-gazelle-awards.level.2021-09", subject: JibeiZone, indicator: CityGazelleAwards, measure: Level,
			period: MonthOf(2021, 9, "9月").Inferred(inferred004),
			figure: "6家", quote: "等6家企业,荣获市级“瞪羚”中小企业称号",
			note: "the six enterprises are taken to be in the Jibei zone, which the paragraph goes on to count",
		},
		{
			id: "jibei-zone.gazelle-enterprises.level.2021-12-27", subject: JibeiZone, indicator: GazelleEnterprises, measure: Level, period: now,
			figure: "14家", quote: "省市级“瞪羚”中小企业数达到14家",
			note: "截至目前: an instant at about the page's date (2021-12-27), not printed",
		},
		{
			id: "jibei-zone.gazelle-enterprises.growth.2021-12-27", subject: JibeiZone, indicator: GazelleEnterprises, measure: Growth, period: now,
			figure: "增长133%", quote: "较去年增长133%",
			note: "growth of the count against 去年 (2020), presumably its end; 截至目前 is an instant at about the page's date",
		},
		{
			id: "jibei-zone.service-staff-sent.level.recent", subject: JibeiZone, indicator: ServiceStaffSent, measure: Level,
			figure: "79名", quote: "共派出79名服务生",
			note: "no period: sent “近年来” (in recent years), with no start or end printed",
		},
		{
			id: "jibei-zone.party-instructors-sent.level.recent", subject: JibeiZone, indicator: PartyInstructorsSent, measure: Level,
			figure: "25名", quote: "25名指导员到非公企业",
			note: "no period: sent “近年来” (in recent years), with no start or end printed",
		},
		{
			id: "jibei-zone.expanding-enterprises.level.undated", subject: JibeiZone, indicator: ExpandingEnterprises, measure: Level,
			figure: "20多家", quote: "上好佳等20多家企业呈现出增资扩产好势头",
			note: "no period printed: the present of the page (about 2021-12-27)",
		},
		{
			id: "jibei-zone-industry-above-size.output-value.growth.2021-ytd-10", subject: JibeiIndustryAboveSize, indicator: OutputValue, measure: Growth, period: jibeiYTD10,
			figure: "增长20.5%", quote: "规上工业企业产值同比增长20.5%",
			note: "whether at current or comparable prices is not printed",
		},
		{
			id: "jibei-zone-services-above-size.operating-revenue.growth.2021-ytd-10", subject: JibeiServicesAboveSize, indicator: OperatingRevenue, measure: Growth, period: jibeiYTD10,
			figure: "增长7.25%", quote: "规上服务业同比增长7.25%",
			note: "the seed does not name the indicator (“规上服务业同比增长7.25%”); read as operating revenue, the usual measure of services above designated size",
		},
		{
			id: "jibei-zone.foreign-capital.level.2021-ytd-10", subject: JibeiZone, indicator: ForeignCapital, measure: Level, period: jibeiYTD10,
			figure: "12145万美元", quote: "实际到位外资12145万美元",
			note: "实际到位外资 (foreign capital actually received) is read as utilized foreign capital",
		},
		{
			id: "jibei-zone.foreign-capital.growth.2021-ytd-10", subject: JibeiZone, indicator: ForeignCapital, measure: Growth, period: jibeiYTD10,
			figure: "增长672%", quote: "同比增长672%",
		},
		{
			id: "jibei-zone.zone-appraisal.rank-shandong-zones.2020", subject: JibeiZone, indicator: ZoneAppraisal, measure: Rank, period: YearOf(2020, "2020年度"),
			benchmark: ShandongZones, rankOf: "160家",
			figure: "第27名", quote: "在全省160家省级以上开发区中,位居第27名",
			note: "the 2020 appraisal, published by the provincial commerce and science departments in March 2021",
		},
		{
			id: "jibei-zone.zone-appraisal.rank-top-percent-shandong-zones.2020", subject: JibeiZone, indicator: ZoneAppraisal, measure: Rank, period: YearOf(2020, "2020年度"),
			benchmark: ShandongZones, rankOf: "160家",
			figure: "前20%", quote: "首次进入全省前20%",
			note: "前20%: the rank lies within the top 20% of the 160 zones (27/160 is 16.9%); the first time the zone did so",
		},
		{
			id: "jibei-zone.signed-projects.level.2021-sofar", subject: JibeiZone, indicator: SignedProjects, measure: Level, period: soFar,
			figure: "49个", quote: "园区新签约项目49个",
		},
		{
			id: "jibei-zone.signed-amount.level.2021-sofar", subject: JibeiZone, indicator: SignedAmount, measure: Level, period: soFar,
			figure: "129.46亿元", quote: "签约额129.46亿元",
		},
		{
			id: "jibei-zone-manufacturing.signed-projects.share.2021-sofar", subject: JibeiManufacturing, indicator: SignedProjects, measure: Share, period: soFar,
			figure: "91.8%", quote: "签约制造业项目占比91.8%",
			note: "share of the 49 projects signed; whether by number or by amount is not printed (45 of 49 would give 91.8%)",
		},
		{
			id: "jibei-zone.settled-projects.level.2021-sofar", subject: JibeiZone, indicator: SettledProjects, measure: Level, period: soFar,
			figure: "30个", quote: "入园项目30个",
		},
		{
			id: "jibei-zone.settled-signed-amount.level.2021-sofar", subject: JibeiZone, indicator: SettledAmount, measure: Level, period: soFar,
			figure: "17.15亿元", quote: "签约额17.15亿元",
		},
		{
			id: "jibei-zone.projects-over-100m.level.2021-sofar", subject: JibeiZone, indicator: LargeProjects, measure: Level, period: soFar,
			figure: "6个", quote: "投资过亿元项目6个",
			note: "printed after the 30 projects moving in; whether counted among them or among the 49 signed is not said",
		},

		// Tianqiao: investment promotion.
		{
			id: "tianqiao.foreign-capital.level.2021-ytd-10", subject: Tianqiao, indicator: ForeignCapital, measure: Level, period: tianqiaoYTD10,
			figure: "9046万美元", quote: "实际使用外资9046万美元", nth: 1,
			also: []cite{{file: file, quote: "实际使用外资9046万美元", nth: 2}},
			note: "printed again at the end of the article without a period, with 完成全年任务的139.66%",
		},
		{
			id: "tianqiao.foreign-capital.completion.2021-ytd-10", subject: Tianqiao, indicator: ForeignCapital, measure: Completion, period: tianqiaoYTD10,
			figure: "139.6%", quote: "占全年任务的139.6%",
			note: "the end of the article prints 139.66% for the same 9046万美元 (see tianqiao.foreign-capital.completion-second-print.2021-ytd-10); " +
				"the annual task is not printed",
		},
		{
			id: "tianqiao.foreign-capital.rank-completion-jinan-districts.2021-ytd-10", subject: Tianqiao, indicator: ForeignCapital, measure: Rank, period: tianqiaoYTD10,
			benchmark: JinanDistricts, figure: "第二", quote: "完成率在全市排名第二",
			note: "rank of the completion rate of the annual task, not of the level",
		},
		{
			id: "tianqiao.outside-funds.level.2021-ytd-09", subject: Tianqiao, indicator: OutsideFunds, measure: Level, period: tianqiaoYTD9,
			figure: "124.16亿元", quote: "引进市外投资到位资金124.16亿元",
		},
		{
			id: "tianqiao.outside-funds.growth.2021-ytd-09", subject: Tianqiao, indicator: OutsideFunds, measure: Growth, period: tianqiaoYTD9,
			figure: "29.20%", quote: "增幅29.20%",
		},
		{
			id: "tianqiao.outside-funds.completion.2021-ytd-09", subject: Tianqiao, indicator: OutsideFunds, measure: Completion, period: tianqiaoYTD9,
			figure: "79.59%", quote: "完成率79.59%",
			note: "completion of the annual task, which is not printed",
		},
		{
			id: "tianqiao.outside-funds.rank-completion-jinan-districts.2021-ytd-09", subject: Tianqiao, indicator: OutsideFunds, measure: Rank, period: tianqiaoYTD9,
			benchmark: JinanDistricts, figure: "第五", quote: "完成率在全市排名第五",
			note: "rank of the completion rate of the annual task, not of the level",
		},
		{
			id: "tianqiao-investment-bureau.cities-visited.level.one-day", subject: TianqiaoInvestmentBureau, indicator: CitiesVisited, measure: Level,
			figure: "3个", quote: "一天穿梭3个城市",
			note: "no period: one day (一天) of the investment team, its date not printed",
		},
		{
			id: "tianqiao-investment-bureau.distance-travelled.level.one-day", subject: TianqiaoInvestmentBureau, indicator: DistanceTravelled, measure: Level,
			figure: "2000多公里", quote: "行程2000多公里",
			note: "no period: one day (一天) of the investment team, its date not printed",
		},
		{
			id: "tianqiao.urban-renewal-projects.level.2021-sofar", subject: Tianqiao, indicator: UrbanRenewalProjects, measure: Level, period: soFar,
			figure: "32个", quote: "成功“拿下”32个城市更新项目",
		},
		{
			id: "tianqiao.urban-renewal-contract-value.level.2021-sofar", subject: Tianqiao, indicator: UrbanRenewalContractValue, measure: Level, period: soFar,
			figure: "904亿元", quote: "合同额达904亿元",
		},
		{
			id: "tianqiao.signed-projects.level.2021-sofar", subject: Tianqiao, indicator: SignedProjects, measure: Level, period: soFar,
			figure: "31个", quote: "优配车联中国总部等31个项目",
			note: "signed besides (还) the 32 urban renewal projects",
		},
		{
			id: "tianqiao.contract-value.level.2021-sofar", subject: Tianqiao, indicator: ContractValue, measure: Level, period: soFar,
			figure: "130亿元", quote: "合同额达130亿元",
			note: "contract value of the 31 projects",
		},
		{
			id: "tianqiao-investment-bureau.plan-aspects.level.undated", subject: TianqiaoInvestmentBureau, indicator: PlanAspects, measure: Level,
			figure: "4个", quote: "提出4个方面12项具体措施",
			note: "no period printed; the plan for studying party history (党史学习教育), a 2021 campaign",
		},
		{
			id: "tianqiao-investment-bureau.plan-measures.level.undated", subject: TianqiaoInvestmentBureau, indicator: PlanMeasures, measure: Level,
			figure: "12项", quote: "提出4个方面12项具体措施",
			note: "no period printed; the plan for studying party history (党史学习教育), a 2021 campaign",
		},
		{
			id: "tianqiao-investment-bureau.invited-enterprises.level.undated", subject: TianqiaoInvestmentBureau, indicator: InvitedEnterprises, measure: Level,
			figure: "150余家", quote: "等150余家建筑企业和区级重点企业",
			note: "no period printed; enterprises invited to a product promotion meeting; whether 150余家 counts the district's key enterprises too is ambiguous",
		},
		{
			id: "tianqiao.foreign-capital-modes.rank.undated", subject: Tianqiao, indicator: ForeignCapitalModes, measure: Rank,
			benchmark: Jinan, figure: "第九种", quote: "开创出全市实际使用外资的第九种模式",
			note: "no period printed; the ninth mode of utilizing foreign capital opened in Jinan, created for the DR Congo (刚果金) trade project",
		},
		{
			id: "tianqiao-investment-bureau.merchants-matched.level.undated", subject: TianqiaoInvestmentBureau, indicator: MerchantsMatched, measure: Level,
			figure: "10余家", quote: "对接工业、贸易商户10余家",
			note: "no period printed; industrial and trading merchants a small enterprise was matched with",
		},
		{
			id: "tianqiao.foreign-projects-landed.level.undated", subject: Tianqiao, indicator: ForeignProjectsLanded, measure: Level,
			figure: "17家", quote: "推动17家外资项目落地",
			note: "no period printed; beside the 1-10月 utilized foreign capital, so probably January–October 2021",
		},
		{
			id: "tianqiao.contracted-foreign-capital.level.undated", subject: Tianqiao, indicator: ContractedFDI, measure: Level,
			figure: "2.92亿美元", quote: "合同外资达2.92亿美元",
			note: "no period printed; beside the 1-10月 utilized foreign capital, so probably January–October 2021",
		},
		{
			id: "tianqiao.foreign-capital.completion-second-print.2021-ytd-10", subject: Tianqiao, indicator: ForeignCapital, measure: Completion, period: tianqiaoYTD10,
			figure: "139.66%", quote: "完成全年任务的139.66%",
			note: "seed inconsistency: the same 9046万美元 is 占全年任务的139.6% earlier in the article (tianqiao.foreign-capital.completion.2021-ytd-10); " +
				"period 1-10月 taken from that first print; the annual task is not printed, so which is right cannot be told",
		},

		// The headline list.
		{
			id: "hema-jinan-first-store.floor-area.level.2021-11-26", subject: HemaJinanStore, indicator: BusinessFloorArea, measure: Level,
			period: AsOf(D(2021, 11, 26), "11月26日").Inferred(inferred004),
			figure: "近7000平方米", quote: "店内近7000平方米的面积",
			note: "floor area at the store's opening",
		},
		{
			id: "global-auto-industry.chip-shortage-duration.level.2021-12-27", subject: GlobalAutoIndustry, indicator: ChipShortageDuration, measure: Level,
			period: AsOf(published, "已经").Inferred(inferred004),
			figure: "一年", as: "一年多", quote: "“缺芯”已经一年有余",
			note: "how long the shortage had lasted at about the page's date; 有余 (more than) is read as 多",
		},
	}}
}
