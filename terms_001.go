package jinan

// The subjects first printed in seed 001 (Dazhong Daily, late December 2020).
var (
	// ChineseCities are the cities of China, the peers of a national city
	// ranking: Jinan's 综合实力跻身全国20强 in 2019.
	ChineseCities = Subject{id: "chinese-cities", kind: Group, zh: "全国城市", en: "China's cities", within: "china"}

	// NationalHighTechZones are China's national high-tech industrial
	// development zones (国家级高新区), among which Jinan High-tech Zone's
	// 综合排名跻身国家级高新区第11位.
	NationalHighTechZones = Subject{id: "national-hitech-zones", kind: Group, zh: "国家级高新区", en: "China's national high-tech industrial development zones", within: "china"}

	// JinanDevelopmentZones are Jinan's 13 development zones at provincial
	// level or above taken together (13家省级以上开发区), whose internal bodies
	// were cut 从109个压缩到64个 by the 2020 reform.
	JinanDevelopmentZones = Subject{id: "jinan-development-zones", kind: Zone, zh: "济南市省级以上开发区", en: "Jinan's development zones at provincial level or above", within: "jinan"}

	// JinanEurasiaTrains are the Eurasian block trains (欧亚班列) run from
	// Jinan, which 覆盖16个国家40余个城市.
	JinanEurasiaTrains = Subject{id: "jinan-eurasia-trains", kind: Project, zh: "济南欧亚班列", en: "Eurasian block trains from Jinan", within: "jinan"}

	// QiluTrains are Shandong's “Qilu” China–Europe block trains (“齐鲁号”中欧班列),
	// printed as reaching 15国 at the end of 2020.
	QiluTrains = Subject{id: "qilu-china-europe-trains", kind: Project, zh: "“齐鲁号”中欧班列", en: "“Qilu” China–Europe block trains", within: "shandong"}

	// JinanDRC is the Jinan Development and Reform Commission (济南市发展改革委),
	// which with 8部门 cut the steps to issue a bid award notice from 7 to 3
	// in 2018.
	JinanDRC = Subject{id: "jinan-drc", kind: Organisation, zh: "济南市发展改革委", en: "Jinan Development and Reform Commission", within: "jinan"}

	// JinanApprovalBureau is the Jinan Administrative Approval Service Bureau
	// (济南市行政审批服务局), set up at the end of 2018, which took over
	// 27个部门的262项行政许可.
	JinanApprovalBureau = Subject{id: "jinan-approval-bureau", kind: Organisation, zh: "济南市行政审批服务局", en: "Jinan Administrative Approval Service Bureau", within: "jinan"}

	// FinancialCounselors are Jinan's enterprise financial counselors
	// (企业金融辅导员) and their teams, who by the end of October 2020 had
	// matched 1218家 enterprises seeking finance.
	FinancialCounselors = Subject{id: "jinan-financial-counselors", kind: Organisation, zh: "济南企业金融辅导员", en: "Jinan's enterprise financial counselors", within: "jinan"}

	// XinYiDaiJinan is the national “Xinyidai” credit-based SME financing
	// platform (全国“信易贷”平台) as used in Jinan: 42家 financial
	// institutions on it by the end of October 2020.
	XinYiDaiJinan = Subject{id: "xinyidai-jinan", kind: Project, zh: "全国“信易贷”平台（济南）", en: "national “Xinyidai” SME credit financing platform in Jinan", within: "jinan"}

	// ConventionalFinancialProducts are conventional loan products
	// (传统金融产品), the benchmark of the interest rate on the “Xinyidai”
	// platform, which is 约2个百分点 lower.
	ConventionalFinancialProducts = Subject{id: "conventional-financial-products", kind: Group, zh: "传统金融产品", en: "conventional financial products", within: "jinan"}

	// ShandongIndustrialTechInstitute is the Shandong Industrial Technology
	// Research Institute (山东产业技术研究院), founded in Jinan in July 2019,
	// which has 孵化99家高新技术企业.
	ShandongIndustrialTechInstitute = Subject{id: "shandong-industrial-tech-institute", kind: Organisation, zh: "山东产业技术研究院", en: "Shandong Industrial Technology Research Institute", within: "jinan"}

	// GlobalServerVendors are the server makers of the world, among which
	// Inspur's market share 稳居全球前三.
	GlobalServerVendors = Subject{id: "global-server-vendors", kind: Group, zh: "全球服务器厂商", en: "the world's server vendors"}

	// JinanSteel is Jinan Iron and Steel Group (济钢), whose 10万吨 of steel
	// capacity, as the seed prints it, was all retired after 60年.
	JinanSteel = Subject{id: "jinan-steel", kind: Company, zh: "济钢集团", en: "Jinan Iron and Steel Group", within: "jinan"}

	// SteelAreaForestPark is the forest park planned in the former steel and
	// aluminium works area (钢铝片区), 占地达45万平方米.
	SteelAreaForestPark = Subject{id: "steel-area-forest-park", kind: Project, zh: "钢铝片区森林公园", en: "forest park of the steel and aluminium area", within: "jinan"}

	// BigDataITIndustry is Jinan's big data and new-generation information
	// technology industry (大数据与新一代信息技术产业), with main business
	// revenue of 3600亿元.
	BigDataITIndustry = Subject{id: "jinan-big-data-it", kind: Industry, zh: "大数据与新一代信息技术产业", en: "big data and new-generation information technology", within: "jinan"}

	// SmartEquipmentIndustry is Jinan's intelligent manufacturing and
	// high-end equipment industry (智能制造与高端装备产业), with main business
	// revenue of 3400亿元.
	SmartEquipmentIndustry = Subject{id: "jinan-smart-equipment", kind: Industry, zh: "智能制造与高端装备产业", en: "intelligent manufacturing and high-end equipment", within: "jinan"}

	// EquipmentManufacturing is Jinan's equipment manufacturing above
	// designated size (装备制造业规模以上企业): operating revenue 2420.6亿元 in
	// January–September 2020.
	EquipmentManufacturing = Subject{id: "jinan-equipment-manufacturing", kind: Industry, zh: "装备制造业规模以上企业", en: "equipment manufacturing above designated size", within: "jinan"}

	// BiomedicalHealthIndustry is Jinan's biomedicine and health industry
	// (生物医药健康产业): operating revenue 1025亿元 in the first nine months
	// of 2020.
	BiomedicalHealthIndustry = Subject{id: "jinan-biomedical-health", kind: Industry, zh: "生物医药健康产业", en: "biomedicine and health", within: "jinan"}

	// TenIndustrialChains are Jinan's ten industrial chains (十大产业链) whose
	// main business revenue is to grow 年均增长20%以上 to 2025.
	TenIndustrialChains = Subject{id: "jinan-ten-industrial-chains", kind: Industry, zh: "济南十大产业链", en: "Jinan's ten industrial chains", within: "jinan"}

	// GreenlandGlobalTradeProject is the Greenland (Jinan) global commodity
	// trade project (绿地(济南)全球商品贸易项目), among the first signed in the
	// FTZ Jinan Area, planning to bring in 22000余种 foreign goods.
	GreenlandGlobalTradeProject = Subject{id: "greenland-jinan-global-trade", kind: Project, zh: "绿地(济南)全球商品贸易项目", en: "Greenland (Jinan) global commodity trade project", within: "ftz-jinan-area"}
)

// The indicators first printed in seed 001.
var (
	// NationalStrategies counts the major national strategies that converge
	// on a place: 4个重大国家战略交汇叠加 in Jinan in 2020.
	NationalStrategies = Indicator{id: "national-strategies", zh: "重大国家战略", en: "major national strategies converging", unit: Unit{kind: kindCount, counter: "个"}}

	// YearsAmongLeaders is how many years in a row a city's main economic
	// indicators stood among the province's leaders: 连续3年 for Jinan.
	YearsAmongLeaders = Indicator{id: "years-among-provincial-leaders", zh: "主要经济指标稳居全省前列的连续年数", en: "consecutive years with the main economic indicators among the province's leaders", unit: Years}

	// OverallStrength is the overall strength of a city or zone as ranked
	// among its peers (综合实力, 综合排名): Jinan 跻身全国20强 in 2019, Jinan
	// High-tech Zone 第11位 among national high-tech zones.
	OverallStrength = Indicator{id: "overall-strength", zh: "综合实力", en: "overall strength (composite ranking)", unit: Unit{kind: kindRank}}

	// DistrictsGDPOver100Bn counts a city's districts and counties whose GDP
	// is over 100 billion yuan: 过千亿元区县达到9个 in Jinan in 2019.
	DistrictsGDPOver100Bn = Indicator{id: "districts-gdp-over-100bn", zh: "地区生产总值过千亿元区县", en: "districts and counties with GDP over 100 billion yuan", unit: Unit{kind: kindCount, counter: "个"}}

	// DistrictsRevenueOver10Bn counts a city's districts and counties whose
	// general public budget revenue is over 10 billion yuan: 过百亿元区县达到4个.
	DistrictsRevenueOver10Bn = Indicator{id: "districts-budget-revenue-over-10bn", zh: "一般公共预算收入过百亿元区县", en: "districts and counties with general public budget revenue over 10 billion yuan", unit: Unit{kind: kindCount, counter: "个"}}

	// ReformedZones counts the development zones at provincial level or
	// above that completed the reform of their institutions: 13家 in Jinan.
	ReformedZones = Indicator{id: "reformed-development-zones", zh: "完成体制机制改革的省级以上开发区", en: "development zones at provincial level or above that completed institutional reform", unit: Unit{kind: kindCount, counter: "家"}}

	// InternalBodies counts the internal bodies (内设机构) of an
	// administration: Jinan's development zones went 从109个压缩到64个.
	InternalBodies = Indicator{id: "internal-bodies", zh: "内设机构", en: "internal bodies", unit: Unit{kind: kindCount, counter: "个"}}

	// CASInstitutes counts the institutes of the Chinese Academy of Sciences
	// (“中科院”院所) brought to a city: 14家 in Jinan.
	CASInstitutes = Indicator{id: "cas-institutes", zh: "“中科院”院所", en: "institutes of the Chinese Academy of Sciences brought in", unit: Unit{kind: kindCount, counter: "家"}}

	// Global500Firms counts the Fortune Global 500 companies present in a
	// place (世界500强企业): 12家 in Jinan International Financial Center.
	Global500Firms = Indicator{id: "global-500-firms", zh: "世界500强企业", en: "Fortune Global 500 companies present", unit: Unit{kind: kindCount, counter: "家"}}

	// China500Firms counts the China Top 500 companies present in a place
	// (中国500强企业): 21家 in Jinan International Financial Center.
	China500Firms = Indicator{id: "china-500-firms", zh: "中国500强企业", en: "China Top 500 companies present", unit: Unit{kind: kindCount, counter: "家"}}

	// FinancialInstitutions counts financial enterprises and institutions
	// (金融企业、金融机构) present in a place or on a platform: 330余家 in
	// Jinan International Financial Center, 42家 on the “Xinyidai” platform.
	FinancialInstitutions = Indicator{id: "financial-institutions", zh: "金融机构", en: "financial institutions", unit: Unit{kind: kindCount, counter: "家"}}

	// CountriesReached counts the countries a train service reaches:
	// Jinan's Eurasian trains 覆盖16个国家.
	CountriesReached = Indicator{id: "countries-reached", zh: "通达国家", en: "countries reached", unit: Unit{kind: kindCount, counter: "个"}}

	// CitiesReached counts the cities a train service reaches: Jinan's
	// Eurasian trains cover 40余个城市.
	CitiesReached = Indicator{id: "cities-reached", zh: "通达城市", en: "cities reached", unit: Unit{kind: kindCount, counter: "个"}}

	// TrainsRun is the number of block trains run (开行数量): Jinan's
	// Eurasian trains are 占全省近四成 of Shandong's.
	TrainsRun = Indicator{id: "trains-run", zh: "开行数量", en: "block trains run", unit: Unit{kind: kindCount, counter: "列"}}

	// NewAirCargoRoutes counts newly opened international air cargo routes
	// (新开…航线): 10条 from Jinan.
	NewAirCargoRoutes = Indicator{id: "new-air-cargo-routes", zh: "新开国际货运航线", en: "international air cargo routes opened", unit: Unit{kind: kindCount, counter: "条"}}

	// InstitutionalInnovations counts the institutional innovation measures
	// (制度创新措施) launched: 320项 in the FTZ Jinan Area.
	InstitutionalInnovations = Indicator{id: "institutional-innovations", zh: "制度创新措施", en: "institutional innovation measures launched", unit: Unit{kind: kindCount, counter: "项"}}

	// ReplicableCases counts the new replicable cases (可复制推广新案例)
	// reported to the state and the province: 30项 from the FTZ Jinan Area.
	ReplicableCases = Indicator{id: "replicable-cases", zh: "可复制推广新案例", en: "new replicable cases reported", unit: Unit{kind: kindCount, counter: "项"}}

	// PartnerDepartments counts the departments that joined a reform led by
	// another body: the Jinan DRC 联合市财政、建设等8部门.
	PartnerDepartments = Indicator{id: "partner-departments", zh: "联合部门", en: "departments joining", unit: Unit{kind: kindCount, counter: "个"}}

	// AwardNoticeSteps counts the steps to issue a bid award notice
	// (中标通知书发放流程办理环节): 从7个减至3个 in Jinan in 2018.
	AwardNoticeSteps = Indicator{id: "award-notice-steps", zh: "中标通知书发放流程办理环节", en: "steps to issue a bid award notice", unit: Unit{kind: kindCount, counter: "个"}}

	// TenderTradingTime is the time a public tender takes to trade
	// (交易时间): 压缩5日 in Jinan.
	TenderTradingTime = Indicator{id: "tender-trading-time", zh: "招投标交易时间", en: "time taken by a tender transaction", unit: Days}

	// BiddingTime is the time allowed to submit bids (投标时间): 放宽…15日 in
	// Jinan.
	BiddingTime = Indicator{id: "bidding-time", zh: "投标时间", en: "time allowed for bidding", unit: Days}

	// TransferredDepartments counts the departments whose permits moved to
	// an approval bureau: 27个部门 in Jinan.
	TransferredDepartments = Indicator{id: "transferred-departments", zh: "划转行政许可的部门", en: "departments whose permits were transferred", unit: Unit{kind: kindCount, counter: "个"}}

	// TransferredPermits counts the administrative permits and related
	// matters moved to an approval bureau (划转集中实施的行政许可及关联事项):
	// 262项 in Jinan.
	TransferredPermits = Indicator{id: "transferred-permits", zh: "划转集中实施的行政许可及关联事项", en: "administrative permits and related matters transferred", unit: Unit{kind: kindCount, counter: "项"}}

	// BusinessEnvironment is the provincial appraisal of the business
	// environment (营商环境评价): Jinan 全省第一 in 2019.
	BusinessEnvironment = Indicator{id: "business-environment-appraisal", zh: "营商环境评价", en: "business environment appraisal", unit: Unit{kind: kindRank}}

	// PromisedTimeLimit is the time limit promised for an approval
	// (承诺…时限): 5个工作日 for registering a non-enterprise legal person.
	PromisedTimeLimit = Indicator{id: "promised-time-limit", zh: "承诺办理时限", en: "promised processing time", unit: Unit{kind: kindCount, counter: "个工作日"}}

	// SoleApprovers counts the approvers under the sole-approver system
	// (独任审批师): 首批47名 at city level in 2020.
	SoleApprovers = Indicator{id: "sole-approvers", zh: "独任审批师", en: "sole approvers", unit: Unit{kind: kindCount, counter: "名"}}

	// CasesHandled counts the approval cases handled (办件量): 累计20万件.
	CasesHandled = Indicator{id: "cases-handled", zh: "办件量", en: "approval cases handled", unit: Unit{kind: kindCount, counter: "件"}}

	// FinancingSeekers counts the enterprises seeking finance that were
	// matched (对接有融资需求企业): 1218家 by the end of October 2020.
	FinancingSeekers = Indicator{id: "financing-seekers-matched", zh: "对接有融资需求企业", en: "enterprises seeking finance matched", unit: Unit{kind: kindCount, counter: "家"}}

	// FinancingDemand is the amount of finance enterprises seek (融资需求额,
	// 涉及金额): 282.4亿元 for the enterprises matched by financial counselors.
	FinancingDemand = Indicator{id: "financing-demand", zh: "融资需求额", en: "finance sought by enterprises", pricing: Nominal, unit: CNY}

	// LoanSubsidyRate is the fiscal subsidy paid to lenders as a percentage
	// of new loans (财政补贴): 1.5%—5% on the “Xinyidai” platform in Jinan.
	LoanSubsidyRate = Indicator{id: "loan-subsidy-rate", zh: "财政补贴比例", en: "fiscal subsidy as a percentage of new loans", unit: Percent}

	// FinancialProducts counts the financial products published (发布金融产品):
	// 189个 on the “Xinyidai” platform in Jinan.
	FinancialProducts = Indicator{id: "financial-products", zh: "金融产品", en: "financial products published", unit: Unit{kind: kindCount, counter: "个"}}

	// LoansGranted is the total of loans granted (放款总额): 3.68亿元 through
	// the “Xinyidai” platform in Jinan.
	LoansGranted = Indicator{id: "loans-granted", zh: "放款总额", en: "loans granted", pricing: Nominal, unit: CNY}

	// LoanInterestRate is the interest rate paid on finance (融资的利率): on
	// the “Xinyidai” platform 约2个百分点 below conventional products.
	LoanInterestRate = Indicator{id: "loan-interest-rate", zh: "融资利率", en: "interest rate on finance", unit: Percent}

	// ResearchProjects counts original research projects developed (研发…
	// 原创项目): 91个 by the Shandong Industrial Technology Research Institute.
	ResearchProjects = Indicator{id: "research-projects", zh: "研发的高水平原创项目", en: "original research projects developed", unit: Unit{kind: kindCount, counter: "个"}}

	// ResearchInstitutes counts research institutions set up (创立…科研机构):
	// 64家 by the Shandong Industrial Technology Research Institute.
	ResearchInstitutes = Indicator{id: "research-institutes", zh: "创立的科研机构", en: "research institutions set up", unit: Unit{kind: kindCount, counter: "家"}}

	// InventionPatents counts invention patents put to use (实施…发明专利):
	// 300多项 by the Shandong Industrial Technology Research Institute.
	InventionPatents = Indicator{id: "invention-patents", zh: "实施的发明专利", en: "invention patents put to use", unit: Unit{kind: kindCount, counter: "项"}}

	// TechTransfers counts frontier technology results transferred (转化…
	// 前沿技术成果): 200多项.
	TechTransfers = Indicator{id: "tech-transfers", zh: "转化的前沿技术成果", en: "frontier technology results transferred", unit: Unit{kind: kindCount, counter: "项"}}

	// IncubatedHighTechFirms counts high-tech enterprises incubated
	// (孵化…高新技术企业): 99家.
	IncubatedHighTechFirms = Indicator{id: "incubated-hightech-firms", zh: "孵化的高新技术企业", en: "high-tech enterprises incubated", unit: Unit{kind: kindCount, counter: "家"}}

	// InducedInvestment is the social investment a body has drawn in
	// (带动社会投资): 超过200亿元.
	InducedInvestment = Indicator{id: "induced-investment", zh: "带动社会投资", en: "social investment drawn in", pricing: Nominal, unit: CNY}

	// ServerMarketShare is a vendor's share of the server market
	// (服务器市场占有率), ranked among vendors: Inspur 稳居全球前三.
	ServerMarketShare = Indicator{id: "server-market-share", zh: "服务器市场占有率", en: "server market share", unit: Unit{kind: kindRank}}

	// SteelCapacityRetired is the steelmaking capacity shut down (退出的钢产能):
	// 10万吨 at Jinan Steel as printed.
	SteelCapacityRetired = Indicator{id: "steel-capacity-retired", zh: "退出的钢产能", en: "steelmaking capacity retired", unit: Tonne}

	// YearsInOperation is how long a plant ran (建了…年): 60年 for Jinan Steel.
	YearsInOperation = Indicator{id: "years-in-operation", zh: "建成年数", en: "years in operation", unit: Years}

	// CloudEnterprises counts enterprises that moved to the cloud (企业上云):
	// 3万家 in Jinan.
	CloudEnterprises = Indicator{id: "cloud-enterprises", zh: "上云企业", en: "enterprises on the cloud", unit: Unit{kind: kindCount, counter: "家"}}

	// UnicornFirms counts unicorn enterprises (独角兽企业): 3家 in Jinan.
	UnicornFirms = Indicator{id: "unicorn-firms", zh: "独角兽企业", en: "unicorn enterprises", unit: Unit{kind: kindCount, counter: "家"}}

	// ProvincialGazelleFirms counts gazelle enterprises recognised at
	// provincial level or above (省级以上瞪羚企业): 80家 in Jinan.
	ProvincialGazelleFirms = Indicator{id: "provincial-gazelle-firms", zh: "省级以上瞪羚企业", en: "gazelle enterprises recognised at provincial level or above", unit: Unit{kind: kindCount, counter: "家"}}

	// ClusterLeaders counts the leading enterprises of Shandong's “ten
	// strong” industrial clusters (省“十强”产业集群领军企业): 12家 in Jinan.
	ClusterLeaders = Indicator{id: "cluster-leaders", zh: "省“十强”产业集群领军企业", en: "leading enterprises of Shandong's “ten strong” industrial clusters", unit: Unit{kind: kindCount, counter: "家"}}

	// ChampionApplicants counts the enterprises applying to be national
	// manufacturing single-item champions (申报国家制造业单项冠军): 14家.
	ChampionApplicants = Indicator{id: "single-item-champion-applicants", zh: "申报国家制造业单项冠军企业", en: "enterprises applying to be national manufacturing single-item champions", unit: Unit{kind: kindCount, counter: "家"}}

	// KeyIndustrialChains counts the key industrial chains under the
	// “chain chief” system (重点产业链): 12条 in Jinan.
	KeyIndustrialChains = Indicator{id: "key-industrial-chains", zh: "重点产业链", en: "key industrial chains", unit: Unit{kind: kindCount, counter: "条"}}

	// MasterPlans counts master plans (总体方案) in a planning framework:
	// “1个总体方案” for the Starting Area.
	MasterPlans = Indicator{id: "master-plans", zh: "总体方案", en: "master plans", unit: Unit{kind: kindCount, counter: "个"}}

	// ComprehensivePlans counts comprehensive plans (综合性规划): “4个” for
	// the Starting Area.
	ComprehensivePlans = Indicator{id: "comprehensive-plans", zh: "综合性规划", en: "comprehensive plans", unit: Unit{kind: kindCount, counter: "个"}}

	// SpecialPlans counts special-purpose plans (专项规划): “16个” for the
	// Starting Area.
	SpecialPlans = Indicator{id: "special-plans", zh: "专项规划", en: "special-purpose plans", unit: Unit{kind: kindCount, counter: "个"}}

	// StartBatches counts the batches in which projects were started
	// (分…批开工): 4批 in the Jinan International Medical Science Center.
	StartBatches = Indicator{id: "start-batches", zh: "开工批次", en: "batches of project starts", unit: Unit{kind: kindCount, counter: "批"}}

	// StartedProjects counts construction projects started (开工…建设项目):
	// 28个 in the Jinan International Medical Science Center.
	StartedProjects = Indicator{id: "started-projects", zh: "开工建设项目", en: "construction projects started", unit: Unit{kind: kindCount, counter: "个"}}

	// TalentTeams counts high-end talent teams brought in (引进高端人才团队):
	// 26个 in the Jinan International Medical Science Center.
	TalentTeams = Indicator{id: "talent-teams", zh: "引进高端人才团队", en: "high-end talent teams brought in", unit: Unit{kind: kindCount, counter: "个"}}

	// RegisteredGroups counts enterprise groups registered (注册企业集团):
	// 56个 in the Jinan International Medical Science Center.
	RegisteredGroups = Indicator{id: "registered-enterprise-groups", zh: "注册企业集团", en: "enterprise groups registered", unit: Unit{kind: kindCount, counter: "个"}}

	// InnovationMeasures counts the specific innovation measures (具体创新举措)
	// of a plan: 162项 in the FTZ Jinan Area's plan.
	InnovationMeasures = Indicator{id: "innovation-measures", zh: "具体创新举措", en: "specific innovation measures", unit: Unit{kind: kindCount, counter: "项"}}

	// SupportPolicies counts the new policies issued in support of a zone
	// (支持片区发展的新政策): 100多项 for the FTZ Jinan Area.
	SupportPolicies = Indicator{id: "support-policies", zh: "支持片区发展的新政策", en: "new supporting policies", unit: Unit{kind: kindCount, counter: "项"}}

	// PilotTasks are the pilot tasks (试点任务) of a free trade zone: in the
	// FTZ Jinan Area 80%以上 are under way and 40% done.
	PilotTasks = Indicator{id: "pilot-tasks", zh: "试点任务", en: "pilot tasks", unit: Unit{kind: kindCount, counter: "项"}}

	// ForeignGoods counts the kinds of foreign goods a trade project brings
	// in (引入…外商品): 22000余种 planned by the Greenland project.
	ForeignGoods = Indicator{id: "foreign-goods-kinds", zh: "引入的外国商品", en: "kinds of foreign goods brought in", unit: Unit{kind: kindCount, counter: "种"}}
)
