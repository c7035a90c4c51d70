package jinan

// The places of the seeds, with their GB/T 2260 codes. Laiwu merged into
// Jinan in 2019, so 莱芜区 and 钢城区 are districts of Jinan.
var (
	China    = subject("china", Nation, "100000", "中国", "China", "")
	Shandong = subject("shandong", Province, "370000", "山东省", "Shandong", "china")
	Jinan    = subject("jinan", City, "370100", "济南市", "Jinan", "shandong")

	Lixia     = subject("lixia", District, "370102", "历下区", "Lixia District", "jinan")
	Shizhong  = subject("shizhong", District, "370103", "市中区", "Shizhong District", "jinan")
	Huaiyin   = subject("huaiyin", District, "370104", "槐荫区", "Huaiyin District", "jinan")
	Tianqiao  = subject("tianqiao", District, "370105", "天桥区", "Tianqiao District", "jinan")
	Licheng   = subject("licheng", District, "370112", "历城区", "Licheng District", "jinan")
	Changqing = subject("changqing", District, "370113", "长清区", "Changqing District", "jinan")
	Zhangqiu  = subject("zhangqiu", District, "370114", "章丘区", "Zhangqiu District", "jinan")
	Jiyang    = subject("jiyang", District, "370115", "济阳区", "Jiyang District", "jinan")
	Laiwu     = subject("laiwu", District, "370116", "莱芜区", "Laiwu District", "jinan")
	Gangcheng = subject("gangcheng", District, "370117", "钢城区", "Gangcheng District", "jinan")
	Pingyin   = subject("pingyin", District, "370124", "平阴县", "Pingyin County", "jinan")
	Shanghe   = subject("shanghe", District, "370126", "商河县", "Shanghe County", "jinan")
)

// The functional zones of the seeds. They are not administrative divisions
// and have no code; Within names the place they lie in.
var (
	HighTechZone = subject("jinan-hitech-zone", Zone, "", "济南高新区",
		"Jinan High-tech Industrial Development Zone", "jinan")
	JibeiZone = subject("jibei-zone", Zone, "", "济北经济开发区",
		"Jibei Economic Development Zone", "jinan")
	ShandongFTZ = subject("shandong-ftz", Zone, "", "中国(山东)自由贸易试验区",
		"China (Shandong) Pilot Free Trade Zone", "shandong")
	FTZJinanArea = subject("ftz-jinan-area", Zone, "", "中国(山东)自由贸易试验区济南片区",
		"China (Shandong) Pilot Free Trade Zone, Jinan Area", "jinan")
	StartingArea = subject("starting-area", Zone, "", "济南新旧动能转换起步区",
		"Jinan Starting Area for New and Old Growth Drivers", "jinan")
	MedicalCenter = subject("medical-center", Zone, "", "济南国际医学科学中心",
		"Jinan International Medical Science Center", "jinan")
	FinancialCenter = subject("financial-center", Zone, "", "济南国际金融中心",
		"Jinan International Financial Center", "jinan")
	NewFinancePark = subject("new-finance-park", Zone, "", "山东新金融产业园",
		"Shandong New Finance Industrial Park", "shizhong")
)

// The groups of peers that ranks in the seeds are taken among.
var (
	// ShandongCities are Shandong's 16 prefecture-level cities: 居全省第一.
	ShandongCities = subject("shandong-cities", Group, "", "山东省地级市",
		"Shandong's 16 prefecture-level cities", "shandong")
	// SubProvincialCities are China's 15 sub-provincial cities: 副省级城市首位.
	SubProvincialCities = subject("sub-provincial-cities", Group, "", "副省级城市",
		"China's 15 sub-provincial cities", "china")
	// MajorCities are China's major cities: 全国主要城市首位.
	MajorCities = subject("major-cities", Group, "", "全国主要城市",
		"China's major cities", "china")
	// JinanDistricts are the districts, counties and zones of Jinan:
	// 位列各区县第一.
	JinanDistricts = subject("jinan-districts", Group, "", "济南各区县",
		"Jinan's districts and counties", "jinan")
	// ShandongZones are Shandong's 160 development zones at provincial level
	// or above: 在全省160家省级以上开发区中，位居第27名.
	ShandongZones = subject("shandong-zones", Group, "", "全省省级以上开发区",
		"Shandong's development zones at provincial level or above", "shandong")
)
