package jinan

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/shopspring/decimal"

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
	// 4月27日, 1-3月份, 前9个月, 3年来, 2020年第一季度, 前两个月.
	DateKind
	// TimeKind is a clock time: 10:00, 已经11点.
	TimeKind
	// NameKind is a number inside a name: 5G, 世界500强, “1339”, “1+474”,
	// 8英寸, 1类创新药, 科技新11条, 辉煌70年, 70周年, an ordinal that is not
	// a rank (山东第一医科大学, 第二届), and a Chinese numeral inside
	// quotation marks or a title (“九大攻坚”, 《…三年行动计划》).
	NameKind
	// WordKind is a Chinese numeral that is wording, not a count: the
	// article 一 of 一批, 一份, 新一轮, and 第一时间 ("at once").
	WordKind
)

var numberKindNames = [...]string{FigureKind: "figure", DateKind: "date", TimeKind: "time", NameKind: "name", WordKind: "word"}

// String returns the kind's name: "figure", "date", "time", "name" or
// "word"; 2020年 is a "date".
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
	// come from a later item of a list joined by 、: 16.8 in
	// 高于全市平均水平16.8、20.2个百分点 reads 16.8个百分点.
	ListUnit Inference = 1 << iota
	// ListSign: the direction comes from an earlier item of the list:
	// 17.8% in 由1-2月的下降24.8%、17.8% reads −17.8%, and 12.3% in
	// 分别增长14.1%、12.3% reads +12.3%.
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
	// its two decimals), negative where the text states a fall, the
	// magnitude (亿), the unit (元, %, 个百分点, 平方公里, 家 …), the bound
	// (超过, 近, 约, 以上, 余, 多 …) and the high end of a range (1.5%—5%).
	// It is the zero Quantity for the other kinds, and for a figure the
	// parser refuses (more than 30 digits).
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
	// Period is the nearest period phrase before a figure in its
	// paragraph, as printed: 一季度, 1-10月, 前三季度, 今年以来, 2019年,
	// 截至3月末. No year is added where none is printed; "" when the
	// paragraph prints no period before the figure.
	Period string
	// Inferred says what Extract read from neighbours or from convention
	// rather than from the figure's own words.
	Inferred Inference
	// Note says why a number is not a figure ("year", "clock time",
	// "digits glued to G"), or why a figure has no reading.
	Note string
}

// Extract returns every number printed in text, in reading order, each
// with its byte span and kind: the figures of Chinese economic prose with
// their value, magnitude, unit, bound, sign and hints, and the dates, clock
// times, names and wording it classifies but does not read as figures. In
// "完成国际邮运吞吐量5053.5吨，开行欧亚班列83列，增长118.4%" it finds 5053.5吨
// (5053.5 tonnes), 83列 (a count of 83 trains) and 增长118.4% (+118.4%,
// Growth).
//
// Extract reads each figure with the parser of ParseQuantity, then reads
// what the parser leaves to the words around it: a list's shared unit and
// direction (分别增长14.1%、12.3%; 高于…16.8、20.2个百分点), the side of a
// benchmark (低于…约2个百分点 is −2 points), a direction verb (压缩5日 is −5
// days), 有余 (一年有余 is more than a year), a half (不到半小时), and a class
// with no unit (百亿级, in yuan). Values are exact decimals.
//
// Extract never panics, skips invalid UTF-8, and runs in time linear in
// len(text): every look around a number reads a bounded number of bytes.
func Extract(text string) []Extracted {
	x := extractor{text: text}
	x.collect()
	x.tidy()
	x.read()
	x.propagate()
	x.hint()
	x.periods()
	out := make([]Extracted, len(x.items))
	for i := range x.items {
		out[i] = x.items[i].Extracted
	}
	return out
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
	if e.Note != "" {
		notes = append(notes, e.Note)
	}
	r.Note = strings.Join(notes, "; ")
	return r
}

// maxLook bounds how far Extract looks back from a figure for the words of
// its clause: 40 Chinese characters. It keeps Extract linear.
const maxLook = 120

// xItem is an Extracted with what the extractor needs to read it.
type xItem struct {
	Extracted
	fig   figure.Figure // the parser's reading; Bound 0 when there is none
	dir   int           // a direction verb just before the phrase (压缩)
	first int           // the index of the first item of its list
}

type extractor struct {
	text  string
	items []xItem
	quote quoteSpans
}

// collect gathers the phrases the parser reads, the numbers it does not
// read, and the halves, in reading order, and classifies them.
func (x *extractor) collect() {
	s := x.text
	figs := figure.Scan(s)
	toks := numberTokens(s)
	x.quote = newQuoteSpans(s)
	halves := halfFigures(s)
	x.items = make([]xItem, 0, len(figs)+len(toks)+len(halves))
	j, h := 0, 0
	addHalvesBefore := func(at int) {
		for h < len(halves) && halves[h].Start < at {
			x.add(halves[h])
			h++
		}
	}
	for _, f := range figs {
		for j < len(toks) && toks[j].start < f.Start {
			addHalvesBefore(toks[j].start)
			x.addToken(toks[j])
			j++
		}
		addHalvesBefore(f.Start)
		// A bound word after a figure that the parser ended: 一年有余 is
		// more than a year.
		if f.Bound == figure.Exact {
			if w, ok := tailBound(s[f.End:]); ok {
				f.End += len(w.Word)
				f.Bound = figure.BoundOf(w.Bound)
			}
		}
		it := xItem{fig: f}
		it.Start, it.End = f.Start, f.End
		if !f.Negative && positiveWord(s[f.Start:f.End]) == 0 {
			if w, d := verbBefore(s, f.Start); d != 0 && (len(x.items) == 0 || x.items[len(x.items)-1].End <= f.Start-len(w)) {
				it.Start -= len(w)
				it.dir = d
			}
		}
		it.Kind = FigureKind
		hasToken := false
		for j < len(toks) && toks[j].start < f.End {
			if !hasToken || it.Kind == FigureKind && toks[j].kind != FigureKind {
				it.Kind, it.Note = toks[j].kind, toks[j].note
			}
			hasToken = true
			j++
		}
		if !hasToken {
			it.Kind, it.Note = x.chineseKind(f)
		}
		x.add(it)
	}
	for ; j < len(toks); j++ {
		addHalvesBefore(toks[j].start)
		x.addToken(toks[j])
	}
	addHalvesBefore(len(s) + 1)
}

// add appends it unless it overlaps the item before, which keeps the
// items in order and apart whatever the input.
func (x *extractor) add(it xItem) {
	if n := len(x.items); n > 0 && it.Start < x.items[n-1].End {
		return
	}
	x.items = append(x.items, it)
}

// addToken adds a number the parser did not read as a phrase: a date's
// month, the minutes of a clock time, the 5 of 5G, a malformed number.
func (x *extractor) addToken(t numberToken) {
	s := x.text
	it := xItem{}
	it.Start, it.End, it.Kind, it.Note = t.start, t.end, t.kind, t.note
	if it.Kind == FigureKind {
		switch {
		case t.start > 0 && isASCIILetter(s[t.start-1]), t.end < len(s) && isASCIILetter(s[t.end]):
			it.Kind, it.Note = NameKind, "digits in an identifier"
		default:
			f, err := figure.Parse(s[t.start:t.end])
			if err != nil {
				it.Note = "not read: " + err.Error()
				break
			}
			f.Start, f.End = t.start, t.end
			it.fig = f
		}
	}
	x.add(it)
}

func isASCIILetter(c byte) bool { return 'a' <= c|0x20 && c|0x20 <= 'z' }

// chineseKind classifies a phrase that the parser read without an Arabic
// digit: 两家, 第一, 三大, 一批, 近四成.
func (x *extractor) chineseKind(f figure.Figure) (NumberKind, string) {
	s := x.text
	phrase := s[f.Start:f.End]
	after := s[f.End:]
	switch {
	case x.quote.inside(f.Start):
		return NameKind, "a Chinese numeral in a quoted name"
	case f.Ordinal && strings.HasPrefix(phrase, "第"):
		switch {
		case strings.HasPrefix(after, "季度"):
			return DateKind, "quarter"
		case f.Unit == "年" || f.Unit == "个月" || f.Unit == "日" || f.Unit == "天":
			return DateKind, "an ordinal year, month or day"
		case strings.HasPrefix(after, "时间") && f.Unit == "":
			return WordKind, "an idiom: 第一时间"
		case !rankContext(s[clauseStart(s, f.Start, true):f.Start]):
			return NameKind, "an ordinal that is not a rank"
		}
	case f.Unit == "个月" && strings.HasSuffix(s[:f.Start], "前"):
		return DateKind, "months so far"
	case f.Unit == "年" && strings.HasPrefix(after, "来"):
		return DateKind, "a span of years"
	case f.Unit == "年" && isOne(f) && (strings.HasSuffix(s[:f.Start], "这") || strings.HasSuffix(s[:f.Start], "的")):
		return DateKind, "a year as a period"
	case isOne(f) && !f.Ordinal && f.Bound == figure.Exact && f.Magnitude == 0 && f.Den == 0 && f.Unit != "":
		return WordKind, "the article 一"
	}
	return FigureKind, ""
}

// isOne reports whether f is the Chinese numeral 一 on its own.
func isOne(f figure.Figure) bool {
	return f.Value.Equal(decimal.NewFromInt(1)) && f.High.IsZero()
}

// rankWords are the words of a clause that make 第N a rank: 居全省第一,
// 位列各区县第一, 排名第二, 评价第一名.
var rankWords = []string{"居", "列", "排", "跻身", "保持", "评价", "全省", "全市", "全国", "全球", "区县"}

func rankContext(clause string) bool {
	for _, w := range rankWords {
		if strings.Contains(clause, w) {
			return true
		}
	}
	return false
}

// tidy completes the spans of dates and clock times and joins their
// parts: 4 + 月 + 27日 is one date, 10 + : + 00 one clock time.
func (x *extractor) tidy() {
	s := x.text
	out := x.items[:0]
	for i := 0; i < len(x.items); i++ {
		it := x.items[i]
		next := len(s)
		if i+1 < len(x.items) {
			next = x.items[i+1].Start
		}
		switch {
		case it.Kind == DateKind && (it.Note == "month" || it.Note == "month range"):
			it.End = extendWords(s, it.End, next, "月", "份", "末", "底", "初")
		case it.Kind == DateKind && it.Note == "quarter":
			it.End = extendWords(s, it.End, next, "季度")
		case it.Kind == TimeKind:
			it.End = extendWords(s, it.End, next, "点")
		case it.Kind == DateKind && it.Note == "a span of years":
			it.End = extendWords(s, it.End, next, "来")
		}
		if n := len(out); n > 0 {
			prev := &out[n-1]
			switch {
			case prev.Kind == DateKind && it.Kind == DateKind && prev.End == it.Start:
				prev.End, prev.Note = it.End, "date"
				continue
			case prev.Kind == TimeKind && it.Kind == TimeKind && prev.End+1 == it.Start && s[prev.End] == ':':
				prev.End = it.End
				continue
			}
		}
		out = append(out, it)
	}
	x.items = out
	for i := range x.items {
		it := &x.items[i]
		it.Text = s[it.Start:it.End]
	}
}

// extendWords moves end over each word of words in turn that follows it,
// stopping at limit.
func extendWords(s string, end, limit int, words ...string) int {
	for _, w := range words {
		if end+len(w) <= limit && strings.HasPrefix(s[end:], w) {
			end += len(w)
		}
	}
	return end
}

// read turns each figure's parse into a Quantity, unsigned until
// propagate has settled its sign.
func (x *extractor) read() {
	for i := range x.items {
		it := &x.items[i]
		if it.Kind != FigureKind || it.fig.Bound == 0 {
			continue
		}
		q, err := fromFigure(it.fig)
		if err != nil {
			it.Note = "not read: " + err.Error()
			continue
		}
		switch {
		case it.fig.Negative:
			it.Sign = -1
		case it.dir != 0:
			it.Sign = it.dir
		default:
			it.Sign = positiveWord(it.Text)
		}
		if it.fig.Unit == "" && it.fig.Magnitude != 0 && !it.fig.Ordinal && strings.HasSuffix(it.Text, "级") {
			q.unit = unitCNY
			it.Inferred |= ClassYuan
		}
		it.Quantity = q
	}
}

// figureRead reports whether it is a figure with a reading.
func (it *xItem) figureRead() bool { return it.Kind == FigureKind && !it.Quantity.IsZero() }

// unitless reports whether a figure printed no unit and none was read
// for it: the 16.8 of 16.8、20.2个百分点.
func (it *xItem) unitless() bool {
	return it.fig.Unit == "" && !it.fig.Ordinal && it.fig.Den == 0 && it.Inferred&(ClassYuan|ListUnit) == 0
}

// propagate carries a list's shared unit back and its direction forward,
// reads the side of a benchmark in percentage points, and signs the
// values.
func (x *extractor) propagate() {
	s := x.text
	for i := range x.items {
		it := &x.items[i]
		it.first = i
		if i > 0 && it.figureRead() {
			prev := &x.items[i-1]
			if prev.figureRead() && s[prev.End:it.Start] == "、" {
				it.first = prev.first
			}
		}
	}
	for i := len(x.items) - 2; i >= 0; i-- {
		it, next := &x.items[i], &x.items[i+1]
		if next.first != it.first || !it.figureRead() || !it.unitless() || next.unitless() {
			continue
		}
		it.Quantity.unit = next.Quantity.unit
		if it.Quantity.mag == 0 {
			it.Quantity.mag = next.Quantity.mag
		}
		it.Inferred |= ListUnit
	}
	for i := 1; i < len(x.items); i++ {
		it, prev := &x.items[i], &x.items[i-1]
		if prev.first != it.first || it.Sign != 0 || prev.Sign == 0 || !sameScale(it.Quantity.unit, prev.Quantity.unit) {
			continue
		}
		it.Sign = prev.Sign
		it.Inferred |= ListSign
	}
	for i := range x.items {
		it := &x.items[i]
		if !it.figureRead() {
			continue
		}
		if it.Sign == 0 && it.Quantity.unit == unitPercentagePoint {
			w := s[clauseStart(s, x.items[it.first].Start, false):x.items[it.first].Start]
			if at, gap := lastGap(w); at >= 0 {
				it.Sign = gap.Direction.Sign()
			}
		}
		if it.Sign < 0 {
			// As ParseQuantity reads 下降超过3%: the bound turns over too.
			if neg, err := it.Quantity.Neg(); err == nil {
				it.Quantity = neg
			}
		}
	}
}

// lastGap returns the offset in s of the last word of a gap to a
// benchmark (高于, 低于, 快于, 慢于), whose direction says on which side of
// the benchmark it puts the figure; -1 when s has none.
func lastGap(s string) (int, words.DirectionWord) {
	at, word := -1, words.DirectionWord{}
	for _, w := range words.Directions {
		if w.Use&words.Gaps == 0 {
			continue
		}
		if i := strings.LastIndex(s, w.Word); i > at {
			at, word = i, w
		}
	}
	return at, word
}

// hint sets each figure's measure and benchmark from the words of its
// clause.
func (x *extractor) hint() {
	s := x.text
	for i := range x.items {
		it := &x.items[i]
		if it.Kind != FigureKind {
			continue
		}
		at := x.items[it.first].Start
		w := s[clauseStart(s, at, false):at]
		it.Measure, it.Benchmark = measureOf(it, w, s[clauseStart(s, at, true):at])
	}
}

// measureOf guesses what a figure states from its clause w (and the part
// of it after the last 、, for ranks).
func measureOf(it *xItem, w, tight string) (Measure, string) {
	growthWord := it.Sign != 0 || containsAny(w, "增速", "增幅", "增长速度", "增长率")
	u := it.Quantity.unit
	switch {
	case it.fig.Ordinal:
		return Rank, rankBenchmark(tight)
	case u == unitPercentagePoint:
		if at, ok := afterLast(w, "拉动"); ok {
			return Contribution, trimBench(at)
		}
		if at, gap := lastGap(w); at >= 0 {
			return Gap, trimBench(w[at+len(gap.Word):])
		}
		if at, ok := afterLast(w, "比"); ok && it.Sign != 0 {
			return Change, trimBench(at)
		}
		if it.Sign != 0 {
			return Change, ""
		}
		return Difference, ""
	case u.Dimension() == Ratio:
		switch {
		case strings.Contains(w, "环比") || strings.Contains(it.Text, "环比"):
			return SequentialGrowth, ""
		case strings.Contains(w, "年均"):
			return AverageGrowth, ""
		case growthWord:
			return Growth, ""
		case strings.Contains(w, "相当于"):
			at, _ := afterLast(w, "相当于")
			return PriorYearRatio, trimBench(at)
		case containsAny(w, "任务", "完成率", "计划", "完成"):
			at, ok := afterLast(w, "占")
			if !ok {
				at, _ = afterLast(w, "完成")
			}
			if strings.HasPrefix(at, "率") { // 完成率: a rate of no named target
				at = ""
			}
			return Completion, trimBench(at)
		case containsAny(w, "占", "比重", "份额"):
			at, _ := afterLast(w, "占")
			if strings.HasPrefix(at, "比") || strings.HasPrefix(at, "有率") { // 占比, 占有率: no named whole
				at = ""
			}
			return Share, trimBench(at)
		}
		return Level, ""
	case it.Sign != 0:
		return Difference, ""
	}
	return Level, ""
}

// rankBenchmark returns the peer group of a rank as printed: from the first
// scope word after the last rank verb (居全省第一: 全省), or from the last
// scope word of the clause.
func rankBenchmark(w string) string {
	from := -1
	if at, v := lastOf(w, rankVerbs); v != "" {
		if k, sc := firstOf(w[at+len(v):], scopeWords); sc != "" {
			from = at + len(v) + k
		}
	}
	if from < 0 {
		from, _ = lastOf(w, scopeWords)
	}
	if from < 0 {
		return ""
	}
	return trimBench(w[from:])
}

var (
	rankVerbs  = []string{"居", "列", "排名", "跻身", "保持", "评价", "进入", "包揽"}
	scopeWords = []string{"全省", "全市", "全国", "全球", "各区县", "省内", "国家级", "副省级"}
)

// trimBench trims the words that join a benchmark to its figure:
// 一般公共预算收入的比重达到 gives 一般公共预算收入.
func trimBench(b string) string {
	for {
		t := b
		for _, w := range []string{"的", "比重", "达到", "达", "为", "增幅", "增速", "排名", "评价", "位居", "位列", "居", "列", "在"} {
			t = strings.TrimSuffix(t, w)
		}
		if t == b {
			return strings.TrimSpace(b)
		}
		b = t
	}
}

// clauseStart returns where the clause that ends at i starts: after the
// last clause punctuation (and after 、 when tight), at most maxLook bytes
// back, on a character boundary.
func clauseStart(s string, i int, tight bool) int {
	lo := max(0, i-maxLook)
	for j := i; j > lo; {
		r, size := utf8.DecodeLastRuneInString(s[lo:j])
		if size == 0 {
			break
		}
		switch r {
		case '，', '。', '；', '：', '！', '？', ',', ';', '!', '?', '…':
			return j
		case '、':
			if tight {
				return j
			}
		case utf8.RuneError:
			return j
		}
		j -= size
	}
	for lo < i && !utf8.RuneStart(s[lo]) {
		lo++
	}
	return lo
}

func containsAny(s string, words ...string) bool {
	for _, w := range words {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}

// afterLast returns what follows the last w in s.
func afterLast(s, w string) (string, bool) {
	i := strings.LastIndex(s, w)
	if i < 0 {
		return "", false
	}
	return s[i+len(w):], true
}

// lastOf returns the offset of the last occurrence in s of any of words,
// and the word; -1 and "" when none occurs.
func lastOf(s string, words []string) (int, string) {
	at, word := -1, ""
	for _, w := range words {
		if i := strings.LastIndex(s, w); i > at {
			at, word = i, w
		}
	}
	return at, word
}

// firstOf returns the offset of the first occurrence in s of any of words,
// and the word.
func firstOf(s string, words []string) (int, string) {
	at, word := -1, ""
	for _, w := range words {
		if i := strings.Index(s, w); i >= 0 && (at < 0 || i < at) {
			at, word = i, w
		}
	}
	return at, word
}

// tailBound returns the bound word that after starts with, among those
// the extractor reads after a figure (有余).
func tailBound(after string) (words.BoundWord, bool) {
	for _, w := range words.Bounds {
		if w.Use&words.Tails != 0 && strings.HasPrefix(after, w.Word) {
			return w, true
		}
	}
	return words.BoundWord{}, false
}

// positiveWord returns +1 when a phrase starts with a word of increase,
// after 同比 or 环比: 同比增长20.7%, 提高11.1个百分点.
func positiveWord(phrase string) int {
	for _, c := range []string{"同比", "环比"} {
		phrase = strings.TrimPrefix(phrase, c)
	}
	for _, w := range words.Directions {
		if w.Direction == words.Up && w.Use&words.Figures != 0 && strings.HasPrefix(phrase, w.Word) {
			return 1
		}
	}
	return 0
}

// verbBefore returns a direction verb that ends at i and what it states:
// 压缩5日 shortens by 5 days.
func verbBefore(s string, i int) (string, int) {
	for _, v := range words.Directions {
		if v.Use&words.Verbs != 0 && strings.HasSuffix(s[:i], v.Word) {
			return v.Word, v.Direction.Sign()
		}
	}
	return "", 0
}
