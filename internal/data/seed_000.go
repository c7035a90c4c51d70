package data

// inferred000 explains the year of the periods of seed 000.
const inferred000 = "000 prints no year for 一季度, 1-3月, 3月末, 4月 or 今年; it reports the Q1 2020 results announced on 4月27日 (published about 2020-04-28)"

// file000 is the seed of Seed000.
const file000 = "000_7d0ca8f784bc605c.txt"

// Seed000 holds the entries of seed 000, in reading order.
var Seed000 = Seed{
	File: file000, Entries: []Entry{
		// Headline.
		{
			ID: "jinan.budget-revenue.rank-growth-shandong-cities.2020-q1", Subject: "jinan", Indicator: "budget-revenue", Measure: "rank",
			Period: "2020-Q1", Label: "一季度", Inferred: inferred000,
			Benchmark: "shandong-cities",
			Figure:    "第一", Quote: "一般公共预算收入和进出口总额增速居全省第一",
			Also: []Cite{
				{File: file000, Quote: "居省内城市和副省级城市首位", Nth: 1},
				{File: file000, Quote: "居省内城市和副省级城市首位", Nth: 2},
			},
			Note: "The rank of the growth rate (增速), not of the level. 省内城市 are Shandong's 16 cities. The body repeats it as 居省内城市…首位, once more after a column break.",
		},
		{
			ID: "jinan.trade.rank-growth-shandong-cities.2020-q1", Subject: "jinan", Indicator: "trade", Measure: "rank",
			Period: "2020-Q1", Label: "一季度", Inferred: inferred000,
			Benchmark: "shandong-cities",
			Figure:    "第一", Quote: "一般公共预算收入和进出口总额增速居全省第一",
			Also: []Cite{{File: file000, Quote: "增幅居全省第一位"}},
			Note: "The rank of the growth rate (增速, 增幅), not of the level.",
		},
		{
			ID: "jinan-anti-epidemic-exporters.exports.level.2020-q1", Subject: "jinan-anti-epidemic-exporters", Indicator: "exports", Measure: "level",
			Period: "2020-Q1", Label: "一季度", Inferred: inferred000,
			Figure: "逾3000万美元", Quote: "防疫物资出口逾3000万美元",
			Also: []Cite{{File: file000, Quote: "16家防疫物资企业出口突破3000万美元"}},
			Note: "The headline says 逾 and the body 突破: both “more than”. The period is the article's 一季度. Read as the exports of the 16 enterprises together; the body could also be read as each of them exporting more than 30 million dollars, which the headline does not support.",
		},

		// Qilu Pharmaceutical.
		{
			ID: "qilu-pharma.exports.level.2020-q1", Subject: "qilu-pharma", Indicator: "exports", Measure: "level",
			Period: "2020-Q1", Label: "一季度", Inferred: inferred000,
			Figure: "1.79亿美元", Quote: "一季度，齐鲁制药集团实现出口1.79亿美元",
		},
		{
			ID: "qilu-pharma.us-formulations.level.2020-03-31", Subject: "qilu-pharma", Indicator: "us-formulations", Measure: "level",
			Period: "2020-03-31", Label: "累计", Inferred: inferred000,
			Figure: "14个", Quote: "累计实现14个制剂对美出口",
			Note: "累计: the formulations exported to the US since Qilu began; the instant, the end of the quarter the paragraph reports, is not printed.",
		},
		{
			ID: "qilu-pharma.formulation-exports-us.level.2020-q1", Subject: "qilu-pharma", Indicator: "formulation-exports-us", Measure: "level",
			Period: "2020-Q1", Label: "一季度", Inferred: inferred000,
			Figure: "1548万美元", Quote: "一季度出口额为1548万美元",
		},
		{
			ID: "qilu-pharma.formulation-exports-us.growth.2020-q1", Subject: "qilu-pharma", Indicator: "formulation-exports-us", Measure: "growth",
			Period: "2020-Q1", Label: "一季度", Inferred: inferred000,
			Figure: "增长20.3%", Quote: "1548万美元，同比增长20.3%",
		},
		{
			ID: "qilu-pharma.formulation-export-volume-us.level.2020-q1", Subject: "qilu-pharma", Indicator: "formulation-export-volume-us", Measure: "level",
			Period: "2020-Q1", Label: "一季度", Inferred: inferred000,
			Figure: "3862万支（粒）", Quote: "出口数量达3862万支（粒）",
			Note: "支（粒）: vials (of injections) or tablets, counted together.",
		},
		{
			ID: "qilu-pharma.formulation-export-volume-us.growth.2020-q1", Subject: "qilu-pharma", Indicator: "formulation-export-volume-us", Measure: "growth",
			Period: "2020-Q1", Label: "一季度", Inferred: inferred000,
			Figure: "增长73.5%", Quote: "3862万支（粒），同比增长73.5%",
		},
		{
			ID: "qilu-pharma.cefepime-us-market-share.share.undated", Subject: "qilu-pharma", Indicator: "cefepime-us-market-share", Measure: "share",
			Figure: "超过50%", Quote: "注射用头孢吡肟美国市场占有率超过50%",
			Note: "The seed prints no time for the market share; it stands in a paragraph about the first quarter of 2020.",
		},

		// Trade and investment in the first quarter.
		{
			ID: "jinan.trade.growth.2020-q1", Subject: "jinan", Indicator: "trade", Measure: "growth",
			Period: "2020-Q1", Label: "一季度", Inferred: inferred000,
			Figure: "增长20.7%", Quote: "进出口总额仍交出了一份亮眼成绩单：同比增长20.7%",
			Also: []Cite{{File: file000, Quote: "进出口总值同比增长20.7%"}},
		},
		{
			ID: "jinan.trade.change.2020-q1", Subject: "jinan", Indicator: "trade", Measure: "change",
			Period: "2020-Q1", Label: "一季度", Inferred: inferred000,
			Versus: "2020-01-01/2020-02-29",
			Figure: "11.1个百分点", Quote: "比前两个月提高11.1个百分点",
			Note: "Growth in January–March minus growth in January–February (前两个月), so January–February growth was 9.6%.",
		},
		{
			ID: "jinan.foreign-capital.level.2020-q1", Subject: "jinan", Indicator: "foreign-capital", Measure: "level",
			Period: "2020-Q1", Label: "一季度", Inferred: inferred000,
			Figure: "3.8亿美元", Quote: "济南实际利用外资3.8亿美元",
		},
		{
			ID: "jinan.foreign-capital.growth.2020-q1", Subject: "jinan", Indicator: "foreign-capital", Measure: "growth",
			Period: "2020-Q1", Label: "一季度", Inferred: inferred000,
			Figure: "增长5.8%", Quote: "3.8亿美元，同比增长5.8%",
		},
		{
			ID: "jinan.foreign-capital.gap-shandong.2020-q1", Subject: "jinan", Indicator: "foreign-capital", Measure: "gap",
			Period: "2020-Q1", Label: "一季度", Inferred: inferred000,
			Benchmark: "shandong",
			Figure:    "4.9个百分点", Quote: "增速高于全省平均水平4.9个百分点",
		},
		{
			ID: "jinan.online-investment-events.level.2020-q1", Subject: "jinan", Indicator: "online-investment-events", Measure: "level",
			Period: "2020-Q1", Label: "一季度", Inferred: inferred000,
			Figure: "30余次", Quote: "开展线上招商活动30余次",
		},
		{
			ID: "jinan.signed-projects.level.2020-q1", Subject: "jinan", Indicator: "signed-projects", Measure: "level",
			Period: "2020-Q1", Label: "一季度", Inferred: inferred000,
			Figure: "182个", Quote: "新签约项目182个",
		},
		{
			ID: "jinan.signed-amount.level.2020-q1", Subject: "jinan", Indicator: "signed-amount", Measure: "level",
			Period: "2020-Q1", Label: "一季度", Inferred: inferred000,
			Figure: "4781.3亿元", Quote: "新签约项目182个，总投资4781.3亿元",
			Note: "Printed as the total investment (总投资) of the 182 projects newly signed.",
		},
		{
			ID: "jinan.outside-funds.level.2020-q1", Subject: "jinan", Indicator: "outside-funds", Measure: "level",
			Period: "2020-Q1", Label: "一季度", Inferred: inferred000,
			Figure: "426.8亿元", Quote: "市外投资项目到位资金426.8亿元",
		},
		{
			ID: "jinan.new-trading-enterprises.level.2020-q1", Subject: "jinan", Indicator: "new-trading-enterprises", Measure: "level",
			Period: "2020-Q1", Label: "一季度", Inferred: inferred000,
			Figure: "230家", Quote: "新增进出口实绩企业230家",
		},
		{
			ID: "jinan.new-trading-enterprises.growth.2020-q1", Subject: "jinan", Indicator: "new-trading-enterprises", Measure: "growth",
			Period: "2020-Q1", Label: "一季度", Inferred: inferred000,
			Figure: "增长30%", Quote: "实绩企业230家，增长30%",
		},
		{
			ID: "jinan-anti-epidemic-exporters.enterprises.level.2020-q1", Subject: "jinan-anti-epidemic-exporters", Indicator: "enterprises", Measure: "level",
			Period: "2020-Q1", Label: "一季度", Inferred: inferred000,
			Figure: "16家", Quote: "16家防疫物资企业出口突破3000万美元",
			Note: "The anti-epidemic supplies enterprises that exported in the quarter.",
		},
		{
			ID: "jinan.postal-throughput.level.2020-q1", Subject: "jinan", Indicator: "postal-throughput", Measure: "level",
			Period: "2020-Q1", Label: "一季度", Inferred: inferred000,
			Figure: "5053.5吨", Quote: "完成国际邮运吞吐量5053.5吨",
		},
		{
			ID: "jinan.eurasia-freight-trains.level.2020-q1", Subject: "jinan", Indicator: "eurasia-freight-trains", Measure: "level",
			Period: "2020-Q1", Label: "一季度", Inferred: inferred000,
			Figure: "83列", Quote: "开行欧亚班列83列",
		},
		{
			ID: "jinan.eurasia-freight-trains.growth.2020-q1", Subject: "jinan", Indicator: "eurasia-freight-trains", Measure: "growth",
			Period: "2020-Q1", Label: "一季度", Inferred: inferred000,
			Figure: "增长118.4%", Quote: "欧亚班列83列，增长118.4%",
		},

		// Budget revenue, GDP, the trillion-yuan target.
		{
			ID: "jinan.budget-revenue.growth.2020-q1", Subject: "jinan", Indicator: "budget-revenue", Measure: "growth",
			Period: "2020-Q1", Label: "1-3月份", Inferred: inferred000,
			Figure: "增长6.6%", Quote: "1-3月份一般公共预算收入增长6.6%",
			Also: []Cite{{File: file000, Quote: "一般公共预算收入同比增长6.6%"}},
		},
		{
			ID: "jinan.budget-revenue.change.2020-q1", Subject: "jinan", Indicator: "budget-revenue", Measure: "change",
			Period: "2020-Q1", Label: "1-3月份", Inferred: inferred000,
			Versus: "2020-01-01/2020-02-29",
			Figure: "4.3个百分点", Quote: "比前两个月提高4.3个百分点",
			Note: "Growth in January–March minus growth in January–February (前两个月), so January–February growth was 2.3%. " +
				"A column break splits Tang Jun's sentence here: it goes on below the next paragraph at “点，居省内城市和副省级城市首位”, repeating the last 点.",
		},
		{
			ID: "jinan.gdp.level.2020-q1", Subject: "jinan", Indicator: "gdp", Measure: "level",
			Period: "2020-Q1", Label: "一季度", Inferred: inferred000,
			Figure: "2027.00亿元", Quote: "一季度济南市生产总值为2027.00亿元",
		},
		{
			ID: "jinan.gdp.growth.2020-q1", Subject: "jinan", Indicator: "gdp", Measure: "growth",
			Period: "2020-Q1", Label: "一季度", Inferred: inferred000,
			Figure: "下降4.4%", Quote: "同比下降4.4%",
			Note: "At comparable prices.",
		},
		{
			ID: "jinan.trade.gap-shandong.2020-q1", Subject: "jinan", Indicator: "trade", Measure: "gap",
			Period: "2020-Q1", Label: "一季度", Inferred: inferred000,
			Benchmark: "shandong",
			Figure:    "24.3个百分点", Quote: "增速高于全省平均水平24.3个百分点",
			Note: "Implies Shandong's trade growth of −3.6%.",
		},
		{
			ID: "jinan.budget-revenue.gap-shandong.2020-q1", Subject: "jinan", Indicator: "budget-revenue", Measure: "gap",
			Period: "2020-Q1", Label: "一季度", Inferred: inferred000,
			Benchmark: "shandong",
			Figure:    "16.7个百分点", Quote: "增速高于全省平均水平16.7个百分点",
			Note: "Implies Shandong's budget revenue growth of −10.1%.",
		},
		{
			ID: "jinan.budget-revenue.rank-growth-sub-provincial-cities.2020-q1", Subject: "jinan", Indicator: "budget-revenue", Measure: "rank",
			Period: "2020-Q1", Label: "一季度", Inferred: inferred000,
			Benchmark: "sub-provincial-cities",
			Figure:    "首位", Quote: "居省内城市和副省级城市首位", Nth: 1,
			Also: []Cite{{File: file000, Quote: "居省内城市和副省级城市首位", Nth: 2}},
			Note: "The rank of the growth rate. The second source is the continuation of Tang Jun's sentence after a column break (“点，居省内城市和副省级城市首位”).",
		},
		{
			ID: "jinan.pledged-key-tasks.level.2020", Subject: "jinan", Indicator: "pledged-key-tasks", Measure: "level",
			Period: "2020", Label: "2020年",
			Figure: "20项", Quote: "济南向社会公布20项2020年重点任务公开承诺事项",
			Note: "Published on 4月13日 (2020).",
		},
		{
			ID: "jinan.gdp.level-planned.2020", Subject: "jinan", Indicator: "gdp", Measure: "level",
			Period: "2020", Label: "今年", Inferred: inferred000,
			Status: "target",
			Figure: "过1万亿元", Quote: "今年确保GDP迈过1万亿元门槛",
			Also: []Cite{
				{File: file000, Quote: "确保今年迈进“万亿俱乐部”", Nth: 1},
				{File: file000, Quote: "确保今年迈进“万亿俱乐部”", Nth: 2},
			},
			Note: "迈过…门槛: to pass the threshold of 1 trillion yuan of GDP in 2020 (确保, a pledge). The “万亿俱乐部” (trillion-yuan club) sentences restate it without the figure.",
		},
		{
			ID: "jinan.deposits.rank-shandong-cities.2020-03-31", Subject: "jinan", Indicator: "deposits", Measure: "rank",
			Period: "2020-03-31", Inferred: inferred000,
			Benchmark: "shandong-cities",
			Figure:    "第一位", Quote: "金融机构本外币各项存、贷款余额均继续保持全省第一位",
			Note: "The rank of the balance of deposits of financial institutions. The clause prints no date; the end of the quarter Tang Jun reports (1-3月份) is taken.",
		},
		{
			ID: "jinan.loans.rank-shandong-cities.2020-03-31", Subject: "jinan", Indicator: "loans", Measure: "rank",
			Period: "2020-03-31", Inferred: inferred000,
			Benchmark: "shandong-cities",
			Figure:    "第一位", Quote: "金融机构本外币各项存、贷款余额均继续保持全省第一位",
			Note: "The rank of the balance of loans of financial institutions. The clause prints no date; the end of the quarter Tang Jun reports (1-3月份) is taken.",
		},

		// The “stay-at-home economy”.
		{
			ID: "jinan-information-services.value-added.level.2020-q1", Subject: "jinan-information-services", Indicator: "value-added", Measure: "level",
			Period: "2020-Q1", Label: "一季度", Inferred: inferred000,
			Figure: "138.77亿元", Quote: "一季度信息传输、软件和信息技术服务业增加值138.77亿元",
		},
		{
			ID: "jinan-information-services.value-added.growth.2020-q1", Subject: "jinan-information-services", Indicator: "value-added", Measure: "growth",
			Period: "2020-Q1", Label: "一季度", Inferred: inferred000,
			Figure: "增长16.1%", Quote: "138.77亿元，增长16.1%",
			Note: "At comparable prices.",
		},
		{
			ID: "jinan-information-services.value-added.contribution.2020-q1", Subject: "jinan-information-services", Indicator: "value-added", Measure: "contribution",
			Period: "2020-Q1", Label: "一季度", Inferred: inferred000,
			Figure: "1.1个百分点", Quote: "向上拉动GDP增幅1.1个百分点",
			Note: "Contribution to the growth of Jinan's GDP (−4.4%).",
		},
		{
			ID: "jinan-postal-industry.operating-revenue.growth.2020-q1", Subject: "jinan-postal-industry", Indicator: "operating-revenue", Measure: "growth",
			Period: "2020-Q1", Label: "一季度", Inferred: inferred000,
			Figure: "40.6%", As: "增长40.6%", Quote: "以山东顺丰速递等为骨干的邮政业，增速达40.6%",
			Note: "The seed prints only 增速 (growth rate), not of what. Read as operating revenue, as the fine service industries listed with it (电信、广播电视和卫星传输服务, 技术推广和应用) " +
				"are those of the statistics of services above designated size; value added is the other possible reading.",
		},
		{
			ID: "jinan-hightech-manufacturing.industrial-value-added.growth.2020-q1", Subject: "jinan-hightech-manufacturing", Indicator: "industrial-value-added", Measure: "growth",
			Period: "2020-Q1", Label: "一季度", Inferred: inferred000,
			Figure: "14.1%", As: "增长14.1%", Quote: "分别增长14.1%、12.3%",
			Note: "“实现增加值，完成营业收入分别增长” prints a comma where 、 was meant. The period is the article's 一季度; above designated size, at comparable prices.",
		},
		{
			ID: "jinan-hightech-manufacturing.operating-revenue.growth.2020-q1", Subject: "jinan-hightech-manufacturing", Indicator: "operating-revenue", Measure: "growth",
			Period: "2020-Q1", Label: "一季度", Inferred: inferred000,
			Figure: "12.3%", As: "增长12.3%", Quote: "分别增长14.1%、12.3%",
			Note: "The period is the article's 一季度; nominal.",
		},
		{
			ID: "jinan-hightech-manufacturing.industrial-value-added.gap-jinan-industry.2020-q1", Subject: "jinan-hightech-manufacturing", Indicator: "industrial-value-added", Measure: "gap",
			Period: "2020-Q1", Label: "一季度", Inferred: inferred000,
			Benchmark: "jinan-industry-above-size",
			Figure:    "16.8", As: "16.8个百分点", Quote: "高于全市平均水平16.8、20.2个百分点",
			Note: "全市平均水平 is the average of the city's industry above designated size (the paragraph's scope), not of the whole economy; implied growth −2.7%.",
		},
		{
			ID: "jinan-hightech-manufacturing.operating-revenue.gap-jinan-industry.2020-q1", Subject: "jinan-hightech-manufacturing", Indicator: "operating-revenue", Measure: "gap",
			Period: "2020-Q1", Label: "一季度", Inferred: inferred000,
			Benchmark: "jinan-industry-above-size",
			Figure:    "20.2", As: "20.2个百分点", Quote: "高于全市平均水平16.8、20.2个百分点",
			Note: "全市平均水平 is the average of the city's industry above designated size (the paragraph's scope), not of the whole economy; implied growth −7.9%.",
		},
		{
			ID: "jinan-computer-communication-manufacturing.industrial-value-added.growth.2020-ytd-02", Subject: "jinan-computer-communication-manufacturing", Indicator: "industrial-value-added", Measure: "growth",
			Period: "2020-01-01/2020-02-29", Label: "1-2月", Inferred: inferred000,
			Figure: "下降24.8%", Quote: "分别由1-2月的下降24.8%、17.8%",
			Note: "The seed does not say growth of what; value added is read, as for 高技术制造业 before it (重点领域内). Operating revenue is the other possible reading.",
		},
		{
			ID: "jinan-pharmaceutical-manufacturing.industrial-value-added.growth.2020-ytd-02", Subject: "jinan-pharmaceutical-manufacturing", Indicator: "industrial-value-added", Measure: "growth",
			Period: "2020-01-01/2020-02-29", Label: "1-2月", Inferred: inferred000,
			Figure: "17.8%", As: "下降17.8%", Quote: "分别由1-2月的下降24.8%、17.8%",
			Note: "The seed does not say growth of what; value added is read, as for 高技术制造业 before it (重点领域内). Operating revenue is the other possible reading.",
		},
		{
			ID: "jinan-computer-communication-manufacturing.industrial-value-added.growth.2020-q1", Subject: "jinan-computer-communication-manufacturing", Indicator: "industrial-value-added", Measure: "growth",
			Period: "2020-Q1", Label: "一季度", Inferred: inferred000,
			Figure: "增长31.1%", Quote: "转为增长31.1%、5.2%",
			Note: "The period is the article's 一季度. The seed does not say growth of what; value added is read.",
		},
		{
			ID: "jinan-pharmaceutical-manufacturing.industrial-value-added.growth.2020-q1", Subject: "jinan-pharmaceutical-manufacturing", Indicator: "industrial-value-added", Measure: "growth",
			Period: "2020-Q1", Label: "一季度", Inferred: inferred000,
			Figure: "5.2%", As: "增长5.2%", Quote: "转为增长31.1%、5.2%",
			Note: "The period is the article's 一季度. The seed does not say growth of what; value added is read.",
		},

		// Municipal key projects.
		{
			ID: "jinan-municipal-key-projects.projects.level.2020-03-31", Subject: "jinan-municipal-key-projects", Indicator: "projects", Measure: "level",
			Period: "2020-03-31", Label: "截至3月末", Inferred: inferred000,
			Figure: "270个", Quote: "截至3月末，270个市级重点建设项目",
			Note: "The municipal key construction projects of 2020.",
		},
		{
			ID: "jinan-municipal-key-projects.projects-started.level.2020-03-31", Subject: "jinan-municipal-key-projects", Indicator: "projects-started", Measure: "level",
			Period: "2020-03-31", Label: "截至3月末", Inferred: inferred000,
			Figure: "244个", Quote: "270个市级重点建设项目已经开工244个",
			Also: []Cite{{File: file000, Quote: "244个市级重点项目开工"}},
		},
		{
			ID: "jinan-municipal-key-projects.investment.level.2020-ytd-03", Subject: "jinan-municipal-key-projects", Indicator: "investment", Measure: "level",
			Period: "2020-Q1", Label: "截至3月末", Inferred: inferred000,
			Figure: "521.6亿元", Quote: "完成投资521.6亿元",
			Note: "Investment completed from January to the end of March 2020.",
		},
		{
			ID: "jinan-municipal-key-projects.investment.prior-year-ratio.2020-03", Subject: "jinan-municipal-key-projects", Indicator: "investment", Measure: "prior_year_ratio",
			Period: "2020-03", Label: "3月份", Inferred: inferred000,
			Figure: "96.2%", Quote: "3月份投资完成量相当于上年同期的96.2%",
			Note: "March 2020 alone (单月) against March 2019.",
		},
		{
			ID: "sdfmu-construction-project.site-workers.level.since-2020-02", Subject: "sdfmu-construction-project", Indicator: "site-workers", Measure: "level",
			Period: "2020-02-01/2020-04-28", Label: "从2月份复工复产开始", Inferred: inferred000,
			Figure: "2800余人", Quote: "我们工地已累计到岗2800余人",
			Note: "Workers who reported on site, cumulated since work resumed in February 2020; the end is not printed (at the latest the publication date).",
		},
		{
			ID: "sdfmu-construction-project.gross-floor-area.level.undated", Subject: "sdfmu-construction-project", Indicator: "gross-floor-area", Measure: "level",
			Figure: "约为58万平方米", Quote: "在建总建筑面积约为58万平方米",
			Note: "A property of the project under construction; the seed prints no time.",
		},
		{
			ID: "sdfmu-construction-project.buildings.level.undated", Subject: "sdfmu-construction-project", Indicator: "buildings", Measure: "level",
			Figure: "21栋", Quote: "包含21栋单体建筑",
			Note: "A property of the project; the seed prints no time.",
		},

		// Jinan High-tech Zone.
		{
			ID: "jinan-hitech-zone-computing-power.target-horizon.level.by-2025", Subject: "jinan-hitech-zone-computing-power", Indicator: "target-horizon", Measure: "level",
			Period: "2020-04-25/2025-04-25", Label: "3-5年", Inferred: inferred000,
			Status: "target",
			Figure: "3-5年", Quote: "力争通过3-5年，建成全球算力产业新高地",
			Also: []Cite{{File: file002, Quote: "力争通过3—5年,建设成全球算力产业新高地"}},
			Note: "The time the High-tech Zone allows itself (力争) to build a global highland of the computing power industry, stated at its meeting of 4月25日 (2020); the horizon ends 3 to 5 years on, at the latest. 002 prints the same target (力争通过3—5年,建设成全球算力产业新高地).",
		},
		{
			ID: "jinan-hitech-zone-human-capital.industry-scale.level.by-2023", Subject: "jinan-hitech-zone-human-capital", Indicator: "industry-scale", Measure: "level",
			Period: "2020-04-25/2023-04-25", Label: "3年内", Inferred: inferred000,
			Status: "target",
			Figure: "千亿元级", Quote: "力争3年内内资本产业达到千亿元级规模",
			Also: []Cite{{File: file002, Quote: "力争3年内人力资本产业达到千亿级规模"}},
			Note: "内内资本产业 is a misprint of 人力资本产业 (human capital industry; 002 prints it right). 千亿元级: the class of 100 billion yuan, at least. " +
				"3年内 from the meeting of 4月25日 (2020); it may mean by the end of 2022. 002 prints the same target (力争3年内人力资本产业达到千亿级规模).",
		},

		{
			ID: "china-computing-valley-park.construction-start.level.2020-09-30", Subject: "china-computing-valley-park", Indicator: "construction-start", Measure: "level",
			Period: "2020-09-30", Label: "9月底前", Inferred: inferred000,
			Status: "target",
			Figure: "9月底前", Quote: "确保9月底前中国算谷产业园开工建设", Nth: 1,
			Also: []Cite{{File: file000, Quote: "确保9月底前中国算谷产业园开工建设", Nth: 2}},
			Note: "A deadline (确保, a pledge): construction of the park is to start by the end of September, so the period is the instant 2020-09-30, at the latest. " +
				"The lead and the body print the same sentence. 002 calls the park 中国算力产业园.",
		},
		{
			ID: "jinan-hitech-zone.core-industries.level-planned.2020", Subject: "jinan-hitech-zone", Indicator: "core-industries", Measure: "level",
			Period: "2020", Label: "重点工作攻坚年", Inferred: inferred000,
			Status: "target",
			Figure: "三大", Quote: "生物制药三大核心产业",
			Note: "The three core industries the zone will concentrate on (将抓好) in the “重点工作攻坚年” (2020), named before the count: 信息技术、高端装备、生物制药. 大 is the counter of named groups.",
		},
		// FTZ Jinan Area.
		{
			ID: "ftz-jinan-area.industrial-sectors.level.2020-04-28", Subject: "ftz-jinan-area", Indicator: "industrial-sectors", Measure: "level",
			Period: "2020-04-28", Label: "近日", Inferred: inferred000,
			Figure: "8大", Quote: "自贸试验区济南片区明确8大板块主导产业定位",
			Also: []Cite{
				{File: file000, Quote: "将济南片区从西向东分为8大板块"},
				{File: file000, Quote: "明确8大板块的主导产业定位"},
				{File: file000, Quote: "进一步明确8大产业功能板块"},
			},
			Note: "The 产业规划布局 published 近日 divides the area from west to east into 8 sectors (板块), from 国际金融城 to 孙村片区; 8大产业功能板块 are the same sectors.",
		},
		{
			ID: "ftz-jinan-area.leading-industries.level-planned.undated", Subject: "ftz-jinan-area", Indicator: "leading-industries", Measure: "level",
			Status: "target",
			Figure: "五大", Quote: "文化产业、信息技术等五大主导产业",
			Note: "The five leading industries the area is to develop first (优先发展), set by the FTZ's master plan: 人工智能、产业金融、医疗健康、文化产业、信息技术. The plan prints no horizon.",
		},

		// Emergency rescue.
		{
			ID: "jinan-emergency-management-bureau.strategic-partners.level.2020-04-28", Subject: "jinan-emergency-management-bureau", Indicator: "strategic-partners", Measure: "level",
			Period: "2020-04-28", Label: "已", Inferred: inferred000,
			Figure: "22家", Quote: "已与22家单位签订战略合作协议",
			Note: "已: by the time of the report (after the agreements of 4月24日); the date is not printed.",
		},
		{
			ID: "jinan-emergency-management-bureau.rescue-teams.level.2020-04-28", Subject: "jinan-emergency-management-bureau", Indicator: "rescue-teams", Measure: "level",
			Period: "2020-04-28", Label: "已", Inferred: inferred000,
			Figure: "40余支", Quote: "组建40余支涵盖专业救援、社会救援、民间救援力量的应急救援队伍",
			Note: "Teams of professional, social and civilian rescue forces; by the time of the report, whose date is not printed.",
		},
		{
			ID: "jinan-geological-rescue-team.professional-partner-teams.level.2020-04-24", Subject: "jinan-geological-rescue-team", Indicator: "professional-partner-teams", Measure: "level",
			Period: "2020-04-24", Label: "4月24日", Inferred: inferred000,
			Figure: "两支", Quote: "依托这两支专业力量",
			Also: []Cite{{File: file000, Quote: "今后将继续与两支专业力量"}},
			Note: "The two teams of the provincial geological bureau that signed on 4月24日 and that the rescue team is built on: 八〇一水文地质工程地质大队 and 第一地质大队. 支 counts teams here (in 000's 3862万支（粒） it counts vials). The second source restates them.",
		},

		// New businesses.
		{
			ID: "jinan.market-entities.level.2020-sofar", Subject: "jinan", Indicator: "market-entities", Measure: "level",
			Period: "2020-01-01/..2020-04-28", Label: "今年以来", Inferred: inferred000,
			Figure: "117万户", Quote: "市场主体总量达到117万户",
			Note: "A stock at an unprinted date in 2020 (今年以来), at the latest the publication date.",
		},
		{
			ID: "jinan.market-entities.growth.2020-sofar", Subject: "jinan", Indicator: "market-entities", Measure: "growth",
			Period: "2020-01-01/..2020-04-28", Label: "今年以来", Inferred: inferred000,
			Figure: "增长28.24%", Quote: "117万户，同比增长28.24%",
			Note: "Against the stock a year before; the date is not printed (今年以来).",
		},
		{
			ID: "jinan-new-business-pack.service-cards.level.2020-04-26", Subject: "jinan-new-business-pack", Indicator: "service-cards", Measure: "level",
			Period: "2020-04-26", Label: "4月26日", Inferred: inferred000,
			Figure: "6张", Quote: "佳佳帮您办服务卡等6张卡片",
			Note: "The pack handed out from 4月26日 (2020): 延伸服务卡, 链条服务卡, 普惠政策卡, 重大项目卡, 民营经济卡 and 佳佳帮您办服务卡.",
		},
		{
			ID: "jinan-new-business-pack.information-categories.level.2020-04-26", Subject: "jinan-new-business-pack", Indicator: "information-categories", Measure: "level",
			Period: "2020-04-26", Label: "4月26日", Inferred: inferred000,
			Figure: "6个", Quote: "共6个大类2224条信息",
			Note: "Categories (大类) of information reached through the QR codes on the cards.",
		},
		{
			ID: "jinan-new-business-pack.information-items.level.2020-04-26", Subject: "jinan-new-business-pack", Indicator: "information-items", Measure: "level",
			Period: "2020-04-26", Label: "4月26日", Inferred: inferred000,
			Figure: "2224条", Quote: "共6个大类2224条信息",
			Note: "Items of information on taxes, talent, services to private enterprises and permits, reached through the QR codes on the cards.",
		},

		// Tianqiao District.
		{
			ID: "jinan.key-tackling-tasks.level.2020", Subject: "jinan", Indicator: "key-tackling-tasks", Measure: "level",
			Period: "2020", Label: "重点工作攻坚年", Inferred: inferred000,
			Figure: "12项", Quote: "随后济南市确立了12项重点攻坚任务",
			Also: []Cite{{File: file000, Quote: "对会议确定的12项重点攻坚任务"}},
			Note: "The tasks of Jinan's “重点工作攻坚年” (2020); the second source names the same 12 tasks, set by the meeting.",
		},
		{
			ID: "tianqiao.plan-aspects.level.2020", Subject: "tianqiao", Indicator: "plan-aspects", Measure: "level",
			Period: "2020", Label: "重点工作攻坚年", Inferred: inferred000,
			Status: "target",
			Figure: "六个", Quote: "从六个方面简谈天桥区",
			Also: []Cite{{File: file000, Quote: "韩伟从六个方面逐一解读"}},
			Note: "The six areas in which 天桥区's party secretary sets out the district's plan for the “重点工作攻坚年” (2020), each a paragraph (在…上聚焦突破). The second source introduces the same six.",
		},
		{
			ID: "tianqiao.tackling-campaigns.level.2020", Subject: "tianqiao", Indicator: "tackling-campaigns", Measure: "level",
			Period: "2020", Label: "重点工作攻坚年", Inferred: inferred000,
			Status: "target",
			Figure: "九大", Quote: "全力打好“九大攻坚”",
			Note: "The nine campaigns of 天桥区's “1339” strategy (its last 9); the seed does not name them. The count is printed inside the slogan's quotation marks.",
		},
		{
			ID: "tianqiao.ecommerce-parks.level.2020", Subject: "tianqiao", Indicator: "ecommerce-parks", Measure: "level",
			Period: "2020", Label: "重点工作攻坚年", Inferred: inferred000,
			Status: "target",
			Figure: "四大", Quote: "时代总部未来城、四大电商产业园",
			Note: "The four e-commerce industrial parks 天桥区 is to press ahead with (加快推进) in 2020; the seed does not name them.",
		},
		{
			ID: "tianqiao.specialised-markets.target.2020", Subject: "tianqiao", Indicator: "specialised-markets", Measure: "target",
			Period: "2020", Label: "重点工作攻坚年", Inferred: inferred000,
			Status: "target",
			Figure: "58处", Quote: "58处专业市场“腾笼换鸟”",
			Note: "The specialised markets Tianqiao plans to clear and refill with higher-end industry (腾笼换鸟) in its “重点工作攻坚年” (2020); no date printed.",
		},
		{
			ID: "tianqiao-industrial-clusters.industry-scale.level-planned-100yi-class.2020", Subject: "tianqiao-industrial-clusters", Indicator: "industry-scale", Measure: "level",
			Period: "2020", Label: "重点工作攻坚年", Inferred: inferred000,
			Status: "target",
			Figure: "百亿级", As: "百亿元级", Quote: "一批百亿级、50亿级产业集群",
			Note: "A batch of clusters to grow (做大), some of the class of 10 billion yuan and some of 5 billion; this fact is the upper class. 百亿级 prints no currency: yuan of revenue is read. No date is printed; the plan is for Tianqiao's “重点工作攻坚年” (2020).",
		},
		{
			ID: "tianqiao-industrial-clusters.industry-scale.level-planned-50yi-class.2020", Subject: "tianqiao-industrial-clusters", Indicator: "industry-scale", Measure: "level",
			Period: "2020", Label: "重点工作攻坚年", Inferred: inferred000,
			Status: "target",
			Figure: "50亿级", As: "50亿元级", Quote: "一批百亿级、50亿级产业集群",
			Note: "A batch of clusters to grow (做大), some of the class of 10 billion yuan and some of 5 billion; this fact is the lower class. 50亿级 prints no currency: yuan of revenue is read. No date is printed; the plan is for Tianqiao's “重点工作攻坚年” (2020).",
		},
		{
			ID: "tianqiao-key-projects.total-investment.level.2020", Subject: "tianqiao-key-projects", Indicator: "total-investment", Measure: "level",
			Period: "2020", Label: "重点工作攻坚年", Inferred: inferred000,
			Figure: "1320亿元", Quote: "紧盯紧盯总投资1320亿元的138个重点项目",
			Note: "紧盯紧盯 repeats a word (a misprint). The key projects of the “重点工作攻坚年” (2020); no date printed.",
		},
		{
			ID: "tianqiao-key-projects.projects.level.2020", Subject: "tianqiao-key-projects", Indicator: "projects", Measure: "level",
			Period: "2020", Label: "重点工作攻坚年", Inferred: inferred000,
			Figure: "138个", Quote: "总投资1320亿元的138个重点项目",
			Note: "The key projects of the “重点工作攻坚年” (2020); no date printed.",
		},
	},
}
