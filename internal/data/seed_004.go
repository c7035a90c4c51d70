package data

// file004 is the seed of Seed004.
const file004 = "004_a32e2b83e55b5a5b.txt"

// inferred004 explains the year of the periods of seed 004 that print none.
const inferred004 = "004 prints no year here; the Jinan Daily page is of about 2021-12-27 (12月22日 signing, 12月26日 Lunan high-speed railway, 2020 appraisal published 3月), so 今年 is 2021"

// ahead12Days004 dates the 2021 budget revenue of 004.
const ahead12Days004 = "004 prints no date for 1001.4亿元; 提前12天完成全年收入预期 met the year's expectation 12 days before " +
	"the end of 2021, so the revenue cumulated from 2021-01-01 to about 2021-12-19"

// Seed004 holds the entries of seed 004, in reading order.
var Seed004 = Seed{
	File: file004, Entries: []Entry{
		// The budget revenue paragraph, printed at the top and again in the
		// headline list at the foot of the page.
		{
			ID: "jinan.budget-revenue.level.2021-to-12-19", Subject: "jinan", Indicator: "budget-revenue", Measure: "level",
			Period: "2021-01-01/2021-12-19", Label: "近日", Inferred: ahead12Days004,
			Figure: "1001.4亿元", Quote: "济南市一般公共预算收入完成1001.4亿元", Nth: 1,
			Also: []Cite{{File: file004, Quote: "济南市一般公共预算收入完成1001.4亿元", Nth: 2}},
			Note: "revenue of 2021 from January 1, announced 近日; 提前12天完成全年收入预期 (the year's revenue expectation met 12 days " +
				"before the year's end) dates its end to about 2021-12-19. 迈入千亿元时代 says 2020's revenue was under 1000亿元.",
		},
		{
			ID: "jinan.gdp.level.2020", Subject: "jinan", Indicator: "gdp", Measure: "level",
			Period: "2020", Label: "2020年",
			Figure: "过万亿元", Quote: "继2020年GDP过万亿元之后", Nth: 1,
			Also: []Cite{{File: file004, Quote: "继2020年GDP过万亿元之后", Nth: 2}},
			Note: "observed 2020 GDP, more than 1万亿元 (10^12 yuan); the outcome of seed 000's target " +
				"“今年确保GDP迈过1万亿元门槛” for 2020, which was therefore met",
		},
		{
			ID: "jinan.budget-revenue-days-early.level.2021", Subject: "jinan", Indicator: "budget-revenue-days-early", Measure: "level",
			Period: "2021", Label: "全年", Inferred: inferred004,
			Figure: "12天", Quote: "提前12天完成全年收入预期", Nth: 1,
			Also: []Cite{{File: file004, Quote: "提前12天完成全年收入预期", Nth: 2}},
			Note: "the 2021 annual revenue expectation was met 12 days before the year's end; the expected amount is not printed",
		},

		// Licheng: two signing events in December 2021.
		{
			ID: "lixia.licence-issue-time.level.recent", Subject: "lixia", Indicator: "licence-issue-time", Measure: "level",
			Figure: "不到半小时", Quote: "不到半小时,杨女士就顺利拿到了营业执照",
			Note: "Under half an hour (under 30 minutes) from the start of the service to the business licence, at 历下区's administrative approval services bureau; 此前 (before) is the only date printed.",
		},
		{
			ID: "jinan-smart-sensor-park.signed-enterprises.level.2021-12-04", Subject: "jinan-smart-sensor-park", Indicator: "signed-enterprises", Measure: "level",
			Period: "2021-12-04", Label: "12月4日", Inferred: inferred004,
			Figure: "17家", Quote: "17家企业现场签约入驻产业园",
			Note: "enterprises signing on the day the park's construction started",
		},
		{
			ID: "licheng.signed-projects.level.2021-12-22", Subject: "licheng", Indicator: "signed-projects", Measure: "level",
			Period: "2021-12-22", Label: "12月22日", Inferred: inferred004,
			Figure: "10个", Quote: "宜明生物细胞产业基地项目等10个项目成功签约",
			Note: "projects signed at Licheng's biomedicine promotion and signing event",
		},
		{
			ID: "licheng.emerging-industry-sectors.level.2021-12-04-2021-12-22", Subject: "licheng", Indicator: "emerging-industry-sectors", Measure: "level",
			Period: "2021-12-04/2021-12-22", Label: "一个月内", Inferred: inferred004,
			Figure: "两大", Quote: "数字经济、生物医药两大板块",
			Note: "sectors of Licheng's emerging industries gathered “一个月内” (within a month): the span from the 12月4日 to the 12月22日 signing events",
		},

		// Shizhong: the bonded exhibition and sales centre.
		{
			ID: "greenland-bonded-showroom.origin-countries.level.2021-12-27", Subject: "greenland-bonded-showroom", Indicator: "origin-countries", Measure: "level",
			Period: "2021-12-27", Label: "近日", Inferred: inferred004,
			Figure: "8个", Quote: "澳大利亚等8个国家和地区",
			Note: "at the centre's opening “近日”, a day not printed, taken as the page's date",
		},
		{
			ID: "greenland-bonded-showroom.product-categories.level.2021-12-27", Subject: "greenland-bonded-showroom", Indicator: "product-categories", Measure: "level",
			Period: "2021-12-27", Label: "近日", Inferred: inferred004,
			Figure: "7个", Quote: "时尚文艺等7个品类",
			Note: "at the centre's opening “近日”, a day not printed, taken as the page's date",
		},
		{
			ID: "greenland-bonded-showroom.product-items.level.2021-12-27", Subject: "greenland-bonded-showroom", Indicator: "product-items", Measure: "level",
			Period: "2021-12-27", Label: "近日", Inferred: inferred004,
			Figure: "130多个", Quote: "130多个品项",
			Note: "at the centre's opening “近日”, a day not printed, taken as the page's date",
		},

		// Jibei Economic Development Zone.
		{
			ID: "jibei-zone.provincial-gazelle-awards.level.2021-10", Subject: "jibei-zone", Indicator: "provincial-gazelle-awards", Measure: "level",
			Period: "2021-10", Label: "今年10月", Inferred: inferred004,
			Figure: "两家", Quote: "济南大自然新材料有限公司两家企业,荣获省级“瞪羚”中小企业称号",
			Note: "the two enterprises are taken to be in the Jibei zone, which the paragraph goes on to count",
		},
		{
			ID: "jibei-zone.city-gazelle-awards.level.2021-09", Subject: "jibei-zone", Indicator: "city-gazelle-awards", Measure: "level",
			Period: "2021-09", Label: "9月", Inferred: inferred004,
			Figure: "6家", Quote: "等6家企业,荣获市级“瞪羚”中小企业称号",
			Note: "the six enterprises are taken to be in the Jibei zone, which the paragraph goes on to count",
		},
		{
			ID: "jibei-zone.gazelle-enterprises.level.2021-12-27", Subject: "jibei-zone", Indicator: "gazelle-enterprises", Measure: "level",
			Period: "2021-12-27", Label: "截至目前", Inferred: inferred004,
			Figure: "14家", Quote: "省市级“瞪羚”中小企业数达到14家",
			Note: "截至目前: an instant at about the page's date (2021-12-27), not printed",
		},
		{
			ID: "jibei-zone.gazelle-enterprises.growth.2021-12-27", Subject: "jibei-zone", Indicator: "gazelle-enterprises", Measure: "growth",
			Period: "2021-12-27", Label: "截至目前", Inferred: inferred004,
			Figure: "增长133%", Quote: "较去年增长133%",
			Note: "growth of the count against 去年 (2020), presumably its end; 截至目前 is an instant at about the page's date",
		},
		{
			ID: "jibei-zone.working-mechanisms.level.recent", Subject: "jibei-zone", Indicator: "working-mechanisms", Measure: "level",
			Figure: "三项", Quote: "党建指导员包联企业三项工作机制",
			Note: "no period: the three enterprise liaison mechanisms run “近年来” (服务生, 机关党支部 and 党建指导员 each 包联企业), named before the count",
		},
		{
			ID: "jibei-zone.service-staff-sent.level.recent", Subject: "jibei-zone", Indicator: "service-staff-sent", Measure: "level",
			Figure: "79名", Quote: "共派出79名服务生",
			Note: "no period: sent “近年来” (in recent years), with no start or end printed",
		},
		{
			ID: "jibei-zone.party-instructors-sent.level.recent", Subject: "jibei-zone", Indicator: "party-instructors-sent", Measure: "level",
			Figure: "25名", Quote: "25名指导员到非公企业",
			Note: "no period: sent “近年来” (in recent years), with no start or end printed",
		},
		{
			ID: "jibei-zone.expanding-enterprises.level.undated", Subject: "jibei-zone", Indicator: "expanding-enterprises", Measure: "level",
			Figure: "20多家", Quote: "上好佳等20多家企业呈现出增资扩产好势头",
			Note: "no period printed: the present of the page (about 2021-12-27)",
		},
		{
			ID: "jibei-zone-industry-above-size.output-value.growth.2021-ytd-10", Subject: "jibei-zone-industry-above-size", Indicator: "output-value", Measure: "growth",
			Period: "2021-01-01/2021-10-31", Label: "1-10月", Inferred: inferred004,
			Figure: "增长20.5%", Quote: "规上工业企业产值同比增长20.5%",
			Note: "whether at current or comparable prices is not printed",
		},
		{
			ID: "jibei-zone-services-above-size.operating-revenue.growth.2021-ytd-10", Subject: "jibei-zone-services-above-size", Indicator: "operating-revenue", Measure: "growth",
			Period: "2021-01-01/2021-10-31", Label: "1-10月", Inferred: inferred004,
			Figure: "增长7.25%", Quote: "规上服务业同比增长7.25%",
			Note: "the seed does not name the indicator (“规上服务业同比增长7.25%”); read as operating revenue, the usual measure of services above designated size",
		},
		{
			ID: "jibei-zone.foreign-capital.level.2021-ytd-10", Subject: "jibei-zone", Indicator: "foreign-capital", Measure: "level",
			Period: "2021-01-01/2021-10-31", Label: "1-10月", Inferred: inferred004,
			Figure: "12145万美元", Quote: "实际到位外资12145万美元",
			Note: "实际到位外资 (foreign capital actually received) is read as utilized foreign capital",
		},
		{
			ID: "jibei-zone.foreign-capital.growth.2021-ytd-10", Subject: "jibei-zone", Indicator: "foreign-capital", Measure: "growth",
			Period: "2021-01-01/2021-10-31", Label: "1-10月", Inferred: inferred004,
			Figure: "增长672%", Quote: "同比增长672%",
		},
		{
			ID: "jibei-zone.zone-appraisal.rank-shandong-zones.2020", Subject: "jibei-zone", Indicator: "zone-appraisal", Measure: "rank",
			Period: "2020", Label: "2020年度",
			Benchmark: "shandong-zones", RankOf: "160家",
			Figure: "第27名", Quote: "在全省160家省级以上开发区中,位居第27名",
			Note: "the 2020 appraisal, published by the provincial commerce and science departments in March 2021",
		},
		{
			ID: "jibei-zone.zone-appraisal.percentile-shandong-zones.2020", Subject: "jibei-zone", Indicator: "zone-appraisal", Measure: "percentile",
			Period: "2020", Label: "2020年度",
			Benchmark: "shandong-zones",
			Figure:    "前20%", As: "20%以内", Quote: "首次进入全省前20%",
			Note: "前20%: a percentile band, not a rank: the zone's place lies within the top 20% of the 160 zones (27/160 is 16.875%); the first time the zone did so",
		},
		{
			ID: "jibei-zone.signed-projects.level.2021-sofar", Subject: "jibei-zone", Indicator: "signed-projects", Measure: "level",
			Period: "2021-01-01/..2021-12-27", Label: "今年以来", Inferred: inferred004,
			Figure: "49个", Quote: "园区新签约项目49个",
		},
		{
			ID: "jibei-zone.signed-amount.level.2021-sofar", Subject: "jibei-zone", Indicator: "signed-amount", Measure: "level",
			Period: "2021-01-01/..2021-12-27", Label: "今年以来", Inferred: inferred004,
			Figure: "129.46亿元", Quote: "签约额129.46亿元",
		},
		{
			ID: "jibei-zone-manufacturing.signed-projects.share.2021-sofar", Subject: "jibei-zone-manufacturing", Indicator: "signed-projects", Measure: "share",
			Period: "2021-01-01/..2021-12-27", Label: "今年以来", Inferred: inferred004,
			Figure: "91.8%", Quote: "签约制造业项目占比91.8%",
			Note: "share of the 49 projects signed; whether by number or by amount is not printed (45 of 49 would give 91.8%)",
		},
		{
			ID: "jibei-zone.settled-projects.level.2021-sofar", Subject: "jibei-zone", Indicator: "settled-projects", Measure: "level",
			Period: "2021-01-01/..2021-12-27", Label: "今年以来", Inferred: inferred004,
			Figure: "30个", Quote: "入园项目30个",
		},
		{
			ID: "jibei-zone.settled-signed-amount.level.2021-sofar", Subject: "jibei-zone", Indicator: "settled-signed-amount", Measure: "level",
			Period: "2021-01-01/..2021-12-27", Label: "今年以来", Inferred: inferred004,
			Figure: "17.15亿元", Quote: "签约额17.15亿元",
		},
		{
			ID: "jibei-zone.projects-over-100m.level.2021-sofar", Subject: "jibei-zone", Indicator: "projects-over-100m", Measure: "level",
			Period: "2021-01-01/..2021-12-27", Label: "今年以来", Inferred: inferred004,
			Figure: "6个", Quote: "投资过亿元项目6个",
			Note: "printed after the 30 projects moving in; whether counted among them or among the 49 signed is not said",
		},

		// Tianqiao: investment promotion.
		{
			ID: "tianqiao.foreign-capital.level.2021-ytd-10", Subject: "tianqiao", Indicator: "foreign-capital", Measure: "level",
			Period: "2021-01-01/2021-10-31", Label: "1-10月", Inferred: inferred004,
			Figure: "9046万美元", Quote: "实际使用外资9046万美元", Nth: 1,
			Also: []Cite{{File: file004, Quote: "实际使用外资9046万美元", Nth: 2}},
			Note: "printed again at the end of the article without a period, with 完成全年任务的139.66%",
		},
		{
			ID: "tianqiao.foreign-capital.completion.2021-ytd-10", Subject: "tianqiao", Indicator: "foreign-capital", Measure: "completion",
			Period: "2021-01-01/2021-10-31", Label: "1-10月", Inferred: inferred004,
			Figure: "139.6%", Quote: "占全年任务的139.6%",
			Note: "the end of the article prints 139.66% for the same 9046万美元 (see tianqiao.foreign-capital.completion-second-print.2021-ytd-10); " +
				"the annual task is not printed",
		},
		{
			ID: "tianqiao.foreign-capital.rank-completion-jinan-districts.2021-ytd-10", Subject: "tianqiao", Indicator: "foreign-capital", Measure: "rank",
			Period: "2021-01-01/2021-10-31", Label: "1-10月", Inferred: inferred004,
			Benchmark: "jinan-districts",
			Figure:    "第二", Quote: "完成率在全市排名第二",
			Note: "rank of the completion rate of the annual task, not of the level",
		},
		{
			ID: "tianqiao.outside-funds.level.2021-ytd-09", Subject: "tianqiao", Indicator: "outside-funds", Measure: "level",
			Period: "2021-01-01/2021-09-30", Label: "1-9月份", Inferred: inferred004,
			Figure: "124.16亿元", Quote: "引进市外投资到位资金124.16亿元",
		},
		{
			ID: "tianqiao.outside-funds.growth.2021-ytd-09", Subject: "tianqiao", Indicator: "outside-funds", Measure: "growth",
			Period: "2021-01-01/2021-09-30", Label: "1-9月份", Inferred: inferred004,
			Figure: "29.20%", Quote: "增幅29.20%",
		},
		{
			ID: "tianqiao.outside-funds.completion.2021-ytd-09", Subject: "tianqiao", Indicator: "outside-funds", Measure: "completion",
			Period: "2021-01-01/2021-09-30", Label: "1-9月份", Inferred: inferred004,
			Figure: "79.59%", Quote: "完成率79.59%",
			Note: "completion of the annual task, which is not printed",
		},
		{
			ID: "tianqiao.outside-funds.rank-completion-jinan-districts.2021-ytd-09", Subject: "tianqiao", Indicator: "outside-funds", Measure: "rank",
			Period: "2021-01-01/2021-09-30", Label: "1-9月份", Inferred: inferred004,
			Benchmark: "jinan-districts",
			Figure:    "第五", Quote: "完成率在全市排名第五",
			Note: "rank of the completion rate of the annual task, not of the level",
		},
		{
			ID: "tianqiao-investment-bureau.cities-visited.level.one-day", Subject: "tianqiao-investment-bureau", Indicator: "cities-visited", Measure: "level",
			Figure: "3个", Quote: "一天穿梭3个城市",
			Note: "no period: one day (一天) of the investment team, its date not printed",
		},
		{
			ID: "tianqiao-investment-bureau.distance-travelled.level.one-day", Subject: "tianqiao-investment-bureau", Indicator: "distance-travelled", Measure: "level",
			Figure: "2000多公里", Quote: "行程2000多公里",
			Note: "no period: one day (一天) of the investment team, its date not printed",
		},
		{
			ID: "tianqiao.urban-renewal-projects.level.2021-sofar", Subject: "tianqiao", Indicator: "urban-renewal-projects", Measure: "level",
			Period: "2021-01-01/..2021-12-27", Label: "今年以来", Inferred: inferred004,
			Figure: "32个", Quote: "成功“拿下”32个城市更新项目",
		},
		{
			ID: "tianqiao.urban-renewal-contract-value.level.2021-sofar", Subject: "tianqiao", Indicator: "urban-renewal-contract-value", Measure: "level",
			Period: "2021-01-01/..2021-12-27", Label: "今年以来", Inferred: inferred004,
			Figure: "904亿元", Quote: "合同额达904亿元",
		},
		{
			ID: "tianqiao.signed-projects.level.2021-sofar", Subject: "tianqiao", Indicator: "signed-projects", Measure: "level",
			Period: "2021-01-01/..2021-12-27", Label: "今年以来", Inferred: inferred004,
			Figure: "31个", Quote: "优配车联中国总部等31个项目",
			Note: "signed besides (还) the 32 urban renewal projects",
		},
		{
			ID: "tianqiao.contract-value.level.2021-sofar", Subject: "tianqiao", Indicator: "contract-value", Measure: "level",
			Period: "2021-01-01/..2021-12-27", Label: "今年以来", Inferred: inferred004,
			Figure: "130亿元", Quote: "合同额达130亿元",
			Note: "contract value of the 31 projects",
		},
		{
			ID: "tianqiao-investment-bureau.plan-aspects.level.undated", Subject: "tianqiao-investment-bureau", Indicator: "plan-aspects", Measure: "level",
			Figure: "4个", Quote: "提出4个方面12项具体措施",
			Note: "no period printed; the plan for studying party history (党史学习教育), a 2021 campaign",
		},
		{
			ID: "tianqiao-investment-bureau.plan-measures.level.undated", Subject: "tianqiao-investment-bureau", Indicator: "plan-measures", Measure: "level",
			Figure: "12项", Quote: "提出4个方面12项具体措施",
			Note: "no period printed; the plan for studying party history (党史学习教育), a 2021 campaign",
		},
		{
			ID: "tianqiao-investment-bureau.invited-enterprises.level.undated", Subject: "tianqiao-investment-bureau", Indicator: "invited-enterprises", Measure: "level",
			Figure: "150余家", Quote: "等150余家建筑企业和区级重点企业",
			Note: "no period printed; enterprises invited to a product promotion meeting; whether 150余家 counts the district's key enterprises too is ambiguous",
		},
		{
			ID: "jinan.foreign-capital-modes.level.undated", Subject: "jinan", Indicator: "foreign-capital-modes", Measure: "level",
			Figure: "第九种", As: "9种", Quote: "开创出全市实际使用外资的第九种模式",
			Note: "no period printed; 第九种模式 counts the city's modes of utilizing foreign capital: 天桥区's DR Congo (刚果金) trade project opened the ninth, so Jinan had nine. It ranks no district.",
		},
		{
			ID: "tianqiao-investment-bureau.merchants-matched.level.undated", Subject: "tianqiao-investment-bureau", Indicator: "merchants-matched", Measure: "level",
			Figure: "10余家", Quote: "对接工业、贸易商户10余家",
			Note: "no period printed; industrial and trading merchants a small enterprise was matched with",
		},
		{
			ID: "tianqiao.foreign-projects-landed.level.undated", Subject: "tianqiao", Indicator: "foreign-projects-landed", Measure: "level",
			Figure: "17家", Quote: "推动17家外资项目落地",
			Note: "no period printed; beside the 1-10月 utilized foreign capital, so probably January–October 2021",
		},
		{
			ID: "tianqiao.contracted-foreign-capital.level.undated", Subject: "tianqiao", Indicator: "contracted-foreign-capital", Measure: "level",
			Figure: "2.92亿美元", Quote: "合同外资达2.92亿美元",
			Note: "no period printed; beside the 1-10月 utilized foreign capital, so probably January–October 2021",
		},
		{
			ID: "tianqiao.foreign-capital.completion-second-print.2021-ytd-10", Subject: "tianqiao", Indicator: "foreign-capital", Measure: "completion",
			Period: "2021-01-01/2021-10-31", Label: "1-10月", Inferred: inferred004,
			Figure: "139.66%", Quote: "完成全年任务的139.66%",
			Note: "seed inconsistency: the same 9046万美元 is 占全年任务的139.6% earlier in the article (tianqiao.foreign-capital.completion.2021-ytd-10); " +
				"period 1-10月 taken from that first print; the annual task is not printed, so which is right cannot be told",
		},

		// The headline list.
		{
			ID: "hema-jinan-first-store.floor-area.level.2021-11-26", Subject: "hema-jinan-first-store", Indicator: "business-floor-area", Measure: "level",
			Period: "2021-11-26", Label: "11月26日", Inferred: inferred004,
			Figure: "近7000平方米", Quote: "店内近7000平方米的面积",
			Note: "floor area at the store's opening",
		},
		{
			ID: "global-auto-industry.chip-shortage-duration.level.2021-12-27", Subject: "global-auto-industry", Indicator: "chip-shortage-duration", Measure: "level",
			Period: "2021-12-27", Label: "已经", Inferred: inferred004,
			Figure: "一年", As: "一年多", Quote: "“缺芯”已经一年有余",
			Note: "how long the shortage had lasted at about the page's date; 有余 (more than) is read as 多",
		},
	},
}
