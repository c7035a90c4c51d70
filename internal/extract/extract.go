// Package extract finds and reads the numbers of Chinese economic text in
// one pass, for the root package's Extract.
//
// The text is read once, front to back, as go/scanner reads a program, and
// the data flows one way:
//
//  1. scan: a loop over the bytes stops only at a digit, a Chinese numeral,
//     a half (半), the first rune of an idiom that words.Idioms lists
//     (而立之年) and the first rune of a period word (今年, 上半年, 截至);
//  2. classify: each number is a figure, or a date, a clock time, a number
//     inside a name, wording (一批, a list marker), a citation mark ([3]) or
//     the ordinal of a session (二十大, 十三届三次会议);
//  3. read: a figure's phrase is read by internal/figure from the words
//     just before the number; its sign, bound, unit and hint come from a
//     bounded window around it (the clause before it, a few runes after);
//  4. emit: a figure joined to the one before it by 、, 和, 及 or 与 waits for
//     the end of its list, which shares a unit back and a direction forward.
//
// The latest period phrase carries forward until another replaces it, so 一
// 季度 at the head of a paragraph dates the figures after it; nothing reads
// the whole text a second time, and every look around a number reads a
// bounded number of bytes, so Extract is linear in the length of the text.
//
// The package reads the word tables of internal/words and the figure
// grammar of internal/figure; it knows nothing of the root package, which
// converts its Items.
package extract

import (
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/shopspring/decimal"

	"github.com/jinanfacts/jinan/internal/figure"
)

// Kind says what a number printed in running text is.
type Kind uint8

// The kinds of number. The zero Kind is unset.
const (
	Figure   Kind = 1 + iota // a statistic: 2027.00亿元, 同比下降4.4%, 近四成, 第27名
	Date                     // a date or period: 2020年, 4月27日, 1-3月份, 前三季度, 15日 (a day)
	Time                     // a clock time: 10:00, 上午9时
	Name                     // a number inside a name: 5G, 世界500强, “1339”, 第一产业, 图1
	Word                     // wording: 一批, 一是, a list marker (1.), 每万元 (a unit of reference)
	Citation                 // a citation mark: [3], 【2】
	Session                  // the ordinal of a congress or session: 二十大, 十三届, 三次会议, 三中全会
)

var kindNames = [...]string{Figure: "figure", Date: "date", Time: "time", Name: "name", Word: "word",
	Citation: "citation", Session: "session"}

// String returns the kind's name: "figure", "date", "time", "name", "word",
// "citation" or "session".
func (k Kind) String() string {
	if k != 0 && int(k) < len(kindNames) {
		return kindNames[k]
	}
	return "Kind(" + strconv.Itoa(int(k)) + ")"
}

// Flag says why a figure's reading is uncertain. A flagged figure prints
// something that cannot be read exactly; it is never given a silent guess.
type Flag uint8

// The flags, combined with |.
const (
	// Malformed: the number is not well formed: 3.亿元, 1,2345亿元, 3。5亿元,
	// 2.3.5亿美元, 8.6万万吨. The figure has no reading.
	Malformed Flag = 1 << iota
	// Vague: the text prints an order of magnitude, not a figure: 上亿元,
	// 数十亿元, 上千万人次. The figure has no reading.
	Vague
	// UnknownUnit: a unit follows the number that the tables do not know:
	// 2000万吨/年. The reading holds the number without that unit.
	UnknownUnit
	// Direction: the words around the figure state two directions that
	// contradict each other, such as a fall and a written minus: 下降-5.6%.
	Direction
)

var flagNames = [...]string{"malformed", "vague", "unit", "direction"}

// String returns the flags' names joined by "+": "malformed", "unit" …;
// "" for none.
func (f Flag) String() string {
	var b strings.Builder
	for k, name := range flagNames {
		if f&(1<<k) != 0 {
			if b.Len() > 0 {
				b.WriteByte('+')
			}
			b.WriteString(name)
		}
	}
	return b.String()
}

// Inference is what a figure's reading takes from its neighbours or from a
// convention of economic prose rather than from its own words.
type Inference uint8

// The inferences, combined with |.
const (
	ListUnit  Inference = 1 << iota // 16.8 of 16.8、20.2个百分点 reads 16.8个百分点
	ListSign                        // 12.3% of 分别增长14.1%、12.3% reads +12.3%
	ClassYuan                       // 百亿级 with no unit reads 百亿元级
)

// Hint is what a figure states, guessed from the words of its clause. The
// hints are those of the root package's Measure, in the same order.
type Hint uint8

// The hints. The zero Hint is unset, as for every number but a figure.
const (
	Level            Hint = 1 + iota // 2027.00亿元
	Growth                           // 同比下降4.4%
	AverageGrowth                    // 年均增长6.2%
	SequentialGrowth                 // 环比增长0.65%
	Gap                              // 增速比全省高0.4个百分点
	Change                           // 比一季度加快0.7个百分点
	Share                            // 占出口总值的55%
	Contribution                     // 拉动经济增长3.1个百分点
	PriorYearRatio                   // 是上年同期的1.8倍
	Rank                             // 居全省第2位
	Target                           // 年初预算数102350万元
	Completion                       // 完成年度预算的54.2%
	Difference                       // 比上年增加1109万吨
)

// Item is one number of a text.
type Item struct {
	Kind Kind
	// Start and End are the byte span [Start, End) of the phrase in the
	// text; a figure's span takes in its direction word, qualifiers and
	// unit (同比下降4.4%), and a written sign (−4.4%).
	Start, End int
	// Fig is the parser's reading of a figure, unsigned, with the unit and
	// magnitude a list or a convention gave it; its Bound is 0 when the
	// figure has no reading (a flagged number, a number the parser refuses).
	Fig figure.Figure
	// Value and High are Fig's values signed: negated when Neg, the ends of
	// a range swapped so that Value ≤ High (下降1%—5% runs from −5% to −1%).
	Value, High decimal.Decimal
	// Neg reports a fall: the values are negated, and a bound turns over
	// (下降超过3% is under −3%).
	Neg bool
	// Sign is the direction the text states: −1, +1, or 0 for none.
	Sign int
	// Flags says why a figure's reading is uncertain.
	Flags Flag
	// Inferred says what the reading takes from neighbours or convention.
	Inferred Inference
	// Hint is what a figure states; Benchmark what a gap, share, rank or
	// change is taken against, as printed.
	Hint      Hint
	Benchmark string
	// Period is the latest period phrase before a figure, as printed: 一季度,
	// 1-10月, 今年以来; "" when the text prints none before it.
	Period string
	// Note says why a number is not a figure ("year", "clock time"), or why
	// a figure is flagged.
	Note string

	numAt  int  // where the number starts
	dir    int  // the direction the figure's own words or written sign state
	worded bool // a word states the direction, not only a written sign
}

// Extract reads text and hands each number to emit, in reading order,
// classified, each figure read. The Item is emit's to read during the call
// only. Extract never panics, skips invalid UTF-8, and runs in time linear
// in len(text).
func Extract(text string, emit func(*Item)) {
	x := extractor{text: text, emit: emit, lastQuote: -maxQuoted * 8}
	x.run()
	x.closeList()
}

// All returns the numbers of text in reading order: Extract's items
// collected.
func All(text string) []Item {
	var out []Item
	Extract(text, func(it *Item) { out = append(out, *it) })
	return out
}

// extractor holds the state of one pass: the open list, the latest period
// and the comparison of the current passage.
type extractor struct {
	text string
	emit func(*Item)
	// last is the end of the last item: no phrase reaches back over it.
	last int
	// list holds the figures of the list not yet closed; out the item
	// being emitted that is not a figure.
	list []Item
	out  Item
	// fall is the last rate of growth settled, and where it ends: the fall
	// that 收窄 and 扩大 after it may speak of.
	fall struct {
		end  int
		sign int
	}
	// period is the latest period phrase; sequential is set by 从环比看
	// until the end of the paragraph or 从同比看.
	period     string
	sequential bool
	// lastQuote is the offset of the last quotation mark seen, so that a
	// number far from any needs no look for one.
	lastQuote int
}

// run is the scan: it stops at the runes that may start a number or a
// period phrase, and hands each to its reader, which returns where the
// scan goes on.
func (x *extractor) run() {
	s := x.text
	lookup := runeClasses()
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			switch {
			case '0' <= c && c <= '9':
				i = x.digits(i)
			case c == '\n':
				x.sequential = false
				i++
			default:
				i++
			}
			continue
		}
		// The three-byte runes of Chinese text: the first two bytes name a
		// block of 64 runes, the third the rune's bit in its block, so
		// most runes are passed over without being decoded.
		var r rune
		size := 3
		if c&0xf0 == 0xe0 && i+2 < len(s) && s[i+1]&0xc0 == 0x80 && s[i+2]&0xc0 == 0x80 {
			if lookup.any[uint(c&0x0f)<<6|uint(s[i+1]&0x3f)]&(1<<(s[i+2]&0x3f)) == 0 {
				i += 3
				continue
			}
			r = rune(c&0x0f)<<12 | rune(s[i+1]&0x3f)<<6 | rune(s[i+2]&0x3f)
		} else {
			r, size = utf8.DecodeRuneInString(s[i:])
		}
		switch class := lookup.of(r); class {
		case classNone:
			i += size
		case classDigit:
			i = x.digits(i)
		case classNumeral:
			i = x.numeral(i, size)
		case classHalf:
			i = x.half(i, size)
		case classIdiom:
			i = x.idiom(i, size)
		case classQuote:
			x.lastQuote = i
			i += size
		default:
			i = x.periodWord(i, r, size, lookup.seconds[class-classPeriod])
		}
	}
}

// add adds an item. A figure joined to the figure before it by a list
// word joins that figure's list; any other item closes the open list and
// goes out at once.
func (x *extractor) add(it Item) {
	if it.Start < x.last || it.End <= it.Start {
		return // keeps the items in order and apart, whatever the input
	}
	x.last = it.End
	if it.Kind != Figure {
		x.closeList()
		x.out = it // emitted from a field: &it would put every item on the heap
		x.emit(&x.out)
		return
	}
	it.Period = x.period
	if x.sequential {
		it.Inferred |= sequentialBasis
	}
	if n := len(x.list); n == 0 || n >= maxList || !joined(x.text[x.list[n-1].End:it.Start]) {
		x.closeList()
	}
	x.list = append(x.list, it)
}

// maxList bounds a list: no release joins more figures than this with 、
// and 和, and longer runs (1、1、1…) are read as lists of this length, so
// that the list waiting for its end stays small.
const maxList = 64

// sequentialBasis marks, until the list closes, a figure read in a passage
// of month-on-month figures (从环比看); it is not an inference the root
// reports.
const sequentialBasis Inference = 1 << 7

// closeList settles the open list (the shared unit back, the signs, the
// shared direction forward, the values and the hints) and sends it out.
func (x *extractor) closeList() {
	if len(x.list) == 0 {
		return
	}
	x.settle(x.list)
	for k := range x.list {
		x.emit(&x.list[k])
	}
	x.list = x.list[:0]
}

// joined reports whether the text between two figures makes them items of
// one list: 16.8、20.2个百分点, 9.8%和12.1%, 8.6%及5.2%, 12.5%与6.8%.
func joined(between string) bool {
	switch between {
	case "、", "和", "及", "与", "以及":
		return true
	}
	return false
}
