package data

// Indicators is the vocabulary of what facts measure. The root package
// names the first NamedIndicators of them as constants, in this order; the
// others are reached by ID.
var Indicators = [...]Indicator{
	// Named in the root package, in the order of its constants.
	// "gdp" is gross domestic product (地区生产总值): Jinan's was 2027.00亿元 in Q1 2020, down 4.4% at comparable prices.
	{ID: "gdp", Zh: "地区生产总值", En: "gross domestic product", Pricing: "comparable", Unit: "CNY"},
	// "value-added" is the value added of an industry: 信息传输、软件和信息技术服务业增加值138.77亿元 in Q1 2020.
	{ID: "value-added", Zh: "增加值", En: "value added", Pricing: "comparable", Unit: "CNY"},
	// "industrial-value-added" is the value added of industry above designated size: up 11.4% in Jinan in 前三季度 2020.
	{ID: "industrial-value-added", Zh: "规模以上工业增加值", En: "value added of industry above designated size", Pricing: "comparable", Unit: "CNY"},
	// "budget-revenue" is general public budget revenue: Jinan's reached 1001.4亿元 in 2021.
	{ID: "budget-revenue", Zh: "一般公共预算收入", En: "general public budget revenue", Pricing: "nominal", Unit: "CNY"},
	// "tax-revenue" is tax revenue: 市中区's financial industry paid 17.7亿元 in 2019.
	{ID: "tax-revenue", Zh: "税收", En: "tax revenue", Pricing: "nominal", Unit: "CNY"},
	// "trade" is the total of imports and exports: up 20.7% in Jinan in Q1 2020.
	{ID: "trade", Zh: "进出口总额", En: "imports and exports", Pricing: "nominal", Unit: "CNY"},
	// "exports" is exports: 齐鲁制药集团 exported 1.79亿美元 in Q1 2020.
	{ID: "exports", Zh: "出口", En: "exports", Pricing: "nominal", Unit: "CNY"},
	// "foreign-capital" is foreign capital actually used: 3.8亿美元 in Jinan in Q1 2020.
	{ID: "foreign-capital", Zh: "实际利用外资", En: "utilized foreign capital", Pricing: "nominal", Unit: "USD"},
	// "contracted-foreign-capital" is foreign capital contracted: 2.92亿美元 for 天桥区's 17 foreign projects.
	{ID: "contracted-foreign-capital", Zh: "合同外资", En: "contracted foreign capital", Pricing: "nominal", Unit: "USD"},
	// "fixed-investment" is fixed-asset investment: the High-tech Zone's grew 22.9% in 2019.
	{ID: "fixed-investment", Zh: "固定资产投资", En: "fixed-asset investment", Pricing: "nominal", Unit: "CNY"},
	// "investment" is investment completed: 521.6亿元 in Jinan's key projects by the end of March 2020.
	{ID: "investment", Zh: "投资", En: "investment completed", Pricing: "nominal", Unit: "CNY"},
	// "total-investment" is the total investment planned: 2000亿元 for the International Medical Science Center.
	{ID: "total-investment", Zh: "总投资", En: "total planned investment", Pricing: "nominal", Unit: "CNY"},
	// "outside-funds" is funds from outside the city put in place: 426.8亿元 in Jinan in Q1 2020.
	{ID: "outside-funds", Zh: "市外投资到位资金", En: "funds from outside the city put in place", Pricing: "nominal", Unit: "CNY"},
	// "operating-revenue" is operating revenue: 2420.6亿元 for Jinan's equipment manufacturing in 1至9月 2020.
	{ID: "operating-revenue", Zh: "营业收入", En: "operating revenue", Pricing: "nominal", Unit: "CNY"},
	// "deposits" is the balance of deposits in domestic and foreign currency, 保持全省第一位 in Jinan.
	{ID: "deposits", Zh: "本外币各项存款余额", En: "deposits in domestic and foreign currency", Pricing: "nominal", Unit: "CNY"},
	// "loans" is the balance of loans in domestic and foreign currency, 保持全省第一位 in Jinan.
	{ID: "loans", Zh: "本外币各项贷款余额", En: "loans in domestic and foreign currency", Pricing: "nominal", Unit: "CNY"},
	// "market-entities" is the number of market entities (市场主体): 117万户 in Jinan in 2020.
	{ID: "market-entities", Zh: "市场主体", En: "market entities", Unit: "count:户"},
	// "enterprises" is a number of enterprises: 3000余家 big data firms in the High-tech Zone.
	{ID: "enterprises", Zh: "企业", En: "enterprises", Unit: "count:家"},
	// "projects" is a number of projects: 270个 municipal key projects in 2020.
	{ID: "projects", Zh: "项目", En: "projects", Unit: "count:个"},
	// "land-area" is an area of land: 26.3平方公里 for the International Financial Center.
	{ID: "land-area", Zh: "面积", En: "area", Unit: "m2"},

	// The indicators first printed in seed 000 (Dazhong Daily, about 2020-04-28).
	// "us-formulations" counts the finished drug formulations (制剂) a company
	// exports to the United States: 累计实现14个制剂对美出口 (Qilu
	// Pharmaceutical).
	{ID: "us-formulations", Zh: "对美出口制剂", En: "finished formulations exported to the United States", Unit: "count:个"},
	// "formulation-exports-us" is the value of exports of finished drug
	// formulations to the United States, at current prices: 一季度出口额为
	// 1548万美元 (Qilu Pharmaceutical).
	{ID: "formulation-exports-us", Zh: "对美制剂出口额", En: "exports of finished formulations to the United States", Pricing: "nominal", Unit: "USD"},
	// "formulation-export-volume-us" is the quantity of finished drug formulations
	// exported to the United States, in vials or tablets (支（粒）):
	// 出口数量达3862万支（粒）.
	{ID: "formulation-export-volume-us", Zh: "对美制剂出口数量", En: "vials and tablets of finished formulations exported to the United States", Unit: "count:支（粒）"},
	// "formulation-unit-value-us" is the average price of the finished
	// formulations exported to the United States: their value per vial or
	// tablet, implied by the value's and the volume's growth.
	{ID: "formulation-unit-value-us", Zh: "对美制剂出口单价", En: "unit value of finished formulations exported to the United States", Pricing: "nominal", Unit: "USD"},
	// "cefepime-us-market-share" is a company's share of the US market for
	// cefepime for injection (注射用头孢吡肟): 美国市场占有率超过50%.
	{ID: "cefepime-us-market-share", Zh: "注射用头孢吡肟美国市场占有率", En: "share of the US market for cefepime for injection", Unit: "%"},
	// "online-investment-events" counts online investment promotion events
	// (线上招商活动): 开展线上招商活动30余次.
	{ID: "online-investment-events", Zh: "线上招商活动", En: "online investment promotion events", Unit: "count:次"},
	// "new-trading-enterprises" counts enterprises that recorded imports or
	// exports for the first time (新增进出口实绩企业): 230家 in the first
	// quarter of 2020.
	{ID: "new-trading-enterprises", Zh: "新增进出口实绩企业", En: "enterprises newly recording imports or exports", Unit: "count:家"},
	// "postal-throughput" is the tonnage of international mail handled
	// (国际邮运吞吐量): 5053.5吨 in the first quarter of 2020.
	{ID: "postal-throughput", Zh: "国际邮运吞吐量", En: "international postal throughput", Unit: "t"},
	// "eurasia-freight-trains" counts Eurasian freight trains run (开行欧亚班列): 83列 in
	// the first quarter of 2020.
	{ID: "eurasia-freight-trains", Zh: "开行欧亚班列", En: "Eurasian freight trains run", Unit: "count:列"},
	// "pledged-key-tasks" counts the key tasks a government publicly pledges for a
	// year (重点任务公开承诺事项): 20项2020年重点任务.
	{ID: "pledged-key-tasks", Zh: "重点任务公开承诺事项", En: "key tasks publicly pledged", Unit: "count:项"},
	// "projects-started" counts projects whose construction has started
	// (已开工): 270个市级重点建设项目已经开工244个.
	{ID: "projects-started", Zh: "已开工项目", En: "projects started", Unit: "count:个"},
	// "site-workers" counts the workers who have reported for work on a
	// construction site (到岗): 已累计到岗2800余人.
	{ID: "site-workers", Zh: "到岗人员", En: "workers reporting on site", Unit: "count:人"},
	// "gross-floor-area" is the total floor area of the buildings of a project
	// (总建筑面积): 在建总建筑面积约为58万平方米.
	{ID: "gross-floor-area", Zh: "总建筑面积", En: "gross floor area", Unit: "m2"},
	// "buildings" counts the separate buildings of a project (单体建筑):
	// 包含21栋单体建筑.
	{ID: "buildings", Zh: "单体建筑", En: "buildings", Unit: "count:栋"},
	// "industrial-sectors" counts the industrial sectors (产业板块) a zone's plan
	// divides it into: 将济南片区从西向东分为8大板块.
	{ID: "industrial-sectors", Zh: "产业板块", En: "industrial sectors of a zone's plan", Unit: "count:大"},
	// "strategic-partners" counts the bodies a public body has signed strategic
	// cooperation agreements with (签订战略合作协议的单位): 已与22家单位签订.
	{ID: "strategic-partners", Zh: "签订战略合作协议单位", En: "bodies with strategic cooperation agreements", Unit: "count:家"},
	// "rescue-teams" counts emergency rescue teams (应急救援队伍): 组建40余支.
	{ID: "rescue-teams", Zh: "应急救援队伍", En: "emergency rescue teams", Unit: "count:支"},
	// "service-cards" counts the service cards in a pack (服务卡片): 6张卡片.
	{ID: "service-cards", Zh: "服务卡片", En: "service cards", Unit: "count:张"},
	// "information-categories" counts the categories of policy and service
	// information a service offers (信息大类): 共6个大类.
	{ID: "information-categories", Zh: "信息大类", En: "categories of information", Unit: "count:个"},
	// "information-items" counts items of policy and service information
	// (条信息): 2224条信息.
	{ID: "information-items", Zh: "信息条目", En: "items of information", Unit: "count:条"},
	// "key-tackling-tasks" counts the key tasks to tackle (重点攻坚任务) of a
	// “重点工作攻坚年”: 济南市确立了12项重点攻坚任务.
	{ID: "key-tackling-tasks", Zh: "重点攻坚任务", En: "key tasks to tackle", Unit: "count:项"},
	// "specialised-markets" counts specialised wholesale markets (专业市场):
	// 58处专业市场“腾笼换鸟” in Tianqiao District.
	{ID: "specialised-markets", Zh: "专业市场", En: "specialised wholesale markets", Unit: "count:处"},

	// The indicators first printed in seed 001 (Dazhong Daily, late December 2020).
	// "national-strategies" counts the major national strategies that converge
	// on a place: 4个重大国家战略交汇叠加 in Jinan in 2020.
	{ID: "national-strategies", Zh: "重大国家战略", En: "major national strategies converging", Unit: "count:个"},
	// "years-among-provincial-leaders" is how many years in a row a city's main economic
	// indicators stood among the province's leaders: 连续3年 for Jinan.
	{ID: "years-among-provincial-leaders", Zh: "主要经济指标稳居全省前列的连续年数", En: "consecutive years with the main economic indicators among the province's leaders", Unit: "year"},
	// "overall-strength" is the overall strength of a city or zone as ranked
	// among its peers (综合实力, 综合排名): Jinan 跻身全国20强 in 2019, Jinan
	// High-tech Zone 第11位 among national high-tech zones.
	{ID: "overall-strength", Zh: "综合实力", En: "overall strength (composite ranking)", Unit: "rank:"},
	// "districts-gdp-over-100bn" counts a city's districts and counties whose GDP
	// is over 100 billion yuan: 过千亿元区县达到9个 in Jinan in 2019.
	{ID: "districts-gdp-over-100bn", Zh: "地区生产总值过千亿元区县", En: "districts and counties with GDP over 100 billion yuan", Unit: "count:个"},
	// "districts-budget-revenue-over-10bn" counts a city's districts and counties whose
	// general public budget revenue is over 10 billion yuan: 过百亿元区县达到4个.
	{ID: "districts-budget-revenue-over-10bn", Zh: "一般公共预算收入过百亿元区县", En: "districts and counties with general public budget revenue over 10 billion yuan", Unit: "count:个"},
	// "reformed-development-zones" counts the development zones at provincial level or
	// above that completed the reform of their institutions: 13家 in Jinan.
	{ID: "reformed-development-zones", Zh: "完成体制机制改革的省级以上开发区", En: "development zones at provincial level or above that completed institutional reform", Unit: "count:家"},
	// "internal-bodies" counts the internal bodies (内设机构) of an
	// administration: Jinan's development zones went 从109个压缩到64个.
	{ID: "internal-bodies", Zh: "内设机构", En: "internal bodies", Unit: "count:个"},
	// "cas-institutes" counts the institutes of the Chinese Academy of Sciences
	// (“中科院”院所) brought to a city: 14家 in Jinan.
	{ID: "cas-institutes", Zh: "“中科院”院所", En: "institutes of the Chinese Academy of Sciences brought in", Unit: "count:家"},
	// "global-500-firms" counts the Fortune Global 500 companies present in a
	// place (世界500强企业): 12家 in Jinan International Financial Center.
	{ID: "global-500-firms", Zh: "世界500强企业", En: "Fortune Global 500 companies present", Unit: "count:家"},
	// "china-500-firms" counts the China Top 500 companies present in a place
	// (中国500强企业): 21家 in Jinan International Financial Center.
	{ID: "china-500-firms", Zh: "中国500强企业", En: "China Top 500 companies present", Unit: "count:家"},
	// "financial-institutions" counts financial enterprises and institutions
	// (金融企业、金融机构) present in a place or on a platform: 330余家 in
	// Jinan International Financial Center, 42家 on the “Xinyidai” platform.
	{ID: "financial-institutions", Zh: "金融机构", En: "financial institutions", Unit: "count:家"},
	// "countries-reached" counts the countries a train service reaches:
	// Jinan's Eurasian trains 覆盖16个国家.
	{ID: "countries-reached", Zh: "通达国家", En: "countries reached", Unit: "count:个"},
	// "cities-reached" counts the cities a train service reaches: Jinan's
	// Eurasian trains cover 40余个城市.
	{ID: "cities-reached", Zh: "通达城市", En: "cities reached", Unit: "count:个"},
	// "trains-run" is the number of block trains run (开行数量): Jinan's
	// Eurasian trains are 占全省近四成 of Shandong's.
	{ID: "trains-run", Zh: "开行数量", En: "block trains run", Unit: "count:列"},
	// "new-air-cargo-routes" counts newly opened international air cargo routes
	// (新开…航线): 10条 from Jinan.
	{ID: "new-air-cargo-routes", Zh: "新开国际货运航线", En: "international air cargo routes opened", Unit: "count:条"},
	// "institutional-innovations" counts the institutional innovation measures
	// (制度创新措施) launched: 320项 in the FTZ Jinan Area.
	{ID: "institutional-innovations", Zh: "制度创新措施", En: "institutional innovation measures launched", Unit: "count:项"},
	// "replicable-cases" counts the new replicable cases (可复制推广新案例)
	// reported to the state and the province: 30项 from the FTZ Jinan Area.
	{ID: "replicable-cases", Zh: "可复制推广新案例", En: "new replicable cases reported", Unit: "count:项"},
	// "partner-departments" counts the departments that joined a reform led by
	// another body: the Jinan DRC 联合市财政、建设等8部门.
	{ID: "partner-departments", Zh: "联合部门", En: "departments joining", Unit: "count:个"},
	// "award-notice-steps" counts the steps to issue a bid award notice
	// (中标通知书发放流程办理环节): 从7个减至3个 in Jinan in 2018.
	{ID: "award-notice-steps", Zh: "中标通知书发放流程办理环节", En: "steps to issue a bid award notice", Unit: "count:个"},
	// "tender-trading-time" is the time a public tender takes to trade
	// (交易时间): 压缩5日 in Jinan.
	{ID: "tender-trading-time", Zh: "招投标交易时间", En: "time taken by a tender transaction", Unit: "d"},
	// "bidding-time" is the time allowed to submit bids (投标时间): 放宽…15日 in
	// Jinan.
	{ID: "bidding-time", Zh: "投标时间", En: "time allowed for bidding", Unit: "d"},
	// "transferred-departments" counts the departments whose permits moved to
	// an approval bureau: 27个部门 in Jinan.
	{ID: "transferred-departments", Zh: "划转行政许可的部门", En: "departments whose permits were transferred", Unit: "count:个"},
	// "transferred-permits" counts the administrative permits and related
	// matters moved to an approval bureau (划转集中实施的行政许可及关联事项):
	// 262项 in Jinan.
	{ID: "transferred-permits", Zh: "划转集中实施的行政许可及关联事项", En: "administrative permits and related matters transferred", Unit: "count:项"},
	// "business-environment-appraisal" is the provincial appraisal of the business
	// environment (营商环境评价): Jinan 全省第一 in 2019.
	{ID: "business-environment-appraisal", Zh: "营商环境评价", En: "business environment appraisal", Unit: "rank:"},
	// "promised-time-limit" is the time limit promised for an approval
	// (承诺…时限): 5个工作日 for registering a non-enterprise legal person.
	{ID: "promised-time-limit", Zh: "承诺办理时限", En: "promised processing time", Unit: "count:个工作日"},
	// "sole-approvers" counts the approvers under the sole-approver system
	// (独任审批师): 首批47名 at city level in 2020.
	{ID: "sole-approvers", Zh: "独任审批师", En: "sole approvers", Unit: "count:名"},
	// "cases-handled" counts the approval cases handled (办件量): 累计20万件.
	{ID: "cases-handled", Zh: "办件量", En: "approval cases handled", Unit: "count:件"},
	// "financing-seekers-matched" counts the enterprises seeking finance that were
	// matched (对接有融资需求企业): 1218家 by the end of October 2020.
	{ID: "financing-seekers-matched", Zh: "对接有融资需求企业", En: "enterprises seeking finance matched", Unit: "count:家"},
	// "financing-demand" is the amount of finance enterprises seek (融资需求额,
	// 涉及金额): 282.4亿元 for the enterprises matched by financial counselors.
	{ID: "financing-demand", Zh: "融资需求额", En: "finance sought by enterprises", Pricing: "nominal", Unit: "CNY"},
	// "loan-subsidy-rate" is the fiscal subsidy paid to lenders as a percentage
	// of new loans (财政补贴): 1.5%—5% on the “Xinyidai” platform in Jinan.
	{ID: "loan-subsidy-rate", Zh: "财政补贴比例", En: "fiscal subsidy as a percentage of new loans", Unit: "%"},
	// "financial-products" counts the financial products published (发布金融产品):
	// 189个 on the “Xinyidai” platform in Jinan.
	{ID: "financial-products", Zh: "金融产品", En: "financial products published", Unit: "count:个"},
	// "loans-granted" is the total of loans granted (放款总额): 3.68亿元 through
	// the “Xinyidai” platform in Jinan.
	{ID: "loans-granted", Zh: "放款总额", En: "loans granted", Pricing: "nominal", Unit: "CNY"},
	// "loan-interest-rate" is the interest rate paid on finance (融资的利率): on
	// the “Xinyidai” platform 约2个百分点 below conventional products.
	{ID: "loan-interest-rate", Zh: "融资利率", En: "interest rate on finance", Unit: "%"},
	// "research-projects" counts original research projects developed (研发…
	// 原创项目): 91个 by the Shandong Industrial Technology Research Institute.
	{ID: "research-projects", Zh: "研发的高水平原创项目", En: "original research projects developed", Unit: "count:个"},
	// "research-institutes" counts research institutions set up (创立…科研机构):
	// 64家 by the Shandong Industrial Technology Research Institute.
	{ID: "research-institutes", Zh: "创立的科研机构", En: "research institutions set up", Unit: "count:家"},
	// "invention-patents" counts invention patents put to use (实施…发明专利):
	// 300多项 by the Shandong Industrial Technology Research Institute.
	{ID: "invention-patents", Zh: "实施的发明专利", En: "invention patents put to use", Unit: "count:项"},
	// "tech-transfers" counts frontier technology results transferred (转化…
	// 前沿技术成果): 200多项.
	{ID: "tech-transfers", Zh: "转化的前沿技术成果", En: "frontier technology results transferred", Unit: "count:项"},
	// "incubated-hightech-firms" counts high-tech enterprises incubated
	// (孵化…高新技术企业): 99家.
	{ID: "incubated-hightech-firms", Zh: "孵化的高新技术企业", En: "high-tech enterprises incubated", Unit: "count:家"},
	// "induced-investment" is the social investment a body has drawn in
	// (带动社会投资): 超过200亿元.
	{ID: "induced-investment", Zh: "带动社会投资", En: "social investment drawn in", Pricing: "nominal", Unit: "CNY"},
	// "server-market-share" is a vendor's share of the server market
	// (服务器市场占有率), ranked among vendors: Inspur 稳居全球前三.
	{ID: "server-market-share", Zh: "服务器市场占有率", En: "server market share", Unit: "rank:"},
	// "steel-capacity-retired" is the steelmaking capacity shut down (退出的钢产能):
	// 10万吨 at Jinan Steel as printed.
	{ID: "steel-capacity-retired", Zh: "退出的钢产能", En: "steelmaking capacity retired", Unit: "t"},
	// "years-in-operation" is how long a plant ran (建了…年): 60年 for Jinan Steel.
	{ID: "years-in-operation", Zh: "建成年数", En: "years in operation", Unit: "year"},
	// "cloud-enterprises" counts enterprises that moved to the cloud (企业上云):
	// 3万家 in Jinan.
	{ID: "cloud-enterprises", Zh: "上云企业", En: "enterprises on the cloud", Unit: "count:家"},
	// "unicorn-firms" counts unicorn enterprises (独角兽企业): 3家 in Jinan.
	{ID: "unicorn-firms", Zh: "独角兽企业", En: "unicorn enterprises", Unit: "count:家"},
	// "provincial-gazelle-firms" counts gazelle enterprises recognised at
	// provincial level or above (省级以上瞪羚企业): 80家 in Jinan.
	{ID: "provincial-gazelle-firms", Zh: "省级以上瞪羚企业", En: "gazelle enterprises recognised at provincial level or above", Unit: "count:家"},
	// "cluster-leaders" counts the leading enterprises of Shandong's “ten
	// strong” industrial clusters (省“十强”产业集群领军企业): 12家 in Jinan.
	{ID: "cluster-leaders", Zh: "省“十强”产业集群领军企业", En: "leading enterprises of Shandong's “ten strong” industrial clusters", Unit: "count:家"},
	// "single-item-champion-applicants" counts the enterprises applying to be national
	// manufacturing single-item champions (申报国家制造业单项冠军): 14家.
	{ID: "single-item-champion-applicants", Zh: "申报国家制造业单项冠军企业", En: "enterprises applying to be national manufacturing single-item champions", Unit: "count:家"},
	// "key-industrial-chains" counts the key industrial chains under the
	// “chain chief” system (重点产业链): 12条 in Jinan.
	{ID: "key-industrial-chains", Zh: "重点产业链", En: "key industrial chains", Unit: "count:条"},
	// "master-plans" counts master plans (总体方案) in a planning framework:
	// “1个总体方案” for the Starting Area.
	{ID: "master-plans", Zh: "总体方案", En: "master plans", Unit: "count:个"},
	// "comprehensive-plans" counts comprehensive plans (综合性规划): “4个” for
	// the Starting Area.
	{ID: "comprehensive-plans", Zh: "综合性规划", En: "comprehensive plans", Unit: "count:个"},
	// "special-plans" counts special-purpose plans (专项规划): “16个” for the
	// Starting Area.
	{ID: "special-plans", Zh: "专项规划", En: "special-purpose plans", Unit: "count:个"},
	// "start-batches" counts the batches in which projects were started
	// (分…批开工): 4批 in the Jinan International Medical Science Center.
	{ID: "start-batches", Zh: "开工批次", En: "batches of project starts", Unit: "count:批"},
	// "started-projects" counts construction projects started (开工…建设项目):
	// 28个 in the Jinan International Medical Science Center.
	{ID: "started-projects", Zh: "开工建设项目", En: "construction projects started", Unit: "count:个"},
	// "talent-teams" counts high-end talent teams brought in (引进高端人才团队):
	// 26个 in the Jinan International Medical Science Center.
	{ID: "talent-teams", Zh: "引进高端人才团队", En: "high-end talent teams brought in", Unit: "count:个"},
	// "registered-enterprise-groups" counts enterprise groups registered (注册企业集团):
	// 56个 in the Jinan International Medical Science Center.
	{ID: "registered-enterprise-groups", Zh: "注册企业集团", En: "enterprise groups registered", Unit: "count:个"},
	// "innovation-measures" counts the specific innovation measures (具体创新举措)
	// of a plan: 162项 in the FTZ Jinan Area's plan.
	{ID: "innovation-measures", Zh: "具体创新举措", En: "specific innovation measures", Unit: "count:项"},
	// "support-policies" counts the new policies issued in support of a zone
	// (支持片区发展的新政策): 100多项 for the FTZ Jinan Area.
	{ID: "support-policies", Zh: "支持片区发展的新政策", En: "new supporting policies", Unit: "count:项"},
	// "pilot-tasks" are the pilot tasks (试点任务) of a free trade zone: in the
	// FTZ Jinan Area 80%以上 are under way and 40% done.
	{ID: "pilot-tasks", Zh: "试点任务", En: "pilot tasks", Unit: "count:项"},
	// "foreign-goods-kinds" counts the kinds of foreign goods a trade project brings
	// in (引入…外商品): 22000余种 planned by the Greenland project.
	{ID: "foreign-goods-kinds", Zh: "引入的外国商品", En: "kinds of foreign goods brought in", Unit: "count:种"},

	// The indicators first printed in seed 002 (the High-tech Zone feature, spring 2020).
	// "industry-value-added" is the value added of all industry (工业增加值, not
	// only above designated size), at comparable prices for growth: 全年工业增加值418.4亿元.
	{ID: "industry-value-added", Zh: "工业增加值", En: "industrial value added", Pricing: "comparable", Unit: "CNY"},
	// "star-market-approvals" counts enterprises that passed the listing review of
	// the Shanghai STAR Market: 24小时内2家企业通过科创板上市审核.
	{ID: "star-market-approvals", Zh: "通过科创板上市审核企业", En: "enterprises passing the STAR Market listing review", Unit: "count:家"},
	// "star-market-listing-progress" is the position of an enterprise in a place's queue of
	// STAR Market listings: 包揽济南企业科创板上市进程的前四名.
	{ID: "star-market-listing-progress", Zh: "科创板上市进程", En: "position in the STAR Market listing process", Unit: "rank:名"},
	// "online-sales" is the value of sales made online, at current prices:
	// 一季度度线上销售额完成274亿元.
	{ID: "online-sales", Zh: "线上销售额", En: "online sales", Pricing: "nominal", Unit: "CNY"},
	// "trade-growth-run" is the number of months in a row with year-on-year growth
	// of imports and exports: 连续38个月保持正增长.
	{ID: "trade-growth-run", Zh: "进出口连续正增长月数", En: "months in a row of year-on-year growth of imports and exports", Unit: "month"},
	// "main-business-revenue" is revenue from main business, at current prices:
	// 主营业务收入过千亿元.
	{ID: "main-business-revenue", Zh: "主营业务收入", En: "main business revenue", Pricing: "nominal", Unit: "CNY"},
	// "class-1-innovative-drugs" counts class 1 innovative drugs (new drugs not marketed
	// anywhere before): 1类创新药占全省54.8%.
	{ID: "class-1-innovative-drugs", Zh: "1类创新药", En: "class 1 innovative drugs", Unit: "count:个"},
	// "sales-revenue" is revenue from sales, at current prices: 浪潮、中国重汽2018年双双
	// 实现销售收入过千亿元.
	{ID: "sales-revenue", Zh: "销售收入", En: "sales revenue", Pricing: "nominal", Unit: "CNY"},
	// "industry-scale" is the size of an industry or cluster as Chinese plans
	// state it, in yuan of revenue at current prices: 人力资本产业达到千亿级规模.
	{ID: "industry-scale", Zh: "产业规模", En: "size of an industry (revenue)", Pricing: "nominal", Unit: "CNY"},
	// "target-horizon" is the time a plan allows to reach a goal: 力争通过3—5年,
	// 建设成全球算力产业新高地.
	{ID: "target-horizon", Zh: "目标期限", En: "time allowed to reach a goal", Unit: "year"},
	// "key-project-review" is the appraisal of key-project construction by
	// on-site observation and review: 济南市2019年重点项目建设观摩评议…第一名.
	{ID: "key-project-review", Zh: "重点项目建设观摩评议", En: "appraisal of key-project construction", Unit: "rank:名"},

	// The indicators first printed in seed 003 (the Shizhong District feature, early 2020).
	// "regional-headquarters" counts regional headquarters of firms: 银行、保险和证券期货
	// 区域总部达70家.
	{ID: "regional-headquarters", Zh: "区域总部", En: "regional headquarters", Unit: "count:家"},
	// "new-above-size-enterprises" counts enterprises newly above designated size in
	// a year: 新增规模以上服务业企业63家.
	{ID: "new-above-size-enterprises", Zh: "新增规模以上企业", En: "enterprises newly above designated size", Unit: "count:家"},
	// "finance-institutions-settled" counts new-finance and quasi-finance
	// institutions that settled in a place: 30家新金融、类金融机构落户山东新金融产业园.
	{ID: "finance-institutions-settled", Zh: "落户新金融、类金融机构", En: "new-finance and quasi-finance institutions settled", Unit: "count:家"},
	// "fund-size" is the size of a fund or of the funds a park manages:
	// 园区管理基金规模超1600亿元, 规模100亿元的济南工银新动能基金.
	{ID: "fund-size", Zh: "基金规模", En: "fund size", Pricing: "nominal", Unit: "CNY"},
	// "new-office-floor-area" is the floor area of high-end office buildings
	// completed in a year: 新增高端楼宇载体20.56万平方米.
	{ID: "new-office-floor-area", Zh: "新增高端楼宇载体", En: "new high-end office floor area", Unit: "m2"},
	// "new-enterprise-rd-centres" counts new enterprise R&D institutions at
	// provincial level or above: 新增省级以上企业研发机构1家.
	{ID: "new-enterprise-rd-centres", Zh: "新增省级以上企业研发机构", En: "new enterprise R&D institutions at provincial level or above", Unit: "count:家"},
	// "new-academician-workstations" counts new provincial academician
	// workstations: 省级院士工作站2家.
	{ID: "new-academician-workstations", Zh: "新增省级院士工作站", En: "new provincial academician workstations", Unit: "count:家"},
	// "new-maker-spaces" counts new maker spaces at city level or above:
	// 市级以上众创空间3家.
	{ID: "new-maker-spaces", Zh: "新增市级以上众创空间", En: "new maker spaces at city level or above", Unit: "count:家"},
	// "new-incubators" counts new business incubators: 孵化器1家.
	{ID: "new-incubators", Zh: "新增孵化器", En: "new business incubators", Unit: "count:家"},
	// "new-rd-transfer-institutions" counts new institutions for R&D and the
	// transfer of research results: 研发和成果转化机构6家.
	{ID: "new-rd-transfer-institutions", Zh: "新增研发和成果转化机构", En: "new R&D and technology-transfer institutions", Unit: "count:家"},
	// "new-high-tech-enterprises" counts enterprises newly certified as high-tech
	// enterprises: 新认定高新技术企业57家.
	{ID: "new-high-tech-enterprises", Zh: "新认定高新技术企业", En: "newly certified high-tech enterprises", Unit: "count:家"},
	// "ciie-deals" is the value of deals reached at the China International
	// Import Expo (Shanghai): 达成交易额超1亿美元.
	{ID: "ciie-deals", Zh: "进口博览会达成交易额", En: "deals reached at the China International Import Expo", Pricing: "nominal", Unit: "USD"},
	// "expropriation-agreements" counts house expropriation agreements signed:
	// 累计签订房屋征迁协议1654份.
	{ID: "expropriation-agreements", Zh: "房屋征迁协议", En: "house expropriation agreements signed", Unit: "count:份"},
	// "expropriated-area" is the floor area of houses expropriated: 征迁面积40.84万平方米.
	{ID: "expropriated-area", Zh: "征迁面积", En: "floor area expropriated", Unit: "m2"},
	// "land-supplied" is land supplied for development, by transfer (出让) or
	// allocation (划拨): 完成供地1579亩.
	{ID: "land-supplied", Zh: "供地", En: "land supplied", Unit: "mu"},
	// "land-transferred" is land supplied by transfer of use rights for a fee
	// (出让): 出让土地835亩.
	{ID: "land-transferred", Zh: "出让土地", En: "land supplied by transfer of use rights", Unit: "mu"},
	// "land-allocated" is land supplied by administrative allocation (划拨):
	// 划拨土地744亩.
	{ID: "land-allocated", Zh: "划拨土地", En: "land supplied by allocation", Unit: "mu"},
	// "rural-roads-upgraded" counts rural roads renovated and upgraded:
	// 对12条农村公路进行了改造升级.
	{ID: "rural-roads-upgraded", Zh: "改造升级农村公路", En: "rural roads upgraded", Unit: "count:条"},
	// "subscribed-capital" is the capital subscribed by investors in projects
	// brought in, at current prices: 认缴资金933亿元.
	{ID: "subscribed-capital", Zh: "认缴资金", En: "subscribed capital", Pricing: "nominal", Unit: "CNY"},
	// "registered-capital" is the capital of a company (资本金): 资本金45.7亿元.
	{ID: "registered-capital", Zh: "资本金", En: "capital (registered)", Pricing: "nominal", Unit: "CNY"},
	// "academicians-recruited" counts renowned academicians recruited:
	// 引进国内外知名院士6名.
	{ID: "academicians-recruited", Zh: "引进院士", En: "academicians recruited", Unit: "count:名"},
	// "national-leading-talents-recruited" counts national leading talents recruited:
	// 国家领军人才2名.
	{ID: "national-leading-talents-recruited", Zh: "引进国家领军人才", En: "national leading talents recruited", Unit: "count:名"},
	// "provincial-leading-talents-recruited" counts provincial leading talents recruited:
	// 省级领军人才8名.
	{ID: "provincial-leading-talents-recruited", Zh: "引进省级领军人才", En: "provincial leading talents recruited", Unit: "count:名"},
	// "quancheng-5150-talents" counts people selected for Jinan's Quancheng “5150”
	// talent-doubling programme (“5150” is the programme's name):
	// 泉城“5150”引才倍增计划20人.
	{ID: "quancheng-5150-talents", Zh: "入选泉城“5150”引才倍增计划", En: "people selected for the Quancheng “5150” talent-doubling programme", Unit: "count:人"},
	// "quancheng-industry-leaders" counts people selected for the Quancheng
	// industry leading talent programme: 泉城产业领军人才支持计划3人.
	{ID: "quancheng-industry-leaders", Zh: "入选泉城产业领军人才支持计划", En: "people selected for the Quancheng industry leading talent programme", Unit: "count:人"},
	// "innovation-platforms-introduced" counts innovation platforms brought in:
	// 引进诺贝尔奖获得者生命科学研究院等11家创新平台.
	{ID: "innovation-platforms-introduced", Zh: "引进创新平台", En: "innovation platforms brought in", Unit: "count:家"},
	// "talent-contest-projects-landed" counts final-round projects of the 2nd “China ·
	// Jinan New Growth Drivers International High-level Talent Innovation and
	// Entrepreneurship Contest” that settled in a place: 决赛项目20个.
	{ID: "talent-contest-projects-landed", Zh: "落地人才创新创业大赛决赛项目", En: "talent contest final-round projects settled", Unit: "count:个"},
	// "investment-promotion-trips" counts investment promotion events held away from home:
	// 赴上海、深圳及日韩开展招商推介7次.
	{ID: "investment-promotion-trips", Zh: "赴外招商推介", En: "investment promotion events held elsewhere", Unit: "count:次"},

	// The indicators first printed in seed 004 (Jinan Daily, about 2021-12-27).
	// "budget-revenue-days-early" is how many days before the end of the year
	// the annual budget revenue expectation (全年收入预期) was met: Jinan
	// 提前12天完成 it in 2021.
	{ID: "budget-revenue-days-early", Zh: "提前完成全年收入预期天数", En: "days by which the annual budget revenue expectation was met early", Unit: "d"},
	// "emerging-industry-sectors" counts the sectors of a place's emerging
	// industries (新兴产业板块) brought together: Licheng gathered
	// 数字经济、生物医药两大板块 within a month.
	{ID: "emerging-industry-sectors", Zh: "新兴产业板块", En: "sectors of emerging industries gathered", Unit: "count:大"},
	// "signed-enterprises" counts enterprises signing to move into a park
	// (签约入驻): 17家企业现场签约入驻产业园.
	{ID: "signed-enterprises", Zh: "签约入驻企业", En: "enterprises signed to move in", Unit: "count:家"},
	// "signed-projects" counts projects signed (签约项目): 新签约项目49个 in the
	// Jibei zone in 2021.
	{ID: "signed-projects", Zh: "签约项目", En: "projects signed", Unit: "count:个"},
	// "signed-amount" is the amount of the contracts of projects signed (签约额),
	// at current prices: 签约额129.46亿元.
	{ID: "signed-amount", Zh: "签约额", En: "amount of projects signed", Pricing: "nominal", Unit: "CNY"},
	// "origin-countries" counts the countries and regions goods come from
	// (商品来自…8个国家和地区).
	{ID: "origin-countries", Zh: "商品来源国家和地区", En: "countries and regions of origin of goods", Unit: "count:个"},
	// "product-categories" counts product categories (品类) on sale: 7个品类.
	{ID: "product-categories", Zh: "商品品类", En: "product categories", Unit: "count:个"},
	// "product-items" counts product lines (品项) on sale: 130多个品项.
	{ID: "product-items", Zh: "商品品项", En: "product lines", Unit: "count:个"},
	// "gazelle-enterprises" counts the small and medium enterprises recognised
	// as “瞪羚” (gazelle: fast-growing) at provincial or city level: 14家 in
	// the Jibei zone at the end of 2021.
	{ID: "gazelle-enterprises", Zh: "省市级“瞪羚”中小企业", En: "gazelle SMEs recognised at provincial or city level", Unit: "count:家"},
	// "provincial-gazelle-awards" counts enterprises newly named provincial
	// gazelle SMEs (荣获省级“瞪羚”中小企业称号): 两家企业 in October 2021.
	{ID: "provincial-gazelle-awards", Zh: "荣获省级“瞪羚”中小企业称号企业", En: "enterprises newly named provincial gazelle SMEs", Unit: "count:家"},
	// "city-gazelle-awards" counts enterprises newly named city-level gazelle
	// SMEs (荣获市级“瞪羚”中小企业称号): 6家企业 in September 2021.
	{ID: "city-gazelle-awards", Zh: "荣获市级“瞪羚”中小企业称号企业", En: "enterprises newly named city-level gazelle SMEs", Unit: "count:家"},
	// "service-staff-sent" counts the “经济发展服务生” (economic development
	// attendants) sent to serve private enterprises: 79名服务生.
	{ID: "service-staff-sent", Zh: "派出“经济发展服务生”", En: "economic development attendants sent to enterprises", Unit: "count:名"},
	// "party-instructors-sent" counts the party-building instructors (党建指导员)
	// sent to private enterprises: 25名指导员.
	{ID: "party-instructors-sent", Zh: "派出党建指导员", En: "party-building instructors sent to enterprises", Unit: "count:名"},
	// "expanding-enterprises" counts enterprises adding capital and production
	// (增资扩产): 旺旺、顶津、上好佳等20多家企业.
	{ID: "expanding-enterprises", Zh: "增资扩产企业", En: "enterprises expanding capital and production", Unit: "count:家"},
	// "output-value" is the gross output value (产值) of enterprises:
	// 规上工业企业产值同比增长20.5%. The seed does not say at which prices its
	// growth is; it is taken as nominal (current prices), as gross output
	// value is usually reported by development zones.
	{ID: "output-value", Zh: "产值", En: "gross output value", Pricing: "nominal", Unit: "CNY"},
	// "zone-appraisal" is the province's appraisal of the comprehensive
	// development of development zones at provincial level or above
	// (省级以上开发区综合发展水平考评): the Jibei zone came 第27名 of 160 for 2020.
	{ID: "zone-appraisal", Zh: "省级以上开发区综合发展水平考评", En: "appraisal of the comprehensive development of development zones", Unit: "rank:名"},
	// "settled-projects" counts projects moving into a park (入园项目): 30个 in the
	// Jibei zone in 2021.
	{ID: "settled-projects", Zh: "入园项目", En: "projects moving into the park", Unit: "count:个"},
	// "settled-signed-amount" is the signed amount of the projects moving into a park
	// (入园项目…签约额), at current prices: 17.15亿元.
	{ID: "settled-signed-amount", Zh: "入园项目签约额", En: "amount signed of projects moving into the park", Pricing: "nominal", Unit: "CNY"},
	// "projects-over-100m" counts projects with an investment of more than 100
	// million yuan (投资过亿元项目): 6个.
	{ID: "projects-over-100m", Zh: "投资过亿元项目", En: "projects investing more than 100 million yuan", Unit: "count:个"},
	// "cities-visited" counts the cities a team passes through on a trip:
	// 一天穿梭3个城市.
	{ID: "cities-visited", Zh: "穿梭城市", En: "cities visited", Unit: "count:个"},
	// "distance-travelled" is the length of a trip (行程): 2000多公里 in one day.
	{ID: "distance-travelled", Zh: "行程", En: "distance travelled", Unit: "km"},
	// "urban-renewal-projects" counts urban renewal projects won (城市更新项目):
	// 32个 by Tianqiao in 2021.
	{ID: "urban-renewal-projects", Zh: "城市更新项目", En: "urban renewal projects", Unit: "count:个"},
	// "urban-renewal-contract-value" is the contract value of urban renewal
	// projects (城市更新项目…合同额), at current prices: 904亿元.
	{ID: "urban-renewal-contract-value", Zh: "城市更新项目合同额", En: "contract value of urban renewal projects", Pricing: "nominal", Unit: "CNY"},
	// "contract-value" is the contract value of projects signed (合同额), at
	// current prices: 31个项目,合同额达130亿元.
	{ID: "contract-value", Zh: "合同额", En: "contract value of projects signed", Pricing: "nominal", Unit: "CNY"},
	// "plan-aspects" counts the areas (方面) a plan's measures fall in:
	// 4个方面12项具体措施.
	{ID: "plan-aspects", Zh: "方面", En: "areas of a plan", Unit: "count:个"},
	// "plan-measures" counts the specific measures (具体措施) of a plan:
	// 4个方面12项具体措施.
	{ID: "plan-measures", Zh: "具体措施", En: "specific measures of a plan", Unit: "count:项"},
	// "invited-enterprises" counts the enterprises invited to a meeting:
	// 150余家建筑企业.
	{ID: "invited-enterprises", Zh: "受邀企业", En: "enterprises invited", Unit: "count:家"},
	// "foreign-capital-modes" are the ways (模式) of bringing in utilized foreign
	// capital that Jinan has opened; a rank among them is the order of
	// opening: 全市实际使用外资的第九种模式.
	{ID: "foreign-capital-modes", Zh: "实际使用外资模式", En: "modes of utilizing foreign capital", Unit: "count:种"},
	// "merchants-matched" counts the merchants an enterprise was put in touch
	// with (对接商户): 10余家.
	{ID: "merchants-matched", Zh: "对接商户", En: "merchants matched", Unit: "count:家"},
	// "foreign-projects-landed" counts foreign-funded projects that took root
	// (外资项目落地): 17家.
	{ID: "foreign-projects-landed", Zh: "外资项目落地", En: "foreign-funded projects landed", Unit: "count:家"},
	// "business-floor-area" is the floor area a store trades on (经营面积):
	// 近7000平方米.
	{ID: "business-floor-area", Zh: "经营面积", En: "floor area in business use", Unit: "m2"},
	// "chip-shortage-duration" is how long a chip shortage (“缺芯”) has lasted:
	// 一年有余 by late 2021.
	{ID: "chip-shortage-duration", Zh: "“缺芯”持续时间", En: "duration of the chip shortage", Unit: "year"},
	// "construction-start" is when a project's construction is to start (开工建设):
	// 确保9月底前中国算谷产业园开工建设, by the end of September 2020.
	{ID: "construction-start", Zh: "开工建设时间", En: "start of construction", Unit: "month-end"},
	// "core-industries" counts the core industries (核心产业) a zone names:
	// 信息技术、高端装备、生物制药三大核心产业 of Jinan High-tech Zone.
	{ID: "core-industries", Zh: "核心产业", En: "core industries", Unit: "count:大"},
	// "leading-industries" counts the leading industries (主导产业, 主导行业) an
	// area names: the FTZ Jinan Area's 五大主导产业.
	{ID: "leading-industries", Zh: "主导产业", En: "leading industries", Unit: "count:大"},
	// "professional-partner-teams" counts the professional teams (专业力量) a
	// rescue team is built on: 依托这两支专业力量.
	{ID: "professional-partner-teams", Zh: "专业力量", En: "professional teams relied on", Unit: "count:支"},
	// "tackling-campaigns" counts the campaigns (攻坚) of a district's plan:
	// 天桥区's “九大攻坚”.
	{ID: "tackling-campaigns", Zh: "攻坚", En: "tackling campaigns", Unit: "count:大"},
	// "ecommerce-parks" counts e-commerce industrial parks (电商产业园): 天桥区's
	// 四大电商产业园.
	{ID: "ecommerce-parks", Zh: "电商产业园", En: "e-commerce industrial parks", Unit: "count:大"},
	// "key-industrial-clusters" counts the key industrial clusters (重点产业集群)
	// a city builds: Jinan's 十大重点产业集群.
	{ID: "key-industrial-clusters", Zh: "重点产业集群", En: "key industrial clusters", Unit: "count:大"},
	// "special-meetings" counts the high-level special meetings (高规格专题会议)
	// held on a policy: 两次 on the “链长制” in two months of 2020.
	{ID: "special-meetings", Zh: "专题会议", En: "special meetings", Unit: "count:次"},
	// "bridges" counts bridges: the 三桥 of the Starting Area's “三桥一隧”.
	{ID: "bridges", Zh: "桥梁", En: "bridges", Unit: "count:桥"},
	// "tunnels" counts tunnels: the 一隧 of the Starting Area's “三桥一隧”.
	{ID: "tunnels", Zh: "隧道", En: "tunnels", Unit: "count:隧"},
	// "industrial-parks" counts industrial parks (园区) under construction: the
	// Starting Area's 六大园区.
	{ID: "industrial-parks", Zh: "园区", En: "industrial parks", Unit: "count:大"},
	// "landmark-skyscrapers" counts landmark super-high-rise projects
	// (标志性超高层项目): the International Financial Center's 五大.
	{ID: "landmark-skyscrapers", Zh: "标志性超高层项目", En: "landmark super-high-rise projects", Unit: "count:大"},
	// "health-platforms" counts the platforms (大平台) of a zone's health
	// industry: Jinan High-tech Zone's 三大平台.
	{ID: "health-platforms", Zh: "大健康产业平台", En: "health industry platforms", Unit: "count:大"},
	// "industry-directions" counts the industry directions (产业方向) a zone
	// focuses on: Jinan High-tech Zone's 七大产业方向 of 2020.
	{ID: "industry-directions", Zh: "产业方向", En: "industry directions", Unit: "count:大"},
	// "nuclear-power-groups" counts nuclear power groups (核电集团): 中国三大核电集团.
	{ID: "nuclear-power-groups", Zh: "核电集团", En: "nuclear power groups", Unit: "count:大"},
	// "mortgage-registered" is the amount of a real-estate mortgage registered
	// (不动产登记抵押): 一个多亿 for 润华集团.
	{ID: "mortgage-registered", Zh: "不动产登记抵押金额", En: "real-estate mortgage registered", Pricing: "nominal", Unit: "CNY"},
	// "years-since-founding" is the age of an institution: 济南高新区, founded in
	// 1991, 已近“而立之年” (nearly 30 years) in 2020.
	{ID: "years-since-founding", Zh: "成立年数", En: "years since founding", Unit: "year"},
	// "industrial-highlands" counts industrial development highlands
	// (产业发展高地): 市中区's 五大 of 2020.
	{ID: "industrial-highlands", Zh: "产业发展高地", En: "industrial development highlands", Unit: "count:大"},
	// "licence-issue-time" is the time taken to issue a business licence
	// (营业执照): 不到半小时 in 历下区.
	{ID: "licence-issue-time", Zh: "营业执照办理用时", En: "time to issue a business licence", Unit: "h"},
	// "working-mechanisms" counts working mechanisms (工作机制): the Jibei zone's
	// 三项 of enterprise liaison.
	{ID: "working-mechanisms", Zh: "工作机制", En: "working mechanisms", Unit: "count:项"},
}

// NamedIndicators is how many of Indicators the root package names.
const NamedIndicators = 20
