package jinan

import (
	"fmt"
	"strings"
	"sync"

	"github.com/jinanfacts/jinan/internal/extract"
	"github.com/jinanfacts/jinan/internal/figure"
	"github.com/jinanfacts/jinan/internal/words"
)

// NumberKind says what a number printed in running text is. Extract
// classifies every number it meets instead of dropping the ones that are
// not statistics: in "4月27日上午10:00…同比下降4.4%", 4月27日 is a DateKind,
// 10:00 a TimeKind and 同比下降4.4% a FigureKind.
//
// The Arabic numbers are classified by the rules of the project's
// figure-coverage tool, so that the two agree on what a figure is.
type NumberKind uint8

// The kinds of number. The zero NumberKind is unset.
const (
	// FigureKind is a statistic: 2027.00亿元, 同比下降4.4%, 近四成, 第27名.
	FigureKind NumberKind = 1 + iota
	// DateKind is a date or a period written with a number: 2020年,
	// 4月27日, 1-3月份, 前9个月, 3年来, 2020年第一季度, 前两个月, and a day
	// of the month printed without its month (记者1日获悉).
	DateKind
	// TimeKind is a clock time: 10:00, 已经11点.
	TimeKind
	// NameKind is a number inside a name: 5G, 世界500强, “1339”, “1+474”,
	// 8英寸, 1类创新药, 科技新11条, 辉煌70年, 70周年, an ordinal that is not
	// a rank (山东第一医科大学, 第一产业), a Chinese numeral inside quotation
	// marks or a title (“九大攻坚”, 《…三年行动计划》), a label (图1), a
	// code (0531), and the bound of an age group (60岁及以上).
	NameKind
	// WordKind is a number that is wording, not a count: the article 一 of
	// 一批, 一份, 新一轮, 第一时间 ("at once"), the marker of an item of a
	// list (一是, 1., （二）), and a unit of reference (每万元GDP, 每10股).
	WordKind
	// CitationKind is a citation mark: [3], 【2】, after the words it cites.
	CitationKind
	// SessionKind is the ordinal of a congress, a plenary session or a
	// meeting, which counts nothing: 党的二十大, 十三届三次会议, 三中全会,
	// 第四届董事会第十二次会议. 三大核心产业 and 十大产业集群 are counts of
	// named groups, figures: a congress is numbered past ten and named by 党
	// 的 or followed by the words said of one (精神, 报告, 以来), and a session
	// follows 届 or the body that holds it (人大, 委员会, 董事会).
	SessionKind
)

var numberKindNames = [...]string{FigureKind: "figure", DateKind: "date", TimeKind: "time", NameKind: "name", WordKind: "word",
	CitationKind: "citation", SessionKind: "session"}

// String returns the kind's name: "figure", "date", "time", "name",
// "word", "citation" or "session"; 2020年 is a "date".
func (k NumberKind) String() string {
	if k != 0 && int(k) < len(numberKindNames) {
		return numberKindNames[k]
	}
	return fmt.Sprintf("NumberKind(%d)", uint8(k))
}

// MarshalText encodes the kind as its name, so the kind of 同比下降4.4% is the
// JSON string "figure".
func (k NumberKind) MarshalText() ([]byte, error) {
	if k == 0 || int(k) >= len(numberKindNames) {
		return nil, fmt.Errorf("jinan: marshal %v: %w", k, ErrSyntax)
	}
	return []byte(k.String()), nil
}

// Inference is the set of things Extract read from a figure's neighbours
// or from a convention of economic prose rather than from the figure's own
// words. The zero Inference means everything was printed with the figure.
type Inference uint8

// The inferences, combined with |.
const (
	// ListUnit: the unit, and the magnitude when the item prints none,
	// come from a later item of a list joined by 、, 和, 及, 与 or 以及: 16.8
	// in 高于全市平均水平16.8、20.2个百分点 reads 16.8个百分点, 9.1 in 分别高于
	// 规模以上工业9.1和3.7个百分点 reads 9.1个百分点.
	ListUnit Inference = 1 << iota
	// ListSign: the direction comes from an earlier item of the list:
	// 17.8% in 由1-2月的下降24.8%、17.8% reads −17.8%, and 12.1% in
	// 分别增长9.8%和12.1% reads +12.1%.
	ListSign
	// ClassYuan: a class of a magnitude that prints no unit is read in
	// yuan, as economic prose means it: 百亿级 in 一批百亿级、50亿级产业集群
	// reads 百亿元级, at least 10^10 yuan.
	ClassYuan
)

var inferenceNames = [...]string{"list-unit", "list-sign", "class-yuan"}

// String returns the inferences joined by "+", such as "list-unit" for
// the 16.8 of 16.8、20.2个百分点, or "" for none.
func (i Inference) String() string {
	var parts []string
	for k, name := range inferenceNames {
		if i&(1<<k) != 0 {
			parts = append(parts, name)
		}
	}
	return strings.Join(parts, "+")
}

// Has reports whether i includes every inference of j: the 17.8% of
// 下降24.8%、17.8% Has ListSign.
func (i Inference) Has(j Inference) bool { return i&j == j }

// Flag says why Extract cannot read a figure exactly. A figure Extract
// reports is either what the text prints, read exactly, or flagged: it is
// never a silent guess. The zero Flag means the reading is exact.
type Flag uint8

// The flags, combined with |.
const (
	// FlagMalformed: the number is not well formed, and the figure has no
	// reading: 3.亿元, 1,2345亿元, 3。5亿元, 2.3.5亿美元, 8.6万万吨. ParseQuantity
	// rejects the same strings with ErrSyntax.
	FlagMalformed Flag = 1 << iota
	// FlagVague: the text prints an order of magnitude, not a figure, and
	// the figure has no reading: 上亿元, 数十亿元, 上千万人次.
	FlagVague
	// FlagUnit: a unit follows the number that Extract does not know, and
	// the reading leaves it out: 2000万吨/年 reads 2000万吨.
	FlagUnit
	// FlagDirection: the words around the figure state two directions that
	// contradict each other: 下降-5.6%. The reading keeps the written sign.
	FlagDirection
)

var flagNames = [...]string{"malformed", "vague", "unit", "direction"}

// String returns the flags' names joined by "+", such as "malformed" for
// 3.亿元 or "unit" for 2000万吨/年; "" for none.
func (f Flag) String() string {
	var parts []string
	for k, name := range flagNames {
		if f&(1<<k) != 0 {
			parts = append(parts, name)
		}
	}
	return strings.Join(parts, "+")
}

// Has reports whether f includes every flag of g: the flags of 3.亿元 Has
// FlagMalformed.
func (f Flag) Has(g Flag) bool { return f&g == g }

// MarshalText encodes the flags as String does, so the flags of 3.亿元 are
// the JSON string "malformed".
func (f Flag) MarshalText() ([]byte, error) {
	if f>>len(flagNames) != 0 {
		return nil, fmt.Errorf("jinan: marshal Flag(%d): %w", uint8(f), ErrSyntax)
	}
	return []byte(f.String()), nil
}

// Extracted is one number that Extract found in a text: where it is, what
// kind of number it is and, for a figure, how it reads. In
// "一季度济南市生产总值为2027.00亿元，同比下降4.4%" Extract finds
// 为2027.00亿元 (Level, 2027.00 × 10^8 yuan, period 一季度) and 同比下降4.4%
// (Growth, −4.4%, Sign −1, period 一季度).
//
// The Quantity holds a *big.Int: compare with Quantity.Equal, never ==.
type Extracted struct {
	// Kind says whether the number is a figure, a date, a clock time, part
	// of a name, or wording.
	Kind NumberKind
	// Start and End are the byte span [Start, End) of the phrase in the
	// text; a figure's span takes in its qualifiers, direction word and
	// unit (同比下降4.4%, 2000多公里, 一年有余, 压缩5日).
	Start, End int
	// Text is the phrase as printed: text[Start:End].
	Text string
	// Quantity is a figure's reading: the value as printed (2027.00 keeps
	// its two decimals), negative where the text states a fall, in words or
	// with a written minus (-, −, －), the magnitude (亿), the unit (元, %, 个
	// 百分点, 平方公里, 公斤, 千瓦时, 家 …), the bound (超过, 近, 约, 以上, 余,
	// 多 …) and the high end of a range (1.5%—5%). It is the zero Quantity
	// for the other kinds, and for a malformed or vague figure.
	Quantity Quantity
	// Sign is the direction the text states: −1 for a fall (同比下降4.4%,
	// 压缩5日, 低于传统金融产品的约2个百分点), +1 for a rise (增长20.7%,
	// 高于全省平均水平24.3个百分点), 0 where it states none (2027.00亿元,
	// 增速达40.6%).
	Sign int
	// Measure is a hint, from the words of the clause, at what a figure
	// states: Growth (增长, 增速, 增幅), Gap (高于全省平均水平), Change
	// (比前两个月提高), Contribution (拉动), Share (占, 占比, 比重),
	// PriorYearRatio (相当于上年同期的), Completion (完成率, 全年任务),
	// SequentialGrowth (环比), AverageGrowth (年均), Rank (第27名, 首位),
	// Difference (a change of a level: 压缩5日), or Level. It is zero for
	// the other kinds.
	Measure Measure
	// Benchmark is what a Gap, Rank, Share, Contribution or Change is taken
	// against, as printed: 全省平均水平 in 增速高于全省平均水平4.9个百分点,
	// 全省 in 增速居全省第一, 全市进出口总额 in 占全市进出口总额52.4%.
	Benchmark string
	// Period is the latest period phrase before a figure, as printed: 一季
	// 度, 1-10月, 前三季度, 今年以来, 2019年, 截至3月末. It carries forward
	// until another period phrase replaces it, so 一季度 at the head of a
	// paragraph dates the figures after it; a period after 比, 较 or 与 is the
	// base of a comparison and replaces none. No year is added where none is
	// printed; "" when the text prints no period before the figure.
	Period string
	// Inferred says what Extract read from neighbours or from convention
	// rather than from the figure's own words.
	Inferred Inference
	// Flags says why a figure cannot be read exactly: a malformed number
	// (3.亿元), an order of magnitude (上亿元), a unit Extract does not know
	// (2000万吨/年), directions that contradict each other (下降-5.6%). A
	// malformed or vague figure has the zero Quantity.
	Flags Flag
	// Note says why a number is not a figure ("date", "clock time", "digits
	// in an identifier"), or why a figure is flagged.
	Note string
}

// Extract returns every number printed in text, in reading order, each
// with its byte span and kind: the figures of Chinese economic prose with
// their value, magnitude, unit, bound, sign and hints, and the dates, clock
// times, names, wording, citation marks and sessions it classifies but does
// not read as figures. In "完成国际邮运吞吐量5053.5吨，开行欧亚班列83列，增长118.4%"
// it finds 5053.5吨 (5053.5 tonnes), 83列 (a count of 83 trains) and
// 增长118.4% (+118.4%, Growth).
//
// Extract reads each figure with the parser of ParseQuantity, then reads
// what the parser leaves to the words around it: a list's shared unit and
// direction (分别增长14.1%、12.3%; 高于…16.8和20.2个百分点), the side of a
// benchmark (低于…约2个百分点 is −2 points; 比全省高0.4个百分点 +0.4), a
// change of a rate of a fall (降幅收窄2个百分点 is +2 points), a written sign
// (增长-2%, −4.4%), a direction verb (压缩5日 is −5 days), 有余 (一年有余 is
// more than a year), a half (不到半小时), and a class with no unit (百亿级,
// in yuan). What it cannot read exactly it flags (see Flag). Values are
// exact decimals.
//
// Extract reads the text once, never panics, skips invalid UTF-8, and runs
// in time linear in len(text): every look around a number reads a bounded
// number of bytes.
func Extract(text string) []Extracted {
	out := make([]Extracted, 0, len(text)/96+4)
	extract.Extract(text, func(it *extract.Item) {
		out = append(out, Extracted{})
		e := &out[len(out)-1]
		e.Kind, e.Start, e.End, e.Text = numberKinds[it.Kind], it.Start, it.End, text[it.Start:it.End]
		e.Sign, e.Measure, e.Benchmark, e.Period = it.Sign, hintMeasures[it.Hint], it.Benchmark, it.Period
		e.Inferred, e.Flags, e.Note = Inference(it.Inferred), Flag(it.Flags), it.Note
		if it.Kind == extract.Figure && it.Fig.Bound != 0 && it.Flags&(extract.Malformed|extract.Vague) == 0 {
			e.Quantity = extractedQuantity(it)
		}
	})
	return out
}

// numberKinds maps the kinds of internal/extract to NumberKind.
var numberKinds = [...]NumberKind{
	extract.Figure: FigureKind, extract.Date: DateKind, extract.Time: TimeKind, extract.Name: NameKind,
	extract.Word: WordKind, extract.Citation: CitationKind, extract.Session: SessionKind,
}

// hintMeasures maps the hints of internal/extract to Measure.
var hintMeasures = [...]Measure{
	extract.Level: Level, extract.Growth: Growth, extract.AverageGrowth: AverageGrowth,
	extract.SequentialGrowth: SequentialGrowth, extract.Gap: Gap, extract.Change: Change, extract.Share: Share,
	extract.Contribution: Contribution, extract.PriorYearRatio: PriorYearRatio, extract.Rank: Rank,
	extract.Target: Target, extract.Completion: Completion, extract.Difference: Difference,
}

// extractedQuantity makes the Quantity of a read figure: its signed
// values, the bound turned over for a fall.
func extractedQuantity(it *extract.Item) Quantity {
	f := it.Fig
	var u Unit
	switch {
	case f.Ordinal:
		u = RankOf(f.Unit)
	case f.Unit == "fraction":
		u = unitFraction
	default:
		var ok bool
		if u, ok = unitWords()[f.Unit]; !ok {
			u = CountOf(f.Unit) // a counter word, or "" for a bare number
		}
	}
	b := figureBounds[f.Bound]
	if it.Neg {
		b = b.flip()
	}
	return Quantity{value: it.Value, high: it.High, den: f.Den, mag: Magnitude(f.Magnitude), unit: u, bound: b}
}

// figureBounds maps the bounds of internal/figure to Bound.
var figureBounds = [...]Bound{
	figure.Exact: Exact, figure.About: About, figure.Over: Over, figure.AtLeast: AtLeast,
	figure.Nearly: Nearly, figure.Under: Under, figure.Range: Range, figure.AtMost: AtMost,
}

var (
	unitWordsOnce sync.Once
	unitWordsMap  map[string]Unit
)

// unitWords returns the Unit of every canonical unit word the figure
// parser reports that is not a counter: 元, %, 个百分点, 公斤, built on first
// use.
func unitWords() map[string]Unit {
	unitWordsOnce.Do(func() {
		unitWordsMap = map[string]Unit{}
		for _, w := range words.UnitWords {
			if w.Use&words.Figures == 0 {
				continue
			}
			if u, err := ParseUnit(w.Code); err == nil {
				unitWordsMap[w.Canonical] = u
			}
		}
	})
	return unitWordsMap
}

// ExtractBytes is Extract for text held in a byte slice, such as a seed's
// Document.Text; the spans are offsets into text. On seed 000 it finds
// 同比下降4.4% at bytes [1592, 1608).
func ExtractBytes(text []byte) []Extracted { return Extract(string(text)) }

// Record returns a figure as a draft of the export's Record, for a
// maintainer to start curating from: the value, unit, counter, multiplier,
// bound and high end of the Quantity, the measure hint, the period phrase
// as its label, and one source, the figure's span in the text read from
// file ("-" for standard input). The ID is "draft." and the figure's byte
// offset; subject, indicator, period dates and status are left for the
// curator. The figure 同比下降4.4% at byte 1592 of seed 000 gives ID
// "draft.1592", value "-4.4", unit "%", measure "growth".
func (e Extracted) Record(file string) Record {
	q := e.Quantity
	r := Record{
		ID:          fmt.Sprintf("draft.%d", e.Start),
		Value:       printed(q.Value()),
		Unit:        q.Unit().String(),
		Counter:     q.Unit().Counter(),
		Multiplier:  int(q.Magnitude()),
		PeriodLabel: e.Period,
		Sources:     []RecordSource{{File: file, Start: e.Start, End: e.End, Quote: e.Text}},
		Inputs:      []string{},
	}
	if q.IsZero() {
		r.Value = ""
	} else {
		r.Bound = q.Bound().String()
	}
	if e.Measure != 0 {
		r.Measure = e.Measure.String()
	}
	if d := q.Denominator(); d > 1 {
		r.Denominator = fmt.Sprint(d)
	}
	if q.Bound() == Range {
		r.ValueHigh = printed(q.High())
	}
	var notes []string
	if e.Benchmark != "" {
		notes = append(notes, "benchmark as printed: "+e.Benchmark)
	}
	if e.Inferred != 0 {
		notes = append(notes, "inferred: "+e.Inferred.String())
	}
	if e.Flags != 0 {
		notes = append(notes, "flagged: "+e.Flags.String())
	}
	if e.Note != "" {
		notes = append(notes, e.Note)
	}
	r.Note = strings.Join(notes, "; ")
	return r
}
