// Package words holds the Chinese words that qualify the figures of
// economic reporting, as plain tables that the figure parser
// (internal/figure), the extractor and the formatting of the root package
// all read, so that each word is written once:
//
//   - Bounds: words that bound a figure (逾3000万美元, 80%以上), with the
//     canonical word Chinese text writes each bound with (超过, 以上);
//   - Directions: words that give a figure its sign (同比下降4.4%);
//   - Units and UnitWords: the units printed as a word (元, 平方公里, 亩),
//     with code, dimension and exact size, and every form they are printed
//     in (％ for %, 天 for 日);
//   - Counters: the measure words of counts (230家, 83列).
//
// A reader of Chinese text need not read every word a table lists: each
// row says which readers use it (Use). A word without a reader's flag is
// one that the reader does not read today, and reading it would change
// what the reader finds; the tables still list it, so that the words of
// the seeds and of the project's domain notes are in one place.
//
// The tables are arrays of constant literals; the lookups that need a map
// build it once, on first use, so the package does no work at init.
package words

import "sync"

// Use says which readers of Chinese text read a word; a row's Use is the
// union of its readers' flags.
type Use uint16

// The readers of the tables.
const (
	// Figures: the figure parser, internal/figure, reads the word in a
	// figure phrase: the 逾 of 逾3000万美元, the 家 of 230家.
	Figures Use = 1 << iota
	// Halves: the extractor reads the word around 半, which the parser
	// does not read: the 不到 and the 小时 of 不到半小时.
	Halves
	// Tails: the extractor reads the word after a figure the parser has
	// ended: the 有余 of 一年有余.
	Tails
	// Gaps: the extractor reads the word as the side of a gap to a
	// benchmark: the 高于 of 高于全省平均水平24.3个百分点.
	Gaps
	// Verbs: the extractor reads the word as the direction of the figure
	// that follows it: the 压缩 of 压缩5日.
	Verbs
	// Names: ParseUnit reads the word as the name of a unit: 元, 人民币, 天.
	Names
	// Frames: the extractor reads the word after the base of a comparison
	// (比 or 较) as the direction of the figure that follows it: the 高 of
	// 比全省高0.4个百分点.
	Frames
	// Rates: the extractor reads the word as the name of a rate of change
	// in the clause of a figure: the 降幅 of 降幅比上月收窄0.4个百分点.
	Rates
	// Pulls: the extractor reads the word in the clause of a contribution
	// in percentage points as its side: the 拖累 of 拖累全省出口增速1.1个百分点.
	Pulls
)

// index holds the lookups that need building: the row of each unit code,
// unit word and counter word, and the canonical row of each bound and
// direction.
type index struct {
	units      map[string]int // by Code, into Units
	unitWords  map[string]int // by Word, into UnitWords
	counters   map[string]int // by Word, into Counters
	bounds     [Under + 1]int // into Bounds; -1 where none
	directions [Level + 1]int // into Directions; -1 where none
}

var (
	indexOnce sync.Once
	idx       index
)

// lookup returns the index, built on first use.
func lookup() *index {
	indexOnce.Do(func() {
		idx.units = make(map[string]int, len(Units))
		for i, u := range Units {
			idx.units[u.Code] = i
		}
		idx.unitWords = make(map[string]int, len(UnitWords))
		for i, w := range UnitWords {
			idx.unitWords[w.Word] = i
		}
		idx.counters = make(map[string]int, len(Counters))
		for i, c := range Counters {
			idx.counters[c.Word] = i
		}
		for i := range idx.bounds {
			idx.bounds[i] = -1
		}
		for i, b := range Bounds {
			if b.Canonical {
				idx.bounds[b.Bound] = i
			}
		}
		for i := range idx.directions {
			idx.directions[i] = -1
		}
		for i, d := range Directions {
			if d.Canonical {
				idx.directions[d.Direction] = i
			}
		}
	})
	return &idx
}
