package jinan_test

import (
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/shopspring/decimal"
	"golang.org/x/text/currency"

	"github.com/jinanfacts/jinan"
)

// rateDecimal parses a decimal literal in a rates test.
func rateDecimal(s string) decimal.Decimal { return decimal.RequireFromString(s) }

// citedRate returns the library's rate for year, failing the test if
// there is none.
func citedRate(t *testing.T, year int) jinan.Rate {
	t.Helper()
	r, err := jinan.CitedRate(jinan.USD, jinan.CNY, jinan.YearOf(year))
	if err != nil {
		t.Fatalf("CitedRate(USD, CNY, %d): %v", year, err)
	}
	return r
}

// TestCitedRates checks the shipped table: three annual averages of the
// National Bureau of Statistics, each with the digits as published and a
// citation that names the communiqué of its year.
func TestCitedRates(t *testing.T) {
	type rateView struct {
		Rate, Period, Title, Published string
	}
	var got []rateView
	for _, r := range jinan.CitedRates() {
		got = append(got, rateView{
			Rate: r.String(), Period: r.Period().Kind().String(),
			Title: r.Citation().Title, Published: r.Citation().Published.String(),
		})
		if !strings.HasPrefix(r.Citation().Publisher, "国家统计局") || r.Citation().Note == "" {
			t.Errorf("%s: citation %+v must name 国家统计局 and say how the value was checked", r, r.Citation())
		}
	}
	want := []rateView{
		{"1 USD = 6.8985 CNY (2019)", "calendar_year", "中华人民共和国2019年国民经济和社会发展统计公报", "2020-02-28"},
		{"1 USD = 6.8974 CNY (2020)", "calendar_year", "中华人民共和国2020年国民经济和社会发展统计公报", "2021-02-28"},
		{"1 USD = 6.4515 CNY (2021)", "calendar_year", "中华人民共和国2021年国民经济和社会发展统计公报", "2022-02-28"},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("CitedRates() (-want +got):\n%s", diff)
	}
	// The slice is a copy.
	rs := jinan.CitedRates()
	rs[0] = jinan.Rate{}
	if jinan.CitedRates()[0].IsZero() {
		t.Error("CitedRates returned the library's own slice")
	}
}

func TestCitedRate(t *testing.T) {
	tests := []struct {
		name     string
		from, to jinan.Unit
		period   jinan.Period
		want     string // the rate, or "" for an error
		err      error
	}{
		{"quarter within 2020", jinan.USD, jinan.CNY, jinan.QuarterOf(2020, 1), "1 USD = 6.8974 CNY (2020)", nil},
		{"the other way, same rate", jinan.CNY, jinan.USD, jinan.QuarterOf(2020, 1), "1 USD = 6.8974 CNY (2020)", nil},
		{"whole year 2019", jinan.USD, jinan.CNY, jinan.YearOf(2019), "1 USD = 6.8985 CNY (2019)", nil},
		{"2021 so far", jinan.CNY, jinan.USD, jinan.SoFarIn(2021, jinan.D(2021, 12, 27)), "1 USD = 6.4515 CNY (2021)", nil},
		{"instant at the end of March 2020", jinan.USD, jinan.CNY, jinan.AsOf(jinan.D(2020, 3, 31)), "1 USD = 6.8974 CNY (2020)", nil},
		{"3年来 spans three years", jinan.USD, jinan.CNY, jinan.SpanOf(jinan.D(2018, 1, 1), jinan.D(2020, 12, 31)), "", jinan.ErrNoRate},
		{"a year not cited", jinan.USD, jinan.CNY, jinan.YearOf(2022), "", jinan.ErrNoRate},
		{"target horizon", jinan.USD, jinan.CNY, jinan.SpanOf(jinan.D(2020, 12, 31), jinan.D(2025, 12, 31)), "", jinan.ErrNoRate},
		{"unknown period", jinan.USD, jinan.CNY, jinan.Period{}, "", jinan.ErrNoRate},
		{"same currency", jinan.CNY, jinan.CNY, jinan.YearOf(2020), "", jinan.ErrNoRate},
		{"no euro rate", jinan.Currency(currency.EUR), jinan.CNY, jinan.YearOf(2020), "", jinan.ErrNoRate},
		{"not a currency", jinan.Percent, jinan.PercentagePoint, jinan.YearOf(2020), "", jinan.ErrIncompatible},
	}
	for _, tt := range tests {
		r, err := jinan.CitedRate(tt.from, tt.to, tt.period)
		if tt.err != nil {
			if !errors.Is(err, tt.err) {
				t.Errorf("%s: CitedRate error = %v, want %v", tt.name, err, tt.err)
			}
			continue
		}
		if err != nil || r.String() != tt.want {
			t.Errorf("%s: CitedRate = %s, %v; want %s", tt.name, r, err, tt.want)
		}
	}
}

// conversionView is what a test reads off a Conversion.
type conversionView struct {
	Result, Exact, Formula, Caveat string
}

func viewConversion(c jinan.Conversion) conversionView {
	v := conversionView{Result: c.Result().String(), Formula: c.Formula(), Caveat: c.Caveat()}
	if e, ok := c.Exact(); ok {
		v.Exact = e.String()
	}
	return v
}

// TestConvertCurrency converts seed figures at the cited rates. The
// arithmetic of each case is written out beside it.
func TestConvertCurrency(t *testing.T) {
	q1 := "the 2020 average rate applied to an amount for 2020-Q1: the closest rate cited, not a rate for that period"
	tests := []struct {
		name   string
		fact   string // the amount and its period come from this fact
		year   int    // the cited rate of this year
		places int32
		want   conversionView
	}{
		{
			// 济南实际利用外资3.8亿美元 (000). 3.8 × 6.8974 = 3 × 6.8974 +
			// 0.8 × 6.8974 = 20.6922 + 5.51792 = 26.21012, exactly; to a million
			// yuan (places −6, 0.01亿) 26.21, about (the digits dropped are 012).
			name: "foreign capital Q1 2020", fact: "jinan.foreign-capital.level.2020-q1", year: 2020, places: -6,
			want: conversionView{
				Result: "约26.21亿元", Exact: "26.21012亿元",
				Formula: "3.8亿美元 × 6.8974元/美元 = 26.21012亿元, rounded half away from zero to 1000000元: 约26.21亿元",
				Caveat:  q1,
			},
		},
		{
			// To the fen nothing of 26.21012亿元 (2621012000元) is rounded.
			name: "foreign capital to the fen", fact: "jinan.foreign-capital.level.2020-q1", year: 2020, places: 2,
			want: conversionView{
				Result: "26.21012亿元", Exact: "26.21012亿元",
				Formula: "3.8亿美元 × 6.8974元/美元 = 26.21012亿元",
				Caveat:  q1,
			},
		},
		{
			// 防疫物资出口逾3000万美元 (000). 3000 × 6.8974 = 20692.2: the
			// bound carries over, and to the yuan nothing is rounded.
			name: "over 3000万美元", fact: "jinan-anti-epidemic-exporters.exports.level.2020-q1", year: 2020, places: 0,
			want: conversionView{
				Result: "超过20692.2万元", Exact: "超过20692.2万元",
				Formula: "超过3000万美元 × 6.8974元/美元 = 超过20692.2万元",
				Caveat:  q1,
			},
		},
		{
			// 齐鲁制药集团实现出口1.79亿美元 (000). 1.79 × 6.8974 = 12.346346;
			// to 0.01亿 12.35 (the third decimal, 6, rounds up).
			name: "Qilu exports", fact: "qilu-pharma.exports.level.2020-q1", year: 2020, places: -6,
			want: conversionView{
				Result: "约12.35亿元", Exact: "12.346346亿元",
				Formula: "1.79亿美元 × 6.8974元/美元 = 12.346346亿元, rounded half away from zero to 1000000元: 约12.35亿元",
				Caveat:  q1,
			},
		},
		{
			// 进博会…签约…超过1亿美元 (003), a 2019 figure at the 2019 rate:
			// 1 × 6.8985 = 6.8985; the periods are the same, so no caveat.
			name: "over 1亿美元 in 2019", fact: "shizhong.ciie-deals.level.2019", year: 2019, places: 2,
			want: conversionView{
				Result: "超过6.8985亿元", Exact: "超过6.8985亿元",
				Formula: "超过1亿美元 × 6.8985元/美元 = 超过6.8985亿元",
			},
		},
		{
			// 一般公共预算收入1001.4亿元 (004), to dollars: 1001.4 ÷ 6.4515 =
			// 155.2197163450…亿, which does not terminate; to 0.01亿 (a million
			// dollars) 155.22, shown to 8 decimals in the formula.
			name: "budget revenue 2021 in dollars", fact: "jinan.budget-revenue.level.2021-to-12-19", year: 2021, places: -6,
			want: conversionView{
				Result:  "约155.22亿美元",
				Formula: "1001.4亿元 ÷ 6.4515元/美元 ≈ 155.21971635亿美元 (does not terminate), rounded half away from zero to 1000000美元: 约155.22亿美元",
				Caveat:  "the 2021 average rate applied to an amount for 2021-01-01/2021-12-19: the closest rate cited, not a rate for that period",
			},
		},
	}
	for _, tt := range tests {
		f := catalogueFact(t, tt.fact)
		c, err := jinan.ConvertCurrency(f.Quantity(), f.Period(), citedRate(t, tt.year), tt.places)
		if err != nil {
			t.Errorf("%s: %v", tt.name, err)
			continue
		}
		if diff := cmp.Diff(tt.want, viewConversion(c)); diff != "" {
			t.Errorf("%s: ConvertCurrency (-want +got):\n%s", tt.name, diff)
		}
		if !c.Input().Identical(f.Quantity()) || c.Period() != f.Period() || c.Places() != tt.places ||
			c.Rounding() != "half away from zero" || !c.Rate().Equal(citedRate(t, tt.year)) {
			t.Errorf("%s: lineage lost: input %s, period %s, places %d, rounding %q, rate %s",
				tt.name, c.Input(), c.Period(), c.Places(), c.Rounding(), c.Rate())
		}
	}
}

// TestConvertCurrencyArithmetic covers ranges, rounding of halves and the
// round trip, with figures made for the purpose.
func TestConvertCurrencyArithmetic(t *testing.T) {
	y2020 := jinan.YearOf(2020)
	half, err := jinan.NewRate(jinan.USD, jinan.CNY, rateDecimal("26.215"), y2020,
		jinan.Citation{Publisher: "test", Title: "a rate whose product ends in 5"})
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name   string
		amount string
		rate   jinan.Rate
		places int32
		want   string
	}{
		// 3 × 6.8974 = 20.6922 and 5 × 6.8974 = 34.487 (亿元): both ends are
		// whole yuan, so to the fen nothing is rounded.
		{"range", "3—5亿美元", citedRate(t, 2020), 2, "20.6922—34.487亿元"},
		// Places count decimals of yuan: −6 is to the million yuan, 0.01亿.
		// 1 × 26.215 = 26.215亿: half away from zero gives 26.22 …
		{"half up", "1亿美元", half, -6, "约26.22亿元"},
		// … and −26.22 for −1, not −26.21.
		{"half away from zero", "-1亿美元", half, -6, "-约26.22亿元"},
		// 26.21 ÷ 6.8974 = 3.79998…亿; to 0.1亿 (10^7 dollars) 3.8: back where
		// 3.8亿美元 started.
		{"round trip", "26.21亿元", citedRate(t, 2020), -7, "约3.8亿美元"},
		// To 10亿 (10^9 dollars): 4781.3 ÷ 6.8974 = 693.2032…亿, 690亿.
		{"tens of 亿", "4781.3亿元", citedRate(t, 2020), -9, "约690亿美元"},
		// To the cent: 1001.4亿元 ÷ 6.8974 = 14518514222.7506…美元, 14518514222.75.
		{"to the cent", "1001.4亿元", citedRate(t, 2020), 2, "约145.1851422275亿美元"},
	}
	for _, tt := range tests {
		c, err := jinan.ConvertCurrency(jinan.MustParseQuantity(tt.amount), y2020, tt.rate, tt.places)
		if err != nil {
			t.Errorf("%s: %v", tt.name, err)
			continue
		}
		if got := c.Result().String(); got != tt.want {
			t.Errorf("%s: %s at %s to %d places = %s, want %s", tt.name, tt.amount, tt.rate, tt.places, got, tt.want)
		}
	}
}

func TestConvertCurrencyErrors(t *testing.T) {
	capital := jinan.MustParseQuantity("3.8亿美元")
	q1 := jinan.QuarterOf(2020, 1)
	// The library prints money in 元 and 美元 only, so no yen amount exists.
	if _, err := jinan.NewQuantity(rateDecimal("100"), jinan.TenThousand, jinan.Currency(currency.JPY)); !errors.Is(err, jinan.ErrDomain) {
		t.Errorf("NewQuantity in yen: %v, want ErrDomain", err)
	}
	tests := []struct {
		name      string
		amount    jinan.Quantity
		period    jinan.Period
		rate      jinan.Rate
		want      error
		wantText  []string // the message names the input and the reason
		notPeriod bool     // the error must not be ErrRatePeriod
	}{
		{
			name: "2019 rate for a 2020 amount", amount: capital, period: q1, rate: citedRate(t, 2019), want: jinan.ErrRatePeriod,
			wantText: []string{"3.8亿美元", "2020-Q1", "1 USD = 6.8985 CNY (2019)", "does not contain"},
		},
		{
			name: "unknown period", amount: capital, rate: citedRate(t, 2020), want: jinan.ErrRatePeriod,
			wantText: []string{"3.8亿美元", "unknown"},
		},
		{
			name: "zero rate", amount: capital, period: q1, want: jinan.ErrNoRate, notPeriod: true,
			wantText: []string{"3.8亿美元", "no rate"},
		},
		{
			name: "growth is not money", amount: jinan.MustParseQuantity("增长20.7%"), period: q1, rate: citedRate(t, 2020), want: jinan.ErrIncompatible,
			wantText: []string{"20.7%", "incompatible"},
		},
	}
	for _, tt := range tests {
		_, err := jinan.ConvertCurrency(tt.amount, tt.period, tt.rate, 2)
		if !errors.Is(err, tt.want) {
			t.Errorf("%s: error = %v, want %v", tt.name, err, tt.want)
			continue
		}
		if tt.want == jinan.ErrIncompatible {
			var me *jinan.MismatchError
			if !errors.As(err, &me) {
				t.Errorf("%s: error %v does not wrap a *MismatchError", tt.name, err)
			}
		}
		if errors.Is(tt.want, jinan.ErrRatePeriod) || tt.notPeriod {
			var re *jinan.RateError
			if !errors.As(err, &re) || !errors.Is(err, jinan.ErrNoRate) {
				t.Errorf("%s: error %v is not a *RateError wrapping ErrNoRate", tt.name, err)
			}
		}
		if tt.notPeriod && errors.Is(err, jinan.ErrRatePeriod) {
			t.Errorf("%s: error %v wraps ErrRatePeriod; the period is not the problem", tt.name, err)
		}
		for _, s := range tt.wantText {
			if !strings.Contains(err.Error(), s) {
				t.Errorf("%s: error %q does not say %q", tt.name, err, s)
			}
		}
	}
}

func TestNewRate(t *testing.T) {
	cite := jinan.Citation{Publisher: "test publisher", Title: "a rate made for this test"}
	march := jinan.MonthOf(2020, 3)
	tests := []struct {
		name        string
		base, quote jinan.Unit
		value       string
		period      jinan.Period
		cite        jinan.Citation
		ok          bool
	}{
		{"valid", jinan.USD, jinan.CNY, "7.0651", march, cite, true},
		{"zero", jinan.USD, jinan.CNY, "0", march, cite, false},
		{"negative", jinan.USD, jinan.CNY, "-7.0651", march, cite, false},
		{"same currency", jinan.CNY, jinan.CNY, "1", march, cite, false},
		{"not a currency", jinan.Percent, jinan.CNY, "7.0651", march, cite, false},
		{"no period", jinan.USD, jinan.CNY, "7.0651", jinan.Period{}, cite, false},
		{"no citation", jinan.USD, jinan.CNY, "7.0651", march, jinan.Citation{}, false},
		{"no title", jinan.USD, jinan.CNY, "7.0651", march, jinan.Citation{Publisher: "test publisher"}, false},
	}
	for _, tt := range tests {
		r, err := jinan.NewRate(tt.base, tt.quote, rateDecimal(tt.value), tt.period, tt.cite)
		switch {
		case tt.ok && err != nil:
			t.Errorf("%s: NewRate: %v", tt.name, err)
		case tt.ok && (r.Base() != tt.base || r.Quote() != tt.quote || r.Value().String() != tt.value || r.Period() != tt.period || r.Citation() != tt.cite):
			t.Errorf("%s: NewRate = %s, citation %+v; fields lost", tt.name, r, r.Citation())
		case !tt.ok && !errors.Is(err, jinan.ErrInvalidRate):
			t.Errorf("%s: NewRate error = %v, want ErrInvalidRate", tt.name, err)
		case !tt.ok && !strings.Contains(err.Error(), tt.value):
			t.Errorf("%s: NewRate error %q does not name the value %s", tt.name, err, tt.value)
		}
	}
	if !(jinan.Rate{}).IsZero() || citedRate(t, 2020).IsZero() {
		t.Error("IsZero: only the zero Rate is zero")
	}
	if !citedRate(t, 2020).Equal(citedRate(t, 2020)) || citedRate(t, 2020).Equal(citedRate(t, 2021)) {
		t.Error("Equal does not tell rates apart")
	}
}

func ExampleConvertCurrency() {
	// 济南实际利用外资3.8亿美元, in the first quarter of 2020 (seed 000).
	capital, _ := jinan.Default().Fact("jinan.foreign-capital.level.2020-q1")
	rate, err := jinan.CitedRate(jinan.USD, jinan.CNY, capital.Period())
	if err != nil {
		fmt.Println(err)
		return
	}
	// Places count decimals of yuan: −6 rounds to a million yuan, 0.01亿.
	c, err := jinan.ConvertCurrency(capital.Quantity(), capital.Period(), rate, -6)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(c.Result())
	fmt.Println(c.Formula())
	fmt.Println(c.Caveat())
	fmt.Println(c.Rate().Citation().Title)
	// Output:
	// 约26.21亿元
	// 3.8亿美元 × 6.8974元/美元 = 26.21012亿元, rounded half away from zero to 1000000元: 约26.21亿元
	// the 2020 average rate applied to an amount for 2020-Q1: the closest rate cited, not a rate for that period
	// 中华人民共和国2020年国民经济和社会发展统计公报
}

func ExampleCitedRate() {
	q1 := jinan.QuarterOf(2020, 1)
	r, _ := jinan.CitedRate(jinan.USD, jinan.CNY, q1)
	fmt.Println(r)

	// The 2019 average does not apply to an amount of 2020.
	_, err := jinan.ConvertCurrency(jinan.MustParseQuantity("3.8亿美元"), q1, jinan.CitedRates()[0], 2)
	fmt.Println(errors.Is(err, jinan.ErrRatePeriod), errors.Is(err, jinan.ErrNoRate))
	// Output:
	// 1 USD = 6.8974 CNY (2020)
	// true true
}
