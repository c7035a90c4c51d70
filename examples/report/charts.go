package main

import (
	"fmt"
	"math/big"
	"strconv"

	"github.com/shopspring/decimal"

	"github.com/jinanfacts/jinan"
	"github.com/jinanfacts/jinan/examples/internal/markup"
	"github.com/jinanfacts/jinan/examples/internal/termtable"
)

// Charts are SVG written by hand: horizontal bars on one linear scale per
// chart, their values exact rationals (big.Rat) from the facts' decimals
// until the last step, where a pixel is an integer.

// bar is the mark of one fact: a bar from zero to its value.
type bar struct {
	fact  jinan.Fact
	label string   // the row's label
	value *big.Rat // in the chart's unit
	class string   // the series: jinan, shandong, china, place, other
	// lower marks a lower bound (超过, 以上): the bar ends in an arrow.
	lower bool
	// first and last are the months a period of one year covers, for the
	// strip of months beside the bar; 0 for none.
	first, last int
}

// gapLine is the mark of a gap: a line between the ends of two bars of
// its group, as long as the gap, which is the difference of their values.
type gapLine struct {
	fact jinan.Fact
	a, b int // the bars, by index in the group
}

// group is a titled run of bars.
type group struct {
	title string
	bars  []bar
	gaps  []gapLine
}

// refLine is a vertical line across the chart at a value: a target.
type refLine struct {
	fact  jinan.Fact // the target, or the zero Fact for a plain reference
	value *big.Rat
	label string
	lower bool // the target is a lower bound (迈过, 以上)
}

// chart is a horizontal bar chart.
type chart struct {
	id, title, note string
	unit            string // the axis unit: "%", "CNY 100 million (亿元)"
	groups          []group
	refs            []refLine
	strip           bool // draw the months each bar covers
}

// marks returns the facts the chart marks, in the order they are
// numbered: each group's bars and gaps, then the reference lines.
func (ch chart) marks() []jinan.Fact {
	var fs []jinan.Fact
	for _, g := range ch.groups {
		for _, b := range g.bars {
			fs = append(fs, b.fact)
		}
		for _, gap := range g.gaps {
			fs = append(fs, gap.fact)
		}
	}
	for _, r := range ch.refs {
		if r.fact.IsValid() {
			fs = append(fs, r.fact)
		}
	}
	return fs
}

// empty reports whether the chart has nothing to show.
func (ch chart) empty() bool { return len(ch.marks()) == 0 }

// Layout, in pixels.
const (
	chartWidth = 960
	numWidth   = 30  // the mark's number
	labelWidth = 300 // the row's label
	stripWidth = 108 // twelve months of 9 pixels
	valueRoom  = 200 // right of the plot, for the value labels
	rowHeight  = 30
	barHeight  = 14
	groupHead  = 24
	topRoom    = 26 // for the labels of reference lines
	axisRoom   = 34
	// labelUnits is how many terminal columns of a label fit in
	// labelWidth at the chart's font size (a Chinese character is two).
	labelUnits = 43
)

// pixel returns r rounded to the nearest integer, halves up.
func pixel(r *big.Rat) int {
	half := new(big.Rat).Add(r, big.NewRat(1, 2))
	// big.Int.Div is Euclidean; a Rat's denominator is positive, so this
	// is the floor.
	return int(new(big.Int).Div(half.Num(), half.Denom()).Int64())
}

// scale maps the values lo..hi onto the pixels x0..x1.
type scale struct {
	lo, hi *big.Rat
	x0, x1 int
}

func (s scale) px(v *big.Rat) int {
	t := new(big.Rat).Sub(v, s.lo)
	t.Quo(t, new(big.Rat).Sub(s.hi, s.lo))
	t.Mul(t, big.NewRat(int64(s.x1-s.x0), 1))
	return s.x0 + pixel(t)
}

// ticks returns the values of about five evenly spaced ticks covering lo
// to hi at a step of 1, 2 or 5 times a power of ten, as decimals, so that
// their labels are exact.
func ticks(lo, hi *big.Rat) []decimal.Decimal {
	span := new(big.Rat).Sub(hi, lo)
	if span.Sign() <= 0 {
		span = big.NewRat(1, 1)
	}
	raw := new(big.Rat).Quo(span, big.NewRat(5, 1))
	pow := func(e int32) *big.Rat { return decimal.New(1, e).Rat() }
	e := int32(0)
	for pow(e).Cmp(raw) > 0 {
		e--
	}
	for pow(e+1).Cmp(raw) <= 0 {
		e++
	}
	var step decimal.Decimal
	for _, m := range []int64{1, 2, 5, 10} {
		if step = decimal.New(m, e); step.Rat().Cmp(raw) >= 0 {
			break
		}
	}
	floor := func(r *big.Rat) int64 { // floor(r / step)
		q := new(big.Rat).Quo(r, step.Rat())
		return new(big.Int).Div(q.Num(), q.Denom()).Int64()
	}
	first := floor(lo)
	last := floor(hi)
	if decimal.NewFromInt(last).Mul(step).Rat().Cmp(hi) < 0 {
		last++
	}
	var ts []decimal.Decimal
	for k := first; k <= last; k++ {
		ts = append(ts, decimal.NewFromInt(k).Mul(step))
	}
	return ts
}

// clipAt returns the value beyond which bars are cut, when one bar is
// more than four times the next: 672% beside 133% would leave every other
// bar a sliver. Nil means nothing is cut.
func clipAt(values []*big.Rat) *big.Rat {
	var top, second *big.Rat
	for _, v := range values {
		switch {
		case v.Sign() <= 0:
		case top == nil || v.Cmp(top) > 0:
			top, second = v, top
		case second == nil || v.Cmp(second) > 0:
			second = v
		}
	}
	if second == nil || new(big.Rat).Mul(second, big.NewRat(4, 1)).Cmp(top) >= 0 {
		return nil
	}
	return new(big.Rat).Mul(second, big.NewRat(3, 2))
}

// svg draws the chart, numbering its marks from 1 in the order of marks;
// every mark carries data-fact, the ID of its fact, and a title with its
// value.
func (ch chart) svg(r report) *markup.Node {
	x0 := numWidth + labelWidth + 12
	if ch.strip {
		x0 += stripWidth
	}
	x1 := chartWidth - valueRoom
	var values []*big.Rat
	rows := 0
	for _, g := range ch.groups {
		for _, b := range g.bars {
			values = append(values, b.value)
		}
		rows += len(g.bars)
	}
	for _, ref := range ch.refs {
		values = append(values, ref.value)
	}
	clip := clipAt(values)
	lo, hi := big.NewRat(0, 1), big.NewRat(0, 1)
	for _, v := range values {
		if clip != nil && v.Cmp(clip) > 0 {
			v = clip
		}
		if v.Cmp(lo) < 0 {
			lo = v
		}
		if v.Cmp(hi) > 0 {
			hi = v
		}
	}
	ts := ticks(lo, hi)
	s := scale{lo: ts[0].Rat(), hi: ts[len(ts)-1].Rat(), x0: x0, x1: x1}
	height := topRoom + rows*rowHeight + axisRoom
	for _, g := range ch.groups {
		if g.title != "" {
			height += groupHead
		}
	}
	plotBottom := height - axisRoom

	svg := markup.E("svg", "xmlns", "http://www.w3.org/2000/svg", "viewBox", fmt.Sprintf("0 0 %d %d", chartWidth, height),
		"width", strconv.Itoa(chartWidth), "height", strconv.Itoa(height), "role", "img",
		"aria-labelledby", ch.id+"-title")
	svg.Add(markup.E("title", "id", ch.id+"-title").With(ch.title))
	grid := markup.E("g", "class", "axis")
	for _, t := range ts {
		x := s.px(t.Rat())
		class := "grid"
		if t.IsZero() {
			class = "zero"
		}
		grid.Add(markup.E("line", "class", class, "x1", itoa(x), "x2", itoa(x), "y1", itoa(topRoom-6), "y2", itoa(plotBottom)),
			markup.E("text", "class", "tick", "x", itoa(x), "y", itoa(plotBottom+16), "text-anchor", "middle").With(t.String()))
	}
	grid.Add(markup.E("text", "class", "unit", "x", itoa(x1), "y", itoa(plotBottom+30), "text-anchor", "end").With(ch.unit))
	svg.Add(grid)

	n := 0
	y := topRoom
	for _, g := range ch.groups {
		if g.title != "" {
			svg.Add(markup.E("text", "class", "group", "x", "4", "y", itoa(y+17)).With(termtable.Truncate(capital(g.title), 2*labelUnits)))
			y += groupHead
		}
		ends := make([]int, len(g.bars))
		mids := make([]int, len(g.bars))
		for i, b := range g.bars {
			n++
			mid := y + rowHeight/2
			mids[i] = mid
			row := markup.E("g", "class", "row")
			row.Add(markup.E("text", "class", "num", "x", itoa(numWidth-6), "y", itoa(mid+4), "text-anchor", "end").With(itoa(n)))
			label := markup.E("text", "class", "label", "x", itoa(numWidth+2), "y", itoa(mid+4)).With(termtable.Truncate(b.label, labelUnits))
			if termtable.Width(b.label) > labelUnits {
				label.Text = ""
				label.Add(markup.T(termtable.Truncate(b.label, labelUnits)), markup.E("title").With(b.label))
			}
			row.Add(label)
			if ch.strip && b.first > 0 {
				sx := numWidth + labelWidth + 6
				for m := 1; m <= 12; m++ {
					class := "month"
					if m >= b.first && m <= b.last {
						class = "month on"
					}
					row.Add(markup.E("rect", "class", class, "x", itoa(sx+(m-1)*9), "y", itoa(mid-5), "width", "8", "height", "10"))
				}
			}
			v := b.value
			clipped := clip != nil && v.Cmp(clip) > 0
			if clipped {
				v = clip
			}
			zero := s.px(big.NewRat(0, 1))
			end := s.px(v)
			left, w := min(zero, end), max(end-zero, zero-end)
			w = max(w, 1) // a zero still has a mark
			ends[i] = end
			class := "bar " + b.class
			if b.fact.Derived() {
				class += " derived"
			}
			valueText := r.valueText(b.fact)
			rect := markup.E("rect", "class", class, "data-fact", b.fact.ID(), "x", itoa(left), "y", itoa(mid-barHeight/2),
				"width", itoa(w), "height", itoa(barHeight))
			rect.Add(markup.E("title").With(fmt.Sprintf("%d. %s: %s", n, b.label, valueText)))
			row.Add(rect)
			tx := max(end, zero) + 6
			if b.lower {
				row.Add(markup.E("path", "class", "arrow "+b.class, "d",
					fmt.Sprintf("M%d %d L%d %d L%d %d Z", end, mid-7, end+8, mid, end, mid+7)))
				tx += 8
			}
			if clipped {
				row.Add(markup.E("path", "class", "cut", "d",
					fmt.Sprintf("M%d %d L%d %d M%d %d L%d %d", end-12, mid+9, end-6, mid-9, end-7, mid+9, end-1, mid-9)))
			}
			row.Add(markup.E("text", "class", "value", "x", itoa(tx), "y", itoa(mid+4)).With(valueText))
			svg.Add(row)
			y += rowHeight
		}
		for _, gap := range g.gaps {
			n++
			a, b := gap.a, gap.b
			if b < a {
				a, b = b, a
			}
			// The line runs between the two bars' ends, below the upper
			// bar, as long as their difference: the gap.
			gy := mids[a] + barHeight/2 + 4
			if b > a+1 {
				gy = mids[b-1] + barHeight/2 + 4
			}
			xa, xb := min(ends[gap.a], ends[gap.b]), max(ends[gap.a], ends[gap.b])
			label := fmt.Sprintf("%d. %s %s", n, r.pick("gap", "差距"), jinan.FormatFact(gap.fact, r.tag))
			gl := markup.E("g", "class", "gap", "data-fact", gap.fact.ID())
			gl.Add(markup.E("title").With(label),
				markup.E("line", "x1", itoa(xa), "x2", itoa(xb), "y1", itoa(gy), "y2", itoa(gy)),
				markup.E("line", "x1", itoa(xa), "x2", itoa(xa), "y1", itoa(gy-3), "y2", itoa(gy+3)),
				markup.E("line", "x1", itoa(xb), "x2", itoa(xb), "y1", itoa(gy-3), "y2", itoa(gy+3)),
				markup.E("text", "class", "gaplabel", "x", itoa(xb+6), "y", itoa(gy+8)).With(label))
			svg.Add(gl)
		}
	}
	for _, ref := range ch.refs {
		x := s.px(ref.value)
		label := ref.label
		if ref.fact.IsValid() {
			n++
			label = fmt.Sprintf("%d. %s", n, label)
		}
		line := markup.E("g", "class", "ref", "data-fact", factID(ref.fact))
		// The label stands beside the line, on the side with room.
		lx, anchor := x+4, "start"
		if x > (x0+x1)/2 {
			lx, anchor = x-4, "end"
		}
		line.Add(markup.E("title").With(label),
			markup.E("line", "x1", itoa(x), "x2", itoa(x), "y1", itoa(topRoom-8), "y2", itoa(plotBottom)),
			markup.E("text", "class", "reflabel", "x", itoa(lx), "y", itoa(topRoom-12), "text-anchor", anchor).With(label))
		if ref.lower {
			line.Add(markup.E("path", "d", fmt.Sprintf("M%d %d L%d %d L%d %d Z", x, topRoom-4, x+8, topRoom+2, x, topRoom+8)))
		}
		svg.Add(line)
	}
	return svg
}

// factID returns the ID of f, or "" for the zero Fact (and so no
// data-fact attribute).
func factID(f jinan.Fact) string {
	if !f.IsValid() {
		return ""
	}
	return f.ID()
}

func itoa(i int) string { return strconv.Itoa(i) }
