package jinan

// inferred003 explains the year of the periods of seed 003 that print no
// year.
const inferred003 = "003 reviews 过去的一年 in a page written in early 2020, which makes 2020 the “聚焦提升年” ahead; the year reviewed is 2019"

// facts003 returns the facts of seed 003 (feature on Shizhong District,
// early 2020), in reading order. 过去的一年 and 全年 are 2019.
func facts003() seedEntries {
	past := YearOf(2019, "过去的一年").Inferred(inferred003)
	full := YearOf(2019, "全年").Inferred(inferred003)
	y2019 := YearOf(2019, "2019年")
	const sectionNote = "The sentence prints no period; it belongs to the section reviewing 过去的一年 (2019)."
	return seedEntries{file: "003_af740044c03de167.txt", entries: []entry{
		// 聚力动能转换: the past year, 2019.
		{
			id: "shizhong-finance.regional-headquarters.level.2019", subject: ShizhongFinance, indicator: RegionalHeadquarters,
			measure: Level, period: past,
			figure: "70家", quote: "银行、保险和证券期货区域总部达70家",
			note: "A stock: regional headquarters of banks, insurers and securities and futures firms in the district.",
		},
		{
			id: "shizhong-finance.tax-revenue.level.2019", subject: ShizhongFinance, indicator: TaxRevenue, measure: Level,
			period: past,
			figure: "17.7亿元", quote: "区域总部达70家，实现税收17.7亿元",
			note: "Tax paid by the financial industry (金融业平稳运行…); whether by all of it or by the 70 regional " +
				"headquarters alone, the sentence does not make clear.",
		},
		{
			id: "shizhong-construction.value-added.growth.2019", subject: ShizhongConstruction, indicator: ValueAdded,
			measure: Growth, period: past,
			figure: "增长25%", quote: "完成增加值增长25%",
			note: "Growth of the construction industry's value added, at comparable prices; its level is not printed " +
				"(完成增加值 announces one, but only the growth follows).",
		},
		{
			id: "shizhong-above-size-services.new-above-size-enterprises.level.2019", subject: ShizhongServices,
			indicator: NewAboveSizeEnterprises, measure: Level, period: past,
			figure: "63家", quote: "新增规模以上服务业企业63家",
		},
		{
			id: "shizhong-above-size-services.operating-revenue.level.2019", subject: ShizhongServices,
			indicator: OperatingRevenue, measure: Level, period: past,
			figure: "274.8亿元", quote: "规上服务业完成营业收入274.8亿元",
		},
		{
			id: "shizhong-above-size-services.operating-revenue.growth.2019", subject: ShizhongServices,
			indicator: OperatingRevenue, measure: Growth, period: past,
			figure: "增长9.2%", quote: "营业收入274.8亿元，增长9.2%",
		},
		{
			id: "shizhong-ict.tax-revenue.level.2019", subject: ShizhongICT, indicator: TaxRevenue, measure: Level, period: past,
			figure: "4.46亿元", quote: "信息通信业做大做强，实现税收4.46亿元",
		},
		{
			id: "shizhong-ict.tax-revenue.growth.2019", subject: ShizhongICT, indicator: TaxRevenue, measure: Growth, period: past,
			figure: "增长28.4%", quote: "实现税收4.46亿元，增长28.4%",
		},
		{
			id: "new-finance-park.finance-institutions-settled.level.2019", subject: NewFinancePark,
			indicator: FinanceInstitutionsSettled, measure: Level, period: past,
			figure: "30家", quote: "等30家新金融、类金融机构落户山东新金融产业园",
			note: "Institutions that settled in the park in the year reviewed, among them the China-US Green (Shandong) " +
				"Industrial Investment Fund and the Shandong modern-finance mother fund.",
		},
		{
			id: "new-finance-park.fund-size.level.2019", subject: NewFinancePark, indicator: FundSize, measure: Level, period: past,
			figure: "超1600亿元", quote: "园区管理基金规模超1600亿元",
			note: "A stock: the size of the funds the park manages, at the end of the year reviewed.",
		},
		{
			id: "shizhong-above-size-logistics.new-above-size-enterprises.level.2019", subject: ShizhongLogistics,
			indicator: NewAboveSizeEnterprises, measure: Level, period: past,
			figure: "4家", quote: "新增规模以上物流企业4家",
		},
		{
			id: "shizhong-above-size-logistics.operating-revenue.level.2019", subject: ShizhongLogistics,
			indicator: OperatingRevenue, measure: Level, period: past,
			figure: "26.5亿元", quote: "规上物流企业完成营业收入26.5亿元",
		},
		{
			id: "zbj-internet-plus-park.enterprises.level.2019", subject: InternetPlusPark, indicator: Enterprises,
			measure: Level, period: past,
			figure: "100余家", quote: "进驻“线上+线下”企业100余家",
			note: "Enterprises that moved in (进驻), online and offline, once the park opened in the year reviewed.",
		},
		{
			id: "jinan-innovation-design-park.gross-floor-area.level.2019", subject: DesignPark, indicator: GrossFloorArea,
			measure: Level, period: past,
			figure: "6.4万平方米", quote: "园区载体规模达6.4万平方米",
			note: "Floor area of the whole park after its phase II opened (二期投入使用).",
		},
		{
			id: "jinan-innovation-design-park.enterprises.level.2019", subject: DesignPark, indicator: Enterprises,
			measure: Level, period: past,
			figure: "185家", quote: "注册企业185家",
			note: "Enterprises registered in the park: a stock.",
		},
		{
			id: "jinan-innovation-design-park.operating-revenue.level.2019", subject: DesignPark, indicator: OperatingRevenue,
			measure: Level, period: past,
			figure: "11亿元", quote: "注册企业185家，实现营业收入11亿元",
			note: "Operating revenue of the park's enterprises.",
		},
		{
			id: "shizhong.new-enterprise-rd-centres.level.2019", subject: Shizhong, indicator: NewEnterpriseRDCentres,
			measure: Level, period: past,
			figure: "1家", quote: "全区新增省级以上企业研发机构1家",
		},
		{
			id: "shizhong.new-academician-workstations.level.2019", subject: Shizhong, indicator: NewAcademicianWorkstations,
			measure: Level, period: past,
			figure: "2家", quote: "省级院士工作站2家",
			note: "新增 (new) carries over from the head of the list.",
		},
		{
			id: "shizhong.new-maker-spaces.level.2019", subject: Shizhong, indicator: NewMakerSpaces,
			measure: Level, period: past,
			figure: "3家", quote: "市级以上众创空间3家",
			note: "新增 (new) carries over from the head of the list.",
		},
		{
			id: "shizhong.new-incubators.level.2019", subject: Shizhong, indicator: NewIncubators,
			measure: Level, period: past,
			figure: "1家", quote: "众创空间3家、孵化器1家",
			note: "新增 carries over from the head of the list; whether 市级以上 (city level or above) also qualifies the " +
				"incubator is not clear.",
		},
		{
			id: "shizhong.new-rd-transfer-institutions.level.2019", subject: Shizhong, indicator: NewRDTransferInstitutions,
			measure: Level, period: past,
			figure: "6家", quote: "研发和成果转化机构6家",
			note: "新增 (new) carries over from the head of the list.",
		},
		{
			id: "shizhong.new-high-tech-enterprises.level.2019", subject: Shizhong, indicator: NewHighTechEnterprises,
			measure: Level, period: past,
			figure: "57家", quote: "新认定高新技术企业57家",
		},
		{
			id: "shizhong-high-tech-industry.output-value.share.2019", subject: ShizhongHighTechIndustry,
			indicator: OutputValue, measure: Share, period: past,
			figure: "90%", quote: "高新技术产业产值占规模以上工业总产值比重达90%",
			note: "Share of the output of high-tech industries in Shizhong's gross industrial output above designated size.",
		},
		{
			id: "shizhong.ciie-deals.level.2019", subject: Shizhong, indicator: ImportExpoDeals, measure: Level, period: past,
			figure: "超1亿美元", quote: "等企业达成交易额超1亿美元",
			note: "Deals reached by Shizhong's enterprises (山东电力设备公司, 超意兴餐饮有限公司 and others) at the 2nd China " +
				"International Import Expo in Shanghai, held in November 2019 (the page prints no date).",
		},
		{
			id: "shizhong.trade.level.2019", subject: Shizhong, indicator: Trade, measure: Level, period: full,
			figure: "41.89亿元", quote: "全年完成进出口41.89亿元",
			note: "The page adds 超额完成年度计划 (the annual plan was exceeded) without printing the plan.",
		},
		{
			id: "shizhong.trade.growth.2019", subject: Shizhong, indicator: Trade, measure: Growth, period: full,
			figure: "增长12.5%", quote: "进出口41.89亿元，增长12.5%",
		},
		// 聚力双招双引: the same past year.
		{
			id: "shizhong-expropriation-projects.projects.level.2019", subject: ShizhongExpropriation, indicator: Projects,
			measure: Level, period: past,
			figure: "42个", quote: "加快推进42个征收拆迁项目",
			note: "Expropriation and demolition projects under way. " + sectionNote,
		},
		{
			id: "shizhong-expropriation-projects.expropriation-agreements.level.2019", subject: ShizhongExpropriation,
			indicator: ExpropriationAgreements, measure: Level, period: past,
			figure: "1654份", quote: "累计签订房屋征迁协议1654份",
			note: "累计 (cumulative): possibly counted from the start of the projects, not only in 2019. " + sectionNote,
		},
		{
			id: "shizhong-expropriation-projects.expropriated-area.level.2019", subject: ShizhongExpropriation,
			indicator: ExpropriatedArea, measure: Level, period: past,
			figure: "40.84万平方米", quote: "征迁面积40.84万平方米",
			note: "Cumulative like the 1654 agreements it follows. " + sectionNote,
		},
		{
			id: "shizhong.land-supplied.level.2019", subject: Shizhong, indicator: LandSupplied, measure: Level, period: past,
			figure: "1579亩", quote: "完成供地1579亩",
			note: "1579亩 = 1579 × 10000/15 m² (about 1052666.67 m²). Its parts: transferred 835亩 + allocated 744亩 = 1579亩, " +
				"consistent. " + sectionNote,
		},
		{
			id: "shizhong.land-transferred.level.2019", subject: Shizhong, indicator: LandTransferred, measure: Level,
			period: past,
			figure: "835亩", quote: "其中出让土地835亩",
			note: "Part of the 1579亩 supplied (835 + 744 = 1579). " + sectionNote,
		},
		{
			id: "shizhong.land-allocated.level.2019", subject: Shizhong, indicator: LandAllocated, measure: Level,
			period: past,
			figure: "744亩", quote: "划拨土地744亩",
			note: "Part of the 1579亩 supplied (835 + 744 = 1579). " + sectionNote,
		},
		{
			id: "shizhong.rural-roads-upgraded.level.2019", subject: Shizhong, indicator: RuralRoadsUpgraded, measure: Level,
			period: past,
			figure: "12条", quote: "对12条农村公路进行了改造升级",
			note: sectionNote,
		},
		{
			id: "shizhong-city-key-projects.projects.level.2019", subject: ShizhongCityKeyProjects, indicator: Projects,
			measure: Level, period: past,
			figure: "12个", quote: "加快推进12个市级重点项目",
			note: sectionNote,
		},
		{
			id: "shizhong-city-key-projects.investment.level.2019", subject: ShizhongCityKeyProjects, indicator: Investment,
			measure: Level, period: past,
			figure: "123.5亿元", quote: "累计完成投资123.5亿元",
			note: "Investment completed in the 12 city-level key projects. 累计 (cumulative): possibly since the projects began, " +
				"not only in 2019. " + sectionNote,
		},
		{
			id: "shizhong.new-office-floor-area.level.2019", subject: Shizhong, indicator: NewOfficeFloorArea, measure: Level,
			period: past,
			figure: "20.56万平方米", quote: "新增高端楼宇载体20.56万平方米",
			note: sectionNote,
		},
		{
			id: "shizhong-projects-10m-plus.projects.level.2019", subject: ShizhongProjects10M, indicator: Projects,
			measure: Level, period: y2019,
			figure: "1134个", quote: "项目1134个",
			note: "Projects of 10 million yuan or more brought in (千万元以上 is the class's threshold, split by a line " +
				"break in the seed: 千万\\n\\n元以上). 累计: cumulated over 2019.",
		},
		{
			id: "shizhong-projects-10m-plus.subscribed-capital.level.2019", subject: ShizhongProjects10M,
			indicator: SubscribedCapital, measure: Level, period: y2019,
			figure: "933亿元", quote: "认缴资金933亿元",
		},
		{
			id: "shizhong-projects-10m-plus.subscribed-capital.growth.2019", subject: ShizhongProjects10M,
			indicator: SubscribedCapital, measure: Growth, period: y2019,
			figure: "增长28%", quote: "认缴资金933亿元，增长28%",
			note: "Read as growth of the subscribed capital; the growth could also be of the number of projects.",
		},
		{
			id: "shizhong-projects-100m-plus.projects.level.2019", subject: ShizhongProjects100M, indicator: Projects,
			measure: Level, period: y2019,
			figure: "174个", quote: "其中亿元以上项目174个",
			note: "Part of the 1134 projects of 10 million yuan or more (其中); 亿元以上 is the class's threshold.",
		},
		{
			id: "shizhong-projects-100m-plus.subscribed-capital.level.2019", subject: ShizhongProjects100M,
			indicator: SubscribedCapital, measure: Level, period: y2019,
			figure: "748亿元", quote: "认缴资金748亿元",
			note: "Part of the 933亿元 subscribed to projects of 10 million yuan or more.",
		},
		{
			id: "shizhong-projects-100m-plus.subscribed-capital.growth.2019", subject: ShizhongProjects100M,
			indicator: SubscribedCapital, measure: Growth, period: y2019,
			figure: "增长38%", quote: "认缴资金748亿元，增长38%",
			note: "Read as growth of the subscribed capital; the growth could also be of the number of projects.",
		},
		{
			id: "jinan-icbc-new-drivers-fund.fund-size.level.2019", subject: ICBCNewDriversFund, indicator: FundSize,
			measure: Level, period: y2019,
			figure: "100亿元", quote: "规模100亿元的济南工银新动能基金",
			note: "The fund's size when it was registered, in 2019.",
		},
		{
			id: "shandong-investment-guarantee-group.registered-capital.level.2019", subject: ShandongGuaranteeGroup,
			indicator: RegisteredCapital, measure: Level, period: y2019,
			figure: "45.7亿元", quote: "资本金45.7亿元的山东省投融资担保集团",
			note: "The group's capital when it was registered, in 2019.",
		},
		{
			id: "shizhong.academicians-recruited.level.2019", subject: Shizhong, indicator: AcademiciansRecruited,
			measure: Level, period: past,
			figure: "6名", quote: "引进国内外知名院士6名",
			note: "Renowned academicians from China and abroad. " + sectionNote,
		},
		{
			id: "shizhong.national-leading-talents-recruited.level.2019", subject: Shizhong, indicator: NationalLeadingTalents,
			measure: Level, period: past,
			figure: "2名", quote: "国家领军人才2名",
			note: sectionNote,
		},
		{
			id: "shizhong.provincial-leading-talents-recruited.level.2019", subject: Shizhong,
			indicator: ProvincialLeadingTalents, measure: Level, period: past,
			figure: "8名", quote: "省级领军人才8名",
			note: sectionNote,
		},
		{
			id: "shizhong.quancheng-5150-talents.level.2019", subject: Shizhong, indicator: Quancheng5150Talents,
			measure: Level, period: y2019,
			figure: "20人", quote: "申报入选2019年泉城“5150”引才倍增计划20人",
			note: "“5150” is the programme's name, not a figure.",
		},
		{
			id: "shizhong.quancheng-industry-leaders.level.2019", subject: Shizhong, indicator: QuanchengIndustryLeaders,
			measure: Level, period: y2019,
			figure: "3人", quote: "泉城产业领军人才支持计划3人",
			note: "The 2019年 printed before the “5150” programme is read as dating this programme too.",
		},
		{
			id: "shizhong.innovation-platforms-introduced.level.2019", subject: Shizhong, indicator: InnovationPlatforms,
			measure: Level, period: past,
			figure: "11家", quote: "生命科学研究院等11家创新平台",
			note: "Among them the Nobel Laureate Life Sciences Research Institute. " + sectionNote,
		},
		{
			id: "shizhong.talent-contest-projects-landed.level.2019", subject: Shizhong, indicator: TalentContestProjects,
			measure: Level, period: past,
			figure: "20个", quote: "决赛项目20个",
			note: "Final-round projects of the 2nd “中国·济南新动能国际高层次人才创新创业大赛” that settled in Shizhong. " +
				sectionNote,
		},
		{
			id: "shizhong.talent-contest-projects-landed.rank-jinan-districts.2019", subject: Shizhong,
			indicator: TalentContestProjects, measure: Rank, period: past, benchmark: JinanDistricts,
			figure: "第一", quote: "成绩位列全市第一",
			note: "First among Jinan's districts and counties for the contest's results (成绩), which the page gives as the 20 " +
				"projects settled. " + sectionNote,
		},
		{
			id: "shizhong.investment-promotion-trips.level.2019", subject: Shizhong, indicator: PromotionTrips,
			measure: Level, period: past,
			figure: "7次", quote: "赴上海、深圳及日韩开展招商推介7次",
			note: "Investment promotion events in Shanghai, Shenzhen, Japan and Korea together. " + sectionNote,
		},
		// 7项重点统筹规划: the plan for 2020.
		{
			id: "shizhong.plan-aspects.level.2020", subject: Shizhong, indicator: PlanAspects, measure: Level,
			period: YearOf(2020, "2020年"), status: Planned,
			figure: "7个", quote: "对7个方面进行全面聚焦",
			also: []cite{{file: "003_af740044c03de167.txt", quote: "7项重点统筹规划"}},
			note: "The seven areas of the 2020 “聚焦提升年” plan, listed after: 产业提质, “双招”提高, 项目提势, 乡村振兴, 治理提效, " +
				"环境提标, 民生提档. The section heading prints the same count as 7项重点.",
		},
	}}
}
