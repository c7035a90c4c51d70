package figure_test

import (
	"errors"
	"fmt"

	"github.com/jinanfacts/jinan/internal/figure"
)

func ExampleParse() {
	f, err := figure.Parse("2027.00亿元")
	if err != nil {
		panic(err)
	}
	// The printed precision is kept: 2027.00, not 2027.
	fmt.Println(f.Value.StringFixed(-f.Value.Exponent()), f.Magnitude, f.Unit, f.Bound)

	f = figure.MustParse("同比下降4.4%")
	fmt.Println(f.Value, f.Unit, f.Negative)

	f = figure.MustParse("逾3000万美元")
	fmt.Println(f.Value, f.Magnitude, f.Unit, f.Bound)
	// Output:
	// 2027.00 8 元 exact
	// 4.4 % true
	// 3000 4 美元 over
}

func ExampleParse_error() {
	_, err := figure.Parse("3.8亿英镑")
	fmt.Println(err)
	fmt.Println(errors.Is(err, figure.ErrUnknownUnit))
	// Output:
	// jinan: parsing "3.8亿英镑": at byte 6: unknown unit "英镑": unknown unit
	// true
}

func ExampleScan() {
	text := "进出口总额完成147.2亿元,同比增长48.1%,占全市进出口总额52.4%,拉动全市22.9个百分点"
	for _, f := range figure.Scan(text) {
		fmt.Printf("[%d,%d) %s: %s ×10^%d %s\n", f.Start, f.End, text[f.Start:f.End], f.Value, f.Magnitude, f.Unit)
	}
	// Output:
	// [15,32) 完成147.2亿元: 147.2 ×10^8 元
	// [33,50) 同比增长48.1%: 48.1 ×10^0 %
	// [75,80) 52.4%: 52.4 ×10^0 %
	// [93,109) 22.9个百分点: 22.9 ×10^0 个百分点
}
