package jinan_test

import (
	"errors"
	"fmt"

	"github.com/jinanfacts/jinan"
)

// Look a fact up by its ID and read its figure, period and source.
func ExampleCatalogue_Fact() {
	c := jinan.Default()
	f, ok := c.Fact("jinan.gdp.level.2020-q1")
	if !ok {
		return
	}
	fmt.Println(f.Subject().English(), f.Indicator().English())
	fmt.Println(f.Period(), f.PeriodLabel(), f.Quantity())
	// Output:
	// Jinan gross domestic product
	// 2020-Q1 一季度 2027.00亿元
}

// Query facts by subject, indicator and measure; results are iterators.
func ExampleCatalogue_Query() {
	c := jinan.Default()
	for f := range c.Query(jinan.Query{Subject: jinan.Jinan, Indicator: jinan.Trade, Measure: jinan.Gap}) {
		fmt.Println(f.Period(), f.Benchmark(), f.Quantity())
	}
	// Output:
	// 2020-Q1 shandong 24.3个百分点
	// 2020-01-01/..2020-12-31 china 31.9个百分点
	// 2020-01-01/..2020-12-31 shandong 28.4个百分点
}

// Query by time: During selects facts whose period overlaps, Within those
// whose period lies inside. Origin FromSeed leaves out the derived facts
// (April–September GDP, the target met …).
func ExampleQuery_within() {
	c := jinan.Default()
	q := jinan.Query{Subject: jinan.Jinan, Indicator: jinan.GDP, Status: jinan.Observed, Within: jinan.YearOf(2020), Origin: jinan.FromSeed}
	for f := range c.Query(q) {
		fmt.Println(f.Period(), f.Measure(), f.Quantity())
	}
	// Output:
	// 2020-Q1 level 2027.00亿元
	// 2020-Q1 growth -4.4%
	// 2020-01-01/2020-09-30 level 7248.40亿元
	// 2020-01-01/2020-09-30 growth 3.1%
	// 2020 level 超过1万亿元
}

// Every fact cites its seed and the byte span of a verbatim quote.
func ExampleFact_Sources() {
	f, _ := jinan.Default().Fact("jinan.gdp.level.2020-q1")
	s := f.Sources()[0]
	fmt.Println(s.File, s.End-s.Start, s.Quote)
	// Output:
	// 000_7d0ca8f784bc605c.txt 46 一季度济南市生产总值为2027.00亿元
}

// Parse a figure as the seeds print it: qualifier, magnitude, unit.
func ExampleParseQuantity() {
	q, err := jinan.ParseQuantity("逾3000万美元")
	if err != nil {
		return
	}
	base, _ := q.Base()
	fmt.Println(q.Value(), q.Magnitude(), q.Unit(), q.Bound(), base)
	// Output:
	// 3000 万 USD over 30000000
}

// Malformed input is a *ParseError that wraps a sentinel.
func ExampleParseQuantity_error() {
	_, err := jinan.ParseQuantity("3.8亿英镑")
	var pe *jinan.ParseError
	fmt.Println(errors.Is(err, jinan.ErrUnknownUnit), errors.As(err, &pe), pe.Offset)
	// Output:
	// true true 6
}

// Numeric equality and printed identity differ: 2027.00亿元 printed two
// decimals.
func ExampleQuantity_Equal() {
	a := jinan.MustParseQuantity("2027.00亿元")
	b := jinan.MustParseQuantity("202700000000元")
	fmt.Println(a.Equal(b), a.Identical(b), a.Decimals())
	// Output:
	// true false 2
}

// Percent and percentage points never add.
func ExampleQuantity_Add() {
	_, err := jinan.MustParseQuantity("20.7%").Add(jinan.MustParseQuantity("24.3个百分点"))
	fmt.Println(errors.Is(err, jinan.ErrIncompatible))
	sum, _ := jinan.MustParseQuantity("835亩").Add(jinan.MustParseQuantity("744亩"))
	fmt.Println(sum)
	// Output:
	// true
	// 1579亩
}

// Units of one dimension convert exactly; a result that does not
// terminate is rounded only when the caller says how.
func ExampleQuantity_ConvertRound() {
	q := jinan.MustParseQuantity("1579亩")
	_, err := q.Convert(jinan.SquareMetre)
	fmt.Println(errors.Is(err, jinan.ErrInexact))
	m2, _ := q.ConvertRound(jinan.SquareMetre, 2)
	fmt.Println(m2)
	// Output:
	// true
	// 约1052666.67平方米
}

// Periods are cumulative from January; 今年以来 has no printed end.
func ExamplePeriod() {
	fmt.Println(jinan.ThroughMonth(2020, 9))
	fmt.Println(jinan.QuarterOf(2020, 1))
	so := jinan.SoFarIn(2021, jinan.D(2021, 12, 27))
	fmt.Println(so, so.EndPrinted())
	// Output:
	// 2020-01-01/2020-09-30
	// 2020-Q1
	// 2021-01-01/..2021-12-27 false
}

// A gap to the provincial average implies the province's growth.
func ExampleCatalogue_GrowthVersus() {
	c := jinan.Default()
	gap, _ := c.Fact("jinan.trade.gap-shandong.2020-q1")
	shandong, err := c.GrowthVersus(gap)
	if err != nil {
		return
	}
	fmt.Println(shandong.Subject(), shandong.Period(), shandong.Quantity(), shandong.Derived())
	fmt.Println(shandong.Formula())
	fmt.Println(shandong.Inputs())
	// Output:
	// shandong 2020-Q1 -3.6% true
	// growth of jinan 20.7% minus the gap 24.3个百分点 = -3.6% in [-3.7, -3.5]
	// [jinan.trade.gap-shandong.2020-q1 jinan.trade.growth.2020-q1]
}

// GDP grows at comparable prices: last year's level cannot be backed out.
func ExampleCatalogue_PriorLevel() {
	c := jinan.Default()
	gdp, _ := c.Fact("jinan.gdp.level.2020-q1")
	_, err := c.PriorLevel(gdp)
	fmt.Println(errors.Is(err, jinan.ErrComparablePrices))
	trade, _ := c.Fact("jinan-hitech-zone.trade.level.2020-q1")
	prior, _ := c.PriorLevel(trade)
	fmt.Println(prior.Period(), prior.Quantity())
	// Output:
	// true
	// 2019-Q1 约99.4亿元
}

// The audit reports the seeds' inconsistencies with their numbers.
func ExampleCatalogue_Audit() {
	for _, ck := range jinan.Default().Audit() {
		if !ck.Holds {
			fmt.Println(ck.Relation, ck.Got)
		}
	}
	// Output:
	// printed-twice |139.6 − 139.66| = 0.06
	// contribution 约20.54个百分点 in [20.4988, 20.5839], rounded half away from zero to 2 decimals, as the interval allows
}

// Growth versus the province: Jinan's trade in the first quarter of 2020
// beside Shandong's, which the gap implies, and its rank.
func ExampleCatalogue_Compare() {
	c := jinan.Default()
	cmp, err := c.Compare(jinan.Jinan, jinan.Trade, jinan.QuarterOf(2020, 1))
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(cmp)
	shandong := cmp.Benchmarks[0].Growth
	fmt.Println(shandong.Inputs())
	// Output:
	// jinan trade 2020-Q1: level 约280.9亿元 growth 20.7%
	//   shandong: growth -3.6% in [-3.7, -3.5], derived (gap 24.3个百分点)
	//   rank among shandong-cities: 第1 (jinan.trade.rank-growth-shandong-cities.2020-q1)
	// [jinan.trade.gap-shandong.2020-q1 jinan.trade.growth.2020-q1]
}
