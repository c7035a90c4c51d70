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
	for k := range list {
		if list[k].readable() {
			list[k].Sign = x.sign(&list[k], &list[0])
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
		x.finish(&list[k], &list[0])
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

// sign returns the direction of a figure of the list that starts with
// first: its own words' or written sign's, turned over when it changes a
// rate of a fall (降幅收窄0.4个百分点 is +0.4), or that of its clause: the
// side of a gap (高于全省…个百分点), a pull down (拖累…1.1个百分点), the rate
// of a fall (降幅收窄至1.8%, 2.6%的降幅).
func (x *extractor) sign(it, first *Item) int {
	s := x.text
	v := vocab()
	dir := it.dir
	if it.Flags&Direction != 0 {
		return dir
	}
	tight := s[clauseStart(s, it.Start, true):it.Start]
	wide := s[clauseStart(s, first.Start, false):first.Start]
	rate := lastRate(tight)
	switch u := it.Fig.Unit; {
	case u == "个百分点":
		if pulled(wide, v.pulls) {
			it.worded = true
			return -1
		}
		if dir == 0 {
			if at, gap := lastGap(wide); at >= 0 {
				dir, it.worded = gap.Direction.Sign(), true
			}
		}
		switch {
		case rate != 0:
			dir *= rate
		case dir != 0 && x.relative(it) && x.afterFall(it):
			dir = -dir // 下降2.6%，比上月收窄0.4个百分点: the fall is smaller
		}
	case ratioUnit(u) && dir == 0:
		if rate < 0 || fallAfter(s[it.End:]) {
			dir, it.worded = -1, true
		}
	}
	return dir
}

// relative reports whether the figure's own direction word takes its sign
// from what it modifies: 收窄, 扩大.
func (x *extractor) relative(it *Item) bool {
	words := x.text[it.Start:it.numAt]
	for w := range vocab().relative {
		if strings.Contains(words, w) {
			return true
		}
	}
	return false
}

// afterFall reports whether the figure follows, in its sentence, a rate of
// growth that fell: the fall that 收窄 and 扩大 then speak of.
func (x *extractor) afterFall(it *Item) bool {
	s := x.text
	for k := len(x.items) - 1; k >= 0; k-- {
		p := &x.items[k]
		if p.End > it.Start {
			continue
		}
		if strings.Contains(s[p.End:it.Start], "。") {
			return false
		}
		if p.Kind == Figure && p.readable() && p.Fig.Unit == "%" {
			return p.Sign < 0
		}
	}
	return false
}

// lastRate returns the direction of the last word of a rate in clause: −1
// for 降幅, +1 for 增幅, 0 when it names none.
func lastRate(clause string) int {
	at, sign := -1, 0
	for w, d := range vocab().rates {
		if i := strings.LastIndex(clause, w); i > at {
			at, sign = i, d
		}
	}
	return sign
}

// pulled reports whether clause holds a word that pulls a whole down:
// 拖累全省出口增速1.1个百分点.
func pulled(clause string, pulls map[string]bool) bool {
	for w := range pulls {
		if strings.Contains(clause, w) {
			return true
		}
	}
	return false
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
// clause of the first item of its list.
func (x *extractor) finish(it, first *Item) {
	s := x.text
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
	if it.Kind == Figure {
		at := first.Start
		it.Hint, it.Benchmark = x.hint(it, s[clauseStart(s, at, false):at], s[clauseStart(s, at, true):at])
	}
	it.Inferred &^= sequentialBasis
}
