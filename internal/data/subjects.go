package data

// Subjects is the vocabulary of what facts are about. The root package
// names the first NamedSubjects of them as constants, in this order; the
// others are reached by ID.
var Subjects = [...]Subject{
	// Named in the root package, in the order of its constants.
	// "china" is China, the nation: the benchmark of 高于全国 (Jinan's 2020 trade grew 31.9 pp faster).
	{ID: "china", Kind: "nation", Code: "100000", Zh: "中国", En: "China"},
	// "shandong" is Shandong province, whose capital is Jinan: the benchmark of 高于全省平均水平 (24.3 pp for Jinan's Q1 2020 trade).
	{ID: "shandong", Kind: "province", Code: "370000", Zh: "山东省", En: "Shandong", Within: "china"},
	// "jinan" is Jinan (济南), a sub-provincial city and Shandong's capital: GDP of 2027.00亿元 in Q1 2020.
	{ID: "jinan", Kind: "city", Code: "370100", Zh: "济南市", En: "Jinan", Within: "shandong"},
	// "lixia" is 历下区, a district of Jinan, where 央视国际网络有限公司山东分公司 settled in 2021.
	{ID: "lixia", Kind: "district", Code: "370102", Zh: "历下区", En: "Lixia District", Within: "jinan"},
	// "shizhong" is 市中区, a district of Jinan: trade of 41.89亿元 in 2019.
	{ID: "shizhong", Kind: "district", Code: "370103", Zh: "市中区", En: "Shizhong District", Within: "jinan"},
	// "huaiyin" is 槐荫区, a district of Jinan.
	{ID: "huaiyin", Kind: "district", Code: "370104", Zh: "槐荫区", En: "Huaiyin District", Within: "jinan"},
	// "tianqiao" is 天桥区, a district of Jinan: foreign capital of 9046万美元 in 1-10月 2021.
	{ID: "tianqiao", Kind: "district", Code: "370105", Zh: "天桥区", En: "Tianqiao District", Within: "jinan"},
	// "licheng" is 历城区, a district of Jinan, where 17家企业 signed into the sensor park in December 2021.
	{ID: "licheng", Kind: "district", Code: "370112", Zh: "历城区", En: "Licheng District", Within: "jinan"},
	// "changqing" is 长清区, a district of Jinan.
	{ID: "changqing", Kind: "district", Code: "370113", Zh: "长清区", En: "Changqing District", Within: "jinan"},
	// "zhangqiu" is 章丘区, a district of Jinan since 2016.
	{ID: "zhangqiu", Kind: "district", Code: "370114", Zh: "章丘区", En: "Zhangqiu District", Within: "jinan"},
	// "jiyang" is 济阳区, a district of Jinan since 2018.
	{ID: "jiyang", Kind: "district", Code: "370115", Zh: "济阳区", En: "Jiyang District", Within: "jinan"},
	// "laiwu" is 莱芜区, a district of Jinan since Laiwu merged into it in 2019.
	{ID: "laiwu", Kind: "district", Code: "370116", Zh: "莱芜区", En: "Laiwu District", Within: "jinan"},
	// "gangcheng" is 钢城区, a district of Jinan since Laiwu merged into it in 2019.
	{ID: "gangcheng", Kind: "district", Code: "370117", Zh: "钢城区", En: "Gangcheng District", Within: "jinan"},
	// "pingyin" is 平阴县, a county of Jinan.
	{ID: "pingyin", Kind: "district", Code: "370124", Zh: "平阴县", En: "Pingyin County", Within: "jinan"},
	// "shanghe" is 商河县, a county of Jinan.
	{ID: "shanghe", Kind: "district", Code: "370126", Zh: "商河县", En: "Shanghe County", Within: "jinan"},
	// "jinan-hitech-zone" is 济南高新区, Jinan's national high-tech zone: GDP of 1150.2亿元 in 2019.
	{ID: "jinan-hitech-zone", Kind: "zone", Zh: "济南高新区", En: "Jinan High-tech Industrial Development Zone", Within: "jinan"},
	// "jibei-zone" is 济北经济开发区, ranked 第27名 of 160 provincial development zones for 2020.
	{ID: "jibei-zone", Kind: "zone", Zh: "济北经济开发区", En: "Jibei Economic Development Zone", Within: "jinan"},
	// "shandong-ftz" is the China (Shandong) Pilot Free Trade Zone: 119.98平方公里 in three areas.
	{ID: "shandong-ftz", Kind: "zone", Zh: "中国(山东)自由贸易试验区", En: "China (Shandong) Pilot Free Trade Zone", Within: "shandong"},
	// "ftz-jinan-area" is the FTZ's Jinan Area: 37.99平方公里 of the zone's 119.98.
	{ID: "ftz-jinan-area", Kind: "zone", Zh: "中国(山东)自由贸易试验区济南片区", En: "China (Shandong) Pilot Free Trade Zone, Jinan Area", Within: "jinan"},
	// "starting-area" is the Starting Area north of the Yellow River, planned with 1个总体方案+4个综合性规划+16个专项规划.
	{ID: "starting-area", Kind: "zone", Zh: "济南新旧动能转换起步区", En: "Jinan Starting Area for New and Old Growth Drivers", Within: "jinan"},
	// "medical-center" is the Jinan International Medical Science Center: planned investment of 2000亿元.
	{ID: "medical-center", Kind: "zone", Zh: "济南国际医学科学中心", En: "Jinan International Medical Science Center", Within: "jinan"},
	// "financial-center" is the Jinan International Financial Center, 占地26.3平方公里.
	{ID: "financial-center", Kind: "zone", Zh: "济南国际金融中心", En: "Jinan International Financial Center", Within: "jinan"},
	// "shandong-cities" are Shandong's 16 prefecture-level cities, the peers of 居全省第一.
	{ID: "shandong-cities", Kind: "group", Zh: "山东省地级市", En: "Shandong's 16 prefecture-level cities", Within: "shandong"},
	// "sub-provincial-cities" are China's 15 sub-provincial cities, the peers of 副省级城市首位.
	{ID: "sub-provincial-cities", Kind: "group", Zh: "副省级城市", En: "China's 15 sub-provincial cities", Within: "china"},
	// "qilu-pharma" is 齐鲁制药集团, Qilu Pharmaceutical Group: exports of 1.79亿美元 in Q1 2020.
	{ID: "qilu-pharma", Kind: "company", Zh: "齐鲁制药集团", En: "Qilu Pharmaceutical Group", Within: "jinan"},
	// "inspur" is 浪潮集团, Inspur Group, whose servers' market share 稳居全球前三.
	{ID: "inspur", Kind: "company", Zh: "浪潮集团", En: "Inspur Group", Within: "jinan"},
	// "sinotruk" is 中国重汽, China National Heavy Duty Truck Group, with sales of 过千亿元 in 2018.
	{ID: "sinotruk", Kind: "company", Zh: "中国重汽", En: "Sinotruk (China National Heavy Duty Truck Group)", Within: "jinan"},

	// "new-finance-park" is the Shandong New Finance Industrial Park in 市中区, with funds of 超1600亿元.
	{ID: "new-finance-park", Kind: "zone", Zh: "山东新金融产业园", En: "Shandong New Finance Industrial Park", Within: "shizhong"},

	// The groups of peers that ranks in the seeds are taken among.
	// "major-cities" are China's major cities, the peers of 全国主要城市首位.
	{ID: "major-cities", Kind: "group", Zh: "全国主要城市", En: "China's major cities", Within: "china"},
	// "jinan-districts" are Jinan's districts, counties and zones, the peers of 位列各区县第一.
	{ID: "jinan-districts", Kind: "group", Zh: "济南各区县", En: "Jinan's districts and counties", Within: "jinan"},
	// "shandong-zones" are Shandong's 160 development zones at provincial level or above: 在全省160家省级以上开发区中，位居第27名.
	{ID: "shandong-zones", Kind: "group", Zh: "全省省级以上开发区", En: "Shandong's development zones at provincial level or above", Within: "shandong"},

	// The zones and peer groups first printed in seed 001 (Dazhong Daily, late December 2020).
	// "chinese-cities" are the cities of China, the peers of a national city
	// ranking: Jinan's 综合实力跻身全国20强 in 2019.
	{ID: "chinese-cities", Kind: "group", Zh: "全国城市", En: "China's cities", Within: "china"},
	// "national-hitech-zones" are China's national high-tech industrial
	// development zones (国家级高新区), among which Jinan High-tech Zone's
	// 综合排名跻身国家级高新区第11位.
	{ID: "national-hitech-zones", Kind: "group", Zh: "国家级高新区", En: "China's national high-tech industrial development zones", Within: "china"},
	// "jinan-development-zones" are Jinan's 13 development zones at provincial
	// level or above taken together (13家省级以上开发区), whose internal bodies
	// were cut 从109个压缩到64个 by the 2020 reform.
	{ID: "jinan-development-zones", Kind: "zone", Zh: "济南市省级以上开发区", En: "Jinan's development zones at provincial level or above", Within: "jinan"},
	// "conventional-financial-products" are conventional loan products
	// (传统金融产品), the benchmark of the interest rate on the “Xinyidai”
	// platform, which is 约2个百分点 lower.
	{ID: "conventional-financial-products", Kind: "group", Zh: "传统金融产品", En: "conventional financial products", Within: "jinan"},
	// "global-server-vendors" are the server makers of the world, among which
	// Inspur's market share 稳居全球前三.
	{ID: "global-server-vendors", Kind: "group", Zh: "全球服务器厂商", En: "the world's server vendors"},

	// The zones and peer groups first printed in seed 002 (the High-tech Zone feature, spring 2020).
	// "jinan-star-market-applicants" are the Jinan enterprises in the process of
	// listing on the Shanghai STAR Market, the peers of 包揽济南企业科创板上市进程的前四名.
	{ID: "jinan-star-market-applicants", Kind: "group", Zh: "济南科创板上市进程企业", En: "Jinan enterprises in the STAR Market listing process", Within: "jinan"},

	// The companies, projects, industries and organisations first printed in seed 000 (Dazhong Daily, about 2020-04-28).
	// "jinan-anti-epidemic-exporters" are Jinan's enterprises making anti-epidemic
	// supplies (防疫物资企业) that export: 16家防疫物资企业出口突破3000万美元 in
	// the first quarter of 2020.
	{ID: "jinan-anti-epidemic-exporters", Kind: "industry", Zh: "防疫物资企业", En: "exporters of anti-epidemic supplies", Within: "jinan"},
	// "jinan-information-services" is Jinan's information transmission, software and
	// information technology services industry (信息传输、软件和信息技术服务业),
	// whose value added was 138.77亿元 in the first quarter of 2020.
	{ID: "jinan-information-services", Kind: "industry", Zh: "信息传输、软件和信息技术服务业", En: "information transmission, software and information technology services", Within: "jinan"},
	// "jinan-postal-industry" is Jinan's postal and express delivery industry (邮政业),
	// led by SF Express Shandong: 增速达40.6% in the first quarter of 2020.
	{ID: "jinan-postal-industry", Kind: "industry", Zh: "邮政业", En: "postal and express delivery services", Within: "jinan"},
	// "jinan-industry-above-size" is Jinan's industry above designated size
	// (规模以上工业), the 全市平均水平 against which 000 measures high-technology
	// manufacturing's growth.
	{ID: "jinan-industry-above-size", Kind: "industry", Zh: "济南市规模以上工业", En: "industry above designated size", Within: "jinan"},
	// "jinan-hightech-manufacturing" is Jinan's high-technology manufacturing
	// (高技术制造业), whose value added grew 14.1% in the first quarter of 2020.
	{ID: "jinan-hightech-manufacturing", Kind: "industry", Zh: "高技术制造业", En: "high-technology manufacturing", Within: "jinan"},
	// "jinan-computer-communication-manufacturing" is Jinan's manufacturing of computers,
	// communication and other electronic equipment (计算机通信制造业): from
	// 下降24.8% in January–February 2020 to 增长31.1% in the first quarter.
	{ID: "jinan-computer-communication-manufacturing", Kind: "industry", Zh: "计算机通信制造业", En: "computer, communication and other electronic equipment manufacturing", Within: "jinan"},
	// "jinan-pharmaceutical-manufacturing" is Jinan's pharmaceutical manufacturing
	// (医药制造业): from 下降17.8% in January–February 2020 to 增长5.2% in the
	// first quarter.
	{ID: "jinan-pharmaceutical-manufacturing", Kind: "industry", Zh: "医药制造业", En: "pharmaceutical manufacturing", Within: "jinan"},
	// "jinan-municipal-key-projects" are the municipal key construction projects of Jinan
	// (市级重点建设项目) of 2020: 270个, of which 244个 had started by the end
	// of March 2020.
	{ID: "jinan-municipal-key-projects", Kind: "project", Zh: "市级重点建设项目", En: "municipal key construction projects of Jinan", Within: "jinan"},
	// "sdfmu-construction-project" is the Shandong First Medical University construction
	// project built by China Construction Eighth Engineering Division
	// (中建八局山东第一医科大学项目): 约为58万平方米 under construction in 21栋单体建筑.
	{ID: "sdfmu-construction-project", Kind: "project", Zh: "中建八局山东第一医科大学项目", En: "Shandong First Medical University construction project (China Construction Eighth Engineering Division)", Within: "jinan"},
	// "jinan-emergency-management-bureau" is the Jinan Emergency Management Bureau (济南市应急管理局),
	// which 已与22家单位签订战略合作协议 and formed 40余支 rescue teams.
	{ID: "jinan-emergency-management-bureau", Kind: "organisation", Zh: "济南市应急管理局", En: "Jinan Emergency Management Bureau", Within: "jinan"},
	// "jinan-new-business-pack" is the policy services pack (政策服务“大礼包”) that the
	// Jinan Administrative Approval Services Bureau gives newly registered
	// businesses from April 2020: 6张卡片 leading to 6个大类2224条信息.
	{ID: "jinan-new-business-pack", Kind: "project", Zh: "新开办企业政策服务“大礼包”", En: "policy services pack for newly registered businesses", Within: "jinan"},
	// "tianqiao-industrial-clusters" are the industrial clusters that Tianqiao District
	// plans to grow (新材料、智能制造、现代物流、医疗健康等产业集群): 一批百亿级、
	// 50亿级产业集群.
	{ID: "tianqiao-industrial-clusters", Kind: "industry", Zh: "天桥区新材料、智能制造、现代物流、医疗健康等产业集群", En: "industrial clusters of Tianqiao District (new materials, smart manufacturing, modern logistics, health care)", Within: "tianqiao"},
	// "tianqiao-key-projects" are the key projects of Tianqiao District
	// (天桥区重点项目) in 2020: 总投资1320亿元的138个重点项目.
	{ID: "tianqiao-key-projects", Kind: "project", Zh: "天桥区重点项目", En: "key projects of Tianqiao District", Within: "tianqiao"},

	// The companies, projects, industries and organisations first printed in seed 001 (Dazhong Daily, late December 2020).
	// "jinan-eurasia-trains" are the Eurasian block trains (欧亚班列) run from
	// Jinan, which 覆盖16个国家40余个城市.
	{ID: "jinan-eurasia-trains", Kind: "project", Zh: "济南欧亚班列", En: "Eurasian block trains from Jinan", Within: "jinan"},
	// "qilu-china-europe-trains" are Shandong's “Qilu” China–Europe block trains (“齐鲁号”中欧班列),
	// printed as reaching 15国 at the end of 2020.
	{ID: "qilu-china-europe-trains", Kind: "project", Zh: "“齐鲁号”中欧班列", En: "“Qilu” China–Europe block trains", Within: "shandong"},
	// "jinan-drc" is the Jinan Development and Reform Commission (济南市发展改革委),
	// which with 8部门 cut the steps to issue a bid award notice from 7 to 3
	// in 2018.
	{ID: "jinan-drc", Kind: "organisation", Zh: "济南市发展改革委", En: "Jinan Development and Reform Commission", Within: "jinan"},
	// "jinan-approval-bureau" is the Jinan Administrative Approval Service Bureau
	// (济南市行政审批服务局), set up at the end of 2018, which took over
	// 27个部门的262项行政许可.
	{ID: "jinan-approval-bureau", Kind: "organisation", Zh: "济南市行政审批服务局", En: "Jinan Administrative Approval Service Bureau", Within: "jinan"},
	// "jinan-financial-counselors" are Jinan's enterprise financial counselors
	// (企业金融辅导员) and their teams, who by the end of October 2020 had
	// matched 1218家 enterprises seeking finance.
	{ID: "jinan-financial-counselors", Kind: "organisation", Zh: "济南企业金融辅导员", En: "Jinan's enterprise financial counselors", Within: "jinan"},
	// "xinyidai-jinan" is the national “Xinyidai” credit-based SME financing
	// platform (全国“信易贷”平台) as used in Jinan: 42家 financial
	// institutions on it by the end of October 2020.
	{ID: "xinyidai-jinan", Kind: "project", Zh: "全国“信易贷”平台（济南）", En: "national “Xinyidai” SME credit financing platform in Jinan", Within: "jinan"},
	// "shandong-industrial-tech-institute" is the Shandong Industrial Technology
	// Research Institute (山东产业技术研究院), founded in Jinan in July 2019,
	// which has 孵化99家高新技术企业.
	{ID: "shandong-industrial-tech-institute", Kind: "organisation", Zh: "山东产业技术研究院", En: "Shandong Industrial Technology Research Institute", Within: "jinan"},
	// "jinan-steel" is Jinan Iron and Steel Group (济钢), whose 10万吨 of steel
	// capacity, as the seed prints it, was all retired after 60年.
	{ID: "jinan-steel", Kind: "company", Zh: "济钢集团", En: "Jinan Iron and Steel Group", Within: "jinan"},
	// "steel-area-forest-park" is the forest park planned in the former steel and
	// aluminium works area (钢铝片区), 占地达45万平方米.
	{ID: "steel-area-forest-park", Kind: "project", Zh: "钢铝片区森林公园", En: "forest park of the steel and aluminium area", Within: "jinan"},
	// "jinan-big-data-it" is Jinan's big data and new-generation information
	// technology industry (大数据与新一代信息技术产业), with main business
	// revenue of 3600亿元.
	{ID: "jinan-big-data-it", Kind: "industry", Zh: "大数据与新一代信息技术产业", En: "big data and new-generation information technology", Within: "jinan"},
	// "jinan-smart-equipment" is Jinan's intelligent manufacturing and
	// high-end equipment industry (智能制造与高端装备产业), with main business
	// revenue of 3400亿元.
	{ID: "jinan-smart-equipment", Kind: "industry", Zh: "智能制造与高端装备产业", En: "intelligent manufacturing and high-end equipment", Within: "jinan"},
	// "jinan-equipment-manufacturing" is Jinan's equipment manufacturing above
	// designated size (装备制造业规模以上企业): operating revenue 2420.6亿元 in
	// January–September 2020.
	{ID: "jinan-equipment-manufacturing", Kind: "industry", Zh: "装备制造业规模以上企业", En: "equipment manufacturing above designated size", Within: "jinan"},
	// "jinan-biomedical-health" is Jinan's biomedicine and health industry
	// (生物医药健康产业): operating revenue 1025亿元 in the first nine months
	// of 2020.
	{ID: "jinan-biomedical-health", Kind: "industry", Zh: "生物医药健康产业", En: "biomedicine and health", Within: "jinan"},
	// "jinan-ten-industrial-chains" are Jinan's ten industrial chains (十大产业链) whose
	// main business revenue is to grow 年均增长20%以上 to 2025.
	{ID: "jinan-ten-industrial-chains", Kind: "industry", Zh: "济南十大产业链", En: "Jinan's ten industrial chains", Within: "jinan"},
	// "greenland-jinan-global-trade" is the Greenland (Jinan) global commodity
	// trade project (绿地(济南)全球商品贸易项目), among the first signed in the
	// FTZ Jinan Area, planning to bring in 22000余种 foreign goods.
	{ID: "greenland-jinan-global-trade", Kind: "project", Zh: "绿地(济南)全球商品贸易项目", En: "Greenland (Jinan) global commodity trade project", Within: "ftz-jinan-area"},

	// The companies, projects, industries and organisations first printed in seed 002 (the High-tech Zone feature, spring 2020).
	// "jinan-hitech-zone-four-new-economy" is the “four new” economy (new technologies, new
	// industries, new business forms, new business models) of Jinan High-tech
	// Zone: “四新”经济增加值占比超过50%.
	{ID: "jinan-hitech-zone-four-new-economy", Kind: "industry", Zh: "济南高新区“四新”经济", En: "the “four new” economy of Jinan High-tech Zone", Within: "jinan-hitech-zone"},
	// "jinan-hitech-zone-digital-economy" is the digital economy of Jinan High-tech
	// Zone: 数字经济占比超过45%.
	{ID: "jinan-hitech-zone-digital-economy", Kind: "industry", Zh: "济南高新区数字经济", En: "the digital economy of Jinan High-tech Zone", Within: "jinan-hitech-zone"},
	// "jinan-hitech-zone-biomedicine" is the biomedicine industry of Jinan High-tech
	// Zone: 生物医药企业总数突破3000家 in 2019.
	{ID: "jinan-hitech-zone-biomedicine", Kind: "industry", Zh: "济南高新区生物医药产业", En: "the biomedicine industry of Jinan High-tech Zone", Within: "jinan-hitech-zone"},
	// "jinan-health-industry" is Jinan's “big health” industry: 济南市大健康产业销售收入
	// 突破万亿元, a target for the 14th Five-Year Plan period.
	{ID: "jinan-health-industry", Kind: "industry", Zh: "济南市大健康产业", En: "the health industry of Jinan", Within: "jinan"},
	// "jinan-hitech-zone-nuclear-equipment" is the high-end nuclear power equipment
	// industry cluster that Jinan High-tech Zone plans: 打造千亿级核电高端装备产业集群.
	{ID: "jinan-hitech-zone-nuclear-equipment", Kind: "industry", Zh: "济南高新区核电高端装备产业集群", En: "the high-end nuclear power equipment cluster of Jinan High-tech Zone", Within: "jinan-hitech-zone"},
	// "jinan-hitech-zone-big-data-it" is the big data and new-generation information
	// technology industry of Jinan High-tech Zone: 集聚大数据和新一代信息技术企业3000余家.
	{ID: "jinan-hitech-zone-big-data-it", Kind: "industry", Zh: "济南高新区大数据和新一代信息技术产业", En: "the big data and new-generation IT industry of Jinan High-tech Zone", Within: "jinan-hitech-zone"},
	// "jinan-hitech-zone-computing-power" is the computing power industry of Jinan
	// High-tech Zone (中国算力, built around Inspur): 力争通过3—5年,建设成全球算力产业新高地.
	{ID: "jinan-hitech-zone-computing-power", Kind: "industry", Zh: "济南高新区算力产业", En: "the computing power industry of Jinan High-tech Zone", Within: "jinan-hitech-zone"},
	// "jinan-hitech-zone-human-capital" is the human capital services industry of Jinan
	// High-tech Zone: 力争3年内人力资本产业达到千亿级规模. Seed 000 misprints it
	// 内内资本产业.
	{ID: "jinan-hitech-zone-human-capital", Kind: "industry", Zh: "济南高新区人力资本产业", En: "the human capital services industry of Jinan High-tech Zone", Within: "jinan-hitech-zone"},

	// The companies, projects, industries and organisations first printed in seed 003 (the Shizhong District feature, early 2020).
	// "shizhong-finance" is the financial industry of Shizhong District: 银行、保险和
	// 证券期货区域总部达70家，实现税收17.7亿元.
	{ID: "shizhong-finance", Kind: "industry", Zh: "市中区金融业", En: "the financial industry of Shizhong District", Within: "shizhong"},
	// "shizhong-construction" is the construction industry of Shizhong District:
	// 建筑业…完成增加值增长25%.
	{ID: "shizhong-construction", Kind: "industry", Zh: "市中区建筑业", En: "the construction industry of Shizhong District", Within: "shizhong"},
	// "shizhong-above-size-services" is the services industry above designated size of
	// Shizhong District (规上服务业): 规上服务业完成营业收入274.8亿元.
	{ID: "shizhong-above-size-services", Kind: "industry", Zh: "市中区规模以上服务业", En: "services above designated size in Shizhong District", Within: "shizhong"},
	// "shizhong-ict" is the information and communications industry of Shizhong
	// District: 信息通信业…实现税收4.46亿元.
	{ID: "shizhong-ict", Kind: "industry", Zh: "市中区信息通信业", En: "the information and communications industry of Shizhong District", Within: "shizhong"},
	// "shizhong-above-size-logistics" is the logistics industry above designated size of
	// Shizhong District (规上物流企业): 规上物流企业完成营业收入26.5亿元.
	{ID: "shizhong-above-size-logistics", Kind: "industry", Zh: "市中区规模以上物流业", En: "logistics above designated size in Shizhong District", Within: "shizhong"},
	// "zbj-internet-plus-park" is the “Internet+” innovation and entrepreneurship
	// demonstration park led by ZBJ.com (猪八戒网) in Shizhong District: 进驻“线上+线下”
	// 企业100余家.
	{ID: "zbj-internet-plus-park", Kind: "project", Zh: "猪八戒网“互联网+”创新创业综合示范园", En: "ZBJ.com “Internet+” innovation and entrepreneurship demonstration park", Within: "shizhong"},
	// "jinan-innovation-design-park" is the Jinan International Innovation Design Industrial Park
	// in Shizhong District: 园区载体规模达6.4万平方米，注册企业185家.
	{ID: "jinan-innovation-design-park", Kind: "project", Zh: "济南国际创新设计产业园", En: "Jinan International Innovation Design Industrial Park", Within: "shizhong"},
	// "shizhong-high-tech-industry" is the high-technology industry of Shizhong
	// District: 高新技术产业产值占规模以上工业总产值比重达90%.
	{ID: "shizhong-high-tech-industry", Kind: "industry", Zh: "市中区高新技术产业", En: "the high-technology industry of Shizhong District", Within: "shizhong"},
	// "shizhong-expropriation-projects" are the house expropriation and demolition projects
	// of Shizhong District: 加快推进42个征收拆迁项目.
	{ID: "shizhong-expropriation-projects", Kind: "project", Zh: "市中区征收拆迁项目", En: "house expropriation and demolition projects of Shizhong District", Within: "shizhong"},
	// "shizhong-city-key-projects" are the city-level key projects in Shizhong
	// District: 加快推进12个市级重点项目，累计完成投资123.5亿元.
	{ID: "shizhong-city-key-projects", Kind: "project", Zh: "市中区市级重点项目", En: "city-level key projects in Shizhong District", Within: "shizhong"},
	// "shizhong-projects-10m-plus" are the projects of 10 million yuan or more that
	// Shizhong District brought in: 引进千万元以上项目1134个. 千万元以上 is the
	// threshold of the class, not a figure.
	{ID: "shizhong-projects-10m-plus", Kind: "project", Zh: "市中区引进千万元以上项目", En: "projects of 10 million yuan or more brought into Shizhong District", Within: "shizhong"},
	// "shizhong-projects-100m-plus" are the projects of 100 million yuan or more that
	// Shizhong District brought in, part of ShizhongProjects10M: 其中亿元以上项目174个.
	{ID: "shizhong-projects-100m-plus", Kind: "project", Zh: "市中区引进亿元以上项目", En: "projects of 100 million yuan or more brought into Shizhong District", Within: "shizhong"},
	// "jinan-icbc-new-drivers-fund" is the Jinan ICBC New Growth Drivers Fund, registered
	// in Shizhong District in 2019: 规模100亿元的济南工银新动能基金.
	{ID: "jinan-icbc-new-drivers-fund", Kind: "company", Zh: "济南工银新动能基金", En: "Jinan ICBC New Growth Drivers Fund", Within: "shizhong"},
	// "shandong-investment-guarantee-group" is the Shandong Investment and Financing Guarantee
	// Group, registered in Shizhong District in 2019: 资本金45.7亿元的山东省投融资担保集团.
	{ID: "shandong-investment-guarantee-group", Kind: "company", Zh: "山东省投融资担保集团", En: "Shandong Investment and Financing Guarantee Group", Within: "shizhong"},

	// The companies, projects, industries and organisations first printed in seed 004 (Jinan Daily, about 2021-12-27).
	// "jinan-smart-sensor-park" is the Jinan Smart Sensor Industrial Park (济南智能传感器产业园)
	// in Licheng District, whose construction started on 2021-12-04 with
	// 17家企业现场签约入驻.
	{ID: "jinan-smart-sensor-park", Kind: "project", Zh: "济南智能传感器产业园", En: "Jinan Smart Sensor Industrial Park", Within: "licheng"},
	// "greenland-bonded-showroom" is the bonded exhibition and sales centre of
	// Jinan Greenland Center (济南绿地中心“链上自贸”保税展示展销中心) in Shizhong
	// District, opened “近日” (shortly before the page of about 2021-12-27)
	// with goods from 8个国家和地区.
	{ID: "greenland-bonded-showroom", Kind: "project", Zh: "济南绿地中心“链上自贸”保税展示展销中心", En: "Jinan Greenland Center “Chain FTZ” bonded exhibition and sales centre", Within: "shizhong"},
	// "jibei-zone-industry-above-size" are the industrial enterprises above designated
	// size (规上工业企业) of the Jibei Economic Development Zone, whose output
	// value grew 20.5% in January–October 2021.
	{ID: "jibei-zone-industry-above-size", Kind: "industry", Zh: "规上工业企业", En: "industrial enterprises above designated size", Within: "jibei-zone"},
	// "jibei-zone-services-above-size" are the service enterprises above designated size
	// (规上服务业) of the Jibei Economic Development Zone: 同比增长7.25% in
	// January–October 2021.
	{ID: "jibei-zone-services-above-size", Kind: "industry", Zh: "规上服务业", En: "services above designated size", Within: "jibei-zone"},
	// "jibei-zone-manufacturing" is manufacturing (制造业) in the Jibei Economic
	// Development Zone: 签约制造业项目占比91.8% of the projects signed in 2021.
	{ID: "jibei-zone-manufacturing", Kind: "industry", Zh: "制造业", En: "manufacturing", Within: "jibei-zone"},
	// "tianqiao-investment-bureau" is the Investment Promotion Bureau of Tianqiao
	// District (天桥区投资促进局, 投促局) and its investment team, which
	// invited 150余家建筑企业 to a product promotion meeting.
	{ID: "tianqiao-investment-bureau", Kind: "organisation", Zh: "天桥区投资促进局", En: "Tianqiao District Investment Promotion Bureau", Within: "tianqiao"},
	// "hema-jinan-first-store" is the first Freshippo (盒马) store in Jinan, opened on
	// 2021-11-26 with 近7000平方米 of floor space.
	{ID: "hema-jinan-first-store", Kind: "project", Zh: "盒马济南首店", En: "first Freshippo (Hema) store in Jinan", Within: "jinan"},
	// "global-auto-industry" is the automotive industry worldwide (全球性的汽车产业),
	// short of chips for 一年有余 by the end of 2021. It lies within no
	// place of the library.
	{ID: "global-auto-industry", Kind: "industry", Zh: "全球汽车产业", En: "the global automotive industry"},
	// "jinan-health-care" is Jinan's health care and elderly care industry (康养),
	// whose 产业规模突破千亿元 (seed 001).
	{ID: "jinan-health-care", Kind: "industry", Zh: "济南康养产业", En: "health and elderly care", Within: "jinan"},
	// "jinan-biomedicine" is Jinan's biomedicine industry (生物医药), whose
	// 产业规模突破千亿元 (seed 001).
	{ID: "jinan-biomedicine", Kind: "industry", Zh: "济南生物医药产业", En: "biomedicine", Within: "jinan"},
	// "china-computing-valley-park" is the China Computing Valley industrial park
	// (中国算谷产业园, called 中国算力产业园 in 002) of Jinan High-tech Zone,
	// whose construction is to start 9月底前 (2020).
	{ID: "china-computing-valley-park", Kind: "project", Zh: "中国算谷产业园", En: "China Computing Valley industrial park", Within: "jinan-hitech-zone"},
	// "jinan-geological-rescue-team" is the Jinan geological (earthquake) disaster
	// rescue team (济南地质（地震）灾害救援队), formed on 2020-04-24 with 两支专业力量
	// of the provincial geological bureau.
	{ID: "jinan-geological-rescue-team", Kind: "organisation", Zh: "济南地质（地震）灾害救援队", En: "Jinan geological (earthquake) disaster rescue team", Within: "jinan"},
	// "starting-area-river-crossings" are the Yellow River crossings of the Starting
	// Area (“三桥一隧”工程): 齐鲁大桥, 凤凰大桥, the rebuilt 黄河大桥 and 济钢隧道.
	{ID: "starting-area-river-crossings", Kind: "project", Zh: "起步区“三桥一隧”工程", En: "Yellow River crossings of the Starting Area (three bridges and a tunnel)", Within: "starting-area"},
	// "china-nuclear-industry" is China's nuclear power industry (核电产业), led
	// by 中国三大核电集团, whose partners Jinan High-tech Zone courts.
	{ID: "china-nuclear-industry", Kind: "industry", Zh: "中国核电产业", En: "China's nuclear power industry", Within: "china"},
	// "runhua-group" is 润华集团, a Jinan company whose mortgage registration of
	// 一个多亿 the High-tech Zone handled within a midday (002).
	{ID: "runhua-group", Kind: "company", Zh: "润华集团", En: "Runhua Group", Within: "jinan"},
}

// NamedSubjects is how many of Subjects the root package names.
const NamedSubjects = 27
