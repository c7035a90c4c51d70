package jinan_test

import (
	"fmt"
	"strings"

	"github.com/jinanfacts/jinan"
)

// Draft proposes a curated entry for each figure of a new page, every
// field with a confidence and a reason; the page's date dates 一季度.
func ExampleDraft() {
	page := "一季度，济南实际利用外资3.8亿美元，同比增长5.8%，增速高于全省平均水平4.9个百分点。"
	d, err := jinan.Draft(page, jinan.Document{File: "005_example.txt", Published: jinan.D(2020, 4, 28)})
	if err != nil {
		return
	}
	for _, p := range d.Proposals {
		fmt.Println(p.ID, p.Figure, p.Measure.Confidence)
	}
	fmt.Println(d.Proposals[2].Period.Reason)
	// Output:
	// jinan.foreign-capital.level.2020-q1 3.8亿美元 high
	// jinan.foreign-capital.growth.2020-q1 增长5.8% high
	// jinan.foreign-capital.gap-shandong.2020-q1 4.9个百分点 high
	// 一季度, printed in the figure's sentence; no year printed for 一季度: read in the year of the page's date, 2020-04-28
}

// GoSource writes the proposals as a data file in the catalogue's own
// format, for the curator to edit.
func ExampleDrafts_GoSource() {
	d, err := jinan.Draft("全年完成进出口41.89亿元，增长12.5%。", jinan.Document{File: "005_example.txt", Published: jinan.D(2020, 3, 31)})
	if err != nil {
		return
	}
	src, err := d.GoSource("Seed005")
	if err != nil {
		return
	}
	for _, line := range strings.Split(string(src), "\n") {
		if strings.HasPrefix(strings.TrimSpace(line), "ID:") || strings.HasPrefix(strings.TrimSpace(line), "Figure:") {
			fmt.Println(strings.TrimSpace(line))
		}
	}
	// Output:
	// ID: "jinan.trade.level.2019", Subject: "jinan", Indicator: "trade", Measure: "level",
	// Figure: "41.89亿元", Quote: "全年完成进出口41.89亿元",
	// ID: "jinan.trade.growth.2019", Subject: "jinan", Indicator: "trade", Measure: "growth",
	// Figure: "增长12.5%", Quote: "增长12.5%",
}
