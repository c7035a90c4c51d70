package jinan

// The subjects of seed 003 (feature on Shizhong District, early 2020) that
// districts.go and projects.go do not hold.

// ShizhongFinance is the financial industry of Shizhong District: 银行、保险和
// 证券期货区域总部达70家，实现税收17.7亿元.
var ShizhongFinance = Subject{id: "shizhong-finance", kind: Industry, zh: "市中区金融业",
	en: "the financial industry of Shizhong District", within: "shizhong"}

// ShizhongConstruction is the construction industry of Shizhong District:
// 建筑业…完成增加值增长25%.
var ShizhongConstruction = Subject{id: "shizhong-construction", kind: Industry, zh: "市中区建筑业",
	en: "the construction industry of Shizhong District", within: "shizhong"}

// ShizhongServices is the services industry above designated size of
// Shizhong District (规上服务业): 规上服务业完成营业收入274.8亿元.
var ShizhongServices = Subject{id: "shizhong-above-size-services", kind: Industry, zh: "市中区规模以上服务业",
	en: "services above designated size in Shizhong District", within: "shizhong"}

// ShizhongICT is the information and communications industry of Shizhong
// District: 信息通信业…实现税收4.46亿元.
var ShizhongICT = Subject{id: "shizhong-ict", kind: Industry, zh: "市中区信息通信业",
	en: "the information and communications industry of Shizhong District", within: "shizhong"}

// ShizhongLogistics is the logistics industry above designated size of
// Shizhong District (规上物流企业): 规上物流企业完成营业收入26.5亿元.
var ShizhongLogistics = Subject{id: "shizhong-above-size-logistics", kind: Industry, zh: "市中区规模以上物流业",
	en: "logistics above designated size in Shizhong District", within: "shizhong"}

// InternetPlusPark is the “Internet+” innovation and entrepreneurship
// demonstration park led by ZBJ.com (猪八戒网) in Shizhong District: 进驻“线上+线下”
// 企业100余家.
var InternetPlusPark = Subject{id: "zbj-internet-plus-park", kind: Project, zh: "猪八戒网“互联网+”创新创业综合示范园",
	en: "ZBJ.com “Internet+” innovation and entrepreneurship demonstration park", within: "shizhong"}

// DesignPark is the Jinan International Innovation Design Industrial Park
// in Shizhong District: 园区载体规模达6.4万平方米，注册企业185家.
var DesignPark = Subject{id: "jinan-innovation-design-park", kind: Project, zh: "济南国际创新设计产业园",
	en: "Jinan International Innovation Design Industrial Park", within: "shizhong"}

// ShizhongHighTechIndustry is the high-technology industry of Shizhong
// District: 高新技术产业产值占规模以上工业总产值比重达90%.
var ShizhongHighTechIndustry = Subject{id: "shizhong-high-tech-industry", kind: Industry, zh: "市中区高新技术产业",
	en: "the high-technology industry of Shizhong District", within: "shizhong"}

// ShizhongExpropriation are the house expropriation and demolition projects
// of Shizhong District: 加快推进42个征收拆迁项目.
var ShizhongExpropriation = Subject{id: "shizhong-expropriation-projects", kind: Project, zh: "市中区征收拆迁项目",
	en: "house expropriation and demolition projects of Shizhong District", within: "shizhong"}

// ShizhongCityKeyProjects are the city-level key projects in Shizhong
// District: 加快推进12个市级重点项目，累计完成投资123.5亿元.
var ShizhongCityKeyProjects = Subject{id: "shizhong-city-key-projects", kind: Project, zh: "市中区市级重点项目",
	en: "city-level key projects in Shizhong District", within: "shizhong"}

// ShizhongProjects10M are the projects of 10 million yuan or more that
// Shizhong District brought in: 引进千万元以上项目1134个. 千万元以上 is the
// threshold of the class, not a figure.
var ShizhongProjects10M = Subject{id: "shizhong-projects-10m-plus", kind: Project, zh: "市中区引进千万元以上项目",
	en: "projects of 10 million yuan or more brought into Shizhong District", within: "shizhong"}

// ShizhongProjects100M are the projects of 100 million yuan or more that
// Shizhong District brought in, part of ShizhongProjects10M: 其中亿元以上项目174个.
var ShizhongProjects100M = Subject{id: "shizhong-projects-100m-plus", kind: Project, zh: "市中区引进亿元以上项目",
	en: "projects of 100 million yuan or more brought into Shizhong District", within: "shizhong"}

// ICBCNewDriversFund is the Jinan ICBC New Growth Drivers Fund, registered
// in Shizhong District in 2019: 规模100亿元的济南工银新动能基金.
var ICBCNewDriversFund = Subject{id: "jinan-icbc-new-drivers-fund", kind: Company, zh: "济南工银新动能基金",
	en: "Jinan ICBC New Growth Drivers Fund", within: "shizhong"}

// ShandongGuaranteeGroup is the Shandong Investment and Financing Guarantee
// Group, registered in Shizhong District in 2019: 资本金45.7亿元的山东省投融资担保集团.
var ShandongGuaranteeGroup = Subject{id: "shandong-investment-guarantee-group", kind: Company, zh: "山东省投融资担保集团",
	en: "Shandong Investment and Financing Guarantee Group", within: "shizhong"}

// The indicators of seed 003 that indicators.go and the other terms files do not
// hold.

// RegionalHeadquarters counts regional headquarters of firms: 银行、保险和证券期货
// 区域总部达70家.
var RegionalHeadquarters = Indicator{id: "regional-headquarters", zh: "区域总部",
	en: "regional headquarters", unit: Unit{kind: kindCount, counter: "家"}}

// NewAboveSizeEnterprises counts enterprises newly above designated size in
// a year: 新增规模以上服务业企业63家.
var NewAboveSizeEnterprises = Indicator{id: "new-above-size-enterprises", zh: "新增规模以上企业",
	en: "enterprises newly above designated size", unit: Unit{kind: kindCount, counter: "家"}}

// FinanceInstitutionsSettled counts new-finance and quasi-finance
// institutions that settled in a place: 30家新金融、类金融机构落户山东新金融产业园.
var FinanceInstitutionsSettled = Indicator{id: "finance-institutions-settled", zh: "落户新金融、类金融机构",
	en: "new-finance and quasi-finance institutions settled", unit: Unit{kind: kindCount, counter: "家"}}

// FundSize is the size of a fund or of the funds a park manages:
// 园区管理基金规模超1600亿元, 规模100亿元的济南工银新动能基金.
var FundSize = Indicator{id: "fund-size", zh: "基金规模",
	en: "fund size", pricing: Nominal, unit: CNY}

// NewOfficeFloorArea is the floor area of high-end office buildings
// completed in a year: 新增高端楼宇载体20.56万平方米.
var NewOfficeFloorArea = Indicator{id: "new-office-floor-area", zh: "新增高端楼宇载体",
	en: "new high-end office floor area", unit: SquareMetre}

// NewEnterpriseRDCentres counts new enterprise R&D institutions at
// provincial level or above: 新增省级以上企业研发机构1家.
var NewEnterpriseRDCentres = Indicator{id: "new-enterprise-rd-centres", zh: "新增省级以上企业研发机构",
	en: "new enterprise R&D institutions at provincial level or above", unit: Unit{kind: kindCount, counter: "家"}}

// NewAcademicianWorkstations counts new provincial academician
// workstations: 省级院士工作站2家.
var NewAcademicianWorkstations = Indicator{id: "new-academician-workstations", zh: "新增省级院士工作站",
	en: "new provincial academician workstations", unit: Unit{kind: kindCount, counter: "家"}}

// NewMakerSpaces counts new maker spaces at city level or above:
// 市级以上众创空间3家.
var NewMakerSpaces = Indicator{id: "new-maker-spaces", zh: "新增市级以上众创空间",
	en: "new maker spaces at city level or above", unit: Unit{kind: kindCount, counter: "家"}}

// NewIncubators counts new business incubators: 孵化器1家.
var NewIncubators = Indicator{id: "new-incubators", zh: "新增孵化器",
	en: "new business incubators", unit: Unit{kind: kindCount, counter: "家"}}

// NewRDTransferInstitutions counts new institutions for R&D and the
// transfer of research results: 研发和成果转化机构6家.
var NewRDTransferInstitutions = Indicator{id: "new-rd-transfer-institutions", zh: "新增研发和成果转化机构",
	en: "new R&D and technology-transfer institutions", unit: Unit{kind: kindCount, counter: "家"}}

// NewHighTechEnterprises counts enterprises newly certified as high-tech
// enterprises: 新认定高新技术企业57家.
var NewHighTechEnterprises = Indicator{id: "new-high-tech-enterprises", zh: "新认定高新技术企业",
	en: "newly certified high-tech enterprises", unit: Unit{kind: kindCount, counter: "家"}}

// ImportExpoDeals is the value of deals reached at the China International
// Import Expo (Shanghai): 达成交易额超1亿美元.
var ImportExpoDeals = Indicator{id: "ciie-deals", zh: "进口博览会达成交易额",
	en: "deals reached at the China International Import Expo", pricing: Nominal, unit: USD}

// ExpropriationAgreements counts house expropriation agreements signed:
// 累计签订房屋征迁协议1654份.
var ExpropriationAgreements = Indicator{id: "expropriation-agreements", zh: "房屋征迁协议",
	en: "house expropriation agreements signed", unit: Unit{kind: kindCount, counter: "份"}}

// ExpropriatedArea is the floor area of houses expropriated: 征迁面积40.84万平方米.
var ExpropriatedArea = Indicator{id: "expropriated-area", zh: "征迁面积",
	en: "floor area expropriated", unit: SquareMetre}

// LandSupplied is land supplied for development, by transfer (出让) or
// allocation (划拨): 完成供地1579亩.
var LandSupplied = Indicator{id: "land-supplied", zh: "供地",
	en: "land supplied", unit: Mu}

// LandTransferred is land supplied by transfer of use rights for a fee
// (出让): 出让土地835亩.
var LandTransferred = Indicator{id: "land-transferred", zh: "出让土地",
	en: "land supplied by transfer of use rights", unit: Mu}

// LandAllocated is land supplied by administrative allocation (划拨):
// 划拨土地744亩.
var LandAllocated = Indicator{id: "land-allocated", zh: "划拨土地",
	en: "land supplied by allocation", unit: Mu}

// RuralRoadsUpgraded counts rural roads renovated and upgraded:
// 对12条农村公路进行了改造升级.
var RuralRoadsUpgraded = Indicator{id: "rural-roads-upgraded", zh: "改造升级农村公路",
	en: "rural roads upgraded", unit: Unit{kind: kindCount, counter: "条"}}

// SubscribedCapital is the capital subscribed by investors in projects
// brought in, at current prices: 认缴资金933亿元.
var SubscribedCapital = Indicator{id: "subscribed-capital", zh: "认缴资金",
	en: "subscribed capital", pricing: Nominal, unit: CNY}

// RegisteredCapital is the capital of a company (资本金): 资本金45.7亿元.
var RegisteredCapital = Indicator{id: "registered-capital", zh: "资本金",
	en: "capital (registered)", pricing: Nominal, unit: CNY}

// AcademiciansRecruited counts renowned academicians recruited:
// 引进国内外知名院士6名.
var AcademiciansRecruited = Indicator{id: "academicians-recruited", zh: "引进院士",
	en: "academicians recruited", unit: Unit{kind: kindCount, counter: "名"}}

// NationalLeadingTalents counts national leading talents recruited:
// 国家领军人才2名.
var NationalLeadingTalents = Indicator{id: "national-leading-talents-recruited", zh: "引进国家领军人才",
	en: "national leading talents recruited", unit: Unit{kind: kindCount, counter: "名"}}

// ProvincialLeadingTalents counts provincial leading talents recruited:
// 省级领军人才8名.
var ProvincialLeadingTalents = Indicator{id: "provincial-leading-talents-recruited", zh: "引进省级领军人才",
	en: "provincial leading talents recruited", unit: Unit{kind: kindCount, counter: "名"}}

// Quancheng5150Talents counts people selected for Jinan's Quancheng “5150”
// talent-doubling programme (“5150” is the programme's name):
// 泉城“5150”引才倍增计划20人.
var Quancheng5150Talents = Indicator{id: "quancheng-5150-talents", zh: "入选泉城“5150”引才倍增计划",
	en: "people selected for the Quancheng “5150” talent-doubling programme", unit: Unit{kind: kindCount, counter: "人"}}

// QuanchengIndustryLeaders counts people selected for the Quancheng
// industry leading talent programme: 泉城产业领军人才支持计划3人.
var QuanchengIndustryLeaders = Indicator{id: "quancheng-industry-leaders", zh: "入选泉城产业领军人才支持计划",
	en: "people selected for the Quancheng industry leading talent programme", unit: Unit{kind: kindCount, counter: "人"}}

// InnovationPlatforms counts innovation platforms brought in:
// 引进诺贝尔奖获得者生命科学研究院等11家创新平台.
var InnovationPlatforms = Indicator{id: "innovation-platforms-introduced", zh: "引进创新平台",
	en: "innovation platforms brought in", unit: Unit{kind: kindCount, counter: "家"}}

// TalentContestProjects counts final-round projects of the 2nd “China ·
// Jinan New Growth Drivers International High-level Talent Innovation and
// Entrepreneurship Contest” that settled in a place: 决赛项目20个.
var TalentContestProjects = Indicator{id: "talent-contest-projects-landed", zh: "落地人才创新创业大赛决赛项目",
	en: "talent contest final-round projects settled", unit: Unit{kind: kindCount, counter: "个"}}

// PromotionTrips counts investment promotion events held away from home:
// 赴上海、深圳及日韩开展招商推介7次.
var PromotionTrips = Indicator{id: "investment-promotion-trips", zh: "赴外招商推介",
	en: "investment promotion events held elsewhere", unit: Unit{kind: kindCount, counter: "次"}}
