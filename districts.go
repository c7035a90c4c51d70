package jinan

// The places, zones and peer groups every user of the library names. Each
// is a handle into the vocabulary; the others are reached with
// ParseSubject. Laiwu merged into Jinan in 2019, so 莱芜区 and 钢城区 are
// districts of Jinan.
const (
	// China is China, the nation: the benchmark of 高于全国 (Jinan's 2020 trade grew 31.9 pp faster).
	China Subject = 1 + iota

	// Shandong is Shandong province, whose capital is Jinan: the benchmark of 高于全省平均水平 (24.3 pp for Jinan's Q1 2020 trade).
	Shandong

	// Jinan is Jinan (济南), a sub-provincial city and Shandong's capital: GDP of 2027.00亿元 in Q1 2020.
	Jinan

	// Lixia is 历下区, a district of Jinan, where 央视国际网络有限公司山东分公司 settled in 2021.
	Lixia

	// Shizhong is 市中区, a district of Jinan: trade of 41.89亿元 in 2019.
	Shizhong

	// Huaiyin is 槐荫区, a district of Jinan.
	Huaiyin

	// Tianqiao is 天桥区, a district of Jinan: foreign capital of 9046万美元 in 1-10月 2021.
	Tianqiao

	// Licheng is 历城区, a district of Jinan, where 17家企业 signed into the sensor park in December 2021.
	Licheng

	// Changqing is 长清区, a district of Jinan.
	Changqing

	// Zhangqiu is 章丘区, a district of Jinan since 2016.
	Zhangqiu

	// Jiyang is 济阳区, a district of Jinan since 2018.
	Jiyang

	// Laiwu is 莱芜区, a district of Jinan since Laiwu merged into it in 2019.
	Laiwu

	// Gangcheng is 钢城区, a district of Jinan since Laiwu merged into it in 2019.
	Gangcheng

	// Pingyin is 平阴县, a county of Jinan.
	Pingyin

	// Shanghe is 商河县, a county of Jinan.
	Shanghe

	// HighTechZone is 济南高新区, Jinan's national high-tech zone: GDP of 1150.2亿元 in 2019.
	HighTechZone

	// JibeiZone is 济北经济开发区, ranked 第27名 of 160 provincial development zones for 2020.
	JibeiZone

	// ShandongFTZ is the China (Shandong) Pilot Free Trade Zone: 119.98平方公里 in three areas.
	ShandongFTZ

	// FTZJinanArea is the FTZ's Jinan Area: 37.99平方公里 of the zone's 119.98.
	FTZJinanArea

	// StartingArea is the Starting Area north of the Yellow River, planned with 1个总体方案+4个综合性规划+16个专项规划.
	StartingArea

	// MedicalCenter is the Jinan International Medical Science Center: planned investment of 2000亿元.
	MedicalCenter

	// FinancialCenter is the Jinan International Financial Center, 占地26.3平方公里.
	FinancialCenter

	// ShandongCities are Shandong's 16 prefecture-level cities, the peers of 居全省第一.
	ShandongCities

	// SubProvincialCities are China's 15 sub-provincial cities, the peers of 副省级城市首位.
	SubProvincialCities
)
