package jinan

// The best-known companies of the seeds. Every other company, project and
// industry is reached with ParseSubject or Catalogue.Subject: 齐鲁制药集团's
// peers, the parks and the industrial chains of each seed.
const (
	// QiluPharma is 齐鲁制药集团, Qilu Pharmaceutical Group: exports of 1.79亿美元 in Q1 2020.
	QiluPharma Subject = SubProvincialCities + 1 + iota

	// Inspur is 浪潮集团, Inspur Group, whose servers' market share 稳居全球前三.
	Inspur

	// Sinotruk is 中国重汽, China National Heavy Duty Truck Group, with sales of 过千亿元 in 2018.
	Sinotruk
)
