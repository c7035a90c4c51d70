package jinan

// The places of the seeds, with their GB/T 2260 codes. Laiwu merged into
// Jinan in 2019, so 莱芜区 and 钢城区 are districts of Jinan.

// China is China, the nation: the benchmark of 高于全国 (Jinan's 2020 trade grew 31.9 pp faster).
var China = Subject{id: "china", kind: Nation, code: "100000", zh: "中国", en: "China", within: ""}

// Shandong is Shandong province, whose capital is Jinan: the benchmark of 高于全省平均水平 (24.3 pp for Jinan's Q1 2020 trade).
var Shandong = Subject{id: "shandong", kind: Province, code: "370000", zh: "山东省", en: "Shandong", within: "china"}

// Jinan is Jinan (济南), a sub-provincial city and Shandong's capital: GDP of 2027.00亿元 in Q1 2020.
var Jinan = Subject{id: "jinan", kind: City, code: "370100", zh: "济南市", en: "Jinan", within: "shandong"}

// Lixia is 历下区, a district of Jinan, where 央视国际网络有限公司山东分公司 settled in 2021.
var Lixia = Subject{id: "lixia", kind: District, code: "370102", zh: "历下区", en: "Lixia District", within: "jinan"}

// Shizhong is 市中区, a district of Jinan: trade of 41.89亿元 in 2019.
var Shizhong = Subject{id: "shizhong", kind: District, code: "370103", zh: "市中区", en: "Shizhong District", within: "jinan"}

// Huaiyin is 槐荫区, a district of Jinan.
var Huaiyin = Subject{id: "huaiyin", kind: District, code: "370104", zh: "槐荫区", en: "Huaiyin District", within: "jinan"}

// Tianqiao is 天桥区, a district of Jinan: foreign capital of 9046万美元 in 1-10月 2021.
var Tianqiao = Subject{id: "tianqiao", kind: District, code: "370105", zh: "天桥区", en: "Tianqiao District", within: "jinan"}

// Licheng is 历城区, a district of Jinan, where 17家企业 signed into the sensor park in December 2021.
var Licheng = Subject{id: "licheng", kind: District, code: "370112", zh: "历城区", en: "Licheng District", within: "jinan"}

// Changqing is 长清区, a district of Jinan.
var Changqing = Subject{id: "changqing", kind: District, code: "370113", zh: "长清区", en: "Changqing District", within: "jinan"}

// Zhangqiu is 章丘区, a district of Jinan since 2016.
var Zhangqiu = Subject{id: "zhangqiu", kind: District, code: "370114", zh: "章丘区", en: "Zhangqiu District", within: "jinan"}

// Jiyang is 济阳区, a district of Jinan since 2018.
var Jiyang = Subject{id: "jiyang", kind: District, code: "370115", zh: "济阳区", en: "Jiyang District", within: "jinan"}

// Laiwu is 莱芜区, a district of Jinan since Laiwu merged into it in 2019.
var Laiwu = Subject{id: "laiwu", kind: District, code: "370116", zh: "莱芜区", en: "Laiwu District", within: "jinan"}

// Gangcheng is 钢城区, a district of Jinan since Laiwu merged into it in 2019.
var Gangcheng = Subject{id: "gangcheng", kind: District, code: "370117", zh: "钢城区", en: "Gangcheng District", within: "jinan"}

// Pingyin is 平阴县, a county of Jinan.
var Pingyin = Subject{id: "pingyin", kind: District, code: "370124", zh: "平阴县", en: "Pingyin County", within: "jinan"}

// Shanghe is 商河县, a county of Jinan.
var Shanghe = Subject{id: "shanghe", kind: District, code: "370126", zh: "商河县", en: "Shanghe County", within: "jinan"}

// The functional zones of the seeds. They are not administrative divisions
// and have no code; Within names the place they lie in.

// HighTechZone is 济南高新区, Jinan's national high-tech zone: GDP of 1150.2亿元 in 2019.
var HighTechZone = Subject{id: "jinan-hitech-zone", kind: Zone, zh: "济南高新区", en: "Jinan High-tech Industrial Development Zone", within: "jinan"}

// JibeiZone is 济北经济开发区, ranked 第27名 of 160 provincial development zones for 2020.
var JibeiZone = Subject{id: "jibei-zone", kind: Zone, zh: "济北经济开发区", en: "Jibei Economic Development Zone", within: "jinan"}

// ShandongFTZ is the China (Shandong) Pilot Free Trade Zone: 119.98平方公里 in three areas.
var ShandongFTZ = Subject{id: "shandong-ftz", kind: Zone, zh: "中国(山东)自由贸易试验区", en: "China (Shandong) Pilot Free Trade Zone", within: "shandong"}

// FTZJinanArea is the FTZ's Jinan Area: 37.99平方公里 of the zone's 119.98.
var FTZJinanArea = Subject{id: "ftz-jinan-area", kind: Zone, zh: "中国(山东)自由贸易试验区济南片区", en: "China (Shandong) Pilot Free Trade Zone, Jinan Area", within: "jinan"}

// StartingArea is the Starting Area north of the Yellow River, planned with 1个总体方案+4个综合性规划+16个专项规划.
var StartingArea = Subject{id: "starting-area", kind: Zone, zh: "济南新旧动能转换起步区", en: "Jinan Starting Area for New and Old Growth Drivers", within: "jinan"}

// MedicalCenter is the Jinan International Medical Science Center: planned investment of 2000亿元.
var MedicalCenter = Subject{id: "medical-center", kind: Zone, zh: "济南国际医学科学中心", en: "Jinan International Medical Science Center", within: "jinan"}

// FinancialCenter is the Jinan International Financial Center, 占地26.3平方公里.
var FinancialCenter = Subject{id: "financial-center", kind: Zone, zh: "济南国际金融中心", en: "Jinan International Financial Center", within: "jinan"}

// NewFinancePark is the Shandong New Finance Industrial Park in 市中区, with funds of 超1600亿元.
var NewFinancePark = Subject{id: "new-finance-park", kind: Zone, zh: "山东新金融产业园", en: "Shandong New Finance Industrial Park", within: "shizhong"}

// The groups of peers that ranks in the seeds are taken among.

// ShandongCities are Shandong's 16 prefecture-level cities, the peers of 居全省第一.
var ShandongCities = Subject{id: "shandong-cities", kind: Group, zh: "山东省地级市", en: "Shandong's 16 prefecture-level cities", within: "shandong"}

// SubProvincialCities are China's 15 sub-provincial cities, the peers of 副省级城市首位.
var SubProvincialCities = Subject{id: "sub-provincial-cities", kind: Group, zh: "副省级城市", en: "China's 15 sub-provincial cities", within: "china"}

// MajorCities are China's major cities, the peers of 全国主要城市首位.
var MajorCities = Subject{id: "major-cities", kind: Group, zh: "全国主要城市", en: "China's major cities", within: "china"}

// JinanDistricts are Jinan's districts, counties and zones, the peers of 位列各区县第一.
var JinanDistricts = Subject{id: "jinan-districts", kind: Group, zh: "济南各区县", en: "Jinan's districts and counties", within: "jinan"}

// ShandongZones are Shandong's 160 development zones at provincial level or above: 在全省160家省级以上开发区中，位居第27名.
var ShandongZones = Subject{id: "shandong-zones", kind: Group, zh: "全省省级以上开发区", en: "Shandong's development zones at provincial level or above", within: "shandong"}

// The zones and peer groups first printed in seed 001 (Dazhong Daily, late December 2020).

// ChineseCities are the cities of China, the peers of a national city
// ranking: Jinan's 综合实力跻身全国20强 in 2019.
var ChineseCities = Subject{id: "chinese-cities", kind: Group, zh: "全国城市", en: "China's cities", within: "china"}

// NationalHighTechZones are China's national high-tech industrial
// development zones (国家级高新区), among which Jinan High-tech Zone's
// 综合排名跻身国家级高新区第11位.
var NationalHighTechZones = Subject{id: "national-hitech-zones", kind: Group, zh: "国家级高新区", en: "China's national high-tech industrial development zones", within: "china"}

// JinanDevelopmentZones are Jinan's 13 development zones at provincial
// level or above taken together (13家省级以上开发区), whose internal bodies
// were cut 从109个压缩到64个 by the 2020 reform.
var JinanDevelopmentZones = Subject{id: "jinan-development-zones", kind: Zone, zh: "济南市省级以上开发区", en: "Jinan's development zones at provincial level or above", within: "jinan"}

// ConventionalFinancialProducts are conventional loan products
// (传统金融产品), the benchmark of the interest rate on the “Xinyidai”
// platform, which is 约2个百分点 lower.
var ConventionalFinancialProducts = Subject{id: "conventional-financial-products", kind: Group, zh: "传统金融产品", en: "conventional financial products", within: "jinan"}

// GlobalServerVendors are the server makers of the world, among which
// Inspur's market share 稳居全球前三.
var GlobalServerVendors = Subject{id: "global-server-vendors", kind: Group, zh: "全球服务器厂商", en: "the world's server vendors"}

// The zones and peer groups first printed in seed 002 (the High-tech Zone feature, spring 2020).

// JinanStarMarketApplicants are the Jinan enterprises in the process of
// listing on the Shanghai STAR Market, the peers of 包揽济南企业科创板上市进程的前四名.
var JinanStarMarketApplicants = Subject{id: "jinan-star-market-applicants", kind: Group, zh: "济南科创板上市进程企业", en: "Jinan enterprises in the STAR Market listing process", within: "jinan"}
