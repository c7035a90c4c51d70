package words

import "strconv"

// Bound is what a bound word says about the true value of the number it
// qualifies: 逾3000万美元 is more than 30 million dollars (Over), 近四成 just
// under 40% (Nearly). The zero Bound is unset. Each reader maps Bound to
// its own type; the numbers mean nothing outside this package.
type Bound uint8

// The bounds that words state. A range (1.5%—5%) is a bound too, but no
// word states it: the parser reads it from the separator.
const (
	Exact   Bound = 1 + iota // the figure as is: 实现出口1.79亿美元
	About                    // about the figure: 约58万平方米, 3年左右
	Over                     // more than the figure: 逾3000万美元, 2800余人
	AtLeast                  // the figure or more: 80%以上, 不少于3家
	AtMost                   // the figure or less: 3年以内
	Nearly                   // just under the figure: 近四成
	Under                    // less than the figure: 不到3年
)

var boundNames = [...]string{
	Exact: "exact", About: "about", Over: "over", AtLeast: "at_least",
	AtMost: "at_most", Nearly: "nearly", Under: "under",
}

// englishBounds are the words English puts before a bounded figure.
var englishBounds = [...]string{
	About: "about", Over: "more than", AtLeast: "at least", AtMost: "at most",
	Nearly: "nearly", Under: "less than",
}

// String returns the bound's name, as the export writes bounds: "over" for
// the bound of 逾3000万美元.
func (b Bound) String() string {
	if b != 0 && int(b) < len(boundNames) {
		return boundNames[b]
	}
	return "Bound(" + strconv.Itoa(int(b)) + ")"
}

// English returns the words English writes before a figure with bound b:
// "more than" for Over (逾3000万美元 is more than USD 30 million), "" for
// Exact and an unset bound.
func (b Bound) English() string {
	if int(b) < len(englishBounds) {
		return englishBounds[b]
	}
	return ""
}

// Word returns the canonical word of b, the one Chinese text is written
// with: 超过 for Over, so 逾3000万美元 is written 超过3000万美元. Exact and an
// unset bound have none: the zero BoundWord.
func (b Bound) Word() BoundWord {
	if int(b) < len(lookup().bounds) {
		if i := lookup().bounds[b]; i >= 0 {
			return Bounds[i]
		}
	}
	return BoundWord{}
}

// Position says where a bound word stands in a figure phrase.
type Position uint8

// The positions of bound words.
const (
	// BeforeNumber: before the number, after any direction word:
	// 逾3000万美元, 同比增长超过20%.
	BeforeNumber Position = 1 + iota
	// AfterNumber: after the number or its magnitude, before the unit:
	// 2800余人, 3000多万元, 1万多元.
	AfterNumber
	// AfterUnit: after the unit: 80%以上, 3年左右, 一年有余.
	AfterUnit
)

// BoundWord is a word that bounds the figure it qualifies: 逾 in
// 逾3000万美元 is Over, BeforeNumber.
type BoundWord struct {
	Word     string
	Bound    Bound
	Position Position
	// Canonical reports that Chinese text writes Bound with this word; each
	// bound but Exact has one canonical word.
	Canonical bool
	Use       Use
}

// Bounds are the bound words of the seeds and of the releases the
// extractor reads, grouped by bound. The parser
// also reads three qualifiers whose bound depends on what they follow,
// and that are therefore its grammar rather than words of this table: 多
// after a span of time (一年多, over), 内 after one (3年内, at most), and the
// 级 of a class after a magnitude (百亿级, at least).
var Bounds = [...]BoundWord{
	// Exact words state the figure; they are not written back.
	{"达", Exact, BeforeNumber, false, Figures},
	{"达到", Exact, BeforeNumber, false, Figures},
	{"实现", Exact, BeforeNumber, false, Figures},
	{"完成", Exact, BeforeNumber, false, Figures},
	{"为", Exact, BeforeNumber, false, Figures},
	{"高达", Exact, BeforeNumber, false, Figures},

	{"约", About, BeforeNumber, true, Figures | Halves},
	{"大约", About, BeforeNumber, false, Figures | Halves},
	{"约为", About, BeforeNumber, false, Figures},
	{"左右", About, AfterUnit, false, Figures},

	{"超过", Over, BeforeNumber, true, Figures | Halves},
	{"逾", Over, BeforeNumber, false, Figures | Halves},
	{"超", Over, BeforeNumber, false, Figures},
	{"突破", Over, BeforeNumber, false, Figures},
	{"过", Over, BeforeNumber, false, Figures},
	{"余", Over, AfterNumber, false, Figures},
	{"多", Over, AfterNumber, false, Figures},
	{"有余", Over, AfterUnit, false, Tails},

	{"以上", AtLeast, AfterUnit, true, Figures},
	{"不少于", AtLeast, BeforeNumber, false, Figures},
	{"不低于", AtLeast, BeforeNumber, false, Figures},
	{"至少", AtLeast, BeforeNumber, false, Figures},
	{"及以上", AtLeast, AfterUnit, false, Figures},

	{"以下", AtMost, AfterUnit, true, Figures},
	{"以内", AtMost, AfterUnit, false, Figures},
	{"及以下", AtMost, AfterUnit, false, Figures},
	{"不超过", AtMost, BeforeNumber, false, Figures},
	{"不高于", AtMost, BeforeNumber, false, Figures},
	{"最高", AtMost, BeforeNumber, false, Figures},
	{"最多", AtMost, BeforeNumber, false, Figures},

	{"近", Nearly, BeforeNumber, true, Figures | Halves},
	{"将近", Nearly, BeforeNumber, false, Figures | Halves},
	{"接近", Nearly, BeforeNumber, false, Figures | Halves},

	{"不到", Under, BeforeNumber, true, Figures | Halves},
	{"不足", Under, BeforeNumber, false, Figures | Halves},
}
