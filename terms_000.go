package jinan

// The subjects first printed in seed 000 (Dazhong Daily, about 2020-04-28).
var (
	// AntiEpidemicExporters are Jinan's enterprises making anti-epidemic
	// supplies (防疫物资企业) that export: 16家防疫物资企业出口突破3000万美元 in
	// the first quarter of 2020.
	AntiEpidemicExporters = Subject{id: "jinan-anti-epidemic-exporters", kind: Industry, zh: "防疫物资企业", en: "exporters of anti-epidemic supplies", within: "jinan"}

	// InformationServices is Jinan's information transmission, software and
	// information technology services industry (信息传输、软件和信息技术服务业),
	// whose value added was 138.77亿元 in the first quarter of 2020.
	InformationServices = Subject{id: "jinan-information-services", kind: Industry, zh: "信息传输、软件和信息技术服务业", en: "information transmission, software and information technology services", within: "jinan"}

	// PostalIndustry is Jinan's postal and express delivery industry (邮政业),
	// led by SF Express Shandong: 增速达40.6% in the first quarter of 2020.
	PostalIndustry = Subject{id: "jinan-postal-industry", kind: Industry, zh: "邮政业", en: "postal and express delivery services", within: "jinan"}

	// HighTechManufacturing is Jinan's high-technology manufacturing
	// (高技术制造业), whose value added grew 14.1% in the first quarter of 2020.
	HighTechManufacturing = Subject{id: "jinan-hightech-manufacturing", kind: Industry, zh: "高技术制造业", en: "high-technology manufacturing", within: "jinan"}

	// ComputerManufacturing is Jinan's manufacturing of computers,
	// communication and other electronic equipment (计算机通信制造业): from
	// 下降24.8% in January–February 2020 to 增长31.1% in the first quarter.
	ComputerManufacturing = Subject{id: "jinan-computer-communication-manufacturing", kind: Industry, zh: "计算机通信制造业", en: "computer, communication and other electronic equipment manufacturing", within: "jinan"}

	// PharmaceuticalManufacturing is Jinan's pharmaceutical manufacturing
	// (医药制造业): from 下降17.8% in January–February 2020 to 增长5.2% in the
	// first quarter.
	PharmaceuticalManufacturing = Subject{id: "jinan-pharmaceutical-manufacturing", kind: Industry, zh: "医药制造业", en: "pharmaceutical manufacturing", within: "jinan"}

	// JinanKeyProjects are the municipal key construction projects of Jinan
	// (市级重点建设项目) of 2020: 270个, of which 244个 had started by the end
	// of March 2020.
	JinanKeyProjects = Subject{id: "jinan-municipal-key-projects", kind: Project, zh: "市级重点建设项目", en: "municipal key construction projects of Jinan", within: "jinan"}

	// SDFMUProject is the Shandong First Medical University construction
	// project built by China Construction Eighth Engineering Division
	// (中建八局山东第一医科大学项目): 约为58万平方米 under construction in 21栋单体建筑.
	SDFMUProject = Subject{id: "sdfmu-construction-project", kind: Project, zh: "中建八局山东第一医科大学项目", en: "Shandong First Medical University construction project (China Construction Eighth Engineering Division)", within: "jinan"}

	// EmergencyBureau is the Jinan Emergency Management Bureau (济南市应急管理局),
	// which 已与22家单位签订战略合作协议 and formed 40余支 rescue teams.
	EmergencyBureau = Subject{id: "jinan-emergency-management-bureau", kind: Organisation, zh: "济南市应急管理局", en: "Jinan Emergency Management Bureau", within: "jinan"}

	// NewBusinessPack is the policy services pack (政策服务“大礼包”) that the
	// Jinan Administrative Approval Services Bureau gives newly registered
	// businesses from April 2020: 6张卡片 leading to 6个大类2224条信息.
	NewBusinessPack = Subject{id: "jinan-new-business-pack", kind: Project, zh: "新开办企业政策服务“大礼包”", en: "policy services pack for newly registered businesses", within: "jinan"}

	// TianqiaoClusters are the industrial clusters that Tianqiao District
	// plans to grow (新材料、智能制造、现代物流、医疗健康等产业集群): 一批百亿级、
	// 50亿级产业集群.
	TianqiaoClusters = Subject{id: "tianqiao-industrial-clusters", kind: Industry, zh: "天桥区新材料、智能制造、现代物流、医疗健康等产业集群", en: "industrial clusters of Tianqiao District (new materials, smart manufacturing, modern logistics, health care)", within: "tianqiao"}

	// TianqiaoKeyProjects are the key projects of Tianqiao District
	// (天桥区重点项目) in 2020: 总投资1320亿元的138个重点项目.
	TianqiaoKeyProjects = Subject{id: "tianqiao-key-projects", kind: Project, zh: "天桥区重点项目", en: "key projects of Tianqiao District", within: "tianqiao"}
)

// The indicators first printed in seed 000.
var (
	// USFormulations counts the finished drug formulations (制剂) a company
	// exports to the United States: 累计实现14个制剂对美出口 (Qilu
	// Pharmaceutical).
	USFormulations = Indicator{id: "us-formulations", zh: "对美出口制剂", en: "finished formulations exported to the United States", unit: Unit{kind: kindCount, counter: "个"}}

	// FormulationExportsUS is the value of exports of finished drug
	// formulations to the United States, at current prices: 一季度出口额为
	// 1548万美元 (Qilu Pharmaceutical).
	FormulationExportsUS = Indicator{id: "formulation-exports-us", zh: "对美制剂出口额", en: "exports of finished formulations to the United States", pricing: Nominal, unit: USD}

	// FormulationExportVolumeUS is the quantity of finished drug formulations
	// exported to the United States, in vials or tablets (支（粒）):
	// 出口数量达3862万支（粒）.
	FormulationExportVolumeUS = Indicator{id: "formulation-export-volume-us", zh: "对美制剂出口数量", en: "vials and tablets of finished formulations exported to the United States", unit: Unit{kind: kindCount, counter: "支（粒）"}}

	// CefepimeUSMarketShare is a company's share of the US market for
	// cefepime for injection (注射用头孢吡肟): 美国市场占有率超过50%.
	CefepimeUSMarketShare = Indicator{id: "cefepime-us-market-share", zh: "注射用头孢吡肟美国市场占有率", en: "share of the US market for cefepime for injection", unit: Percent}

	// OnlineInvestmentEvents counts online investment promotion events
	// (线上招商活动): 开展线上招商活动30余次.
	OnlineInvestmentEvents = Indicator{id: "online-investment-events", zh: "线上招商活动", en: "online investment promotion events", unit: Unit{kind: kindCount, counter: "次"}}

	// NewTradingEnterprises counts enterprises that recorded imports or
	// exports for the first time (新增进出口实绩企业): 230家 in the first
	// quarter of 2020.
	NewTradingEnterprises = Indicator{id: "new-trading-enterprises", zh: "新增进出口实绩企业", en: "enterprises newly recording imports or exports", unit: Unit{kind: kindCount, counter: "家"}}

	// PostalThroughput is the tonnage of international mail handled
	// (国际邮运吞吐量): 5053.5吨 in the first quarter of 2020.
	PostalThroughput = Indicator{id: "postal-throughput", zh: "国际邮运吞吐量", en: "international postal throughput", unit: Tonne}

	// EurasiaTrains counts Eurasian freight trains run (开行欧亚班列): 83列 in
	// the first quarter of 2020.
	EurasiaTrains = Indicator{id: "eurasia-freight-trains", zh: "开行欧亚班列", en: "Eurasian freight trains run", unit: Unit{kind: kindCount, counter: "列"}}

	// PledgedTasks counts the key tasks a government publicly pledges for a
	// year (重点任务公开承诺事项): 20项2020年重点任务.
	PledgedTasks = Indicator{id: "pledged-key-tasks", zh: "重点任务公开承诺事项", en: "key tasks publicly pledged", unit: Unit{kind: kindCount, counter: "项"}}

	// ProjectsStarted counts projects whose construction has started
	// (已开工): 270个市级重点建设项目已经开工244个.
	ProjectsStarted = Indicator{id: "projects-started", zh: "已开工项目", en: "projects started", unit: Unit{kind: kindCount, counter: "个"}}

	// SiteWorkers counts the workers who have reported for work on a
	// construction site (到岗): 已累计到岗2800余人.
	SiteWorkers = Indicator{id: "site-workers", zh: "到岗人员", en: "workers reporting on site", unit: Unit{kind: kindCount, counter: "人"}}

	// GrossFloorArea is the total floor area of the buildings of a project
	// (总建筑面积): 在建总建筑面积约为58万平方米.
	GrossFloorArea = Indicator{id: "gross-floor-area", zh: "总建筑面积", en: "gross floor area", unit: SquareMetre}

	// Buildings counts the separate buildings of a project (单体建筑):
	// 包含21栋单体建筑.
	Buildings = Indicator{id: "buildings", zh: "单体建筑", en: "buildings", unit: Unit{kind: kindCount, counter: "栋"}}

	// IndustrialSectors counts the industrial sectors (产业板块) a zone's plan
	// divides it into: 将济南片区从西向东分为8大板块.
	IndustrialSectors = Indicator{id: "industrial-sectors", zh: "产业板块", en: "industrial sectors of a zone's plan", unit: Unit{kind: kindCount, counter: "大"}}

	// StrategicPartners counts the bodies a public body has signed strategic
	// cooperation agreements with (签订战略合作协议的单位): 已与22家单位签订.
	StrategicPartners = Indicator{id: "strategic-partners", zh: "签订战略合作协议单位", en: "bodies with strategic cooperation agreements", unit: Unit{kind: kindCount, counter: "家"}}

	// RescueTeams counts emergency rescue teams (应急救援队伍): 组建40余支.
	RescueTeams = Indicator{id: "rescue-teams", zh: "应急救援队伍", en: "emergency rescue teams", unit: Unit{kind: kindCount, counter: "支"}}

	// ServiceCards counts the service cards in a pack (服务卡片): 6张卡片.
	ServiceCards = Indicator{id: "service-cards", zh: "服务卡片", en: "service cards", unit: Unit{kind: kindCount, counter: "张"}}

	// InformationCategories counts the categories of policy and service
	// information a service offers (信息大类): 共6个大类.
	InformationCategories = Indicator{id: "information-categories", zh: "信息大类", en: "categories of information", unit: Unit{kind: kindCount, counter: "个"}}

	// InformationItems counts items of policy and service information
	// (条信息): 2224条信息.
	InformationItems = Indicator{id: "information-items", zh: "信息条目", en: "items of information", unit: Unit{kind: kindCount, counter: "条"}}

	// TacklingTasks counts the key tasks to tackle (重点攻坚任务) of a
	// “重点工作攻坚年”: 济南市确立了12项重点攻坚任务.
	TacklingTasks = Indicator{id: "key-tackling-tasks", zh: "重点攻坚任务", en: "key tasks to tackle", unit: Unit{kind: kindCount, counter: "项"}}

	// SpecialisedMarkets counts specialised wholesale markets (专业市场):
	// 58处专业市场“腾笼换鸟” in Tianqiao District.
	SpecialisedMarkets = Indicator{id: "specialised-markets", zh: "专业市场", en: "specialised wholesale markets", unit: Unit{kind: kindCount, counter: "处"}}
)
