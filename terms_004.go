package jinan

// The subjects first printed in seed 004 (Jinan Daily, about 2021-12-27).
var (
	// SmartSensorPark is the Jinan Smart Sensor Industrial Park (济南智能传感器产业园)
	// in Licheng District, whose construction started on 2021-12-04 with
	// 17家企业现场签约入驻.
	SmartSensorPark = Subject{id: "jinan-smart-sensor-park", kind: Project, zh: "济南智能传感器产业园", en: "Jinan Smart Sensor Industrial Park", within: "licheng"}

	// GreenlandBondedShowroom is the bonded exhibition and sales centre of
	// Jinan Greenland Center (济南绿地中心“链上自贸”保税展示展销中心) in Shizhong
	// District, opened “近日” (shortly before the page of about 2021-12-27)
	// with goods from 8个国家和地区.
	GreenlandBondedShowroom = Subject{id: "greenland-bonded-showroom", kind: Project, zh: "济南绿地中心“链上自贸”保税展示展销中心", en: "Jinan Greenland Center “Chain FTZ” bonded exhibition and sales centre", within: "shizhong"}

	// JibeiIndustryAboveSize are the industrial enterprises above designated
	// size (规上工业企业) of the Jibei Economic Development Zone, whose output
	// value grew 20.5% in January–October 2021.
	JibeiIndustryAboveSize = Subject{id: "jibei-zone-industry-above-size", kind: Industry, zh: "规上工业企业", en: "industrial enterprises above designated size", within: "jibei-zone"}

	// JibeiServicesAboveSize are the service enterprises above designated size
	// (规上服务业) of the Jibei Economic Development Zone: 同比增长7.25% in
	// January–October 2021.
	JibeiServicesAboveSize = Subject{id: "jibei-zone-services-above-size", kind: Industry, zh: "规上服务业", en: "services above designated size", within: "jibei-zone"}

	// JibeiManufacturing is manufacturing (制造业) in the Jibei Economic
	// Development Zone: 签约制造业项目占比91.8% of the projects signed in 2021.
	JibeiManufacturing = Subject{id: "jibei-zone-manufacturing", kind: Industry, zh: "制造业", en: "manufacturing", within: "jibei-zone"}

	// TianqiaoInvestmentBureau is the Investment Promotion Bureau of Tianqiao
	// District (天桥区投资促进局, 投促局) and its investment team, which
	// invited 150余家建筑企业 to a product promotion meeting.
	TianqiaoInvestmentBureau = Subject{id: "tianqiao-investment-bureau", kind: Organisation, zh: "天桥区投资促进局", en: "Tianqiao District Investment Promotion Bureau", within: "tianqiao"}

	// HemaJinanStore is the first Freshippo (盒马) store in Jinan, opened on
	// 2021-11-26 with 近7000平方米 of floor space.
	HemaJinanStore = Subject{id: "hema-jinan-first-store", kind: Project, zh: "盒马济南首店", en: "first Freshippo (Hema) store in Jinan", within: "jinan"}

	// GlobalAutoIndustry is the automotive industry worldwide (全球性的汽车产业),
	// short of chips for 一年有余 by the end of 2021. It lies within no
	// place of the library.
	GlobalAutoIndustry = Subject{id: "global-auto-industry", kind: Industry, zh: "全球汽车产业", en: "the global automotive industry"}
)

// The indicators first printed in seed 004.
var (
	// BudgetRevenueDaysEarly is how many days before the end of the year
	// the annual budget revenue expectation (全年收入预期) was met: Jinan
	// 提前12天完成 it in 2021.
	BudgetRevenueDaysEarly = Indicator{id: "budget-revenue-days-early", zh: "提前完成全年收入预期天数", en: "days by which the annual budget revenue expectation was met early", unit: Days}

	// EmergingIndustrySectors counts the sectors of a place's emerging
	// industries (新兴产业板块) brought together: Licheng gathered
	// 数字经济、生物医药两大板块 within a month.
	EmergingIndustrySectors = Indicator{id: "emerging-industry-sectors", zh: "新兴产业板块", en: "sectors of emerging industries gathered", unit: Unit{kind: kindCount, counter: "大"}}

	// SignedEnterprises counts enterprises signing to move into a park
	// (签约入驻): 17家企业现场签约入驻产业园.
	SignedEnterprises = Indicator{id: "signed-enterprises", zh: "签约入驻企业", en: "enterprises signed to move in", unit: Unit{kind: kindCount, counter: "家"}}

	// SignedProjects counts projects signed (签约项目): 新签约项目49个 in the
	// Jibei zone in 2021.
	SignedProjects = Indicator{id: "signed-projects", zh: "签约项目", en: "projects signed", unit: Unit{kind: kindCount, counter: "个"}}

	// SignedAmount is the amount of the contracts of projects signed (签约额),
	// at current prices: 签约额129.46亿元.
	SignedAmount = Indicator{id: "signed-amount", zh: "签约额", en: "amount of projects signed", pricing: Nominal, unit: CNY}

	// OriginCountries counts the countries and regions goods come from
	// (商品来自…8个国家和地区).
	OriginCountries = Indicator{id: "origin-countries", zh: "商品来源国家和地区", en: "countries and regions of origin of goods", unit: Unit{kind: kindCount, counter: "个"}}

	// ProductCategories counts product categories (品类) on sale: 7个品类.
	ProductCategories = Indicator{id: "product-categories", zh: "商品品类", en: "product categories", unit: Unit{kind: kindCount, counter: "个"}}

	// ProductItems counts product lines (品项) on sale: 130多个品项.
	ProductItems = Indicator{id: "product-items", zh: "商品品项", en: "product lines", unit: Unit{kind: kindCount, counter: "个"}}

	// GazelleEnterprises counts the small and medium enterprises recognised
	// as “瞪羚” (gazelle: fast-growing) at provincial or city level: 14家 in
	// the Jibei zone at the end of 2021.
	GazelleEnterprises = Indicator{id: "gazelle-enterprises", zh: "省市级“瞪羚”中小企业", en: "gazelle SMEs recognised at provincial or city level", unit: Unit{kind: kindCount, counter: "家"}}

	// ProvincialGazelleAwards counts enterprises newly named provincial
	// gazelle SMEs (荣获省级“瞪羚”中小企业称号): 两家企业 in October 2021.
	ProvincialGazelleAwards = Indicator{id: "provincial-gazelle-awards", zh: "荣获省级“瞪羚”中小企业称号企业", en: "enterprises newly named provincial gazelle SMEs", unit: Unit{kind: kindCount, counter: "家"}}

	// CityGazelleAwards counts enterprises newly named city-level gazelle
	// SMEs (荣获市级“瞪羚”中小企业称号): 6家企业 in September 2021.
	CityGazelleAwards = Indicator{id: "city-gazelle-awards", zh: "荣获市级“瞪羚”中小企业称号企业", en: "enterprises newly named city-level gazelle SMEs", unit: Unit{kind: kindCount, counter: "家"}}

	// ServiceStaffSent counts the “经济发展服务生” (economic development
	// attendants) sent to serve private enterprises: 79名服务生.
	ServiceStaffSent = Indicator{id: "service-staff-sent", zh: "派出“经济发展服务生”", en: "economic development attendants sent to enterprises", unit: Unit{kind: kindCount, counter: "名"}}

	// PartyInstructorsSent counts the party-building instructors (党建指导员)
	// sent to private enterprises: 25名指导员.
	PartyInstructorsSent = Indicator{id: "party-instructors-sent", zh: "派出党建指导员", en: "party-building instructors sent to enterprises", unit: Unit{kind: kindCount, counter: "名"}}

	// ExpandingEnterprises counts enterprises adding capital and production
	// (增资扩产): 旺旺、顶津、上好佳等20多家企业.
	ExpandingEnterprises = Indicator{id: "expanding-enterprises", zh: "增资扩产企业", en: "enterprises expanding capital and production", unit: Unit{kind: kindCount, counter: "家"}}

	// OutputValue is the gross output value (产值) of enterprises:
	// 规上工业企业产值同比增长20.5%. The seed does not say at which prices its
	// growth is; it is taken as nominal (current prices), as gross output
	// value is usually reported by development zones.
	OutputValue = Indicator{id: "output-value", zh: "产值", en: "gross output value", pricing: Nominal, unit: CNY}

	// ZoneAppraisal is the province's appraisal of the comprehensive
	// development of development zones at provincial level or above
	// (省级以上开发区综合发展水平考评): the Jibei zone came 第27名 of 160 for 2020.
	ZoneAppraisal = Indicator{id: "zone-appraisal", zh: "省级以上开发区综合发展水平考评", en: "appraisal of the comprehensive development of development zones", unit: Unit{kind: kindRank, counter: "名"}}

	// SettledProjects counts projects moving into a park (入园项目): 30个 in the
	// Jibei zone in 2021.
	SettledProjects = Indicator{id: "settled-projects", zh: "入园项目", en: "projects moving into the park", unit: Unit{kind: kindCount, counter: "个"}}

	// SettledAmount is the signed amount of the projects moving into a park
	// (入园项目…签约额), at current prices: 17.15亿元.
	SettledAmount = Indicator{id: "settled-signed-amount", zh: "入园项目签约额", en: "amount signed of projects moving into the park", pricing: Nominal, unit: CNY}

	// LargeProjects counts projects with an investment of more than 100
	// million yuan (投资过亿元项目): 6个.
	LargeProjects = Indicator{id: "projects-over-100m", zh: "投资过亿元项目", en: "projects investing more than 100 million yuan", unit: Unit{kind: kindCount, counter: "个"}}

	// CitiesVisited counts the cities a team passes through on a trip:
	// 一天穿梭3个城市.
	CitiesVisited = Indicator{id: "cities-visited", zh: "穿梭城市", en: "cities visited", unit: Unit{kind: kindCount, counter: "个"}}

	// DistanceTravelled is the length of a trip (行程): 2000多公里 in one day.
	DistanceTravelled = Indicator{id: "distance-travelled", zh: "行程", en: "distance travelled", unit: Kilometre}

	// UrbanRenewalProjects counts urban renewal projects won (城市更新项目):
	// 32个 by Tianqiao in 2021.
	UrbanRenewalProjects = Indicator{id: "urban-renewal-projects", zh: "城市更新项目", en: "urban renewal projects", unit: Unit{kind: kindCount, counter: "个"}}

	// UrbanRenewalContractValue is the contract value of urban renewal
	// projects (城市更新项目…合同额), at current prices: 904亿元.
	UrbanRenewalContractValue = Indicator{id: "urban-renewal-contract-value", zh: "城市更新项目合同额", en: "contract value of urban renewal projects", pricing: Nominal, unit: CNY}

	// ContractValue is the contract value of projects signed (合同额), at
	// current prices: 31个项目,合同额达130亿元.
	ContractValue = Indicator{id: "contract-value", zh: "合同额", en: "contract value of projects signed", pricing: Nominal, unit: CNY}

	// PlanAspects counts the areas (方面) a plan's measures fall in:
	// 4个方面12项具体措施.
	PlanAspects = Indicator{id: "plan-aspects", zh: "方面", en: "areas of a plan", unit: Unit{kind: kindCount, counter: "个"}}

	// PlanMeasures counts the specific measures (具体措施) of a plan:
	// 4个方面12项具体措施.
	PlanMeasures = Indicator{id: "plan-measures", zh: "具体措施", en: "specific measures of a plan", unit: Unit{kind: kindCount, counter: "项"}}

	// InvitedEnterprises counts the enterprises invited to a meeting:
	// 150余家建筑企业.
	InvitedEnterprises = Indicator{id: "invited-enterprises", zh: "受邀企业", en: "enterprises invited", unit: Unit{kind: kindCount, counter: "家"}}

	// ForeignCapitalModes are the ways (模式) of bringing in utilized foreign
	// capital that Jinan has opened; a rank among them is the order of
	// opening: 全市实际使用外资的第九种模式.
	ForeignCapitalModes = Indicator{id: "foreign-capital-modes", zh: "实际使用外资模式", en: "modes of utilizing foreign capital", unit: Unit{kind: kindRank, counter: "种"}}

	// MerchantsMatched counts the merchants an enterprise was put in touch
	// with (对接商户): 10余家.
	MerchantsMatched = Indicator{id: "merchants-matched", zh: "对接商户", en: "merchants matched", unit: Unit{kind: kindCount, counter: "家"}}

	// ForeignProjectsLanded counts foreign-funded projects that took root
	// (外资项目落地): 17家.
	ForeignProjectsLanded = Indicator{id: "foreign-projects-landed", zh: "外资项目落地", en: "foreign-funded projects landed", unit: Unit{kind: kindCount, counter: "家"}}

	// BusinessFloorArea is the floor area a store trades on (经营面积):
	// 近7000平方米.
	BusinessFloorArea = Indicator{id: "business-floor-area", zh: "经营面积", en: "floor area in business use", unit: SquareMetre}

	// ChipShortageDuration is how long a chip shortage (“缺芯”) has lasted:
	// 一年有余 by late 2021.
	ChipShortageDuration = Indicator{id: "chip-shortage-duration", zh: "“缺芯”持续时间", en: "duration of the chip shortage", unit: Years}
)
