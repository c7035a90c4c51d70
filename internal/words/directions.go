package words

import "strconv"

// Direction is the sign a direction word gives a figure: 同比下降4.4% is a
// fall, −4.4%. The zero Direction is unset.
type Direction uint8

// The directions.
const (
	Up    Direction = 1 + iota // a rise: 增长20.7%, 高于全省平均水平24.3个百分点
	Down                       // a fall: 下降4.4%, 压缩5日
	Level                      // no change: 持平, which no seed prints
)

var directionNames = [...]string{Up: "up", Down: "down", Level: "level"}

// String returns the direction's name: "up", "down" or "level".
func (d Direction) String() string {
	if d != 0 && int(d) < len(directionNames) {
		return directionNames[d]
	}
	return "Direction(" + strconv.Itoa(int(d)) + ")"
}

// Sign returns +1 for Up, −1 for Down and 0 otherwise: the sign of 下降4.4%
// is −1.
func (d Direction) Sign() int {
	switch d {
	case Up:
		return 1
	case Down:
		return -1
	}
	return 0
}

// Word returns the canonical word of d, the one Chinese text is written
// with: 增长 for Up, 下降 for Down, 持平 for Level; "" for an unset
// direction.
func (d Direction) Word() string {
	if int(d) < len(lookup().directions) {
		if i := lookup().directions[d]; i >= 0 {
			return Directions[i].Word
		}
	}
	return ""
}

// DirectionWord is a word that states the direction of the figure it
// precedes: 下降 in 同比下降4.4% is Down.
//
// A word with … in it is a frame around the base of a comparison: 比…高
// is 比上年高2个百分点, and 较 stands for 比 (较上年同期低0.3个百分点).
type DirectionWord struct {
	Word      string
	Direction Direction
	// Canonical reports that Chinese text writes Direction with this
	// word; each direction has one canonical word.
	Canonical bool
	// Relative reports a word whose Direction is that of a plain
	// quantity, turned over when what it modifies is a fall: 逆差收窄12%
	// is a fall of the deficit, but 降幅收窄2个百分点 is a rise of the
	// growth rate, and 降幅扩大 a fall. Rates says which words name a fall.
	Relative bool
	Use      Use
}

// Directions are the direction words of the seeds and of the releases the
// extractor reads, rises first. In a list (分别增长14.1%、12.3%) the
// direction applies to every item; a written minus (-, −, －) is a sign
// too, which no table lists.
//
// The words of rates (Use Rates) name a rate of change and the direction
// it states: 降幅为3.6% is a fall of 3.6%, while 增幅29.20% states no
// direction of its own; a Relative word, or a change of the rate in
// percentage points, after a rate of a fall turns over (降幅比上月收窄0.4个
// 百分点 is +0.4 points). The words that pull a whole down (Use Pulls) make
// a contribution in percentage points a fall wherever they stand in its
// clause: 拖累全省出口增速1.1个百分点 is −1.1 points.
var Directions = [...]DirectionWord{
	{"增长", Up, true, false, Figures},
	{"增加", Up, false, false, Figures},
	{"提高", Up, false, false, Figures},
	{"上升", Up, false, false, Figures},
	{"提升", Up, false, false, Figures},
	{"上涨", Up, false, false, Figures},
	{"增收", Up, false, false, Figures},
	{"净增", Up, false, false, Figures},
	{"增产", Up, false, false, Figures},
	{"回升", Up, false, false, Figures},
	{"加快", Up, false, false, Figures},
	{"超收", Up, false, false, Figures},
	{"微增", Up, false, false, Figures},
	{"略增", Up, false, false, Figures},
	{"微涨", Up, false, false, Figures},
	{"略涨", Up, false, false, Figures},
	{"偏高", Up, false, false, Figures},
	{"偏多", Up, false, false, Figures},
	{"减亏", Up, false, false, Figures}, // a loss smaller by: 减亏1.28亿元
	{"多增", Up, false, false, Figures}, // more of an increase than a year before: 同比多增3150亿元
	{"扩大", Up, false, true, Figures},
	{"高于", Up, false, false, Gaps},
	{"高出", Up, false, false, Gaps},
	{"超出", Up, false, false, Gaps},
	{"快于", Up, false, false, Gaps},
	{"比…高", Up, false, false, Frames},
	{"比…快", Up, false, false, Frames},
	{"比…高出", Up, false, false, Frames},
	{"比…多", Up, false, false, Frames}, // 比上年多0.9个百分点
	{"延长", Up, false, false, Verbs},
	{"增幅", Up, false, false, Rates},
	{"涨幅", Up, false, false, Rates},
	{"增速", Up, false, false, Rates},
	{"升幅", Up, false, false, Rates},

	{"下降", Down, true, false, Figures},
	{"减少", Down, false, false, Figures},
	{"降低", Down, false, false, Figures},
	{"回落", Down, false, false, Figures},
	{"下滑", Down, false, false, Figures},
	{"下跌", Down, false, false, Figures},
	{"减收", Down, false, false, Figures},
	{"减支", Down, false, false, Figures},
	{"减产", Down, false, false, Figures},
	{"放缓", Down, false, false, Figures},
	{"缩小", Down, false, false, Figures},
	{"下拉", Down, false, false, Figures | Pulls},
	{"拉低", Down, false, false, Figures | Pulls},
	{"拖累", Down, false, false, Figures | Pulls},
	{"微降", Down, false, false, Figures},
	{"略降", Down, false, false, Figures},
	{"偏低", Down, false, false, Figures},
	{"偏少", Down, false, false, Figures},
	{"增亏", Down, false, false, Figures}, // a loss larger by
	{"少增", Down, false, false, Figures},
	{"净减少", Down, false, false, Figures},
	{"净减", Down, false, false, Figures},
	{"收窄", Down, false, true, Figures},
	{"降幅为", Down, false, false, Figures},
	{"降幅", Down, false, false, Figures | Rates},
	{"跌幅", Down, false, false, Figures | Rates},
	{"减幅", Down, false, false, Figures | Rates},
	{"低于", Down, false, false, Gaps},
	{"慢于", Down, false, false, Gaps},
	{"比…低", Down, false, false, Frames},
	{"比…慢", Down, false, false, Frames},
	{"比…低出", Down, false, false, Frames},
	{"比…少", Down, false, false, Frames},
	{"压缩", Down, false, false, Verbs},
	{"缩短", Down, false, false, Verbs},
	{"缩减", Down, false, false, Verbs},

	{"持平", Level, true, false, 0},
}
