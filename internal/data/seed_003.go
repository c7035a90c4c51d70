package data

// file003 is the seed of Seed003.
const file003 = "003_af740044c03de167.txt"

// inferred003 explains the year of the periods of seed 003 that print no
// year.
const inferred003 = "003 reviews 过去的一年 in a page written in early 2020, which makes 2020 the “聚焦提升年” ahead; the year reviewed is 2019"

// sectionNote is the note of the figures of 003 that print no period.
const sectionNote = "The sentence prints no period; it belongs to the section reviewing 过去的一年 (2019)."

// Seed003 holds the entries of seed 003, in reading order.
var Seed003 = Seed{
	File: file003, Entries: []Entry{
		// 聚力动能转换: the past year, 2019.
		{
			ID: "shizhong-finance.regional-headquarters.level.2019", Subject: "shizhong-finance", Indicator: "regional-headquarters", Measure: "level",
			Period: "2019", Label: "过去的一年", Inferred: inferred003,
			Figure: "70家", Quote: "银行、保险和证券期货区域总部达70家",
			Note: "A stock: regional headquarters of banks, insurers and securities and futures firms in the district.",
		},
		{
			ID: "shizhong-finance.tax-revenue.level.2019", Subject: "shizhong-finance", Indicator: "tax-revenue", Measure: "level",
			Period: "2019", Label: "过去的一年", Inferred: inferred003,
			Figure: "17.7亿元", Quote: "区域总部达70家，实现税收17.7亿元",
			Note: "Tax paid by the financial industry (金融业平稳运行…); whether by all of it or by the 70 regional " +
				"headquarters alone, the sentence does not make clear.",
		},
		{
			ID: "shizhong-construction.value-added.growth.2019", Subject: "shizhong-construction", Indicator: "value-added", Measure: "growth",
			Period: "2019", Label: "过去的一年", Inferred: inferred003,
			Figure: "增长25%", Quote: "完成增加值增长25%",
			Note: "Growth of the construction industry's value added, at comparable prices; its level is not printed " +
				"(完成增加值 announces one, but only the growth follows).",
		},
		{
			ID: "shizhong-above-size-services.new-above-size-enterprises.level.2019", Subject: "shizhong-above-size-services", Indicator: "new-above-size-enterprises", Measure: "level",
			Period: "2019", Label: "过去的一年", Inferred: inferred003,
			Figure: "63家", Quote: "新增规模以上服务业企业63家",
		},
		{
			ID: "shizhong-above-size-services.operating-revenue.level.2019", Subject: "shizhong-above-size-services", Indicator: "operating-revenue", Measure: "level",
			Period: "2019", Label: "过去的一年", Inferred: inferred003,
			Figure: "274.8亿元", Quote: "规上服务业完成营业收入274.8亿元",
		},
		{
			ID: "shizhong-above-size-services.operating-revenue.growth.2019", Subject: "shizhong-above-size-services", Indicator: "operating-revenue", Measure: "growth",
			Period: "2019", Label: "过去的一年", Inferred: inferred003,
			Figure: "增长9.2%", Quote: "营业收入274.8亿元，增长9.2%",
		},
		{
			ID: "shizhong-ict.tax-revenue.level.2019", Subject: "shizhong-ict", Indicator: "tax-revenue", Measure: "level",
			Period: "2019", Label: "过去的一年", Inferred: inferred003,
			Figure: "4.46亿元", Quote: "信息通信业做大做强，实现税收4.46亿元",
		},
		{
			ID: "shizhong-ict.tax-revenue.growth.2019", Subject: "shizhong-ict", Indicator: "tax-revenue", Measure: "growth",
			Period: "2019", Label: "过去的一年", Inferred: inferred003,
			Figure: "增长28.4%", Quote: "实现税收4.46亿元，增长28.4%",
		},
		{
			ID: "new-finance-park.finance-institutions-settled.level.2019", Subject: "new-finance-park", Indicator: "finance-institutions-settled", Measure: "level",
			Period: "2019", Label: "过去的一年", Inferred: inferred003,
			Figure: "30家", Quote: "等30家新金融、类金融机构落户山东新金融产业园",
			Note: "Institutions that settled in the park in the year reviewed, among them the China-US Green (Shandong) " +
				"Industrial Investment Fund and the Shandong modern-finance mother fund.",
		},
		{
			ID: "new-finance-park.fund-size.level.2019", Subject: "new-finance-park", Indicator: "fund-size", Measure: "level",
			Period: "2019", Label: "过去的一年", Inferred: inferred003,
			Figure: "超1600亿元", Quote: "园区管理基金规模超1600亿元",
			Note: "A stock: the size of the funds the park manages, at the end of the year reviewed.",
		},
		{
			ID: "shizhong-above-size-logistics.new-above-size-enterprises.level.2019", Subject: "shizhong-above-size-logistics", Indicator: "new-above-size-enterprises", Measure: "level",
			Period: "2019", Label: "过去的一年", Inferred: inferred003,
			Figure: "4家", Quote: "新增规模以上物流企业4家",
		},
		{
			ID: "shizhong-above-size-logistics.operating-revenue.level.2019", Subject: "shizhong-above-size-logistics", Indicator: "operating-revenue", Measure: "level",
			Period: "2019", Label: "过去的一年", Inferred: inferred003,
			Figure: "26.5亿元", Quote: "规上物流企业完成营业收入26.5亿元",
		},
		{
			ID: "zbj-internet-plus-park.enterprises.level.2019", Subject: "zbj-internet-plus-park", Indicator: "enterprises", Measure: "level",
			Period: "2019", Label: "过去的一年", Inferred: inferred003,
			Figure: "100余家", Quote: "进驻“线上+线下”企业100余家",
			Note: "Enterprises that moved in (进驻), online and offline, once the park opened in the year reviewed.",
		},
		{
			ID: "jinan-innovation-design-park.gross-floor-area.level.2019", Subject: "jinan-innovation-design-park", Indicator: "gross-floor-area", Measure: "level",
			Period: "2019", Label: "过去的一年", Inferred: inferred003,
			Figure: "6.4万平方米", Quote: "园区载体规模达6.4万平方米",
			Note: "Floor area of the whole park after its phase II opened (二期投入使用).",
		},
		{
			ID: "jinan-innovation-design-park.enterprises.level.2019", Subject: "jinan-innovation-design-park", Indicator: "enterprises", Measure: "level",
			Period: "2019", Label: "过去的一年", Inferred: inferred003,
			Figure: "185家", Quote: "注册企业185家",
			Note: "Enterprises registered in the park: a stock.",
		},
		{
			ID: "jinan-innovation-design-park.operating-revenue.level.2019", Subject: "jinan-innovation-design-park", Indicator: "operating-revenue", Measure: "level",
			Period: "2019", Label: "过去的一年", Inferred: inferred003,
			Figure: "11亿元", Quote: "注册企业185家，实现营业收入11亿元",
			Note: "Operating revenue of the park's enterprises.",
		},
		{
			ID: "shizhong.new-enterprise-rd-centres.level.2019", Subject: "shizhong", Indicator: "new-enterprise-rd-centres", Measure: "level",
			Period: "2019", Label: "过去的一年", Inferred: inferred003,
			Figure: "1家", Quote: "全区新增省级以上企业研发机构1家",
		},
		{
			ID: "shizhong.new-academician-workstations.level.2019", Subject: "shizhong", Indicator: "new-academician-workstations", Measure: "level",
			Period: "2019", Label: "过去的一年", Inferred: inferred003,
			Figure: "2家", Quote: "省级院士工作站2家",
			Note: "新增 (new) carries over from the head of the list.",
		},
		{
			ID: "shizhong.new-maker-spaces.level.2019", Subject: "shizhong", Indicator: "new-maker-spaces", Measure: "level",
			Period: "2019", Label: "过去的一年", Inferred: inferred003,
			Figure: "3家", Quote: "市级以上众创空间3家",
			Note: "新增 (new) carries over from the head of the list.",
		},
		{
			ID: "shizhong.new-incubators.level.2019", Subject: "shizhong", Indicator: "new-incubators", Measure: "level",
			Period: "2019", Label: "过去的一年", Inferred: inferred003,
			Figure: "1家", Quote: "众创空间3家、孵化器1家",
			Note: "新增 carries over from the head of the list; whether 市级以上 (city level or above) also qualifies the " +
				"incubator is not clear.",
		},
		{
			ID: "shizhong.new-rd-transfer-institutions.level.2019", Subject: "shizhong", Indicator: "new-rd-transfer-institutions", Measure: "level",
			Period: "2019", Label: "过去的一年", Inferred: inferred003,
			Figure: "6家", Quote: "研发和成果转化机构6家",
			Note: "新增 (new) carries over from the head of the list.",
		},
		{
			ID: "shizhong.new-high-tech-enterprises.level.2019", Subject: "shizhong", Indicator: "new-high-tech-enterprises", Measure: "level",
			Period: "2019", Label: "过去的一年", Inferred: inferred003,
			Figure: "57家", Quote: "新认定高新技术企业57家",
		},
		{
			ID: "shizhong-high-tech-industry.output-value.share.2019", Subject: "shizhong-high-tech-industry", Indicator: "output-value", Measure: "share",
			Period: "2019", Label: "过去的一年", Inferred: inferred003,
			Figure: "90%", Quote: "高新技术产业产值占规模以上工业总产值比重达90%",
			Note: "Share of the output of high-tech industries in Shizhong's gross industrial output above designated size.",
		},
		{
			ID: "shizhong.ciie-deals.level.2019", Subject: "shizhong", Indicator: "ciie-deals", Measure: "level",
			Period: "2019", Label: "过去的一年", Inferred: inferred003,
			Figure: "超1亿美元", Quote: "等企业达成交易额超1亿美元",
			Note: "Deals reached by Shizhong's enterprises (山东电力设备公司, 超意兴餐饮有限公司 and others) at the 2nd China " +
				"International Import Expo in Shanghai, held in November 2019 (the page prints no date).",
		},
		{
			ID: "shizhong.trade.level.2019", Subject: "shizhong", Indicator: "trade", Measure: "level",
			Period: "2019", Label: "全年", Inferred: inferred003,
			Figure: "41.89亿元", Quote: "全年完成进出口41.89亿元",
			Note: "The page adds 超额完成年度计划 (the annual plan was exceeded) without printing the plan.",
		},
		{
			ID: "shizhong.trade.growth.2019", Subject: "shizhong", Indicator: "trade", Measure: "growth",
			Period: "2019", Label: "全年", Inferred: inferred003,
			Figure: "增长12.5%", Quote: "进出口41.89亿元，增长12.5%",
		},
		// 聚力双招双引: the same past year.
		{
			ID: "shizhong-expropriation-projects.projects.level.2019", Subject: "shizhong-expropriation-projects", Indicator: "projects", Measure: "level",
			Period: "2019", Label: "过去的一年", Inferred: inferred003,
			Figure: "42个", Quote: "加快推进42个征收拆迁项目",
			Note: "Expropriation and demolition projects under way. " + sectionNote,
		},
		{
			ID: "shizhong-expropriation-projects.expropriation-agreements.level.2019", Subject: "shizhong-expropriation-projects", Indicator: "expropriation-agreements", Measure: "level",
			Period: "2019", Label: "过去的一年", Inferred: inferred003,
			Figure: "1654份", Quote: "累计签订房屋征迁协议1654份",
			Note: "累计 (cumulative): possibly counted from the start of the projects, not only in 2019. " + sectionNote,
		},
		{
			ID: "shizhong-expropriation-projects.expropriated-area.level.2019", Subject: "shizhong-expropriation-projects", Indicator: "expropriated-area", Measure: "level",
			Period: "2019", Label: "过去的一年", Inferred: inferred003,
			Figure: "40.84万平方米", Quote: "征迁面积40.84万平方米",
			Note: "Cumulative like the 1654 agreements it follows. " + sectionNote,
		},
		{
			ID: "shizhong.land-supplied.level.2019", Subject: "shizhong", Indicator: "land-supplied", Measure: "level",
			Period: "2019", Label: "过去的一年", Inferred: inferred003,
			Figure: "1579亩", Quote: "完成供地1579亩",
			Note: "1579亩 = 1579 × 10000/15 m² (about 1052666.67 m²). Its parts: transferred 835亩 + allocated 744亩 = 1579亩, " +
				"consistent. " + sectionNote,
		},
		{
			ID: "shizhong.land-transferred.level.2019", Subject: "shizhong", Indicator: "land-transferred", Measure: "level",
			Period: "2019", Label: "过去的一年", Inferred: inferred003,
			Figure: "835亩", Quote: "其中出让土地835亩",
			Note: "Part of the 1579亩 supplied (835 + 744 = 1579). " + sectionNote,
		},
		{
			ID: "shizhong.land-allocated.level.2019", Subject: "shizhong", Indicator: "land-allocated", Measure: "level",
			Period: "2019", Label: "过去的一年", Inferred: inferred003,
			Figure: "744亩", Quote: "划拨土地744亩",
			Note: "Part of the 1579亩 supplied (835 + 744 = 1579). " + sectionNote,
		},
		{
			ID: "shizhong.rural-roads-upgraded.level.2019", Subject: "shizhong", Indicator: "rural-roads-upgraded", Measure: "level",
			Period: "2019", Label: "过去的一年", Inferred: inferred003,
			Figure: "12条", Quote: "对12条农村公路进行了改造升级",
			Note: sectionNote,
		},
		{
			ID: "shizhong-city-key-projects.projects.level.2019", Subject: "shizhong-city-key-projects", Indicator: "projects", Measure: "level",
			Period: "2019", Label: "过去的一年", Inferred: inferred003,
			Figure: "12个", Quote: "加快推进12个市级重点项目",
			Note: sectionNote,
		},
		{
			ID: "shizhong-city-key-projects.investment.level.2019", Subject: "shizhong-city-key-projects", Indicator: "investment", Measure: "level",
			Period: "2019", Label: "过去的一年", Inferred: inferred003,
			Figure: "123.5亿元", Quote: "累计完成投资123.5亿元",
			Note: "Investment completed in the 12 city-level key projects. 累计 (cumulative): possibly since the projects began, " +
				"not only in 2019. " + sectionNote,
		},
		{
			ID: "shizhong.new-office-floor-area.level.2019", Subject: "shizhong", Indicator: "new-office-floor-area", Measure: "level",
			Period: "2019", Label: "过去的一年", Inferred: inferred003,
			Figure: "20.56万平方米", Quote: "新增高端楼宇载体20.56万平方米",
			Note: sectionNote,
		},
		{
			ID: "shizhong-projects-10m-plus.projects.level.2019", Subject: "shizhong-projects-10m-plus", Indicator: "projects", Measure: "level",
			Period: "2019", Label: "2019年",
			Figure: "1134个", Quote: "项目1134个",
			Note: "Projects of 10 million yuan or more brought in (千万元以上 is the class's threshold, split by a line " +
				"break in the seed: 千万\\n\\n元以上). 累计: cumulated over 2019.",
		},
		{
			ID: "shizhong-projects-10m-plus.subscribed-capital.level.2019", Subject: "shizhong-projects-10m-plus", Indicator: "subscribed-capital", Measure: "level",
			Period: "2019", Label: "2019年",
			Figure: "933亿元", Quote: "认缴资金933亿元",
		},
		{
			ID: "shizhong-projects-10m-plus.subscribed-capital.growth.2019", Subject: "shizhong-projects-10m-plus", Indicator: "subscribed-capital", Measure: "growth",
			Period: "2019", Label: "2019年",
			Figure: "增长28%", Quote: "认缴资金933亿元，增长28%",
			Note: "Read as growth of the subscribed capital; the growth could also be of the number of projects.",
		},
		{
			ID: "shizhong-projects-100m-plus.projects.level.2019", Subject: "shizhong-projects-100m-plus", Indicator: "projects", Measure: "level",
			Period: "2019", Label: "2019年",
			Figure: "174个", Quote: "其中亿元以上项目174个",
			Note: "Part of the 1134 projects of 10 million yuan or more (其中); 亿元以上 is the class's threshold.",
		},
		{
			ID: "shizhong-projects-100m-plus.subscribed-capital.level.2019", Subject: "shizhong-projects-100m-plus", Indicator: "subscribed-capital", Measure: "level",
			Period: "2019", Label: "2019年",
			Figure: "748亿元", Quote: "认缴资金748亿元",
			Note: "Part of the 933亿元 subscribed to projects of 10 million yuan or more.",
		},
		{
			ID: "shizhong-projects-100m-plus.subscribed-capital.growth.2019", Subject: "shizhong-projects-100m-plus", Indicator: "subscribed-capital", Measure: "growth",
			Period: "2019", Label: "2019年",
			Figure: "增长38%", Quote: "认缴资金748亿元，增长38%",
			Note: "Read as growth of the subscribed capital; the growth could also be of the number of projects.",
		},
		{
			ID: "jinan-icbc-new-drivers-fund.fund-size.level.2019", Subject: "jinan-icbc-new-drivers-fund", Indicator: "fund-size", Measure: "level",
			Period: "2019", Label: "2019年",
			Figure: "100亿元", Quote: "规模100亿元的济南工银新动能基金",
			Note: "The fund's size when it was registered, in 2019.",
		},
		{
			ID: "shandong-investment-guarantee-group.registered-capital.level.2019", Subject: "shandong-investment-guarantee-group", Indicator: "registered-capital", Measure: "level",
			Period: "2019", Label: "2019年",
			Figure: "45.7亿元", Quote: "资本金45.7亿元的山东省投融资担保集团",
			Note: "The group's capital when it was registered, in 2019.",
		},
		{
			ID: "shizhong.academicians-recruited.level.2019", Subject: "shizhong", Indicator: "academicians-recruited", Measure: "level",
			Period: "2019", Label: "过去的一年", Inferred: inferred003,
			Figure: "6名", Quote: "引进国内外知名院士6名",
			Note: "Renowned academicians from China and abroad. " + sectionNote,
		},
		{
			ID: "shizhong.national-leading-talents-recruited.level.2019", Subject: "shizhong", Indicator: "national-leading-talents-recruited", Measure: "level",
			Period: "2019", Label: "过去的一年", Inferred: inferred003,
			Figure: "2名", Quote: "国家领军人才2名",
			Note: sectionNote,
		},
		{
			ID: "shizhong.provincial-leading-talents-recruited.level.2019", Subject: "shizhong", Indicator: "provincial-leading-talents-recruited", Measure: "level",
			Period: "2019", Label: "过去的一年", Inferred: inferred003,
			Figure: "8名", Quote: "省级领军人才8名",
			Note: sectionNote,
		},
		{
			ID: "shizhong.quancheng-5150-talents.level.2019", Subject: "shizhong", Indicator: "quancheng-5150-talents", Measure: "level",
			Period: "2019", Label: "2019年",
			Figure: "20人", Quote: "申报入选2019年泉城“5150”引才倍增计划20人",
			Note: "“5150” is the programme's name, not a figure.",
		},
		{
			ID: "shizhong.quancheng-industry-leaders.level.2019", Subject: "shizhong", Indicator: "quancheng-industry-leaders", Measure: "level",
			Period: "2019", Label: "2019年",
			Figure: "3人", Quote: "泉城产业领军人才支持计划3人",
			Note: "The 2019年 printed before the “5150” programme is read as dating this programme too.",
		},
		{
			ID: "shizhong.innovation-platforms-introduced.level.2019", Subject: "shizhong", Indicator: "innovation-platforms-introduced", Measure: "level",
			Period: "2019", Label: "过去的一年", Inferred: inferred003,
			Figure: "11家", Quote: "生命科学研究院等11家创新平台",
			Note: "Among them the Nobel Laureate Life Sciences Research Institute. " + sectionNote,
		},
		{
			ID: "shizhong.talent-contest-projects-landed.level.2019", Subject: "shizhong", Indicator: "talent-contest-projects-landed", Measure: "level",
			Period: "2019", Label: "过去的一年", Inferred: inferred003,
			Figure: "20个", Quote: "决赛项目20个",
			Note: "Final-round projects of the 2nd “中国·济南新动能国际高层次人才创新创业大赛” that settled in Shizhong. " +
				sectionNote,
		},
		{
			ID: "shizhong.talent-contest-projects-landed.rank-jinan-districts.2019", Subject: "shizhong", Indicator: "talent-contest-projects-landed", Measure: "rank",
			Period: "2019", Label: "过去的一年", Inferred: inferred003,
			Benchmark: "jinan-districts",
			Figure:    "第一", Quote: "成绩位列全市第一",
			Note: "First among Jinan's districts and counties for the contest's results (成绩), which the page gives as the 20 " +
				"projects settled. " + sectionNote,
		},
		{
			ID: "shizhong.investment-promotion-trips.level.2019", Subject: "shizhong", Indicator: "investment-promotion-trips", Measure: "level",
			Period: "2019", Label: "过去的一年", Inferred: inferred003,
			Figure: "7次", Quote: "赴上海、深圳及日韩开展招商推介7次",
			Note: "Investment promotion events in Shanghai, Shenzhen, Japan and Korea together. " + sectionNote,
		},
		// 7项重点统筹规划: the plan for 2020.
		{
			ID: "jinan.national-strategies.level-three.2020", Subject: "jinan", Indicator: "national-strategies", Measure: "level",
			Period: "2020", Label: "新的一年",
			Figure: "三大", Quote: "黄河流域生态保护和高质量发展战略三大国家战略交汇叠加",
			Note: "The three national strategies converging on Jinan (全市), named before the count: the new and old growth drivers pilot zone, the FTZ, and the Yellow River basin strategy. " +
				"001 names the same three but counts 4个重大国家战略 (jinan.national-strategies.level.2020). 新的一年 is 2020, the year of the plan.",
		},
		{
			ID: "shizhong.plan-aspects.level.2020", Subject: "shizhong", Indicator: "plan-aspects", Measure: "level",
			Period: "2020", Label: "2020年",
			Status: "target",
			Figure: "7个", Quote: "对7个方面进行全面聚焦",
			Also: []Cite{{File: file003, Quote: "7项重点统筹规划"}},
			Note: "The seven areas of the 2020 “聚焦提升年” plan, listed after: 产业提质, “双招”提高, 项目提势, 乡村振兴, 治理提效, " +
				"环境提标, 民生提档. The section heading prints the same count as 7项重点.",
		},
		{
			ID: "shizhong.industrial-highlands.level.2020", Subject: "shizhong", Indicator: "industrial-highlands", Measure: "level",
			Period: "2020", Label: "2020年",
			Status: "target",
			Figure: "五大", Quote: "金融五大产业发展高地",
			Note: "The five industrial development highlands 市中区 is to build (着力打造) in its 2020 “聚焦提升年”: 数字经济、科技创新、智能制造、创意设计、金融 (split by a line break).",
		},
	},
}
