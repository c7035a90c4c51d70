package jinan_test

import (
	"errors"
	"fmt"
	"strings"
	"sync"
	"testing"

	"github.com/google/go-cmp/cmp"
	"golang.org/x/text/language"

	"github.com/jinanfacts/jinan"
)

// catalogueFact returns the fact with the given ID, failing the test when
// the catalogue has none.
func catalogueFact(t *testing.T, id string) jinan.Fact {
	t.Helper()
	f, ok := jinan.Default().Fact(id)
	if !ok {
		t.Fatalf("no fact %q in the catalogue", id)
	}
	return f
}

// TestFormatFact writes seed figures in Chinese and English. Each English
// string is worked out by hand from the printed figure; the comment shows
// the arithmetic. A zh of "" stands for "as Quantity.String writes it",
// and one ending in 中 for the peer group followed by that, where the form
// (第3以下, 约-2个百分点) is for the parser's owners to settle, not this
// file's.
func TestFormatFact(t *testing.T) {
	tests := []struct {
		id, zh, en string
	}{
		// 2027.00亿 = 2027.00 × 10^8 = 202.700 × 10^9: the two printed
		// decimals make three after scaling to billions.
		{"jinan.gdp.level.2020-q1", "2027.00亿元", "CNY 202.700 billion"},
		// 7248.40亿 = 724.840 × 10^9, the printed 0 kept.
		{"jinan.gdp.level.2020-ytd-09", "7248.40亿元", "CNY 724.840 billion"},
		// 4781.3亿 = 478.13 × 10^9.
		{"jinan.signed-amount.level.2020-q1", "4781.3亿元", "CNY 478.13 billion"},
		// 1001.4亿 = 100.14 × 10^9.
		{"jinan.budget-revenue.level.2021-to-12-19", "1001.4亿元", "CNY 100.14 billion"},
		// 3.68亿 = 368 × 10^6: below a billion, millions.
		{"xinyidai-jinan.loans-granted.level.2020-10-31", "3.68亿元", "CNY 368 million"},
		// 3.8亿 = 380 × 10^6.
		{"jinan.foreign-capital.level.2020-q1", "3.8亿美元", "USD 380 million"},
		// 1548万 = 15.48 × 10^6.
		{"qilu-pharma.formulation-exports-us.level.2020-q1", "1548万美元", "USD 15.48 million"},
		// 逾3000万 = more than 30 × 10^6; the zeros of the printed integer
		// 3000 are not taken as significant, so not "30.00".
		{"jinan-anti-epidemic-exporters.exports.level.2020-q1", "超过3000万美元", "more than USD 30 million"},
		// 过万亿 = more than 1 × 10^12.
		{"jinan.gdp.level.2020", "超过1万亿元", "more than CNY 1 trillion"},
		// 百亿级 = at least 1 × 10^10 = 10 × 10^9.
		{"tianqiao-industrial-clusters.industry-scale.level-planned-100yi-class.2020", "1百亿元以上", "at least CNY 10 billion"},
		// Growth carries its sign.
		{"jinan.trade.growth.2020-q1", "增长20.7%", "+20.7%"},
		{"jinan.gdp.growth.2020-q1", "下降4.4%", "-4.4%"},
		{"jinan-ten-industrial-chains.main-business-revenue.average-growth.by-2025", "增长20%以上", "at least +20%"},
		// Gaps, changes and contributions are percentage points, unsigned
		// when positive.
		{"jinan.trade.gap-shandong.2020-q1", "24.3个百分点", "24.3 pp"},
		{"jinan.trade.change.2020-q1", "11.1个百分点", "11.1 pp"},
		{"jinan-hitech-zone.trade.contribution-jinan.2020-q1", "22.9个百分点", "22.9 pp"},
		{"xinyidai-jinan.loan-interest-rate.difference-conventional.undated", "", "about -2 pp"},
		// 近四成: 4 tenths = 40%.
		{"jinan-eurasia-trains.trains-run.share-shandong.undated", "近4成", "nearly 40%"},
		{"jinan-municipal-key-projects.investment.prior-year-ratio.2020-03", "96.2%", "96.2%"},
		{"xinyidai-jinan.loan-subsidy-rate.level.2020-12", "1.5—5%", "1.5–5%"},
		{"medical-center.total-investment.completion.2020-12-31", "3分之1", "1/3"},
		// 约58万 = about 580,000.
		{"sdfmu-construction-project.gross-floor-area.level.undated", "约58万平方米", "about 580,000 m²"},
		// 40.84万 = 408,400: exact to the square metre, so no decimals.
		{"shizhong-expropriation-projects.expropriated-area.level.2019", "40.84万平方米", "408,400 m²"},
		{"shizhong.land-supplied.level.2019", "1579亩", "1,579 mu"},
		{"financial-center.land-area.level.2020-12-31", "26.3平方公里", "26.3 km²"},
		{"jinan.postal-throughput.level.2020-q1", "5053.5吨", "5,053.5 t"},
		{"tianqiao-investment-bureau.distance-travelled.level.one-day", "超过2000公里", "more than 2,000 km"},
		// Counts take the noun of what their indicator counts, singular
		// for exactly one: 家 counts enterprises here, R&D institutions
		// there.
		{"jinan.new-trading-enterprises.level.2020-q1", "230家", "230 enterprises"},
		{"shizhong.new-enterprise-rd-centres.level.2019", "1家", "1 R&D institution"},
		{"jinan.eurasia-freight-trains.level.2020-q1", "83列", "83 trains"},
		{"sdfmu-construction-project.site-workers.level.since-2020-02", "超过2800人", "more than 2,800 workers"},
		{"jinan-approval-bureau.promised-time-limit.level.2020-06", "5个工作日", "5 working days"},
		// 117万 = 1.17 × 10^6.
		{"jinan.market-entities.level.2020-sofar", "117万户", "1.17 million market entities"},
		// 支 counts vials in one seed and teams in another: the indicator
		// says which. 3862万 = 38.62 × 10^6 vials or tablets.
		{"qilu-pharma.formulation-export-volume-us.level.2020-q1", "3862万支（粒）", "38.62 million vials and tablets"},
		{"jinan-emergency-management-bureau.rescue-teams.level.2020-04-28", "超过40支", "more than 40 teams"},
		// Spans of time.
		{"jinan-hitech-zone.trade-growth-run.level.2017-02-2020-03", "38个月", "38 months"},
		{"jinan-hitech-zone-computing-power.target-horizon.level.by-2025", "3—5年", "3–5 years"},
		{"global-auto-industry.chip-shortage-duration.level.2021-12-27", "超过1年", "more than 1 year"},
		{"jinan.tender-trading-time.difference.2019", "-5日", "-5 days"},
		// Ranks.
		{"jinan.gdp.rank-shandong.2018", "第2", "2nd"},
		{"jinan.budget-revenue.rank-growth-shandong-cities.2020-q1", "第1", "1st"},
		{"jibei-zone.zone-appraisal.rank-shandong-zones.2020", "160家中第27名", "27th of 160"},
		{"jibei-zone.zone-appraisal.percentile-shandong-zones.2020", "20%以下", "at most 20%"},
		{"inspur.server-market-share.rank-global.2020-12-31", "", "top 3"},
	}
	for _, tt := range tests {
		f := catalogueFact(t, tt.id)
		zh := tt.zh
		if zh == "" || strings.HasSuffix(zh, "中") {
			zh += f.Quantity().String()
		}
		got := []string{jinan.FormatFact(f, language.Chinese), jinan.FormatFact(f, language.English)}
		if diff := cmp.Diff([]string{zh, tt.en}, got); diff != "" {
			t.Errorf("FormatFact(%s, zh / en) (-want +got):\n%s", tt.id, diff)
		}
	}
}

// TestFormatQuantityLanguages matches tags to Chinese or English: any
// Chinese is Chinese, everything else English in the en (US) form.
func TestFormatQuantityLanguages(t *testing.T) {
	q := jinan.MustParseQuantity("约58万平方米")
	tests := []struct {
		tag  string
		want string
	}{
		{"zh", "约58万平方米"},
		{"zh-CN", "约58万平方米"},
		{"zh-Hant-TW", "约58万平方米"},
		{"en", "about 580,000 m²"},
		{"en-GB", "about 580,000 m²"},
		{"en-IN", "about 580,000 m²"}, // not 5,80,000: en (US) grouping always
		{"fr", "about 580,000 m²"},    // no French: English
		{"und", "about 580,000 m²"},
	}
	for _, tt := range tests {
		if got := jinan.FormatQuantity(q, language.MustParse(tt.tag)); got != tt.want {
			t.Errorf("FormatQuantity(约58万平方米, %s) = %q, want %q", tt.tag, got, tt.want)
		}
	}
	if got := jinan.FormatQuantity(jinan.Quantity{}, language.English); got != "" {
		t.Errorf("FormatQuantity(zero) = %q, want \"\"", got)
	}
}

// TestFormatQuantityFigures covers figures the catalogue does not hold as
// such: ranks past the teens, negatives, amounts below a million, results
// of conversions.
func TestFormatQuantityFigures(t *testing.T) {
	tests := []struct {
		in, want string
	}{
		{"第11名", "11th"},
		{"第12名", "12th"},
		{"第13名", "13th"},
		{"第21名", "21st"},
		{"第22名", "22nd"},
		{"第23名", "23rd"},
		{"第111名", "111th"},
		{"同比下降4.4%", "-4.4%"},
		{"5000元", "CNY 5,000"},
		{"26.21012亿元", "CNY 2.621012 billion"},
		{"20692.2万元", "CNY 206.922 million"},
		{"1052666.67平方米", "1.05266667 million m²"},
		{"3—5亿元", "CNY 300–500 million"},
		{"1天", "1 day"},
		{"24小时", "24 hours"},
	}
	for _, tt := range tests {
		q, err := jinan.ParseQuantity(tt.in)
		if err != nil {
			t.Errorf("ParseQuantity(%q): %v", tt.in, err)
			continue
		}
		if got := jinan.FormatQuantity(q, language.English); got != tt.want {
			t.Errorf("FormatQuantity(%s, en) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestRescale moves the decimal point and nothing else.
func TestRescale(t *testing.T) {
	tests := []struct {
		in   string
		to   jinan.Magnitude
		want string
	}{
		// 2027.00 × 10^8 = 20270000 × 10^4.
		{"2027.00亿元", jinan.TenThousand, "20270000万元"},
		// 2027.00 × 10^8 = 202700000000 × 10^0.
		{"2027.00亿元", jinan.Units, "202700000000元"},
		// 3000 × 10^4 = 0.3000 × 10^8: four decimals, the precision of 万.
		{"逾3000万美元", jinan.HundredMillion, "超过0.3000亿美元"},
		// 1 × 10^12 = 10000 × 10^8.
		{"过万亿元", jinan.HundredMillion, "超过10000亿元"},
		// 58 × 10^4 m² = 580000 m².
		{"约58万平方米", jinan.Units, "约580000平方米"},
		{"3—5亿元", jinan.TenThousand, "30000—50000万元"},
		{"1579亩", jinan.Units, "1579亩"},
	}
	for _, tt := range tests {
		q := jinan.MustParseQuantity(tt.in)
		got, err := q.Rescale(tt.to)
		if err != nil || got.String() != tt.want {
			t.Errorf("%s.Rescale(%d) = %s, want %s", tt.in, tt.to, got, tt.want)
		}
		if !got.Equal(q) {
			t.Errorf("%s.Rescale(%d) = %s, which is not Equal to the input", tt.in, tt.to, got)
		}
		if got.Magnitude() != tt.to {
			t.Errorf("%s.Rescale(%d) has magnitude %d", tt.in, tt.to, got.Magnitude())
		}
	}
	if z, err := (jinan.Quantity{}).Rescale(jinan.HundredMillion); err != nil || !z.IsZero() {
		t.Errorf("zero Quantity rescaled = %s, %v; want the zero Quantity", z, err)
	}
	// 百 (10^2) is no magnitude word the parser reads: 1000000百元 would
	// have no text form.
	if q, err := jinan.MustParseQuantity("1亿元").Rescale(jinan.Magnitude(2)); !errors.Is(err, jinan.ErrDomain) {
		t.Errorf("Rescale to 10^2 = %s, %v; want ErrDomain", q, err)
	}
}

func ExampleFormatQuantity() {
	for _, s := range []string{"2027.00亿元", "逾3000万美元", "约58万平方米", "近四成", "第27名"} {
		q := jinan.MustParseQuantity(s)
		fmt.Printf("%s | %s\n", jinan.FormatQuantity(q, language.Chinese), jinan.FormatQuantity(q, language.English))
	}
	// Output:
	// 2027.00亿元 | CNY 202.700 billion
	// 超过3000万美元 | more than USD 30 million
	// 约58万平方米 | about 580,000 m²
	// 近4成 | nearly 40%
	// 第27名 | 27th
}

func ExampleFormatFact() {
	c := jinan.Default()
	for _, id := range []string{
		"jinan.trade.growth.2020-q1",                         // 进出口…同比增长20.7%
		"jinan.gdp.growth.2020-q1",                           // 同比下降4.4%
		"jinan.trade.gap-shandong.2020-q1",                   // 增速高于全省平均水平24.3个百分点
		"jibei-zone.zone-appraisal.rank-shandong-zones.2020", // 全省160家…位居第27名
	} {
		f, _ := c.Fact(id)
		fmt.Printf("%s | %s\n", jinan.FormatFact(f, language.Chinese), jinan.FormatFact(f, language.English))
	}
	// Output:
	// 增长20.7% | +20.7%
	// 下降4.4% | -4.4%
	// 24.3个百分点 | 24.3 pp
	// 160家中第27名 | 27th of 160
}

func ExampleQuantity_Rescale() {
	gdp := jinan.MustParseQuantity("2027.00亿元")
	inWan, err := gdp.Rescale(jinan.TenThousand)
	fmt.Println(inWan, err)
	// Output: 20270000万元 <nil>
}

// TestFormatEveryFact writes every fact of the catalogue in both languages
// at once from several goroutines: nothing is empty, and the language
// matcher, built on first use, is safe for concurrent use (go test -race).
func TestFormatEveryFact(t *testing.T) {
	var facts []jinan.Fact
	for f := range jinan.Default().All() {
		facts = append(facts, f)
	}
	errs := make(chan string, len(facts))
	var wg sync.WaitGroup
	for _, f := range facts {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if jinan.FormatFact(f, language.Chinese) == "" || jinan.FormatFact(f, language.English) == "" {
				errs <- f.ID()
			}
		}()
	}
	wg.Wait()
	close(errs)
	for id := range errs {
		t.Errorf("FormatFact(%s) is empty", id)
	}
}
