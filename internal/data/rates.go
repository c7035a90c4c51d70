package data

// Rate is an exchange rate the library cites: Value units of Quote per
// unit of Base, the average over a calendar year, with its citation.
type Rate struct {
	Base, Quote string // ISO 4217 codes
	Year        int
	Value       string // decimal as published
	Publisher   string
	Title       string
	Published   string // ISO 8601 date
	Note        string // what the value was checked against
}

// nbsPublisher is the publisher of the cited rates.
const nbsPublisher = "国家统计局 (National Bureau of Statistics of China)"

// Rates are the National Bureau of Statistics' annual average rates of the
// renminbi against the US dollar, each from the bureau's statistical
// communiqué on that year (中华人民共和国…年国民经济和社会发展统计公报),
// published on 28 February of the following year. The communiqués
// themselves, their Chinese sentences and their addresses on stats.gov.cn
// could not be retrieved when the rates were entered; each Note says what
// the value was checked against:
//
//   - 2020, 6.8974: corroborated by Xinhua's summary of the communiqué on
//     the government's English portal.
//   - 2019, 6.8985 and 2021, 6.4515: NOT read in the communiqué or an
//     official report of it; only consistent with figures that the bureau
//     published with them (see the Notes). Confirm them before relying on
//     them.
var Rates = []Rate{
	{
		Base: "USD", Quote: "CNY", Year: 2019, Value: "6.8985",
		Publisher: nbsPublisher,
		Title:     "中华人民共和国2019年国民经济和社会发展统计公报",
		Published: "2020-02-28",
		Note: "Unconfirmed: the value was not read in the communiqué or in an official report of it. " +
			"Third-party pages give 6.8985 as the 2019 average computed from the daily central parity " +
			"(juduo.cc/finance/274272.html). It agrees with two official figures: the 2020 communiqué's " +
			"rate of 6.8974 is reported as “appreciating 0.02 percent from a year earlier” " +
			"(6.8985/6.8974 − 1 = 0.016%), and per-capita GDP of 70892 yuan is 10276 dollars " +
			"“at the annual average exchange rate” (Xinhua, 2020-02-28): 70892/6.8985 = 10276.4.",
	},
	{
		Base: "USD", Quote: "CNY", Year: 2020, Value: "6.8974",
		Publisher: nbsPublisher,
		Title:     "中华人民共和国2020年国民经济和社会发展统计公报",
		Published: "2021-02-28",
		Note: "Corroborated, not read in the communiqué itself: Xinhua's summary of the communiqué, " +
			"“China's economic and social progress in 2020” (english.www.gov.cn, 2021-03-01, " +
			"http://english.www.gov.cn/archive/statistics/202103/01/content_WS603c1fdac6d0719374af9b85.html), " +
			"says: “Yuan's average exchange rate against the US dollar came in at 6.8974, " +
			"appreciating 0.02 percent from a year earlier.” The communiqué's Chinese sentence and " +
			"its address on stats.gov.cn were not retrieved.",
	},
	{
		Base: "USD", Quote: "CNY", Year: 2021, Value: "6.4515",
		Publisher: nbsPublisher,
		Title:     "中华人民共和国2021年国民经济和社会发展统计公报",
		Published: "2022-02-28",
		Note: "Unconfirmed: the value was not read in the communiqué or in an official report of it. " +
			"It agrees with the communiqué's per-capita GDP of 80976 yuan, 12551 dollars " +
			"“at the annual average exchange rate” (China News Service, 2022-02-28): " +
			"80976/6.4515 = 12551.4997, which rounds to 12551 (6.4514 would give 12552).",
	},
}
