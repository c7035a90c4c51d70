package jinan

// The companies of the seeds. Within names the place of their head office.

// QiluPharma is 齐鲁制药集团, Qilu Pharmaceutical Group: exports of 1.79亿美元 in Q1 2020.
var QiluPharma = Subject{id: "qilu-pharma", kind: Company, zh: "齐鲁制药集团", en: "Qilu Pharmaceutical Group", within: "jinan"}

// Inspur is 浪潮集团, Inspur Group, whose servers' market share 稳居全球前三.
var Inspur = Subject{id: "inspur", kind: Company, zh: "浪潮集团", en: "Inspur Group", within: "jinan"}

// Sinotruk is 中国重汽, China National Heavy Duty Truck Group, with sales of 过千亿元 in 2018.
var Sinotruk = Subject{id: "sinotruk", kind: Company, zh: "中国重汽", en: "Sinotruk (China National Heavy Duty Truck Group)", within: "jinan"}

// The companies, projects, industries and organisations first printed in seed 000 (Dazhong Daily, about 2020-04-28).

// AntiEpidemicExporters are Jinan's enterprises making anti-epidemic
// supplies (防疫物资企业) that export: 16家防疫物资企业出口突破3000万美元 in
// the first quarter of 2020.
var AntiEpidemicExporters = Subject{id: "jinan-anti-epidemic-exporters", kind: Industry, zh: "防疫物资企业", en: "exporters of anti-epidemic supplies", within: "jinan"}

// InformationServices is Jinan's information transmission, software and
// information technology services industry (信息传输、软件和信息技术服务业),
// whose value added was 138.77亿元 in the first quarter of 2020.
var InformationServices = Subject{id: "jinan-information-services", kind: Industry, zh: "信息传输、软件和信息技术服务业", en: "information transmission, software and information technology services", within: "jinan"}

// PostalIndustry is Jinan's postal and express delivery industry (邮政业),
// led by SF Express Shandong: 增速达40.6% in the first quarter of 2020.
var PostalIndustry = Subject{id: "jinan-postal-industry", kind: Industry, zh: "邮政业", en: "postal and express delivery services", within: "jinan"}

// HighTechManufacturing is Jinan's high-technology manufacturing
// (高技术制造业), whose value added grew 14.1% in the first quarter of 2020.
var HighTechManufacturing = Subject{id: "jinan-hightech-manufacturing", kind: Industry, zh: "高技术制造业", en: "high-technology manufacturing", within: "jinan"}

// ComputerManufacturing is Jinan's manufacturing of computers,
// communication and other electronic equipment (计算机通信制造业): from
// 下降24.8% in January–February 2020 to 增长31.1% in the first quarter.
var ComputerManufacturing = Subject{id: "jinan-computer-communication-manufacturing", kind: Industry, zh: "计算机通信制造业", en: "computer, communication and other electronic equipment manufacturing", within: "jinan"}

// PharmaceuticalManufacturing is Jinan's pharmaceutical manufacturing
// (医药制造业): from 下降17.8% in January–February 2020 to 增长5.2% in the
// first quarter.
var PharmaceuticalManufacturing = Subject{id: "jinan-pharmaceutical-manufacturing", kind: Industry, zh: "医药制造业", en: "pharmaceutical manufacturing", within: "jinan"}

// JinanKeyProjects are the municipal key construction projects of Jinan
// (市级重点建设项目) of 2020: 270个, of which 244个 had started by the end
// of March 2020.
var JinanKeyProjects = Subject{id: "jinan-municipal-key-projects", kind: Project, zh: "市级重点建设项目", en: "municipal key construction projects of Jinan", within: "jinan"}

// SDFMUProject is the Shandong First Medical University construction
// project built by China Construction Eighth Engineering Division
// (中建八局山东第一医科大学项目): 约为58万平方米 under construction in 21栋单体建筑.
var SDFMUProject = Subject{id: "sdfmu-construction-project", kind: Project, zh: "中建八局山东第一医科大学项目", en: "Shandong First Medical University construction project (China Construction Eighth Engineering Division)", within: "jinan"}

// EmergencyBureau is the Jinan Emergency Management Bureau (济南市应急管理局),
// which 已与22家单位签订战略合作协议 and formed 40余支 rescue teams.
var EmergencyBureau = Subject{id: "jinan-emergency-management-bureau", kind: Organisation, zh: "济南市应急管理局", en: "Jinan Emergency Management Bureau", within: "jinan"}

// NewBusinessPack is the policy services pack (政策服务“大礼包”) that the
// Jinan Administrative Approval Services Bureau gives newly registered
// businesses from April 2020: 6张卡片 leading to 6个大类2224条信息.
var NewBusinessPack = Subject{id: "jinan-new-business-pack", kind: Project, zh: "新开办企业政策服务“大礼包”", en: "policy services pack for newly registered businesses", within: "jinan"}

// TianqiaoClusters are the industrial clusters that Tianqiao District
// plans to grow (新材料、智能制造、现代物流、医疗健康等产业集群): 一批百亿级、
// 50亿级产业集群.
var TianqiaoClusters = Subject{id: "tianqiao-industrial-clusters", kind: Industry, zh: "天桥区新材料、智能制造、现代物流、医疗健康等产业集群", en: "industrial clusters of Tianqiao District (new materials, smart manufacturing, modern logistics, health care)", within: "tianqiao"}

// TianqiaoKeyProjects are the key projects of Tianqiao District
// (天桥区重点项目) in 2020: 总投资1320亿元的138个重点项目.
var TianqiaoKeyProjects = Subject{id: "tianqiao-key-projects", kind: Project, zh: "天桥区重点项目", en: "key projects of Tianqiao District", within: "tianqiao"}

// The companies, projects, industries and organisations first printed in seed 001 (Dazhong Daily, late December 2020).

// JinanEurasiaTrains are the Eurasian block trains (欧亚班列) run from
// Jinan, which 覆盖16个国家40余个城市.
var JinanEurasiaTrains = Subject{id: "jinan-eurasia-trains", kind: Project, zh: "济南欧亚班列", en: "Eurasian block trains from Jinan", within: "jinan"}

// QiluTrains are Shandong's “Qilu” China–Europe block trains (“齐鲁号”中欧班列),
// printed as reaching 15国 at the end of 2020.
var QiluTrains = Subject{id: "qilu-china-europe-trains", kind: Project, zh: "“齐鲁号”中欧班列", en: "“Qilu” China–Europe block trains", within: "shandong"}

// JinanDRC is the Jinan Development and Reform Commission (济南市发展改革委),
// which with 8部门 cut the steps to issue a bid award notice from 7 to 3
// in 2018.
var JinanDRC = Subject{id: "jinan-drc", kind: Organisation, zh: "济南市发展改革委", en: "Jinan Development and Reform Commission", within: "jinan"}

// JinanApprovalBureau is the Jinan Administrative Approval Service Bureau
// (济南市行政审批服务局), set up at the end of 2018, which took over
// 27个部门的262项行政许可.
var JinanApprovalBureau = Subject{id: "jinan-approval-bureau", kind: Organisation, zh: "济南市行政审批服务局", en: "Jinan Administrative Approval Service Bureau", within: "jinan"}

// FinancialCounselors are Jinan's enterprise financial counselors
// (企业金融辅导员) and their teams, who by the end of October 2020 had
// matched 1218家 enterprises seeking finance.
var FinancialCounselors = Subject{id: "jinan-financial-counselors", kind: Organisation, zh: "济南企业金融辅导员", en: "Jinan's enterprise financial counselors", within: "jinan"}

// XinYiDaiJinan is the national “Xinyidai” credit-based SME financing
// platform (全国“信易贷”平台) as used in Jinan: 42家 financial
// institutions on it by the end of October 2020.
var XinYiDaiJinan = Subject{id: "xinyidai-jinan", kind: Project, zh: "全国“信易贷”平台（济南）", en: "national “Xinyidai” SME credit financing platform in Jinan", within: "jinan"}

// ShandongIndustrialTechInstitute is the Shandong Industrial Technology
// Research Institute (山东产业技术研究院), founded in Jinan in July 2019,
// which has 孵化99家高新技术企业.
var ShandongIndustrialTechInstitute = Subject{id: "shandong-industrial-tech-institute", kind: Organisation, zh: "山东产业技术研究院", en: "Shandong Industrial Technology Research Institute", within: "jinan"}

// JinanSteel is Jinan Iron and Steel Group (济钢), whose 10万吨 of steel
// capacity, as the seed prints it, was all retired after 60年.
var JinanSteel = Subject{id: "jinan-steel", kind: Company, zh: "济钢集团", en: "Jinan Iron and Steel Group", within: "jinan"}

// SteelAreaForestPark is the forest park planned in the former steel and
// aluminium works area (钢铝片区), 占地达45万平方米.
var SteelAreaForestPark = Subject{id: "steel-area-forest-park", kind: Project, zh: "钢铝片区森林公园", en: "forest park of the steel and aluminium area", within: "jinan"}

// BigDataITIndustry is Jinan's big data and new-generation information
// technology industry (大数据与新一代信息技术产业), with main business
// revenue of 3600亿元.
var BigDataITIndustry = Subject{id: "jinan-big-data-it", kind: Industry, zh: "大数据与新一代信息技术产业", en: "big data and new-generation information technology", within: "jinan"}

// SmartEquipmentIndustry is Jinan's intelligent manufacturing and
// high-end equipment industry (智能制造与高端装备产业), with main business
// revenue of 3400亿元.
var SmartEquipmentIndustry = Subject{id: "jinan-smart-equipment", kind: Industry, zh: "智能制造与高端装备产业", en: "intelligent manufacturing and high-end equipment", within: "jinan"}

// EquipmentManufacturing is Jinan's equipment manufacturing above
// designated size (装备制造业规模以上企业): operating revenue 2420.6亿元 in
// January–September 2020.
var EquipmentManufacturing = Subject{id: "jinan-equipment-manufacturing", kind: Industry, zh: "装备制造业规模以上企业", en: "equipment manufacturing above designated size", within: "jinan"}

// BiomedicalHealthIndustry is Jinan's biomedicine and health industry
// (生物医药健康产业): operating revenue 1025亿元 in the first nine months
// of 2020.
var BiomedicalHealthIndustry = Subject{id: "jinan-biomedical-health", kind: Industry, zh: "生物医药健康产业", en: "biomedicine and health", within: "jinan"}

// TenIndustrialChains are Jinan's ten industrial chains (十大产业链) whose
// main business revenue is to grow 年均增长20%以上 to 2025.
var TenIndustrialChains = Subject{id: "jinan-ten-industrial-chains", kind: Industry, zh: "济南十大产业链", en: "Jinan's ten industrial chains", within: "jinan"}

// GreenlandGlobalTradeProject is the Greenland (Jinan) global commodity
// trade project (绿地(济南)全球商品贸易项目), among the first signed in the
// FTZ Jinan Area, planning to bring in 22000余种 foreign goods.
var GreenlandGlobalTradeProject = Subject{id: "greenland-jinan-global-trade", kind: Project, zh: "绿地(济南)全球商品贸易项目", en: "Greenland (Jinan) global commodity trade project", within: "ftz-jinan-area"}

// The companies, projects, industries and organisations first printed in seed 002 (the High-tech Zone feature, spring 2020).

// HighTechZoneNewEconomy is the “four new” economy (new technologies, new
// industries, new business forms, new business models) of Jinan High-tech
// Zone: “四新”经济增加值占比超过50%.
var HighTechZoneNewEconomy = Subject{id: "jinan-hitech-zone-four-new-economy", kind: Industry, zh: "济南高新区“四新”经济", en: "the “four new” economy of Jinan High-tech Zone", within: "jinan-hitech-zone"}

// HighTechZoneDigitalEconomy is the digital economy of Jinan High-tech
// Zone: 数字经济占比超过45%.
var HighTechZoneDigitalEconomy = Subject{id: "jinan-hitech-zone-digital-economy", kind: Industry, zh: "济南高新区数字经济", en: "the digital economy of Jinan High-tech Zone", within: "jinan-hitech-zone"}

// HighTechZoneBiomedicine is the biomedicine industry of Jinan High-tech
// Zone: 生物医药企业总数突破3000家 in 2019.
var HighTechZoneBiomedicine = Subject{id: "jinan-hitech-zone-biomedicine", kind: Industry, zh: "济南高新区生物医药产业", en: "the biomedicine industry of Jinan High-tech Zone", within: "jinan-hitech-zone"}

// JinanHealthIndustry is Jinan's “big health” industry: 济南市大健康产业销售收入
// 突破万亿元, a target for the 14th Five-Year Plan period.
var JinanHealthIndustry = Subject{id: "jinan-health-industry", kind: Industry, zh: "济南市大健康产业", en: "the health industry of Jinan", within: "jinan"}

// HighTechZoneNuclearEquipment is the high-end nuclear power equipment
// industry cluster that Jinan High-tech Zone plans: 打造千亿级核电高端装备产业集群.
var HighTechZoneNuclearEquipment = Subject{id: "jinan-hitech-zone-nuclear-equipment", kind: Industry, zh: "济南高新区核电高端装备产业集群", en: "the high-end nuclear power equipment cluster of Jinan High-tech Zone", within: "jinan-hitech-zone"}

// HighTechZoneBigDataIT is the big data and new-generation information
// technology industry of Jinan High-tech Zone: 集聚大数据和新一代信息技术企业3000余家.
var HighTechZoneBigDataIT = Subject{id: "jinan-hitech-zone-big-data-it", kind: Industry, zh: "济南高新区大数据和新一代信息技术产业", en: "the big data and new-generation IT industry of Jinan High-tech Zone", within: "jinan-hitech-zone"}

// HighTechZoneComputingPower is the computing power industry of Jinan
// High-tech Zone (中国算力, built around Inspur): 力争通过3—5年,建设成全球算力产业新高地.
var HighTechZoneComputingPower = Subject{id: "jinan-hitech-zone-computing-power", kind: Industry, zh: "济南高新区算力产业", en: "the computing power industry of Jinan High-tech Zone", within: "jinan-hitech-zone"}

// HighTechZoneHumanCapital is the human capital services industry of Jinan
// High-tech Zone: 力争3年内人力资本产业达到千亿级规模. Seed 000 misprints it
// 内内资本产业.
var HighTechZoneHumanCapital = Subject{id: "jinan-hitech-zone-human-capital", kind: Industry, zh: "济南高新区人力资本产业", en: "the human capital services industry of Jinan High-tech Zone", within: "jinan-hitech-zone"}

// The companies, projects, industries and organisations first printed in seed 003 (the Shizhong District feature, early 2020).

// ShizhongFinance is the financial industry of Shizhong District: 银行、保险和
// 证券期货区域总部达70家，实现税收17.7亿元.
var ShizhongFinance = Subject{id: "shizhong-finance", kind: Industry, zh: "市中区金融业", en: "the financial industry of Shizhong District", within: "shizhong"}

// ShizhongConstruction is the construction industry of Shizhong District:
// 建筑业…完成增加值增长25%.
var ShizhongConstruction = Subject{id: "shizhong-construction", kind: Industry, zh: "市中区建筑业", en: "the construction industry of Shizhong District", within: "shizhong"}

// ShizhongServices is the services industry above designated size of
// Shizhong District (规上服务业): 规上服务业完成营业收入274.8亿元.
var ShizhongServices = Subject{id: "shizhong-above-size-services", kind: Industry, zh: "市中区规模以上服务业", en: "services above designated size in Shizhong District", within: "shizhong"}

// ShizhongICT is the information and communications industry of Shizhong
// District: 信息通信业…实现税收4.46亿元.
var ShizhongICT = Subject{id: "shizhong-ict", kind: Industry, zh: "市中区信息通信业", en: "the information and communications industry of Shizhong District", within: "shizhong"}

// ShizhongLogistics is the logistics industry above designated size of
// Shizhong District (规上物流企业): 规上物流企业完成营业收入26.5亿元.
var ShizhongLogistics = Subject{id: "shizhong-above-size-logistics", kind: Industry, zh: "市中区规模以上物流业", en: "logistics above designated size in Shizhong District", within: "shizhong"}

// InternetPlusPark is the “Internet+” innovation and entrepreneurship
// demonstration park led by ZBJ.com (猪八戒网) in Shizhong District: 进驻“线上+线下”
// 企业100余家.
var InternetPlusPark = Subject{id: "zbj-internet-plus-park", kind: Project, zh: "猪八戒网“互联网+”创新创业综合示范园", en: "ZBJ.com “Internet+” innovation and entrepreneurship demonstration park", within: "shizhong"}

// DesignPark is the Jinan International Innovation Design Industrial Park
// in Shizhong District: 园区载体规模达6.4万平方米，注册企业185家.
var DesignPark = Subject{id: "jinan-innovation-design-park", kind: Project, zh: "济南国际创新设计产业园", en: "Jinan International Innovation Design Industrial Park", within: "shizhong"}

// ShizhongHighTechIndustry is the high-technology industry of Shizhong
// District: 高新技术产业产值占规模以上工业总产值比重达90%.
var ShizhongHighTechIndustry = Subject{id: "shizhong-high-tech-industry", kind: Industry, zh: "市中区高新技术产业", en: "the high-technology industry of Shizhong District", within: "shizhong"}

// ShizhongExpropriation are the house expropriation and demolition projects
// of Shizhong District: 加快推进42个征收拆迁项目.
var ShizhongExpropriation = Subject{id: "shizhong-expropriation-projects", kind: Project, zh: "市中区征收拆迁项目", en: "house expropriation and demolition projects of Shizhong District", within: "shizhong"}

// ShizhongCityKeyProjects are the city-level key projects in Shizhong
// District: 加快推进12个市级重点项目，累计完成投资123.5亿元.
var ShizhongCityKeyProjects = Subject{id: "shizhong-city-key-projects", kind: Project, zh: "市中区市级重点项目", en: "city-level key projects in Shizhong District", within: "shizhong"}

// ShizhongProjects10M are the projects of 10 million yuan or more that
// Shizhong District brought in: 引进千万元以上项目1134个. 千万元以上 is the
// threshold of the class, not a figure.
var ShizhongProjects10M = Subject{id: "shizhong-projects-10m-plus", kind: Project, zh: "市中区引进千万元以上项目", en: "projects of 10 million yuan or more brought into Shizhong District", within: "shizhong"}

// ShizhongProjects100M are the projects of 100 million yuan or more that
// Shizhong District brought in, part of ShizhongProjects10M: 其中亿元以上项目174个.
var ShizhongProjects100M = Subject{id: "shizhong-projects-100m-plus", kind: Project, zh: "市中区引进亿元以上项目", en: "projects of 100 million yuan or more brought into Shizhong District", within: "shizhong"}

// ICBCNewDriversFund is the Jinan ICBC New Growth Drivers Fund, registered
// in Shizhong District in 2019: 规模100亿元的济南工银新动能基金.
var ICBCNewDriversFund = Subject{id: "jinan-icbc-new-drivers-fund", kind: Company, zh: "济南工银新动能基金", en: "Jinan ICBC New Growth Drivers Fund", within: "shizhong"}

// ShandongGuaranteeGroup is the Shandong Investment and Financing Guarantee
// Group, registered in Shizhong District in 2019: 资本金45.7亿元的山东省投融资担保集团.
var ShandongGuaranteeGroup = Subject{id: "shandong-investment-guarantee-group", kind: Company, zh: "山东省投融资担保集团", en: "Shandong Investment and Financing Guarantee Group", within: "shizhong"}

// The companies, projects, industries and organisations first printed in seed 004 (Jinan Daily, about 2021-12-27).

// SmartSensorPark is the Jinan Smart Sensor Industrial Park (济南智能传感器产业园)
// in Licheng District, whose construction started on 2021-12-04 with
// 17家企业现场签约入驻.
var SmartSensorPark = Subject{id: "jinan-smart-sensor-park", kind: Project, zh: "济南智能传感器产业园", en: "Jinan Smart Sensor Industrial Park", within: "licheng"}

// GreenlandBondedShowroom is the bonded exhibition and sales centre of
// Jinan Greenland Center (济南绿地中心“链上自贸”保税展示展销中心) in Shizhong
// District, opened “近日” (shortly before the page of about 2021-12-27)
// with goods from 8个国家和地区.
var GreenlandBondedShowroom = Subject{id: "greenland-bonded-showroom", kind: Project, zh: "济南绿地中心“链上自贸”保税展示展销中心", en: "Jinan Greenland Center “Chain FTZ” bonded exhibition and sales centre", within: "shizhong"}

// JibeiIndustryAboveSize are the industrial enterprises above designated
// size (规上工业企业) of the Jibei Economic Development Zone, whose output
// value grew 20.5% in January–October 2021.
var JibeiIndustryAboveSize = Subject{id: "jibei-zone-industry-above-size", kind: Industry, zh: "规上工业企业", en: "industrial enterprises above designated size", within: "jibei-zone"}

// JibeiServicesAboveSize are the service enterprises above designated size
// (规上服务业) of the Jibei Economic Development Zone: 同比增长7.25% in
// January–October 2021.
var JibeiServicesAboveSize = Subject{id: "jibei-zone-services-above-size", kind: Industry, zh: "规上服务业", en: "services above designated size", within: "jibei-zone"}

// JibeiManufacturing is manufacturing (制造业) in the Jibei Economic
// Development Zone: 签约制造业项目占比91.8% of the projects signed in 2021.
var JibeiManufacturing = Subject{id: "jibei-zone-manufacturing", kind: Industry, zh: "制造业", en: "manufacturing", within: "jibei-zone"}

// TianqiaoInvestmentBureau is the Investment Promotion Bureau of Tianqiao
// District (天桥区投资促进局, 投促局) and its investment team, which
// invited 150余家建筑企业 to a product promotion meeting.
var TianqiaoInvestmentBureau = Subject{id: "tianqiao-investment-bureau", kind: Organisation, zh: "天桥区投资促进局", en: "Tianqiao District Investment Promotion Bureau", within: "tianqiao"}

// HemaJinanStore is the first Freshippo (盒马) store in Jinan, opened on
// 2021-11-26 with 近7000平方米 of floor space.
var HemaJinanStore = Subject{id: "hema-jinan-first-store", kind: Project, zh: "盒马济南首店", en: "first Freshippo (Hema) store in Jinan", within: "jinan"}

// GlobalAutoIndustry is the automotive industry worldwide (全球性的汽车产业),
// short of chips for 一年有余 by the end of 2021. It lies within no
// place of the library.
var GlobalAutoIndustry = Subject{id: "global-auto-industry", kind: Industry, zh: "全球汽车产业", en: "the global automotive industry"}

// HealthCareIndustry is Jinan's health care and elderly care industry (康养),
// whose 产业规模突破千亿元 (seed 001).
var HealthCareIndustry = Subject{id: "jinan-health-care", kind: Industry, zh: "济南康养产业", en: "health and elderly care", within: "jinan"}

// BiomedicineIndustry is Jinan's biomedicine industry (生物医药), whose
// 产业规模突破千亿元 (seed 001).
var BiomedicineIndustry = Subject{id: "jinan-biomedicine", kind: Industry, zh: "济南生物医药产业", en: "biomedicine", within: "jinan"}
