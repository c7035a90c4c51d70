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
// A word with … in it is a frame around the base of a comparison:
// 比…高 is 比上年高2个百分点. No reader matches frames yet.
type DirectionWord struct {
	Word      string
	Direction Direction
	// Canonical reports that Chinese text writes Direction with this
	// word; each direction has one canonical word.
	Canonical bool
	Use       Use
}

// Directions are the direction words of the seeds, rises first. In a list
// (分别增长14.1%、12.3%) the direction applies to every item; a written
// minus (-, −, －) is a sign too, which no table lists.
var Directions = [...]DirectionWord{
	{"增长", Up, true, Figures},
	{"增加", Up, false, Figures},
	{"提高", Up, false, Figures},
	{"上升", Up, false, Figures},
	{"提升", Up, false, 0},
	{"上涨", Up, false, 0},
	{"增收", Up, false, 0},
	{"净增", Up, false, 0},
	{"扩大", Up, false, 0},
	{"高于", Up, false, Gaps},
	{"快于", Up, false, Gaps},
	{"比…高", Up, false, 0},
	{"比…快", Up, false, 0},
	{"延长", Up, false, Verbs},

	{"下降", Down, true, Figures},
	{"减少", Down, false, Figures},
	{"降低", Down, false, Figures},
	{"回落", Down, false, Figures},
	{"下滑", Down, false, Figures},
	{"减收", Down, false, 0},
	{"减支", Down, false, 0},
	// 收窄 is said of a fall: the decline is smaller (降幅收窄).
	{"收窄", Down, false, 0},
	{"降幅为", Down, false, 0},
	{"低于", Down, false, Gaps},
	{"慢于", Down, false, Gaps},
	{"比…低", Down, false, 0},
	{"比…慢", Down, false, 0},
	{"压缩", Down, false, Verbs},
	{"缩短", Down, false, Verbs},
	{"缩减", Down, false, Verbs},

	{"持平", Level, true, 0},
}
