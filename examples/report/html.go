package main

import (
	"fmt"
	"io"
	"math/big"
	"os"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/jinanfacts/jinan"
	"github.com/jinanfacts/jinan/examples/internal/markup"
)

// The HTML report is XHTML: an HTML page that is also well-formed XML, so
// that encoding/xml reads it (the test does) and browsers render it. It is
// self-contained: its style sheet is inline and it loads nothing.

// style is the page's style sheet; fonts are the reader's own.
const style = `
body { font-family: system-ui, -apple-system, "Segoe UI", "Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei", sans-serif;
  color: #1d2327; background: #ffffff; margin: 0 auto; max-width: 1000px; padding: 24px 20px 48px; line-height: 1.45; }
h1 { font-size: 26px; margin: 0 0 6px; }
h2 { font-size: 20px; margin: 36px 0 6px; border-bottom: 1px solid #d0d7de; padding-bottom: 4px; }
h3 { font-size: 16px; margin: 24px 0 4px; }
p.lede { color: #444c56; margin: 4px 0 12px; }
nav ol { columns: 2; margin: 8px 0 0; padding-left: 22px; }
figure { margin: 12px 0 24px; }
figcaption { font-weight: 600; margin-bottom: 2px; }
p.note { color: #57606a; font-size: 14px; margin: 2px 0 6px; }
p.legend { font-size: 13px; color: #444c56; margin: 2px 0 4px; }
.swatch { display: inline-block; width: 12px; height: 12px; vertical-align: -1px; margin: 0 4px 0 12px; border-radius: 2px; }
.swatch.derived { background: #d0d7de; border: 1.5px solid #6e7781; width: 10px; height: 10px; }
svg { display: block; max-width: 100%; height: auto; font-size: 12.5px; }
svg text { fill: #1d2327; }
svg .num { fill: #8c959f; font-size: 11px; }
svg .group { font-weight: 600; }
svg .tick, svg .unit { fill: #57606a; font-size: 11px; }
svg .grid { stroke: #eaeef2; }
svg .zero { stroke: #57606a; }
svg .value { font-variant-numeric: tabular-nums; }
svg .month { fill: #eaeef2; }
svg .month.on { fill: #8c959f; }
svg .gap line { stroke: #24292f; stroke-width: 1.2; }
svg .gaplabel { font-size: 11.5px; fill: #24292f; }
svg .ref line { stroke: #cf222e; stroke-width: 1.5; stroke-dasharray: 5 4; }
svg .ref path { fill: #cf222e; }
svg .reflabel { fill: #cf222e; font-size: 12px; }
svg .cut { stroke: #ffffff; stroke-width: 3; }
.jinan { fill: #0969da; background: #0969da; }
.shandong { fill: #bc4c00; background: #bc4c00; }
.china { fill: #1a7f37; background: #1a7f37; }
.place { fill: #8250df; background: #8250df; }
.other { fill: #6e7781; background: #6e7781; }
svg .bar.derived { fill-opacity: 0.28; stroke-width: 1.5; }
svg .bar.derived.jinan { stroke: #0969da; }
svg .bar.derived.shandong { stroke: #bc4c00; }
svg .bar.derived.china { stroke: #1a7f37; }
svg .bar.derived.place { stroke: #8250df; }
svg .bar.derived.other { stroke: #6e7781; }
ol.sources { font-size: 13.5px; padding-left: 30px; margin: 4px 0 0; }
ol.sources li { margin: 2px 0; }
cite { font-style: normal; color: #57606a; font-size: 12px; }
table { border-collapse: collapse; width: 100%; font-size: 13px; margin: 6px 0 18px; }
th, td { text-align: left; vertical-align: top; padding: 3px 6px; border-bottom: 1px solid #eaeef2; }
th { background: #f6f8fa; }
td.value { white-space: nowrap; font-variant-numeric: tabular-nums; }
td.period { white-space: nowrap; }
td.src { font-size: 12.5px; }
footer { margin-top: 36px; font-size: 12.5px; color: #57606a; border-top: 1px solid #d0d7de; padding-top: 8px; }
`

// series returns the class of a subject's bars.
func series(s jinan.Subject) string {
	switch k := s.Kind(); {
	case s == jinan.Jinan:
		return "jinan"
	case s == jinan.Shandong:
		return "shandong"
	case s == jinan.China:
		return "china"
	case k == jinan.District || k == jinan.Zone:
		return "place"
	}
	return "other"
}

// valueText is a fact's figure as the report writes it, "≈" before a
// derived one unless it says "about" already.
func (r report) valueText(f jinan.Fact) string {
	s := jinan.FormatFact(f, r.tag)
	if f.Derived() && f.Quantity().Bound() != jinan.About {
		s = "≈ " + s
	}
	return s
}

// inUnit returns the value of f's quantity in base units divided by
// per: yuan / 10^8 for 亿元, the ratio × 100 for percent.
func inUnit(f jinan.Fact, per *big.Rat) *big.Rat {
	return new(big.Rat).Quo(f.Quantity().Rat(), per)
}

var (
	billion        = big.NewRat(1_000_000_000, 1)
	million        = big.NewRat(1_000_000, 1)
	hundredMillion = big.NewRat(100_000_000, 1)
	tenThousand    = big.NewRat(10_000, 1)
	percent        = big.NewRat(1, 100)
	squareKm       = big.NewRat(1_000_000, 1)
	one            = big.NewRat(1, 1)
)

// money returns the unit a chart of amounts in the currency u is drawn
// in, as the figures are written: billions of yuan and millions of
// dollars in English, 亿元 and 万美元 in Chinese.
func (r report) money(u jinan.Unit) (per *big.Rat, label string) {
	switch {
	case u == jinan.USD && r.zh:
		return tenThousand, "万美元"
	case u == jinan.USD:
		return million, "USD million"
	case r.zh:
		return hundredMillion, "亿元"
	}
	return billion, "CNY billion"
}

// lowerBound reports whether the figure is a lower bound (超过, 以上).
func lowerBound(f jinan.Fact) bool {
	b := f.Quantity().Bound()
	return b == jinan.Over || b == jinan.AtLeast
}

// periodLabel is the period as the page writes it: the compact period
// and the printed label, unless that only repeats the year (2020年).
func (r report) periodLabel(f jinan.Fact) string {
	s := r.period(f, false)
	year := strconv.Itoa(f.Period().Start().Year())
	if l := f.PeriodLabel(); l != "" && !f.Derived() && l != year+"年" && l != year {
		s += " " + l
	}
	return s
}

// growthChart is Jinan's growth beside Shandong's and China's, and a
// zone's beside Jinan's, for every gap the seeds print: the benchmark's
// growth is the subject's less the gap, and the gap is the line between
// the two bars.
func (r report) growthChart(c jinan.Catalogue, keep func(jinan.Fact) bool) chart {
	ch := chart{id: "growth", unit: r.pick("growth, %", "增长，%"),
		title: r.pick("Growth beside the benchmarks the gaps name", "增速与对比对象"),
		note: r.pick("Each group is a subject's growth and the growth of what it is compared with, which the printed gap implies (pale: derived). The line between two bars is the gap, in percentage points.",
			"每组为主体增速及其对比对象的增速（由刊载的差距推算，浅色为推算值）；两条之间的线段即差距（百分点）。")}
	index := map[jinan.Fact]int{}
	for gap := range c.Query(jinan.Query{Measure: jinan.Gap, Origin: jinan.FromSeed}) {
		if !keep(gap) {
			continue
		}
		var own jinan.Fact
		for f := range c.Query(jinan.Query{Subject: gap.Subject(), Indicator: gap.Indicator(), Measure: jinan.Growth, Origin: jinan.FromSeed}) {
			if f.Period() == gap.Period() {
				own = f
			}
		}
		bench, err := c.GrowthVersus(gap)
		if !own.IsValid() || err != nil || !keep(own) || !keep(bench) {
			continue
		}
		i, ok := index[own]
		if !ok {
			title := fmt.Sprintf("%s · %s", capital(r.indicator(gap.Indicator())), r.periodLabel(own))
			if gap.Subject() != jinan.Jinan {
				title = r.name(gap.Subject()) + ": " + title
			}
			ch.groups = append(ch.groups, group{title: title,
				bars: []bar{{fact: own, label: r.name(own.Subject()), value: inUnit(own, percent), class: series(own.Subject())}}})
			i = len(ch.groups) - 1
			index[own] = i
		}
		g := &ch.groups[i]
		g.bars = append(g.bars, bar{fact: bench, label: r.name(bench.Subject()) + r.pick(" (implied)", "（推算）"),
			value: inUnit(bench, percent), class: series(bench.Subject())})
		g.gaps = append(g.gaps, gapLine{fact: gap, a: 0, b: len(g.bars) - 1})
	}
	return ch
}

// capital returns s with its first letter in upper case; Chinese, which
// has none, is unchanged.
func capital(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	if n == 0 {
		return s
	}
	return string(unicode.ToUpper(r)) + s[n:]
}

// gdpCharts are Jinan's GDP by period, levels and growth: cumulative
// periods from January beside a strip of the months they cover, and the
// target for the year as a line.
func (r report) gdpCharts(c jinan.Catalogue, keep func(jinan.Fact) bool) []chart {
	gdpPer, gdpUnit := r.money(jinan.CNY)
	levels := chart{id: "gdp-levels", strip: true, unit: gdpUnit,
		title: r.pick("Jinan's GDP: the quarter, January to September, and the year", "济南地区生产总值：一季度、前三季度与全年"),
		note: r.pick("Levels at current prices, cumulated from January (the strip shows the months covered); an arrow marks a lower bound (超过, 过); the dashed line is the target set for the year.",
			"现价总量，自1月累计（方格为所含月份）；箭头表示下限（超过、过）；虚线为年度目标。")}
	growth := chart{id: "gdp-growth", strip: true, unit: r.pick("growth at comparable prices, %", "按可比价格增长，%"),
		title: r.pick("Jinan's GDP growth by period", "济南地区生产总值增速（按时期）"),
		note:  r.pick("Year on year, at comparable prices.", "同比，按可比价格计算。")}
	lg, gg := group{}, group{}
	for f := range c.Query(jinan.Query{Subject: jinan.Jinan, Indicator: jinan.GDP}) {
		if !keep(f) {
			continue
		}
		p := f.Period()
		b := bar{fact: f, label: r.periodLabel(f), class: "jinan", lower: lowerBound(f)}
		if p.Start().Year() == p.End().Year() {
			b.first, b.last = int(p.Start().Month()), int(p.End().Month())
		}
		switch {
		case f.Status() == jinan.Planned && f.Measure() == jinan.Level:
			levels.refs = append(levels.refs, refLine{fact: f, value: inUnit(f, gdpPer), lower: lowerBound(f),
				label: fmt.Sprintf("%s %d: %s", r.pick("target for", "目标"), p.Start().Year(), r.valueText(f))})
		case f.Measure() == jinan.Level && f.Quantity().Unit() == jinan.CNY:
			b.value = inUnit(f, gdpPer)
			lg.bars = append(lg.bars, b)
		case f.Measure() == jinan.Growth:
			b.value = inUnit(f, percent)
			gg.bars = append(gg.bars, b)
		}
	}
	byEnd := func(a, b bar) int {
		return strings.Compare(a.fact.Period().End().String(), b.fact.Period().End().String())
	}
	slices.SortStableFunc(lg.bars, byEnd)
	slices.SortStableFunc(gg.bars, byEnd)
	if len(lg.bars) > 0 {
		levels.groups = []group{lg}
	} else {
		levels.refs = nil
	}
	if len(gg.bars) > 0 {
		growth.groups = []group{gg}
	}
	return []chart{levels, growth}
}

// placeCharts set districts and zones side by side: growth rates, amounts
// in yuan and in dollars, areas, and the counts printed for more than one
// place, each indicator a group.
func (r report) placeCharts(c jinan.Catalogue, keep func(jinan.Fact) bool) []chart {
	type panel struct {
		chart
		per  *big.Rat
		take func(jinan.Fact) bool
	}
	isPlace := func(f jinan.Fact) bool {
		k := f.Subject().Kind()
		return (k == jinan.District || k == jinan.Zone) && f.Status() == jinan.Observed && f.Period().IsValid() && keep(f)
	}
	level := func(f jinan.Fact) bool { return f.Measure() == jinan.Level && f.Quantity().Bound() != jinan.Range }
	counted := map[jinan.Indicator]map[jinan.Subject]bool{}
	for f := range c.Query(jinan.Query{}) {
		if isPlace(f) && level(f) && f.Quantity().Unit().Dimension() == jinan.Count {
			if counted[f.Indicator()] == nil {
				counted[f.Indicator()] = map[jinan.Subject]bool{}
			}
			counted[f.Indicator()][f.Subject()] = true
		}
	}
	cnyPer, cnyUnit := r.money(jinan.CNY)
	usdPer, usdUnit := r.money(jinan.USD)
	panels := []panel{
		{chart{id: "places-growth", unit: "%", title: r.pick("Districts and zones: growth", "区县与功能区：增速"),
			note: r.pick("Year on year, in percent.", "同比，%。")}, percent,
			func(f jinan.Fact) bool { return f.Measure() == jinan.Growth }},
		{chart{id: "places-cny", unit: cnyUnit, title: r.pick("Districts and zones: amounts in yuan", "区县与功能区：人民币金额"),
			note: r.pick("Pale: derived (last year's level behind a nominal growth rate, a whole behind a share).", "浅色：推算值（由名义增速推算上年水平、由占比推算总量）。")}, cnyPer,
			func(f jinan.Fact) bool { return level(f) && f.Quantity().Unit() == jinan.CNY }},
		{chart{id: "places-usd", unit: usdUnit, title: r.pick("Districts and zones: amounts in dollars", "区县与功能区：美元金额")},
			usdPer, func(f jinan.Fact) bool { return level(f) && f.Quantity().Unit() == jinan.USD }},
		{chart{id: "places-area", unit: "km²", title: r.pick("Districts and zones: areas", "区县与功能区：面积"),
			note: r.pick("Land in 亩 is converted exactly (1 亩 = 10000/15 m²).", "亩按1亩=10000/15平方米精确换算。")}, squareKm,
			func(f jinan.Fact) bool { return level(f) && f.Quantity().Unit().Dimension() == jinan.Area }},
		{chart{id: "places-counts", unit: r.pick("number", "数量"), title: r.pick("Districts and zones: counts printed for more than one place", "区县与功能区：多地刊载的数量")},
			one, func(f jinan.Fact) bool {
				return level(f) && f.Quantity().Unit().Dimension() == jinan.Count && len(counted[f.Indicator()]) > 1
			}},
	}
	var out []chart
	for _, p := range panels {
		groups := map[jinan.Indicator]int{}
		for f := range c.Query(jinan.Query{}) {
			if !isPlace(f) || !p.take(f) {
				continue
			}
			i, ok := groups[f.Indicator()]
			if !ok {
				p.groups = append(p.groups, group{title: capital(r.indicator(f.Indicator()))})
				i = len(p.groups) - 1
				groups[f.Indicator()] = i
			}
			p.groups[i].bars = append(p.groups[i].bars, bar{fact: f, label: r.period(f, false) + " · " + r.name(f.Subject()),
				value: inUnit(f, p.per), class: "place", lower: lowerBound(f)})
		}
		out = append(out, p.chart)
	}
	return out
}

// targetCharts are the completion rates of targets (the share of a target
// reached, with 100% marked) and, where a completion rate implies the
// year's target, the outcome beside that target.
func (r report) targetCharts(c jinan.Catalogue, keep func(jinan.Fact) bool) []chart {
	done := chart{id: "targets-completion", unit: r.pick("% of the target", "占目标的%"),
		title: r.pick("Targets: how much was reached", "目标完成情况"),
		note: r.pick("Completion rates as printed (三分之一 is one third); pale: derived from a target and its outcome.",
			"按刊载的完成率（三分之一即1/3）；浅色：由目标与结果推算。"),
		refs: []refLine{{value: big.NewRat(100, 1), label: r.pick("the target", "目标")}}}
	dg := group{}
	for f := range c.Query(jinan.Query{Measure: jinan.Completion}) {
		if !keep(f) {
			continue
		}
		dg.bars = append(dg.bars, bar{fact: f, label: r.name(f.Subject()) + " · " + r.indicator(f.Indicator()) + " · " + r.period(f, false),
			value: inUnit(f, percent), class: series(f.Subject()), lower: lowerBound(f)})
	}
	if len(dg.bars) > 0 {
		done.groups = []group{dg}
	} else {
		done.refs = nil
	}
	out := []chart{done}
	// The outcome beside the target a completion rate implies, a chart per
	// currency.
	byUnit := map[jinan.Unit]*chart{}
	var units []jinan.Unit
	groups := map[string]int{}
	for t := range c.Derived() {
		if t.Measure() != jinan.Target || !keep(t) || len(t.Inputs()) < 2 {
			continue
		}
		outcome, ok := c.Fact(t.Inputs()[1])
		if !ok || !keep(outcome) {
			continue
		}
		u := t.Quantity().Unit()
		per, unit := r.money(u)
		ch, ok := byUnit[u]
		if !ok {
			ch = &chart{id: "targets-" + strings.ToLower(u.String()), unit: unit,
				title: r.pick("Outcomes beside the year's targets their completion rates imply", "完成额与由完成率推算的全年目标") + " (" + unit + ")",
				note:  r.pick("The target is the outcome divided by the printed completion rate (pale: derived).", "目标＝完成额÷刊载的完成率（浅色：推算值）。")}
			byUnit[u] = ch
			units = append(units, u)
		}
		key := u.String() + outcome.ID()
		i, ok := groups[key]
		if !ok {
			ch.groups = append(ch.groups, group{title: r.name(outcome.Subject()) + " · " + capital(r.indicator(outcome.Indicator())) + " · " + r.periodLabel(outcome),
				bars: []bar{{fact: outcome, label: r.pick("outcome", "完成额"), value: inUnit(outcome, per), class: series(outcome.Subject())}}})
			i = len(ch.groups) - 1
			groups[key] = i
		}
		g := &ch.groups[i]
		g.bars = append(g.bars, bar{fact: t, label: r.pick("target implied by ", "推算目标，完成率 ") + jinan.FormatFact(mustFact(c, t.Inputs()[0]), r.tag),
			value: inUnit(t, per), class: series(t.Subject())})
	}
	for _, u := range units {
		out = append(out, *byUnit[u])
	}
	return out
}

// mustFact returns the fact with the ID, or the zero Fact.
func mustFact(c jinan.Catalogue, id string) jinan.Fact {
	f, _ := c.Fact(id)
	return f
}

// figure writes a chart with its caption, legend and the list of the facts
// it marks, each with its quotes and seed.
func (r report) figure(ch chart) *markup.Node {
	fig := markup.E("figure", "id", ch.id)
	fig.Add(markup.E("figcaption").With(ch.title))
	if ch.note != "" {
		fig.Add(markup.E("p", "class", "note").With(ch.note))
	}
	legend := markup.E("p", "class", "legend")
	seen := map[string]bool{}
	derived := false
	names := map[string]string{"jinan": r.pick("Jinan", "济南"), "shandong": r.pick("Shandong", "山东"), "china": r.pick("China", "全国"),
		"place": r.pick("districts and zones", "区县与功能区"), "other": r.pick("others", "其他")}
	for _, g := range ch.groups {
		for _, b := range g.bars {
			derived = derived || b.fact.Derived()
			if !seen[b.class] {
				seen[b.class] = true
				legend.Add(markup.E("span", "class", "swatch "+b.class), markup.T(names[b.class]))
			}
		}
	}
	if derived {
		legend.Add(markup.E("span", "class", "swatch derived"), markup.T(r.pick("derived", "推算值")))
	}
	fig.Add(legend, ch.svg(r))
	list := markup.E("ol", "class", "sources")
	for _, f := range ch.marks() {
		list.Add(r.sourceItem(f))
	}
	return fig.Add(list)
}

// sourceItem is a fact with its value, quotes and seed, for the list under
// a chart.
func (r report) sourceItem(f jinan.Fact) *markup.Node {
	li := markup.E("li", "data-fact-ref", f.ID())
	li.Add(markup.E("b").With(r.name(f.Subject())+", "+r.indicator(f.Indicator())), markup.T(" ("+r.measure(f)+", "+r.period(f, true)+"): "),
		markup.E("span", "class", "value").With(r.valueText(f)), markup.T(". "))
	if f.Derived() {
		li.Add(markup.T(f.Formula() + ". " + r.pick("From: ", "来源：")))
	}
	r.addQuotes(li, f)
	return li
}

// addQuotes appends every source of f: the quote and its seed and span.
func (r report) addQuotes(n *markup.Node, f jinan.Fact) {
	first := true
	for s := range f.AllSources() {
		if !first {
			n.Add(markup.T("; "))
		}
		first = false
		n.Add(markup.E("q").With(s.Quote), markup.T(" "), markup.E("cite").With(fmt.Sprintf("%s [%d:%d]", s.File, s.Start, s.End)))
	}
}

// factTable is a section's facts with their periods, figures and quotes.
func (r report) factTable(s section) *markup.Node {
	table := markup.E("table")
	head := markup.E("tr")
	for i, h := range []string{r.pick("period", "时期"), r.pick("subject", "主体"), r.pick("indicator", "指标"),
		r.pick("measure", "口径"), r.pick("value", "数值"), r.pick("source", "来源")} {
		if i != 1 || s.bySubject {
			head.Add(markup.E("th").With(h))
		}
	}
	table.Add(markup.E("thead").Add(head))
	body := markup.E("tbody")
	for _, f := range s.facts {
		src := markup.E("td", "class", "src")
		if f.Derived() {
			src.Add(markup.T("≈ " + f.Formula() + ". "))
		}
		r.addQuotes(src, f)
		if n := f.Note(); n != "" {
			src.Add(markup.E("br"), markup.E("small").With(n))
		}
		var subject *markup.Node
		if s.bySubject {
			subject = markup.E("td").With(r.name(f.Subject()))
		}
		body.Add(markup.E("tr", "id", "fact-"+f.ID()).Add(
			markup.E("td", "class", "period").With(r.periodLabel(f)),
			subject,
			markup.E("td").With(r.indicator(f.Indicator())),
			markup.E("td").With(r.measure(f)),
			markup.E("td", "class", "value").With(r.valueText(f)),
			src,
		))
	}
	return table.Add(body)
}

// page is the whole HTML report.
func (r report) page(c jinan.Catalogue, ss []section, keep func(jinan.Fact) bool) *markup.Node {
	lang := "en"
	if r.zh {
		lang = "zh"
	}
	read, derived := 0, 0
	for _, s := range ss {
		for _, f := range s.facts {
			if f.Derived() {
				derived++
			} else {
				read++
			}
		}
	}
	type part struct {
		id, title string
		charts    []chart
	}
	parts := []part{
		{"part-growth", r.pick("Jinan's growth beside Shandong's and China's", "济南增速与山东、全国对比"), []chart{r.growthChart(c, keep)}},
		{"part-gdp", r.pick("GDP by quarter and cumulative period", "地区生产总值（分季度与累计）"), r.gdpCharts(c, keep)},
		{"part-places", r.pick("Districts and zones side by side", "区县与功能区对比"), r.placeCharts(c, keep)},
		{"part-targets", r.pick("Targets and their outcomes", "目标与完成情况"), r.targetCharts(c, keep)},
	}
	body := markup.E("body")
	body.Add(markup.E("header").Add(
		markup.E("h1").With(r.title()),
		markup.E("p", "class", "lede").With(fmt.Sprintf(r.pick(
			"%d figures read from five newspaper pages about Jinan, capital of Shandong, and %d derived from them. Every figure is shown with its verbatim quote and the seed file and byte span it comes from. %s",
			"从五个关于山东省会济南的报纸版面读取的%d个数据，及由此推算的%d个。每个数据均附原文引语、种子文件与字节位置。%s"),
			read, derived, r.legend()))))
	toc := markup.E("ol")
	for _, p := range parts {
		toc.Add(markup.E("li").Add(markup.E("a", "href", "#"+p.id).With(p.title)))
	}
	toc.Add(markup.E("li").Add(markup.E("a", "href", "#facts").With(r.pick("Every fact, with its quotes", "全部数据及引语"))))
	body.Add(markup.E("nav").Add(toc))
	for _, p := range parts {
		sec := markup.E("section", "id", p.id).Add(markup.E("h2").With(p.title))
		shown := 0
		for _, ch := range p.charts {
			if !ch.empty() {
				sec.Add(r.figure(ch))
				shown++
			}
		}
		if shown == 0 {
			sec.Add(markup.E("p", "class", "note").With(r.pick("No fact of this part passes the report's filters.", "没有符合筛选条件的数据。")))
		}
		body.Add(sec)
	}
	facts := markup.E("section", "id", "facts").Add(markup.E("h2").With(r.pick("Every fact, with its quotes", "全部数据及引语")))
	for _, s := range ss {
		facts.Add(markup.E("h3", "id", s.id).With(fmt.Sprintf("%s (%d)", s.title, len(s.facts))), r.factTable(s))
	}
	body.Add(facts)
	body.Add(markup.E("footer").With(r.pick(
		"Written by go run ./examples/report -html from github.com/jinanfacts/jinan. The code and curation are Apache-2.0; the quoted pages belong to their newspapers (see NOTICE).",
		"由 go run ./examples/report -html 生成（github.com/jinanfacts/jinan）。代码与整理数据采用 Apache-2.0 许可；引用的版面版权属于各报社（见 NOTICE）。")))
	return markup.E("html", "xmlns", "http://www.w3.org/1999/xhtml", "lang", lang, "xml:lang", lang).Add(
		markup.E("head").Add(
			markup.E("meta", "charset", "utf-8"),
			markup.E("meta", "name", "viewport", "content", "width=device-width, initial-scale=1"),
			markup.E("title").With(r.title()),
			markup.E("style").Add(markup.Raw(style)),
		),
		body,
	)
}

// writeHTML writes the page.
func (r report) writeHTML(w io.Writer, c jinan.Catalogue, ss []section, keep func(jinan.Fact) bool) error {
	if _, err := io.WriteString(w, "<!DOCTYPE html>\n"); err != nil {
		return err
	}
	return r.page(c, ss, keep).Write(w, markup.XHTML)
}

// writeHTMLFile writes the page to the file name.
func (r report) writeHTMLFile(name string, c jinan.Catalogue, ss []section, keep func(jinan.Fact) bool) error {
	f, err := os.Create(name)
	if err != nil {
		return err
	}
	if err := r.writeHTML(f, c, ss, keep); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}
