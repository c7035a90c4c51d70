package jinan

// Pricing says how an indicator's growth rate is computed. It matters for
// derivations: last year's level can be backed out of a nominal growth
// rate, never out of one at comparable prices.
type Pricing uint8

// The pricings. The zero Pricing is "not a price-based indicator" (counts,
// areas, ranks).
const (
	// Nominal growth is at current prices: budget revenue, trade,
	// investment, operating revenue, foreign capital.
	Nominal Pricing = 1 + iota
	// Comparable growth is at constant prices while the level is at current
	// prices: GDP and value added.
	Comparable
)

// String returns "nominal", "comparable" or "none".
func (p Pricing) String() string {
	switch p {
	case Nominal:
		return "nominal"
	case Comparable:
		return "comparable"
	}
	return "none"
}

// Indicator is what a fact measures: GDP, exports, budget revenue, a count
// of projects. It has a stable ID, Chinese and English names, the pricing
// of its growth rates, and its natural unit.
//
// Indicator is a small comparable value, usable as a map key.
type Indicator struct {
	id, zh, en string
	pricing    Pricing
	unit       Unit
}

// ID returns the stable identifier, such as "gdp".
func (i Indicator) ID() string { return i.id }

// Chinese returns the name as the seeds print it: "地区生产总值".
func (i Indicator) Chinese() string { return i.zh }

// English returns the English name: "gross domestic product".
func (i Indicator) English() string { return i.en }

// Pricing returns whether growth of i is nominal or at comparable prices.
func (i Indicator) Pricing() Pricing { return i.pricing }

// Unit returns the unit i's levels are printed in: CNY for GDP,
// CountOf("家") for enterprises.
func (i Indicator) Unit() Unit { return i.unit }

// IsValid reports whether i is an indicator, not the zero Indicator.
func (i Indicator) IsValid() bool { return i.id != "" }

// String returns the ID.
func (i Indicator) String() string { return i.id }

// The indicators of the seeds' headline economics.

// GDP is gross domestic product (地区生产总值): Jinan's was 2027.00亿元 in Q1 2020, down 4.4% at comparable prices.
var GDP = Indicator{id: "gdp", zh: "地区生产总值", en: "gross domestic product", pricing: Comparable, unit: CNY}

// ValueAdded is the value added of an industry: 信息传输、软件和信息技术服务业增加值138.77亿元 in Q1 2020.
var ValueAdded = Indicator{id: "value-added", zh: "增加值", en: "value added", pricing: Comparable, unit: CNY}

// IndustrialVA is the value added of industry above designated size: up 11.4% in Jinan in 前三季度 2020.
var IndustrialVA = Indicator{id: "industrial-value-added", zh: "规模以上工业增加值", en: "value added of industry above designated size", pricing: Comparable, unit: CNY}

// BudgetRevenue is general public budget revenue: Jinan's reached 1001.4亿元 in 2021.
var BudgetRevenue = Indicator{id: "budget-revenue", zh: "一般公共预算收入", en: "general public budget revenue", pricing: Nominal, unit: CNY}

// TaxRevenue is tax revenue: 市中区's financial industry paid 17.7亿元 in 2019.
var TaxRevenue = Indicator{id: "tax-revenue", zh: "税收", en: "tax revenue", pricing: Nominal, unit: CNY}

// Trade is the total of imports and exports: up 20.7% in Jinan in Q1 2020.
var Trade = Indicator{id: "trade", zh: "进出口总额", en: "imports and exports", pricing: Nominal, unit: CNY}

// Exports is exports: 齐鲁制药集团 exported 1.79亿美元 in Q1 2020.
var Exports = Indicator{id: "exports", zh: "出口", en: "exports", pricing: Nominal, unit: CNY}

// ForeignCapital is foreign capital actually used: 3.8亿美元 in Jinan in Q1 2020.
var ForeignCapital = Indicator{id: "foreign-capital", zh: "实际利用外资", en: "utilized foreign capital", pricing: Nominal, unit: USD}

// ContractedFDI is foreign capital contracted: 2.92亿美元 for 天桥区's 17 foreign projects.
var ContractedFDI = Indicator{id: "contracted-foreign-capital", zh: "合同外资", en: "contracted foreign capital", pricing: Nominal, unit: USD}

// FixedInvestment is fixed-asset investment: the High-tech Zone's grew 22.9% in 2019.
var FixedInvestment = Indicator{id: "fixed-investment", zh: "固定资产投资", en: "fixed-asset investment", pricing: Nominal, unit: CNY}

// Investment is investment completed: 521.6亿元 in Jinan's key projects by the end of March 2020.
var Investment = Indicator{id: "investment", zh: "投资", en: "investment completed", pricing: Nominal, unit: CNY}

// TotalInvestment is the total investment planned: 2000亿元 for the International Medical Science Center.
var TotalInvestment = Indicator{id: "total-investment", zh: "总投资", en: "total planned investment", pricing: Nominal, unit: CNY}

// OutsideFunds is funds from outside the city put in place: 426.8亿元 in Jinan in Q1 2020.
var OutsideFunds = Indicator{id: "outside-funds", zh: "市外投资到位资金", en: "funds from outside the city put in place", pricing: Nominal, unit: CNY}

// OperatingRevenue is operating revenue: 2420.6亿元 for Jinan's equipment manufacturing in 1至9月 2020.
var OperatingRevenue = Indicator{id: "operating-revenue", zh: "营业收入", en: "operating revenue", pricing: Nominal, unit: CNY}

// Deposits is the balance of deposits in domestic and foreign currency, 保持全省第一位 in Jinan.
var Deposits = Indicator{id: "deposits", zh: "本外币各项存款余额", en: "deposits in domestic and foreign currency", pricing: Nominal, unit: CNY}

// Loans is the balance of loans in domestic and foreign currency, 保持全省第一位 in Jinan.
var Loans = Indicator{id: "loans", zh: "本外币各项贷款余额", en: "loans in domestic and foreign currency", pricing: Nominal, unit: CNY}

// MarketEntities is the number of market entities (市场主体): 117万户 in Jinan in 2020.
var MarketEntities = Indicator{id: "market-entities", zh: "市场主体", en: "market entities", unit: Unit{kind: kindCount, counter: "户"}}

// Enterprises is a number of enterprises: 3000余家 big data firms in the High-tech Zone.
var Enterprises = Indicator{id: "enterprises", zh: "企业", en: "enterprises", unit: Unit{kind: kindCount, counter: "家"}}

// Projects is a number of projects: 270个 municipal key projects in 2020.
var Projects = Indicator{id: "projects", zh: "项目", en: "projects", unit: Unit{kind: kindCount, counter: "个"}}

// LandArea is an area of land: 26.3平方公里 for the International Financial Center.
var LandArea = Indicator{id: "land-area", zh: "面积", en: "area", unit: SquareMetre}

// The indicators first printed in seed 000 (Dazhong Daily, about 2020-04-28).

// USFormulations counts the finished drug formulations (制剂) a company
// exports to the United States: 累计实现14个制剂对美出口 (Qilu
// Pharmaceutical).
var USFormulations = Indicator{id: "us-formulations", zh: "对美出口制剂", en: "finished formulations exported to the United States", unit: Unit{kind: kindCount, counter: "个"}}

// FormulationExportsUS is the value of exports of finished drug
// formulations to the United States, at current prices: 一季度出口额为
// 1548万美元 (Qilu Pharmaceutical).
var FormulationExportsUS = Indicator{id: "formulation-exports-us", zh: "对美制剂出口额", en: "exports of finished formulations to the United States", pricing: Nominal, unit: USD}

// FormulationExportVolumeUS is the quantity of finished drug formulations
// exported to the United States, in vials or tablets (支（粒）):
// 出口数量达3862万支（粒）.
var FormulationExportVolumeUS = Indicator{id: "formulation-export-volume-us", zh: "对美制剂出口数量", en: "vials and tablets of finished formulations exported to the United States", unit: Unit{kind: kindCount, counter: "支（粒）"}}

// CefepimeUSMarketShare is a company's share of the US market for
// cefepime for injection (注射用头孢吡肟): 美国市场占有率超过50%.
var CefepimeUSMarketShare = Indicator{id: "cefepime-us-market-share", zh: "注射用头孢吡肟美国市场占有率", en: "share of the US market for cefepime for injection", unit: Percent}

// OnlineInvestmentEvents counts online investment promotion events
// (线上招商活动): 开展线上招商活动30余次.
var OnlineInvestmentEvents = Indicator{id: "online-investment-events", zh: "线上招商活动", en: "online investment promotion events", unit: Unit{kind: kindCount, counter: "次"}}

// NewTradingEnterprises counts enterprises that recorded imports or
// exports for the first time (新增进出口实绩企业): 230家 in the first
// quarter of 2020.
var NewTradingEnterprises = Indicator{id: "new-trading-enterprises", zh: "新增进出口实绩企业", en: "enterprises newly recording imports or exports", unit: Unit{kind: kindCount, counter: "家"}}

// PostalThroughput is the tonnage of international mail handled
// (国际邮运吞吐量): 5053.5吨 in the first quarter of 2020.
var PostalThroughput = Indicator{id: "postal-throughput", zh: "国际邮运吞吐量", en: "international postal throughput", unit: Tonne}

// EurasiaTrains counts Eurasian freight trains run (开行欧亚班列): 83列 in
// the first quarter of 2020.
var EurasiaTrains = Indicator{id: "eurasia-freight-trains", zh: "开行欧亚班列", en: "Eurasian freight trains run", unit: Unit{kind: kindCount, counter: "列"}}

// PledgedTasks counts the key tasks a government publicly pledges for a
// year (重点任务公开承诺事项): 20项2020年重点任务.
var PledgedTasks = Indicator{id: "pledged-key-tasks", zh: "重点任务公开承诺事项", en: "key tasks publicly pledged", unit: Unit{kind: kindCount, counter: "项"}}

// ProjectsStarted counts projects whose construction has started
// (已开工): 270个市级重点建设项目已经开工244个.
var ProjectsStarted = Indicator{id: "projects-started", zh: "已开工项目", en: "projects started", unit: Unit{kind: kindCount, counter: "个"}}

// SiteWorkers counts the workers who have reported for work on a
// construction site (到岗): 已累计到岗2800余人.
var SiteWorkers = Indicator{id: "site-workers", zh: "到岗人员", en: "workers reporting on site", unit: Unit{kind: kindCount, counter: "人"}}

// GrossFloorArea is the total floor area of the buildings of a project
// (总建筑面积): 在建总建筑面积约为58万平方米.
var GrossFloorArea = Indicator{id: "gross-floor-area", zh: "总建筑面积", en: "gross floor area", unit: SquareMetre}

// Buildings counts the separate buildings of a project (单体建筑):
// 包含21栋单体建筑.
var Buildings = Indicator{id: "buildings", zh: "单体建筑", en: "buildings", unit: Unit{kind: kindCount, counter: "栋"}}

// IndustrialSectors counts the industrial sectors (产业板块) a zone's plan
// divides it into: 将济南片区从西向东分为8大板块.
var IndustrialSectors = Indicator{id: "industrial-sectors", zh: "产业板块", en: "industrial sectors of a zone's plan", unit: Unit{kind: kindCount, counter: "大"}}

// StrategicPartners counts the bodies a public body has signed strategic
// cooperation agreements with (签订战略合作协议的单位): 已与22家单位签订.
var StrategicPartners = Indicator{id: "strategic-partners", zh: "签订战略合作协议单位", en: "bodies with strategic cooperation agreements", unit: Unit{kind: kindCount, counter: "家"}}

// RescueTeams counts emergency rescue teams (应急救援队伍): 组建40余支.
var RescueTeams = Indicator{id: "rescue-teams", zh: "应急救援队伍", en: "emergency rescue teams", unit: Unit{kind: kindCount, counter: "支"}}

// ServiceCards counts the service cards in a pack (服务卡片): 6张卡片.
var ServiceCards = Indicator{id: "service-cards", zh: "服务卡片", en: "service cards", unit: Unit{kind: kindCount, counter: "张"}}

// InformationCategories counts the categories of policy and service
// information a service offers (信息大类): 共6个大类.
var InformationCategories = Indicator{id: "information-categories", zh: "信息大类", en: "categories of information", unit: Unit{kind: kindCount, counter: "个"}}

// InformationItems counts items of policy and service information
// (条信息): 2224条信息.
var InformationItems = Indicator{id: "information-items", zh: "信息条目", en: "items of information", unit: Unit{kind: kindCount, counter: "条"}}

// TacklingTasks counts the key tasks to tackle (重点攻坚任务) of a
// “重点工作攻坚年”: 济南市确立了12项重点攻坚任务.
var TacklingTasks = Indicator{id: "key-tackling-tasks", zh: "重点攻坚任务", en: "key tasks to tackle", unit: Unit{kind: kindCount, counter: "项"}}

// SpecialisedMarkets counts specialised wholesale markets (专业市场):
// 58处专业市场“腾笼换鸟” in Tianqiao District.
var SpecialisedMarkets = Indicator{id: "specialised-markets", zh: "专业市场", en: "specialised wholesale markets", unit: Unit{kind: kindCount, counter: "处"}}

// The indicators first printed in seed 001 (Dazhong Daily, late December 2020).

// NationalStrategies counts the major national strategies that converge
// on a place: 4个重大国家战略交汇叠加 in Jinan in 2020.
var NationalStrategies = Indicator{id: "national-strategies", zh: "重大国家战略", en: "major national strategies converging", unit: Unit{kind: kindCount, counter: "个"}}

// YearsAmongLeaders is how many years in a row a city's main economic
// indicators stood among the province's leaders: 连续3年 for Jinan.
var YearsAmongLeaders = Indicator{id: "years-among-provincial-leaders", zh: "主要经济指标稳居全省前列的连续年数", en: "consecutive years with the main economic indicators among the province's leaders", unit: Years}

// OverallStrength is the overall strength of a city or zone as ranked
// among its peers (综合实力, 综合排名): Jinan 跻身全国20强 in 2019, Jinan
// High-tech Zone 第11位 among national high-tech zones.
var OverallStrength = Indicator{id: "overall-strength", zh: "综合实力", en: "overall strength (composite ranking)", unit: Unit{kind: kindRank}}

// DistrictsGDPOver100Bn counts a city's districts and counties whose GDP
// is over 100 billion yuan: 过千亿元区县达到9个 in Jinan in 2019.
var DistrictsGDPOver100Bn = Indicator{id: "districts-gdp-over-100bn", zh: "地区生产总值过千亿元区县", en: "districts and counties with GDP over 100 billion yuan", unit: Unit{kind: kindCount, counter: "个"}}

// DistrictsRevenueOver10Bn counts a city's districts and counties whose
// general public budget revenue is over 10 billion yuan: 过百亿元区县达到4个.
var DistrictsRevenueOver10Bn = Indicator{id: "districts-budget-revenue-over-10bn", zh: "一般公共预算收入过百亿元区县", en: "districts and counties with general public budget revenue over 10 billion yuan", unit: Unit{kind: kindCount, counter: "个"}}

// ReformedZones counts the development zones at provincial level or
// above that completed the reform of their institutions: 13家 in Jinan.
var ReformedZones = Indicator{id: "reformed-development-zones", zh: "完成体制机制改革的省级以上开发区", en: "development zones at provincial level or above that completed institutional reform", unit: Unit{kind: kindCount, counter: "家"}}

// InternalBodies counts the internal bodies (内设机构) of an
// administration: Jinan's development zones went 从109个压缩到64个.
var InternalBodies = Indicator{id: "internal-bodies", zh: "内设机构", en: "internal bodies", unit: Unit{kind: kindCount, counter: "个"}}

// CASInstitutes counts the institutes of the Chinese Academy of Sciences
// (“中科院”院所) brought to a city: 14家 in Jinan.
var CASInstitutes = Indicator{id: "cas-institutes", zh: "“中科院”院所", en: "institutes of the Chinese Academy of Sciences brought in", unit: Unit{kind: kindCount, counter: "家"}}

// Global500Firms counts the Fortune Global 500 companies present in a
// place (世界500强企业): 12家 in Jinan International Financial Center.
var Global500Firms = Indicator{id: "global-500-firms", zh: "世界500强企业", en: "Fortune Global 500 companies present", unit: Unit{kind: kindCount, counter: "家"}}

// China500Firms counts the China Top 500 companies present in a place
// (中国500强企业): 21家 in Jinan International Financial Center.
var China500Firms = Indicator{id: "china-500-firms", zh: "中国500强企业", en: "China Top 500 companies present", unit: Unit{kind: kindCount, counter: "家"}}

// FinancialInstitutions counts financial enterprises and institutions
// (金融企业、金融机构) present in a place or on a platform: 330余家 in
// Jinan International Financial Center, 42家 on the “Xinyidai” platform.
var FinancialInstitutions = Indicator{id: "financial-institutions", zh: "金融机构", en: "financial institutions", unit: Unit{kind: kindCount, counter: "家"}}

// CountriesReached counts the countries a train service reaches:
// Jinan's Eurasian trains 覆盖16个国家.
var CountriesReached = Indicator{id: "countries-reached", zh: "通达国家", en: "countries reached", unit: Unit{kind: kindCount, counter: "个"}}

// CitiesReached counts the cities a train service reaches: Jinan's
// Eurasian trains cover 40余个城市.
var CitiesReached = Indicator{id: "cities-reached", zh: "通达城市", en: "cities reached", unit: Unit{kind: kindCount, counter: "个"}}

// TrainsRun is the number of block trains run (开行数量): Jinan's
// Eurasian trains are 占全省近四成 of Shandong's.
var TrainsRun = Indicator{id: "trains-run", zh: "开行数量", en: "block trains run", unit: Unit{kind: kindCount, counter: "列"}}

// NewAirCargoRoutes counts newly opened international air cargo routes
// (新开…航线): 10条 from Jinan.
var NewAirCargoRoutes = Indicator{id: "new-air-cargo-routes", zh: "新开国际货运航线", en: "international air cargo routes opened", unit: Unit{kind: kindCount, counter: "条"}}

// InstitutionalInnovations counts the institutional innovation measures
// (制度创新措施) launched: 320项 in the FTZ Jinan Area.
var InstitutionalInnovations = Indicator{id: "institutional-innovations", zh: "制度创新措施", en: "institutional innovation measures launched", unit: Unit{kind: kindCount, counter: "项"}}

// ReplicableCases counts the new replicable cases (可复制推广新案例)
// reported to the state and the province: 30项 from the FTZ Jinan Area.
var ReplicableCases = Indicator{id: "replicable-cases", zh: "可复制推广新案例", en: "new replicable cases reported", unit: Unit{kind: kindCount, counter: "项"}}

// PartnerDepartments counts the departments that joined a reform led by
// another body: the Jinan DRC 联合市财政、建设等8部门.
var PartnerDepartments = Indicator{id: "partner-departments", zh: "联合部门", en: "departments joining", unit: Unit{kind: kindCount, counter: "个"}}

// AwardNoticeSteps counts the steps to issue a bid award notice
// (中标通知书发放流程办理环节): 从7个减至3个 in Jinan in 2018.
var AwardNoticeSteps = Indicator{id: "award-notice-steps", zh: "中标通知书发放流程办理环节", en: "steps to issue a bid award notice", unit: Unit{kind: kindCount, counter: "个"}}

// TenderTradingTime is the time a public tender takes to trade
// (交易时间): 压缩5日 in Jinan.
var TenderTradingTime = Indicator{id: "tender-trading-time", zh: "招投标交易时间", en: "time taken by a tender transaction", unit: Days}

// BiddingTime is the time allowed to submit bids (投标时间): 放宽…15日 in
// Jinan.
var BiddingTime = Indicator{id: "bidding-time", zh: "投标时间", en: "time allowed for bidding", unit: Days}

// TransferredDepartments counts the departments whose permits moved to
// an approval bureau: 27个部门 in Jinan.
var TransferredDepartments = Indicator{id: "transferred-departments", zh: "划转行政许可的部门", en: "departments whose permits were transferred", unit: Unit{kind: kindCount, counter: "个"}}

// TransferredPermits counts the administrative permits and related
// matters moved to an approval bureau (划转集中实施的行政许可及关联事项):
// 262项 in Jinan.
var TransferredPermits = Indicator{id: "transferred-permits", zh: "划转集中实施的行政许可及关联事项", en: "administrative permits and related matters transferred", unit: Unit{kind: kindCount, counter: "项"}}

// BusinessEnvironment is the provincial appraisal of the business
// environment (营商环境评价): Jinan 全省第一 in 2019.
var BusinessEnvironment = Indicator{id: "business-environment-appraisal", zh: "营商环境评价", en: "business environment appraisal", unit: Unit{kind: kindRank}}

// PromisedTimeLimit is the time limit promised for an approval
// (承诺…时限): 5个工作日 for registering a non-enterprise legal person.
var PromisedTimeLimit = Indicator{id: "promised-time-limit", zh: "承诺办理时限", en: "promised processing time", unit: Unit{kind: kindCount, counter: "个工作日"}}

// SoleApprovers counts the approvers under the sole-approver system
// (独任审批师): 首批47名 at city level in 2020.
var SoleApprovers = Indicator{id: "sole-approvers", zh: "独任审批师", en: "sole approvers", unit: Unit{kind: kindCount, counter: "名"}}

// CasesHandled counts the approval cases handled (办件量): 累计20万件.
var CasesHandled = Indicator{id: "cases-handled", zh: "办件量", en: "approval cases handled", unit: Unit{kind: kindCount, counter: "件"}}

// FinancingSeekers counts the enterprises seeking finance that were
// matched (对接有融资需求企业): 1218家 by the end of October 2020.
var FinancingSeekers = Indicator{id: "financing-seekers-matched", zh: "对接有融资需求企业", en: "enterprises seeking finance matched", unit: Unit{kind: kindCount, counter: "家"}}

// FinancingDemand is the amount of finance enterprises seek (融资需求额,
// 涉及金额): 282.4亿元 for the enterprises matched by financial counselors.
var FinancingDemand = Indicator{id: "financing-demand", zh: "融资需求额", en: "finance sought by enterprises", pricing: Nominal, unit: CNY}

// LoanSubsidyRate is the fiscal subsidy paid to lenders as a percentage
// of new loans (财政补贴): 1.5%—5% on the “Xinyidai” platform in Jinan.
var LoanSubsidyRate = Indicator{id: "loan-subsidy-rate", zh: "财政补贴比例", en: "fiscal subsidy as a percentage of new loans", unit: Percent}

// FinancialProducts counts the financial products published (发布金融产品):
// 189个 on the “Xinyidai” platform in Jinan.
var FinancialProducts = Indicator{id: "financial-products", zh: "金融产品", en: "financial products published", unit: Unit{kind: kindCount, counter: "个"}}

// LoansGranted is the total of loans granted (放款总额): 3.68亿元 through
// the “Xinyidai” platform in Jinan.
var LoansGranted = Indicator{id: "loans-granted", zh: "放款总额", en: "loans granted", pricing: Nominal, unit: CNY}

// LoanInterestRate is the interest rate paid on finance (融资的利率): on
// the “Xinyidai” platform 约2个百分点 below conventional products.
var LoanInterestRate = Indicator{id: "loan-interest-rate", zh: "融资利率", en: "interest rate on finance", unit: Percent}

// ResearchProjects counts original research projects developed (研发…
// 原创项目): 91个 by the Shandong Industrial Technology Research Institute.
var ResearchProjects = Indicator{id: "research-projects", zh: "研发的高水平原创项目", en: "original research projects developed", unit: Unit{kind: kindCount, counter: "个"}}

// ResearchInstitutes counts research institutions set up (创立…科研机构):
// 64家 by the Shandong Industrial Technology Research Institute.
var ResearchInstitutes = Indicator{id: "research-institutes", zh: "创立的科研机构", en: "research institutions set up", unit: Unit{kind: kindCount, counter: "家"}}

// InventionPatents counts invention patents put to use (实施…发明专利):
// 300多项 by the Shandong Industrial Technology Research Institute.
var InventionPatents = Indicator{id: "invention-patents", zh: "实施的发明专利", en: "invention patents put to use", unit: Unit{kind: kindCount, counter: "项"}}

// TechTransfers counts frontier technology results transferred (转化…
// 前沿技术成果): 200多项.
var TechTransfers = Indicator{id: "tech-transfers", zh: "转化的前沿技术成果", en: "frontier technology results transferred", unit: Unit{kind: kindCount, counter: "项"}}

// IncubatedHighTechFirms counts high-tech enterprises incubated
// (孵化…高新技术企业): 99家.
var IncubatedHighTechFirms = Indicator{id: "incubated-hightech-firms", zh: "孵化的高新技术企业", en: "high-tech enterprises incubated", unit: Unit{kind: kindCount, counter: "家"}}

// InducedInvestment is the social investment a body has drawn in
// (带动社会投资): 超过200亿元.
var InducedInvestment = Indicator{id: "induced-investment", zh: "带动社会投资", en: "social investment drawn in", pricing: Nominal, unit: CNY}

// ServerMarketShare is a vendor's share of the server market
// (服务器市场占有率), ranked among vendors: Inspur 稳居全球前三.
var ServerMarketShare = Indicator{id: "server-market-share", zh: "服务器市场占有率", en: "server market share", unit: Unit{kind: kindRank}}

// SteelCapacityRetired is the steelmaking capacity shut down (退出的钢产能):
// 10万吨 at Jinan Steel as printed.
var SteelCapacityRetired = Indicator{id: "steel-capacity-retired", zh: "退出的钢产能", en: "steelmaking capacity retired", unit: Tonne}

// YearsInOperation is how long a plant ran (建了…年): 60年 for Jinan Steel.
var YearsInOperation = Indicator{id: "years-in-operation", zh: "建成年数", en: "years in operation", unit: Years}

// CloudEnterprises counts enterprises that moved to the cloud (企业上云):
// 3万家 in Jinan.
var CloudEnterprises = Indicator{id: "cloud-enterprises", zh: "上云企业", en: "enterprises on the cloud", unit: Unit{kind: kindCount, counter: "家"}}

// UnicornFirms counts unicorn enterprises (独角兽企业): 3家 in Jinan.
var UnicornFirms = Indicator{id: "unicorn-firms", zh: "独角兽企业", en: "unicorn enterprises", unit: Unit{kind: kindCount, counter: "家"}}

// ProvincialGazelleFirms counts gazelle enterprises recognised at
// provincial level or above (省级以上瞪羚企业): 80家 in Jinan.
var ProvincialGazelleFirms = Indicator{id: "provincial-gazelle-firms", zh: "省级以上瞪羚企业", en: "gazelle enterprises recognised at provincial level or above", unit: Unit{kind: kindCount, counter: "家"}}

// ClusterLeaders counts the leading enterprises of Shandong's “ten
// strong” industrial clusters (省“十强”产业集群领军企业): 12家 in Jinan.
var ClusterLeaders = Indicator{id: "cluster-leaders", zh: "省“十强”产业集群领军企业", en: "leading enterprises of Shandong's “ten strong” industrial clusters", unit: Unit{kind: kindCount, counter: "家"}}

// ChampionApplicants counts the enterprises applying to be national
// manufacturing single-item champions (申报国家制造业单项冠军): 14家.
var ChampionApplicants = Indicator{id: "single-item-champion-applicants", zh: "申报国家制造业单项冠军企业", en: "enterprises applying to be national manufacturing single-item champions", unit: Unit{kind: kindCount, counter: "家"}}

// KeyIndustrialChains counts the key industrial chains under the
// “chain chief” system (重点产业链): 12条 in Jinan.
var KeyIndustrialChains = Indicator{id: "key-industrial-chains", zh: "重点产业链", en: "key industrial chains", unit: Unit{kind: kindCount, counter: "条"}}

// MasterPlans counts master plans (总体方案) in a planning framework:
// “1个总体方案” for the Starting Area.
var MasterPlans = Indicator{id: "master-plans", zh: "总体方案", en: "master plans", unit: Unit{kind: kindCount, counter: "个"}}

// ComprehensivePlans counts comprehensive plans (综合性规划): “4个” for
// the Starting Area.
var ComprehensivePlans = Indicator{id: "comprehensive-plans", zh: "综合性规划", en: "comprehensive plans", unit: Unit{kind: kindCount, counter: "个"}}

// SpecialPlans counts special-purpose plans (专项规划): “16个” for the
// Starting Area.
var SpecialPlans = Indicator{id: "special-plans", zh: "专项规划", en: "special-purpose plans", unit: Unit{kind: kindCount, counter: "个"}}

// StartBatches counts the batches in which projects were started
// (分…批开工): 4批 in the Jinan International Medical Science Center.
var StartBatches = Indicator{id: "start-batches", zh: "开工批次", en: "batches of project starts", unit: Unit{kind: kindCount, counter: "批"}}

// StartedProjects counts construction projects started (开工…建设项目):
// 28个 in the Jinan International Medical Science Center.
var StartedProjects = Indicator{id: "started-projects", zh: "开工建设项目", en: "construction projects started", unit: Unit{kind: kindCount, counter: "个"}}

// TalentTeams counts high-end talent teams brought in (引进高端人才团队):
// 26个 in the Jinan International Medical Science Center.
var TalentTeams = Indicator{id: "talent-teams", zh: "引进高端人才团队", en: "high-end talent teams brought in", unit: Unit{kind: kindCount, counter: "个"}}

// RegisteredGroups counts enterprise groups registered (注册企业集团):
// 56个 in the Jinan International Medical Science Center.
var RegisteredGroups = Indicator{id: "registered-enterprise-groups", zh: "注册企业集团", en: "enterprise groups registered", unit: Unit{kind: kindCount, counter: "个"}}

// InnovationMeasures counts the specific innovation measures (具体创新举措)
// of a plan: 162项 in the FTZ Jinan Area's plan.
var InnovationMeasures = Indicator{id: "innovation-measures", zh: "具体创新举措", en: "specific innovation measures", unit: Unit{kind: kindCount, counter: "项"}}

// SupportPolicies counts the new policies issued in support of a zone
// (支持片区发展的新政策): 100多项 for the FTZ Jinan Area.
var SupportPolicies = Indicator{id: "support-policies", zh: "支持片区发展的新政策", en: "new supporting policies", unit: Unit{kind: kindCount, counter: "项"}}

// PilotTasks are the pilot tasks (试点任务) of a free trade zone: in the
// FTZ Jinan Area 80%以上 are under way and 40% done.
var PilotTasks = Indicator{id: "pilot-tasks", zh: "试点任务", en: "pilot tasks", unit: Unit{kind: kindCount, counter: "项"}}

// ForeignGoods counts the kinds of foreign goods a trade project brings
// in (引入…外商品): 22000余种 planned by the Greenland project.
var ForeignGoods = Indicator{id: "foreign-goods-kinds", zh: "引入的外国商品", en: "kinds of foreign goods brought in", unit: Unit{kind: kindCount, counter: "种"}}

// The indicators first printed in seed 002 (the High-tech Zone feature, spring 2020).

// IndustryValueAdded is the value added of all industry (工业增加值, not
// only above designated size), at comparable prices for growth: 全年工业增加值418.4亿元.
var IndustryValueAdded = Indicator{id: "industry-value-added", zh: "工业增加值", en: "industrial value added", pricing: Comparable, unit: CNY}

// StarMarketApprovals counts enterprises that passed the listing review of
// the Shanghai STAR Market: 24小时内2家企业通过科创板上市审核.
var StarMarketApprovals = Indicator{id: "star-market-approvals", zh: "通过科创板上市审核企业", en: "enterprises passing the STAR Market listing review", unit: Unit{kind: kindCount, counter: "家"}}

// StarMarketProgress is the position of an enterprise in a place's queue of
// STAR Market listings: 包揽济南企业科创板上市进程的前四名.
var StarMarketProgress = Indicator{id: "star-market-listing-progress", zh: "科创板上市进程", en: "position in the STAR Market listing process", unit: Unit{kind: kindRank, counter: "名"}}

// OnlineSales is the value of sales made online, at current prices:
// 一季度度线上销售额完成274亿元.
var OnlineSales = Indicator{id: "online-sales", zh: "线上销售额", en: "online sales", pricing: Nominal, unit: CNY}

// TradeGrowthRun is the number of months in a row with year-on-year growth
// of imports and exports: 连续38个月保持正增长.
var TradeGrowthRun = Indicator{id: "trade-growth-run", zh: "进出口连续正增长月数", en: "months in a row of year-on-year growth of imports and exports", unit: Months}

// MainBusinessRevenue is revenue from main business, at current prices:
// 主营业务收入过千亿元.
var MainBusinessRevenue = Indicator{id: "main-business-revenue", zh: "主营业务收入", en: "main business revenue", pricing: Nominal, unit: CNY}

// InnovativeDrugs counts class 1 innovative drugs (new drugs not marketed
// anywhere before): 1类创新药占全省54.8%.
var InnovativeDrugs = Indicator{id: "class-1-innovative-drugs", zh: "1类创新药", en: "class 1 innovative drugs", unit: Unit{kind: kindCount, counter: "个"}}

// SalesRevenue is revenue from sales, at current prices: 浪潮、中国重汽2018年双双
// 实现销售收入过千亿元.
var SalesRevenue = Indicator{id: "sales-revenue", zh: "销售收入", en: "sales revenue", pricing: Nominal, unit: CNY}

// IndustryScale is the size of an industry or cluster as Chinese plans
// state it, in yuan of revenue at current prices: 人力资本产业达到千亿级规模.
var IndustryScale = Indicator{id: "industry-scale", zh: "产业规模", en: "size of an industry (revenue)", pricing: Nominal, unit: CNY}

// TargetHorizon is the time a plan allows to reach a goal: 力争通过3—5年,
// 建设成全球算力产业新高地.
var TargetHorizon = Indicator{id: "target-horizon", zh: "目标期限", en: "time allowed to reach a goal", unit: Years}

// KeyProjectReview is the appraisal of key-project construction by
// on-site observation and review: 济南市2019年重点项目建设观摩评议…第一名.
var KeyProjectReview = Indicator{id: "key-project-review", zh: "重点项目建设观摩评议", en: "appraisal of key-project construction", unit: Unit{kind: kindRank, counter: "名"}}

// The indicators first printed in seed 003 (the Shizhong District feature, early 2020).

// RegionalHeadquarters counts regional headquarters of firms: 银行、保险和证券期货
// 区域总部达70家.
var RegionalHeadquarters = Indicator{id: "regional-headquarters", zh: "区域总部", en: "regional headquarters", unit: Unit{kind: kindCount, counter: "家"}}

// NewAboveSizeEnterprises counts enterprises newly above designated size in
// a year: 新增规模以上服务业企业63家.
var NewAboveSizeEnterprises = Indicator{id: "new-above-size-enterprises", zh: "新增规模以上企业", en: "enterprises newly above designated size", unit: Unit{kind: kindCount, counter: "家"}}

// FinanceInstitutionsSettled counts new-finance and quasi-finance
// institutions that settled in a place: 30家新金融、类金融机构落户山东新金融产业园.
var FinanceInstitutionsSettled = Indicator{id: "finance-institutions-settled", zh: "落户新金融、类金融机构", en: "new-finance and quasi-finance institutions settled", unit: Unit{kind: kindCount, counter: "家"}}

// FundSize is the size of a fund or of the funds a park manages:
// 园区管理基金规模超1600亿元, 规模100亿元的济南工银新动能基金.
var FundSize = Indicator{id: "fund-size", zh: "基金规模", en: "fund size", pricing: Nominal, unit: CNY}

// NewOfficeFloorArea is the floor area of high-end office buildings
// completed in a year: 新增高端楼宇载体20.56万平方米.
var NewOfficeFloorArea = Indicator{id: "new-office-floor-area", zh: "新增高端楼宇载体", en: "new high-end office floor area", unit: SquareMetre}

// NewEnterpriseRDCentres counts new enterprise R&D institutions at
// provincial level or above: 新增省级以上企业研发机构1家.
var NewEnterpriseRDCentres = Indicator{id: "new-enterprise-rd-centres", zh: "新增省级以上企业研发机构", en: "new enterprise R&D institutions at provincial level or above", unit: Unit{kind: kindCount, counter: "家"}}

// NewAcademicianWorkstations counts new provincial academician
// workstations: 省级院士工作站2家.
var NewAcademicianWorkstations = Indicator{id: "new-academician-workstations", zh: "新增省级院士工作站", en: "new provincial academician workstations", unit: Unit{kind: kindCount, counter: "家"}}

// NewMakerSpaces counts new maker spaces at city level or above:
// 市级以上众创空间3家.
var NewMakerSpaces = Indicator{id: "new-maker-spaces", zh: "新增市级以上众创空间", en: "new maker spaces at city level or above", unit: Unit{kind: kindCount, counter: "家"}}

// NewIncubators counts new business incubators: 孵化器1家.
var NewIncubators = Indicator{id: "new-incubators", zh: "新增孵化器", en: "new business incubators", unit: Unit{kind: kindCount, counter: "家"}}

// NewRDTransferInstitutions counts new institutions for R&D and the
// transfer of research results: 研发和成果转化机构6家.
var NewRDTransferInstitutions = Indicator{id: "new-rd-transfer-institutions", zh: "新增研发和成果转化机构", en: "new R&D and technology-transfer institutions", unit: Unit{kind: kindCount, counter: "家"}}

// NewHighTechEnterprises counts enterprises newly certified as high-tech
// enterprises: 新认定高新技术企业57家.
var NewHighTechEnterprises = Indicator{id: "new-high-tech-enterprises", zh: "新认定高新技术企业", en: "newly certified high-tech enterprises", unit: Unit{kind: kindCount, counter: "家"}}

// ImportExpoDeals is the value of deals reached at the China International
// Import Expo (Shanghai): 达成交易额超1亿美元.
var ImportExpoDeals = Indicator{id: "ciie-deals", zh: "进口博览会达成交易额", en: "deals reached at the China International Import Expo", pricing: Nominal, unit: USD}

// ExpropriationAgreements counts house expropriation agreements signed:
// 累计签订房屋征迁协议1654份.
var ExpropriationAgreements = Indicator{id: "expropriation-agreements", zh: "房屋征迁协议", en: "house expropriation agreements signed", unit: Unit{kind: kindCount, counter: "份"}}

// ExpropriatedArea is the floor area of houses expropriated: 征迁面积40.84万平方米.
var ExpropriatedArea = Indicator{id: "expropriated-area", zh: "征迁面积", en: "floor area expropriated", unit: SquareMetre}

// LandSupplied is land supplied for development, by transfer (出让) or
// allocation (划拨): 完成供地1579亩.
var LandSupplied = Indicator{id: "land-supplied", zh: "供地", en: "land supplied", unit: Mu}

// LandTransferred is land supplied by transfer of use rights for a fee
// (出让): 出让土地835亩.
var LandTransferred = Indicator{id: "land-transferred", zh: "出让土地", en: "land supplied by transfer of use rights", unit: Mu}

// LandAllocated is land supplied by administrative allocation (划拨):
// 划拨土地744亩.
var LandAllocated = Indicator{id: "land-allocated", zh: "划拨土地", en: "land supplied by allocation", unit: Mu}

// RuralRoadsUpgraded counts rural roads renovated and upgraded:
// 对12条农村公路进行了改造升级.
var RuralRoadsUpgraded = Indicator{id: "rural-roads-upgraded", zh: "改造升级农村公路", en: "rural roads upgraded", unit: Unit{kind: kindCount, counter: "条"}}

// SubscribedCapital is the capital subscribed by investors in projects
// brought in, at current prices: 认缴资金933亿元.
var SubscribedCapital = Indicator{id: "subscribed-capital", zh: "认缴资金", en: "subscribed capital", pricing: Nominal, unit: CNY}

// RegisteredCapital is the capital of a company (资本金): 资本金45.7亿元.
var RegisteredCapital = Indicator{id: "registered-capital", zh: "资本金", en: "capital (registered)", pricing: Nominal, unit: CNY}

// AcademiciansRecruited counts renowned academicians recruited:
// 引进国内外知名院士6名.
var AcademiciansRecruited = Indicator{id: "academicians-recruited", zh: "引进院士", en: "academicians recruited", unit: Unit{kind: kindCount, counter: "名"}}

// NationalLeadingTalents counts national leading talents recruited:
// 国家领军人才2名.
var NationalLeadingTalents = Indicator{id: "national-leading-talents-recruited", zh: "引进国家领军人才", en: "national leading talents recruited", unit: Unit{kind: kindCount, counter: "名"}}

// ProvincialLeadingTalents counts provincial leading talents recruited:
// 省级领军人才8名.
var ProvincialLeadingTalents = Indicator{id: "provincial-leading-talents-recruited", zh: "引进省级领军人才", en: "provincial leading talents recruited", unit: Unit{kind: kindCount, counter: "名"}}

// Quancheng5150Talents counts people selected for Jinan's Quancheng “5150”
// talent-doubling programme (“5150” is the programme's name):
// 泉城“5150”引才倍增计划20人.
var Quancheng5150Talents = Indicator{id: "quancheng-5150-talents", zh: "入选泉城“5150”引才倍增计划", en: "people selected for the Quancheng “5150” talent-doubling programme", unit: Unit{kind: kindCount, counter: "人"}}

// QuanchengIndustryLeaders counts people selected for the Quancheng
// industry leading talent programme: 泉城产业领军人才支持计划3人.
var QuanchengIndustryLeaders = Indicator{id: "quancheng-industry-leaders", zh: "入选泉城产业领军人才支持计划", en: "people selected for the Quancheng industry leading talent programme", unit: Unit{kind: kindCount, counter: "人"}}

// InnovationPlatforms counts innovation platforms brought in:
// 引进诺贝尔奖获得者生命科学研究院等11家创新平台.
var InnovationPlatforms = Indicator{id: "innovation-platforms-introduced", zh: "引进创新平台", en: "innovation platforms brought in", unit: Unit{kind: kindCount, counter: "家"}}

// TalentContestProjects counts final-round projects of the 2nd “China ·
// Jinan New Growth Drivers International High-level Talent Innovation and
// Entrepreneurship Contest” that settled in a place: 决赛项目20个.
var TalentContestProjects = Indicator{id: "talent-contest-projects-landed", zh: "落地人才创新创业大赛决赛项目", en: "talent contest final-round projects settled", unit: Unit{kind: kindCount, counter: "个"}}

// PromotionTrips counts investment promotion events held away from home:
// 赴上海、深圳及日韩开展招商推介7次.
var PromotionTrips = Indicator{id: "investment-promotion-trips", zh: "赴外招商推介", en: "investment promotion events held elsewhere", unit: Unit{kind: kindCount, counter: "次"}}

// The indicators first printed in seed 004 (Jinan Daily, about 2021-12-27).

// BudgetRevenueDaysEarly is how many days before the end of the year
// the annual budget revenue expectation (全年收入预期) was met: Jinan
// 提前12天完成 it in 2021.
var BudgetRevenueDaysEarly = Indicator{id: "budget-revenue-days-early", zh: "提前完成全年收入预期天数", en: "days by which the annual budget revenue expectation was met early", unit: Days}

// EmergingIndustrySectors counts the sectors of a place's emerging
// industries (新兴产业板块) brought together: Licheng gathered
// 数字经济、生物医药两大板块 within a month.
var EmergingIndustrySectors = Indicator{id: "emerging-industry-sectors", zh: "新兴产业板块", en: "sectors of emerging industries gathered", unit: Unit{kind: kindCount, counter: "大"}}

// SignedEnterprises counts enterprises signing to move into a park
// (签约入驻): 17家企业现场签约入驻产业园.
var SignedEnterprises = Indicator{id: "signed-enterprises", zh: "签约入驻企业", en: "enterprises signed to move in", unit: Unit{kind: kindCount, counter: "家"}}

// SignedProjects counts projects signed (签约项目): 新签约项目49个 in the
// Jibei zone in 2021.
var SignedProjects = Indicator{id: "signed-projects", zh: "签约项目", en: "projects signed", unit: Unit{kind: kindCount, counter: "个"}}

// SignedAmount is the amount of the contracts of projects signed (签约额),
// at current prices: 签约额129.46亿元.
var SignedAmount = Indicator{id: "signed-amount", zh: "签约额", en: "amount of projects signed", pricing: Nominal, unit: CNY}

// OriginCountries counts the countries and regions goods come from
// (商品来自…8个国家和地区).
var OriginCountries = Indicator{id: "origin-countries", zh: "商品来源国家和地区", en: "countries and regions of origin of goods", unit: Unit{kind: kindCount, counter: "个"}}

// ProductCategories counts product categories (品类) on sale: 7个品类.
var ProductCategories = Indicator{id: "product-categories", zh: "商品品类", en: "product categories", unit: Unit{kind: kindCount, counter: "个"}}

// ProductItems counts product lines (品项) on sale: 130多个品项.
var ProductItems = Indicator{id: "product-items", zh: "商品品项", en: "product lines", unit: Unit{kind: kindCount, counter: "个"}}

// GazelleEnterprises counts the small and medium enterprises recognised
// as “瞪羚” (gazelle: fast-growing) at provincial or city level: 14家 in
// the Jibei zone at the end of 2021.
var GazelleEnterprises = Indicator{id: "gazelle-enterprises", zh: "省市级“瞪羚”中小企业", en: "gazelle SMEs recognised at provincial or city level", unit: Unit{kind: kindCount, counter: "家"}}

// ProvincialGazelleAwards counts enterprises newly named provincial
// gazelle SMEs (荣获省级“瞪羚”中小企业称号): 两家企业 in October 2021.
var ProvincialGazelleAwards = Indicator{id: "provincial-gazelle-awards", zh: "荣获省级“瞪羚”中小企业称号企业", en: "enterprises newly named provincial gazelle SMEs", unit: Unit{kind: kindCount, counter: "家"}}

// CityGazelleAwards counts enterprises newly named city-level gazelle
// SMEs (荣获市级“瞪羚”中小企业称号): 6家企业 in September 2021.
var CityGazelleAwards = Indicator{id: "city-gazelle-awards", zh: "荣获市级“瞪羚”中小企业称号企业", en: "enterprises newly named city-level gazelle SMEs", unit: Unit{kind: kindCount, counter: "家"}}

// ServiceStaffSent counts the “经济发展服务生” (economic development
// attendants) sent to serve private enterprises: 79名服务生.
var ServiceStaffSent = Indicator{id: "service-staff-sent", zh: "派出“经济发展服务生”", en: "economic development attendants sent to enterprises", unit: Unit{kind: kindCount, counter: "名"}}

// PartyInstructorsSent counts the party-building instructors (党建指导员)
// sent to private enterprises: 25名指导员.
var PartyInstructorsSent = Indicator{id: "party-instructors-sent", zh: "派出党建指导员", en: "party-building instructors sent to enterprises", unit: Unit{kind: kindCount, counter: "名"}}

// ExpandingEnterprises counts enterprises adding capital and production
// (增资扩产): 旺旺、顶津、上好佳等20多家企业.
var ExpandingEnterprises = Indicator{id: "expanding-enterprises", zh: "增资扩产企业", en: "enterprises expanding capital and production", unit: Unit{kind: kindCount, counter: "家"}}

// OutputValue is the gross output value (产值) of enterprises:
// 规上工业企业产值同比增长20.5%. The seed does not say at which prices its
// growth is; it is taken as nominal (current prices), as gross output
// value is usually reported by development zones.
var OutputValue = Indicator{id: "output-value", zh: "产值", en: "gross output value", pricing: Nominal, unit: CNY}

// ZoneAppraisal is the province's appraisal of the comprehensive
// development of development zones at provincial level or above
// (省级以上开发区综合发展水平考评): the Jibei zone came 第27名 of 160 for 2020.
var ZoneAppraisal = Indicator{id: "zone-appraisal", zh: "省级以上开发区综合发展水平考评", en: "appraisal of the comprehensive development of development zones", unit: Unit{kind: kindRank, counter: "名"}}

// SettledProjects counts projects moving into a park (入园项目): 30个 in the
// Jibei zone in 2021.
var SettledProjects = Indicator{id: "settled-projects", zh: "入园项目", en: "projects moving into the park", unit: Unit{kind: kindCount, counter: "个"}}

// SettledAmount is the signed amount of the projects moving into a park
// (入园项目…签约额), at current prices: 17.15亿元.
var SettledAmount = Indicator{id: "settled-signed-amount", zh: "入园项目签约额", en: "amount signed of projects moving into the park", pricing: Nominal, unit: CNY}

// LargeProjects counts projects with an investment of more than 100
// million yuan (投资过亿元项目): 6个.
var LargeProjects = Indicator{id: "projects-over-100m", zh: "投资过亿元项目", en: "projects investing more than 100 million yuan", unit: Unit{kind: kindCount, counter: "个"}}

// CitiesVisited counts the cities a team passes through on a trip:
// 一天穿梭3个城市.
var CitiesVisited = Indicator{id: "cities-visited", zh: "穿梭城市", en: "cities visited", unit: Unit{kind: kindCount, counter: "个"}}

// DistanceTravelled is the length of a trip (行程): 2000多公里 in one day.
var DistanceTravelled = Indicator{id: "distance-travelled", zh: "行程", en: "distance travelled", unit: Kilometre}

// UrbanRenewalProjects counts urban renewal projects won (城市更新项目):
// 32个 by Tianqiao in 2021.
var UrbanRenewalProjects = Indicator{id: "urban-renewal-projects", zh: "城市更新项目", en: "urban renewal projects", unit: Unit{kind: kindCount, counter: "个"}}

// UrbanRenewalContractValue is the contract value of urban renewal
// projects (城市更新项目…合同额), at current prices: 904亿元.
var UrbanRenewalContractValue = Indicator{id: "urban-renewal-contract-value", zh: "城市更新项目合同额", en: "contract value of urban renewal projects", pricing: Nominal, unit: CNY}

// ContractValue is the contract value of projects signed (合同额), at
// current prices: 31个项目,合同额达130亿元.
var ContractValue = Indicator{id: "contract-value", zh: "合同额", en: "contract value of projects signed", pricing: Nominal, unit: CNY}

// PlanAspects counts the areas (方面) a plan's measures fall in:
// 4个方面12项具体措施.
var PlanAspects = Indicator{id: "plan-aspects", zh: "方面", en: "areas of a plan", unit: Unit{kind: kindCount, counter: "个"}}

// PlanMeasures counts the specific measures (具体措施) of a plan:
// 4个方面12项具体措施.
var PlanMeasures = Indicator{id: "plan-measures", zh: "具体措施", en: "specific measures of a plan", unit: Unit{kind: kindCount, counter: "项"}}

// InvitedEnterprises counts the enterprises invited to a meeting:
// 150余家建筑企业.
var InvitedEnterprises = Indicator{id: "invited-enterprises", zh: "受邀企业", en: "enterprises invited", unit: Unit{kind: kindCount, counter: "家"}}

// ForeignCapitalModes are the ways (模式) of bringing in utilized foreign
// capital that Jinan has opened; a rank among them is the order of
// opening: 全市实际使用外资的第九种模式.
var ForeignCapitalModes = Indicator{id: "foreign-capital-modes", zh: "实际使用外资模式", en: "modes of utilizing foreign capital", unit: Unit{kind: kindRank, counter: "种"}}

// MerchantsMatched counts the merchants an enterprise was put in touch
// with (对接商户): 10余家.
var MerchantsMatched = Indicator{id: "merchants-matched", zh: "对接商户", en: "merchants matched", unit: Unit{kind: kindCount, counter: "家"}}

// ForeignProjectsLanded counts foreign-funded projects that took root
// (外资项目落地): 17家.
var ForeignProjectsLanded = Indicator{id: "foreign-projects-landed", zh: "外资项目落地", en: "foreign-funded projects landed", unit: Unit{kind: kindCount, counter: "家"}}

// BusinessFloorArea is the floor area a store trades on (经营面积):
// 近7000平方米.
var BusinessFloorArea = Indicator{id: "business-floor-area", zh: "经营面积", en: "floor area in business use", unit: SquareMetre}

// ChipShortageDuration is how long a chip shortage (“缺芯”) has lasted:
// 一年有余 by late 2021.
var ChipShortageDuration = Indicator{id: "chip-shortage-duration", zh: "“缺芯”持续时间", en: "duration of the chip shortage", unit: Years}
