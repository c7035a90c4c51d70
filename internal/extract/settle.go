package extract

import (
	"strings"

	"github.com/jinanfacts/jinan/internal/figure"
)

// This file settles a list of figures once it has closed: the unit and
// magnitude shared back from a later item, each figure's sign from its own
// words and from the words of its clause, the direction shared forward, the
// signed values and the hints.

// settle settles the figures of one list, in place.
func (x *extractor) settle(list []Item) {
	for k := range list {
		list[k].classYuan(x.text)
	}
	for k := len(list) - 2; k >= 0; k-- {
		it, next := &list[k], &list[k+1]
		if !it.readable() || !next.readable() || !it.unitless() || next.unitless() {
			continue
		}
		it.Fig.Unit = next.Fig.Unit
		if it.Fig.Magnitude == 0 {
			it.Fig.Magnitude = next.Fig.Magnitude
		}
		it.Inferred |= ListUnit
	}
	s := x.text
	first := &list[0]
	tightAt, wideAt := clauseStarts(s, first.Start)
	wide, firstTight := s[wideAt:first.Start], s[tightAt:first.Start]
	for k := range list {
		if it := &list[k]; it.readable() {
			tight := firstTight
			if k > 0 {
				tight = s[clauseStart(s, it.Start, true):it.Start]
			}
			it.Sign = x.sign(it, tight, wide)
		}
	}
	for k := 1; k < len(list); k++ {
		it, prev := &list[k], &list[k-1]
		if it.readable() && it.Sign == 0 && prev.Sign != 0 && prev.worded && it.Fig.Unit == prev.Fig.Unit {
			it.Sign, it.worded = prev.Sign, true
			it.Inferred |= ListSign
		}
	}
	for k := range list {
		it := &list[k]
		x.finish(it, wide, firstTight)
		if it.readable() && it.Fig.Unit == "%" {
			x.fall.end, x.fall.sign = it.End, it.Sign
		}
	}
}

// readable reports a figure with a reading.
func (it *Item) readable() bool {
	return it.Kind == Figure && it.Fig.Bound != 0 && it.Flags&(Malformed|Vague) == 0
}

// unitless reports a figure that prints no unit and took none: the 16.8 of
// 16.8、20.2个百分点.
func (it *Item) unitless() bool {
	return it.Fig.Unit == "" && !it.Fig.Ordinal && it.Fig.Den == 0 && it.Inferred&(ClassYuan|ListUnit) == 0
}

// classYuan reads a class of a magnitude that prints no unit in yuan, as
// economic prose means it: 百亿级 in 一批百亿级、50亿级产业集群 reads 百亿元级.
func (it *Item) classYuan(s string) {
	f := &it.Fig
	if it.readable() && f.Unit == "" && f.Magnitude != 0 && !f.Ordinal && strings.HasSuffix(s[it.Start:it.End], "级") {
		f.Unit = "元"
		it.Inferred |= ClassYuan
	}
}

// ratioUnits are the units of rates, whose direction a rate word states.
func ratioUnit(u string) bool { return u == "%" || u == "成" || u == "‰" || u == "倍" }

// sign returns the direction of a figure: its own words' or written
// sign's, turned over when it changes a rate of a fall (降幅收窄0.4个百分点
// is +0.4), or that of its clause: the side of a gap (高于全省…个百分点), a
// pull down (拖累…1.1个百分点), the rate of a fall (降幅收窄至1.8%, 2.6%的降
// 幅). tight is the clause before the figure, after the last 、; wide the
// clause before the first figure of its list.
func (x *extractor) sign(it *Item, tight, wide string) int {
	s := x.text
	v := vocab()
	dir := it.dir
	if it.Flags&Direction != 0 {
		return dir
	}
	switch u := it.Fig.Unit; {
	case u == "个百分点":
		rate := lastRate(tight)
		if v.pulls.any(wide) {
			it.worded = true
			return -1
		}
		if dir == 0 {
			if at, gap := v.gaps.last(wide); at >= 0 {
				dir, it.worded = v.gapSigns[gap], true
			}
		}
		switch {
		case rate != 0:
			dir *= rate
		case dir != 0 && x.relative(it) && x.afterFall(it):
			dir = -dir // 下降2.6%，比上月收窄0.4个百分点: the fall is smaller
		}
	case ratioUnit(u) && dir == 0:
		if lastRate(tight) < 0 || fallAfter(s[it.End:]) {
			dir, it.worded = -1, true
		}
	}
	return dir
}

// relative reports whether the figure's own direction word takes its sign
// from what it modifies: 收窄, 扩大.
func (x *extractor) relative(it *Item) bool {
	return vocab().relative.any(x.text[it.Start:it.numAt])
}

// afterFall reports whether the figure follows, in its sentence, a rate of
// growth that fell: the fall that 收窄 and 扩大 then speak of. It looks at
// the figures of its list before it, then at the last one settled.
func (x *extractor) afterFall(it *Item) bool {
	s := x.text
	end, sign := x.fall.end, x.fall.sign
	for k := range x.list {
		p := &x.list[k]
		if p.End > it.Start {
			break
		}
		if p.readable() && p.Fig.Unit == "%" {
			end, sign = p.End, p.Sign
		}
	}
	if sign == 0 || it.Start-end > maxLook || strings.Contains(s[end:it.Start], "。") {
		return false
	}
	return sign < 0
}

// lastRate returns the direction of the last word of a rate in clause: −1
// for 降幅, +1 for 增幅, 0 when it names none.
func lastRate(clause string) int {
	v := vocab()
	if _, w := v.rates.last(clause); w != "" {
		return v.rateSigns[w]
	}
	return 0
}

// fallAfter reports whether a rate is named a fall after it: 2.6%的同比降幅.
func fallAfter(after string) bool {
	rest, ok := strings.CutPrefix(after, "的")
	if !ok {
		return false
	}
	for _, c := range []string{"同比", "环比"} {
		rest = strings.TrimPrefix(rest, c)
	}
	return lastRate(rest[:min(len(rest), len("降幅"))]) < 0
}

// finish signs a figure's values and reads its hint and benchmark from the
// clause of the first item of its list, wide and after its last 、 tight.
func (x *extractor) finish(it *Item, wide, tight string) {
	if it.readable() {
		f := it.Fig
		it.Neg = it.Sign < 0
		switch {
		case !it.Neg:
			it.Value, it.High = f.Value, f.High
		case f.Bound == figure.Range:
			it.Value, it.High = figure.Neg(f.High), figure.Neg(f.Value)
		default:
			it.Value = figure.Neg(f.Value)
		}
	}
	if it.readable() {
		it.Hint, it.Benchmark = x.hint(it, wide, tight)
	}
	it.Inferred &^= sequentialBasis
}
