package jinan

// The subjects of seed 002 (feature on Jinan High-tech Zone, late April or
// May 2020) that districts.go and projects.go do not hold.

// HighTechZoneNewEconomy is the “four new” economy (new technologies, new
// industries, new business forms, new business models) of Jinan High-tech
// Zone: “四新”经济增加值占比超过50%.
var HighTechZoneNewEconomy = Subject{id: "jinan-hitech-zone-four-new-economy", kind: Industry, zh: "济南高新区“四新”经济",
	en: "the “four new” economy of Jinan High-tech Zone", within: "jinan-hitech-zone"}

// HighTechZoneDigitalEconomy is the digital economy of Jinan High-tech
// Zone: 数字经济占比超过45%.
var HighTechZoneDigitalEconomy = Subject{id: "jinan-hitech-zone-digital-economy", kind: Industry, zh: "济南高新区数字经济",
	en: "the digital economy of Jinan High-tech Zone", within: "jinan-hitech-zone"}

// HighTechZoneBiomedicine is the biomedicine industry of Jinan High-tech
// Zone: 生物医药企业总数突破3000家 in 2019.
var HighTechZoneBiomedicine = Subject{id: "jinan-hitech-zone-biomedicine", kind: Industry, zh: "济南高新区生物医药产业",
	en: "the biomedicine industry of Jinan High-tech Zone", within: "jinan-hitech-zone"}

// JinanHealthIndustry is Jinan's “big health” industry: 济南市大健康产业销售收入
// 突破万亿元, a target for the 14th Five-Year Plan period.
var JinanHealthIndustry = Subject{id: "jinan-health-industry", kind: Industry, zh: "济南市大健康产业",
	en: "the health industry of Jinan", within: "jinan"}

// HighTechZoneNuclearEquipment is the high-end nuclear power equipment
// industry cluster that Jinan High-tech Zone plans: 打造千亿级核电高端装备产业集群.
var HighTechZoneNuclearEquipment = Subject{id: "jinan-hitech-zone-nuclear-equipment", kind: Industry, zh: "济南高新区核电高端装备产业集群",
	en: "the high-end nuclear power equipment cluster of Jinan High-tech Zone", within: "jinan-hitech-zone"}

// HighTechZoneBigDataIT is the big data and new-generation information
// technology industry of Jinan High-tech Zone: 集聚大数据和新一代信息技术企业3000余家.
var HighTechZoneBigDataIT = Subject{id: "jinan-hitech-zone-big-data-it", kind: Industry, zh: "济南高新区大数据和新一代信息技术产业",
	en: "the big data and new-generation IT industry of Jinan High-tech Zone", within: "jinan-hitech-zone"}

// HighTechZoneComputingPower is the computing power industry of Jinan
// High-tech Zone (中国算力, built around Inspur): 力争通过3—5年,建设成全球算力产业新高地.
var HighTechZoneComputingPower = Subject{id: "jinan-hitech-zone-computing-power", kind: Industry, zh: "济南高新区算力产业",
	en: "the computing power industry of Jinan High-tech Zone", within: "jinan-hitech-zone"}

// HighTechZoneHumanCapital is the human capital services industry of Jinan
// High-tech Zone: 力争3年内人力资本产业达到千亿级规模. Seed 000 misprints it
// 内内资本产业.
var HighTechZoneHumanCapital = Subject{id: "jinan-hitech-zone-human-capital", kind: Industry, zh: "济南高新区人力资本产业",
	en: "the human capital services industry of Jinan High-tech Zone", within: "jinan-hitech-zone"}

// JinanStarMarketApplicants are the Jinan enterprises in the process of
// listing on the Shanghai STAR Market, the peers of 包揽济南企业科创板上市进程的前四名.
var JinanStarMarketApplicants = Subject{id: "jinan-star-market-applicants", kind: Group, zh: "济南科创板上市进程企业",
	en: "Jinan enterprises in the STAR Market listing process", within: "jinan"}

// The indicators of seed 002 that indicators.go does not hold.

// IndustryValueAdded is the value added of all industry (工业增加值, not
// only above designated size), at comparable prices for growth: 全年工业增加值418.4亿元.
var IndustryValueAdded = Indicator{id: "industry-value-added", zh: "工业增加值",
	en: "industrial value added", pricing: Comparable, unit: CNY}

// StarMarketApprovals counts enterprises that passed the listing review of
// the Shanghai STAR Market: 24小时内2家企业通过科创板上市审核.
var StarMarketApprovals = Indicator{id: "star-market-approvals", zh: "通过科创板上市审核企业",
	en: "enterprises passing the STAR Market listing review", unit: Unit{kind: kindCount, counter: "家"}}

// StarMarketProgress is the position of an enterprise in a place's queue of
// STAR Market listings: 包揽济南企业科创板上市进程的前四名.
var StarMarketProgress = Indicator{id: "star-market-listing-progress", zh: "科创板上市进程",
	en: "position in the STAR Market listing process", unit: Unit{kind: kindRank, counter: "名"}}

// OnlineSales is the value of sales made online, at current prices:
// 一季度度线上销售额完成274亿元.
var OnlineSales = Indicator{id: "online-sales", zh: "线上销售额",
	en: "online sales", pricing: Nominal, unit: CNY}

// TradeGrowthRun is the number of months in a row with year-on-year growth
// of imports and exports: 连续38个月保持正增长.
var TradeGrowthRun = Indicator{id: "trade-growth-run", zh: "进出口连续正增长月数",
	en: "months in a row of year-on-year growth of imports and exports", unit: Months}

// MainBusinessRevenue is revenue from main business, at current prices:
// 主营业务收入过千亿元.
var MainBusinessRevenue = Indicator{id: "main-business-revenue", zh: "主营业务收入",
	en: "main business revenue", pricing: Nominal, unit: CNY}

// InnovativeDrugs counts class 1 innovative drugs (new drugs not marketed
// anywhere before): 1类创新药占全省54.8%.
var InnovativeDrugs = Indicator{id: "class-1-innovative-drugs", zh: "1类创新药",
	en: "class 1 innovative drugs", unit: Unit{kind: kindCount, counter: "个"}}

// SalesRevenue is revenue from sales, at current prices: 浪潮、中国重汽2018年双双
// 实现销售收入过千亿元.
var SalesRevenue = Indicator{id: "sales-revenue", zh: "销售收入",
	en: "sales revenue", pricing: Nominal, unit: CNY}

// IndustryScale is the size of an industry or cluster as Chinese plans
// state it, in yuan of revenue at current prices: 人力资本产业达到千亿级规模.
var IndustryScale = Indicator{id: "industry-scale", zh: "产业规模",
	en: "size of an industry (revenue)", pricing: Nominal, unit: CNY}

// TargetHorizon is the time a plan allows to reach a goal: 力争通过3—5年,
// 建设成全球算力产业新高地.
var TargetHorizon = Indicator{id: "target-horizon", zh: "目标期限",
	en: "time allowed to reach a goal", unit: Years}

// KeyProjectReview is the appraisal of key-project construction by
// on-site observation and review: 济南市2019年重点项目建设观摩评议…第一名.
var KeyProjectReview = Indicator{id: "key-project-review", zh: "重点项目建设观摩评议",
	en: "appraisal of key-project construction", unit: Unit{kind: kindRank, counter: "名"}}
