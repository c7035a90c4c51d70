package jinan

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/shopspring/decimal"

	"github.com/jinanfacts/jinan/internal/figure"
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
		// 有余 after a figure is more than it: 一年有余.
		if f.Bound == figure.Exact && strings.HasPrefix(s[f.End:], "有余") {
			f.End += len("有余")
			f.Bound = figure.Over
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
			q.unit = CNY
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
		if it.Sign == 0 && it.Quantity.unit == PercentagePoint {
			w := s[clauseStart(s, x.items[it.first].Start, false):x.items[it.first].Start]
			if _, side := lastOf(w, gapWords); side != "" {
				it.Sign = gapSide(side)
			}
		}
		if it.Sign < 0 {
			// As ParseQuantity reads 下降超过3%: the bound turns over too.
			it.Quantity = it.Quantity.Neg()
		}
	}
}

// gapWords are the words of a gap to a benchmark; gapSide says on which
// side of the benchmark each puts the figure.
var gapWords = []string{"高于", "低于", "快于", "慢于"}

func gapSide(w string) int {
	if w == "低于" || w == "慢于" {
		return -1
	}
	return 1
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
	case u == PercentagePoint:
		if at, ok := afterLast(w, "拉动"); ok {
			return Contribution, trimBench(at)
		}
		if at, side := lastOf(w, gapWords); side != "" {
			return Gap, trimBench(w[at+len(side):])
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

// positiveWord returns +1 when a phrase starts with a word of increase,
// after 同比 or 环比: 同比增长20.7%, 提高11.1个百分点.
func positiveWord(phrase string) int {
	for _, c := range []string{"同比", "环比"} {
		phrase = strings.TrimPrefix(phrase, c)
	}
	for _, w := range []string{"增长", "提高", "上升", "增加"} {
		if strings.HasPrefix(phrase, w) {
			return 1
		}
	}
	return 0
}

// verbBefore returns a direction verb that ends at i and what it states:
// 压缩5日 shortens by 5 days.
func verbBefore(s string, i int) (string, int) {
	for _, v := range []struct {
		w   string
		dir int
	}{{"压缩", -1}, {"缩短", -1}, {"缩减", -1}, {"延长", 1}} {
		if strings.HasSuffix(s[:i], v.w) {
			return v.w, v.dir
		}
	}
	return "", 0
}

// periods sets each figure's Period: the nearest period phrase that ends
// before it in its paragraph.
func (x *extractor) periods() {
	s := x.text
	// A period phrase inside a figure is part of the figure: the 年内 of 3年内.
	spans := periodSpans(s)[:0:0]
	k := 0
	for _, sp := range periodSpans(s) {
		for k < len(x.items) && x.items[k].End <= sp.start {
			k++
		}
		if k < len(x.items) && x.items[k].Kind == FigureKind && x.items[k].Start < sp.end {
			continue
		}
		spans = append(spans, sp)
	}
	p, line, scanned := 0, 0, 0
	last := -1
	for i := range x.items {
		it := &x.items[i]
		// The paragraph starts after the last newline before the item.
		if k := strings.LastIndexByte(s[scanned:it.Start], '\n'); k >= 0 {
			line = scanned + k + 1
		}
		scanned = it.Start
		for p < len(spans) && spans[p].end <= it.Start {
			last = p
			p++
		}
		if it.Kind == FigureKind && last >= 0 && spans[last].start >= line {
			it.Period = s[spans[last].start:spans[last].end]
		}
	}
}

// span is a byte span [start, end).
type span struct{ start, end int }

// periodSpans returns the period phrases of s in reading order: 一季度,
// 1-3月份, 前三季度, 2020年前9个月, 截至2020年10月底, 今年以来, 这一年. A
// period after 比, 较, 与 or 相当于 is a base of comparison, not the period
// of what follows (比前两个月提高, 较去年增长), and is left out.
func periodSpans(s string) []span {
	var out []span
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if !periodStart(r) {
			i += size
			continue
		}
		if end := periodAt(s, i); end > i {
			if !comparisonBase(s, i) {
				out = append(out, span{i, end})
			}
			i = end
			continue
		}
		i += size
	}
	return out
}

// periodStart reports whether a period phrase may start with r: a digit,
// a Chinese numeral, or the first character of a period word (截至, 今年,
// 前三季度, 第一季度, 这一年 …).
func periodStart(r rune) bool {
	if isDigitRune(r) {
		return true
	}
	switch r {
	case '截', '自', '从', '到', '过', '新', '这', '近', '今', '去', '上', '明', '当', '全', '本', '目', '日', '年', '前', '下', '第',
		'零', '〇', '一', '二', '两', '三', '四', '五', '六', '七', '八', '九', '十':
		return true
	}
	return false
}

func comparisonBase(s string, i int) bool {
	for _, w := range []string{"比", "较", "与", "相当于", "同"} {
		if strings.HasSuffix(s[:i], w) {
			return true
		}
	}
	return false
}

// periodAt returns the end of the period phrase at s[i:], or i.
func periodAt(s string, i int) int {
	j := i
	for _, p := range []string{"截至", "截止到", "截止", "自", "从", "到"} {
		if strings.HasPrefix(s[j:], p) {
			if k, _ := periodPart(s, j+len(p), partNone); k > j+len(p) {
				j += len(p)
			}
			break
		}
	}
	start, last := j, partNone
	for {
		k, part := periodPart(s, j, last)
		if k <= j {
			break
		}
		j, last = k, part
	}
	if j == start {
		return i
	}
	return j
}

type periodPartKind uint8

const (
	partNone periodPartKind = iota
	partYear
	partMonth
	partOther
)

// periodPart reads one part of a period phrase at s[j:], given the kind
// of the part before it, and returns its end and kind; j when there is
// none.
func periodPart(s string, j int, last periodPartKind) (int, periodPartKind) {
	rest := s[j:]
	for _, w := range []string{"过去的一年", "新的一年", "这一年", "近年来", "今年", "去年", "上年", "明年", "当年", "全年", "本年", "目前", "近日", "日前", "年内", "前三季度", "前两季度", "上半年", "下半年"} {
		if strings.HasPrefix(rest, w) {
			switch {
			case (w == "去年" || w == "上年") && strings.HasPrefix(rest[len(w):], "同期"):
				return j, partNone
			case w == "全年" && (strings.HasPrefix(rest[len(w):], "任务") || strings.HasPrefix(rest[len(w):], "目标") ||
				strings.HasPrefix(rest[len(w):], "计划") || strings.HasPrefix(rest[len(w):], "收入")):
				return j, partNone
			}
			return j + len(w), partYear
		}
	}
	if last == partYear || last == partMonth {
		for _, w := range []string{"以来", "度", "初", "底", "末"} {
			if strings.HasPrefix(rest, w) {
				return j + len(w), partOther
			}
		}
	}
	if strings.HasPrefix(rest, "第") {
		if k := quarterAt(s, j+len("第")); k > 0 {
			return k, partOther
		}
	}
	if k := quarterAt(s, j); k > 0 {
		return k, partOther
	}
	if strings.HasPrefix(rest, "前") {
		if k := numeralEnd(s, j+len("前"), 3); k > j+len("前") && strings.HasPrefix(s[k:], "个月") {
			return k + len("个月"), partMonth
		}
	}
	k := digitsEndMax(s, j, 5) // a year or a month has at most 4 digits
	n := utf8.RuneCountInString(s[j:k])
	switch {
	case n == 4 && strings.HasPrefix(s[k:], "年"):
		return k + len("年"), partYear
	case n > 0 && strings.HasPrefix(s[k:], "年来"):
		return k + len("年来"), partOther
	case n >= 1 && n <= 2:
		if m, ok := monthRange(s, k); ok {
			return monthTail(s, m), partMonth
		}
		if strings.HasPrefix(s[k:], "月") {
			return monthTail(s, k+len("月")), partMonth
		}
		if last == partMonth && (strings.HasPrefix(s[k:], "日") || strings.HasPrefix(s[k:], "号")) {
			return k + len("日"), partOther
		}
	case n == 0 && (last == partYear || last == partNone):
		if c := numeralEnd(s, j, 3); c > j && c-j <= len("十二") && strings.HasPrefix(s[c:], "月") && !strings.HasPrefix(s[j:], "两") {
			m := c + len("月")
			if last == partYear || strings.HasPrefix(s[m:], "份") || strings.HasPrefix(s[m:], "底") ||
				strings.HasPrefix(s[m:], "末") || strings.HasPrefix(s[m:], "初") {
				return monthTail(s, m), partMonth
			}
		}
	}
	return j, partNone
}

// quarterAt returns the end of 一季度 … 四季度 (or 1季度) at s[j:], or 0.
func quarterAt(s string, j int) int {
	r, size := utf8.DecodeRuneInString(s[j:])
	if strings.ContainsRune("一二三四1234", r) && strings.HasPrefix(s[j+size:], "季度") {
		return j + size + len("季度")
	}
	return 0
}

// monthRange reads the rest of 1-3月 or 1至9月 from k, the end of the first
// month, and returns the end of 月.
func monthRange(s string, k int) (int, bool) {
	for _, sep := range []string{"-", "—", "－", "至", "~", "～", "到"} {
		if strings.HasPrefix(s[k:], sep) {
			m := digitsEndMax(s, k+len(sep), 3)
			if n := utf8.RuneCountInString(s[k+len(sep) : m]); n >= 1 && n <= 2 && strings.HasPrefix(s[m:], "月") {
				return m + len("月"), true
			}
			return 0, false
		}
	}
	return 0, false
}

// monthTail reads 份, 末, 底, 初 or a ten-day word after a month.
func monthTail(s string, m int) int {
	m = extendWords(s, m, len(s), "份")
	for _, w := range []string{"末", "底", "初", "上旬", "中旬", "下旬"} {
		if strings.HasPrefix(s[m:], w) {
			return m + len(w)
		}
	}
	return m
}

// numeralEnd returns the end of the Chinese numeral at s[j:], reading at
// most n characters.
func numeralEnd(s string, j, n int) int {
	for ; j < len(s) && n > 0; n-- {
		r, size := utf8.DecodeRuneInString(s[j:])
		if !strings.ContainsRune("零〇一二两三四五六七八九十", r) && !isDigitRune(r) {
			break
		}
		j += size
	}
	return j
}

// quoteSpans are the short spans inside quotation marks and titles: “…”,
// ‘…’, 《…》, 「…」 of at most maxQuoted characters, each ending at a newline
// when unclosed. A short quotation is a name or a slogan (“九大攻坚”); a
// long one is reported speech, whose figures are figures (“一个多亿的…”).
// Nested quotations are tracked by kind (“…‘宅经济’…”).
type quoteSpans struct {
	spans [4][]span
	next  [4]int
}

// maxQuoted is the longest quotation taken for a name: 《促进工业投资倍增三年行动计划》
// has 14 characters.
const maxQuoted = 20

var quotePairs = [4][2]rune{{'“', '”'}, {'‘', '’'}, {'《', '》'}, {'「', '」'}}

func newQuoteSpans(s string) quoteSpans {
	var q quoteSpans
	open := [4]int{-1, -1, -1, -1}
	for i, r := range s {
		if r == '\n' {
			open = [4]int{-1, -1, -1, -1}
			continue
		}
		for k, p := range quotePairs {
			switch r {
			case p[0]:
				open[k] = i
			case p[1]:
				if open[k] >= 0 && utf8.RuneCountInString(s[open[k]:i]) <= maxQuoted+1 {
					q.spans[k] = append(q.spans[k], span{open[k], i})
				}
				open[k] = -1
			}
		}
	}
	return q
}

// inside reports whether offset i is between a pair of quotation marks.
// Successive calls must not decrease i.
func (q *quoteSpans) inside(i int) bool {
	for k := range q.spans {
		sp := q.spans[k]
		for q.next[k] < len(sp) && sp[q.next[k]].end < i {
			q.next[k]++
		}
		if n := q.next[k]; n < len(sp) && sp[n].start < i && i < sp[n].end {
			return true
		}
	}
	return false
}

// halfFigures returns the halves a qualifier bounds: 不到半小时 is under
// half an hour. The parser reads no 半; a half without a qualifier (上半年,
// 半年度) is left alone.
func halfFigures(s string) []xItem {
	var out []xItem
	for off := 0; ; {
		k := strings.Index(s[off:], "半")
		if k < 0 {
			return out
		}
		at := off + k
		off = at + len("半")
		b, word := halfBound(s[:at])
		if word == "" {
			continue
		}
		u, n := halfUnit(s[off:])
		if n == 0 {
			continue
		}
		it := xItem{}
		it.Kind = FigureKind
		it.Start, it.End = at-len(word), off+n
		it.Quantity = Quantity{value: decimal.New(5, -1), unit: u, bound: b}
		it.Note = "半 is one half"
		it.fig.Unit = "半" // not unitless: a list does not give it a unit
		out = append(out, it)
	}
}

func halfBound(before string) (Bound, string) {
	for _, w := range []struct {
		w string
		b Bound
	}{{"不到", Under}, {"不足", Under}, {"将近", Nearly}, {"接近", Nearly}, {"近", Nearly}, {"大约", About}, {"约", About}, {"超过", Over}, {"逾", Over}} {
		if strings.HasSuffix(before, w.w) {
			return w.b, w.w
		}
	}
	return 0, ""
}

func halfUnit(after string) (Unit, int) {
	for _, w := range []struct {
		w string
		u Unit
	}{{"个小时", Hours}, {"小时", Hours}, {"个月", Months}, {"年", Years}, {"天", Days}} {
		if strings.HasPrefix(after, w.w) {
			return w.u, len(w.w)
		}
	}
	return Unit{}, 0
}

// numberToken is a run of digits with an optional decimal part, as the
// figure-coverage tool counts them (\d+(?:\.\d+)?), with its kind.
type numberToken struct {
	start, end int
	intEnd     int // the end of the integer digits
	kind       NumberKind
	note       string
}

func isDigitRune(r rune) bool { return '0' <= r && r <= '9' || '０' <= r && r <= '９' }

// digitsEnd returns the end of the run of digits at s[j:].
func digitsEnd(s string, j int) int { return digitsEndMax(s, j, len(s)) }

// digitsEndMax returns the end of the run of digits at s[j:], reading at
// most n digits.
func digitsEndMax(s string, j, n int) int {
	for ; j < len(s) && n > 0; n-- {
		r, size := utf8.DecodeRuneInString(s[j:])
		if !isDigitRune(r) {
			break
		}
		j += size
	}
	return j
}

func lastRune(s string) rune {
	r, _ := utf8.DecodeLastRuneInString(s)
	return r
}

// digitsStart returns the start of the run of digits that ends at j.
func digitsStart(s string, j int) int {
	for j > 0 {
		r, size := utf8.DecodeLastRuneInString(s[:j])
		if !isDigitRune(r) {
			break
		}
		j -= size
	}
	return j
}

// numberTokens returns the numbers of s in reading order, classified.
func numberTokens(s string) []numberToken {
	var out []numberToken
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if !isDigitRune(r) {
			i += size
			continue
		}
		t := numberToken{start: i}
		t.intEnd = digitsEnd(s, i)
		t.end = t.intEnd
		if t.end < len(s) && s[t.end] == '.' {
			if k := digitsEnd(s, t.end+1); k > t.end+1 {
				t.end = k
			}
		}
		t.kind, t.note = classifyNumber(s, t)
		out = append(out, t)
		i = t.end
	}
	return out
}

// classifyNumber applies the figure-coverage tool's rules for the numbers
// that are not figures: dates, clock times and digits inside names.
func classifyNumber(s string, t numberToken) (NumberKind, string) {
	intOnly := t.end == t.intEnd
	n := utf8.RuneCountInString(s[t.start:t.intEnd])
	before, after := s[:t.start], s[t.intEnd:]
	if intOnly {
		switch {
		case n == 4 && strings.HasPrefix(after, "年"):
			return DateKind, "year"
		case n <= 2 && monthRangeFirst(s, t.intEnd):
			return DateKind, "month range"
		case n <= 2 && strings.HasPrefix(after, "月"):
			return DateKind, "month"
		case n <= 2 && strings.HasSuffix(before, "月") && strings.HasPrefix(after, "日"):
			return DateKind, "day"
		case n == 1 && strings.HasSuffix(before, "前") && strings.HasPrefix(after, "个月"):
			return DateKind, "months so far"
		case strings.HasPrefix(after, "年来"):
			return DateKind, "a span of years"
		case strings.HasPrefix(after, ":") && digitsEndMax(s, t.intEnd+1, 1) > t.intEnd+1:
			return TimeKind, "clock time"
		case strings.HasSuffix(before, "已经") && strings.HasPrefix(after, "点"):
			return TimeKind, "clock time"
		case n == 4 && (strings.HasPrefix(after, "“") || strings.HasPrefix(after, "中国投资")):
			return NameKind, "a year in a name"
		case strings.HasPrefix(after, "G"):
			return NameKind, "digits glued to G"
		case s[t.start:t.intEnd] == "500" && strings.HasPrefix(after, "强") &&
			(strings.HasSuffix(before, "世界") || strings.HasSuffix(before, "中国")):
			return NameKind, "a ranking's name"
		case strings.HasSuffix(before, "“") && quotedDigits(s, t.intEnd):
			return NameKind, "a quoted number"
		case strings.HasSuffix(before, "+") && strings.HasPrefix(after, "+N"):
			return NameKind, "a quoted number"
		case anniversary(after):
			return NameKind, "an anniversary's name"
		case strings.HasSuffix(before, "成立") && strings.HasPrefix(after, "周年"):
			return NameKind, "an anniversary's name"
		case strings.HasPrefix(after, "英寸"):
			return NameKind, "a wafer size in a project's name"
		case strings.HasPrefix(after, "类创新药"):
			return NameKind, "a drug class"
		case strings.HasSuffix(before, "科技新") && strings.HasPrefix(after, "条"):
			return NameKind, "a policy's name"
		}
	}
	switch {
	case strings.HasSuffix(before, "+") && quotedSecond(s, t.start-1):
		return NameKind, "a quoted number"
	case strings.HasSuffix(before, ":") && isDigitRune(lastRune(s[:t.start-1])):
		return TimeKind, "clock time"
	}
	return FigureKind, ""
}

// monthRangeFirst reports whether s[k:] continues the first month of a
// range to its last: -3月 of 1-3月, 至9月 of 1至9月.
func monthRangeFirst(s string, k int) bool {
	for _, sep := range []string{"-", "—", "至"} {
		if strings.HasPrefix(s[k:], sep) {
			m := digitsEndMax(s, k+len(sep), 3)
			n := utf8.RuneCountInString(s[k+len(sep) : m])
			return n >= 1 && n <= 2 && strings.HasPrefix(s[m:], "月")
		}
	}
	return false
}

// quotedDigits reports whether s[k:] closes a quoted number after its
// first digits: ” of “1339”, +474” of “1+474”, +5+N” of “1+5+N”.
func quotedDigits(s string, k int) bool {
	for strings.HasPrefix(s[k:], "+") {
		m := digitsEnd(s, k+1)
		if m == k+1 {
			break
		}
		k = m
	}
	if strings.HasPrefix(s[k:], "+N") {
		k += len("+N")
	}
	return strings.HasPrefix(s[k:], "”")
}

// quotedSecond reports whether the + at plus follows “ and digits: the
// 474 of “1+474”.
func quotedSecond(s string, plus int) bool {
	d := digitsStart(s, plus)
	return d < plus && strings.HasSuffix(s[:d], "“")
}

// anniversary reports whether after continues N年 or N周年 into a title
// such as 辉煌70年 追梦新时代 or 70周年主题活动.
func anniversary(after string) bool {
	for _, y := range []string{"年", "周年"} {
		rest, ok := strings.CutPrefix(after, y)
		if !ok {
			continue
		}
		if r, size := utf8.DecodeRuneInString(rest); unicode.IsSpace(r) {
			rest = rest[size:]
		}
		if strings.HasPrefix(rest, "追梦") || strings.HasPrefix(rest, "主题") {
			return true
		}
	}
	return false
}

// ExtractScore measures Extract against the curated catalogue: for each
// fact read from a seed, whether Extract finds a figure where the fact's
// quote prints its figure, and whether it reads it with the same value ×
// 10^multiplier, unit, bound and sign. A fact whose figure the catalogue
// reads with the help of its neighbours (16.8 of 16.8、20.2个百分点, read
// 16.8个百分点) counts only if Extract reads it the same way.
type ExtractScore struct {
	Facts int // the facts read from a seed
	Found int // those whose figure Extract finds as a figure in place
	Right int // those found with the catalogue's value, unit, bound and sign
	// SameMeasure counts the facts found whose measure hint is the fact's
	// measure, a check of the hints.
	SameMeasure int
	// Misses are the facts not found or not right, in catalogue order.
	Misses []ExtractMiss
}

// ExtractMiss is a curated fact that Extract does not find, or reads
// otherwise: 8 of 联合市财政、建设等8部门, which the catalogue reads as 8个.
type ExtractMiss struct {
	ID     string    // the fact's ID
	Source Source    // the fact's first source
	Figure string    // the figure as the quote prints it: "8"
	Want   Quantity  // the catalogue's reading: 8个
	Got    Extracted // what Extract read there; Kind 0 when it found no number
	Why    string    // what differs: "not found", "date, not a figure", "unit", "value", "sign", "bound", "high end"
}

// String returns the score as "recall 305/305 (100.0%), accuracy 304/305
// (99.7%), measure hints 298/305 (97.7%)": recall is Found/Facts, accuracy
// Right/Found and the measure hints SameMeasure/Found, in percent to one
// decimal.
func (s ExtractScore) String() string {
	return fmt.Sprintf("recall %d/%d (%s%%), accuracy %d/%d (%s%%), measure hints %d/%d (%s%%)",
		s.Found, s.Facts, percent(s.Found, s.Facts), s.Right, s.Found, percent(s.Right, s.Found),
		s.SameMeasure, s.Found, percent(s.SameMeasure, s.Found))
}

// percent returns 100·n/d with one decimal, rounded half away from zero.
func percent(n, d int) string {
	if d == 0 {
		return "0.0"
	}
	return decimal.NewFromInt(int64(n)*100).DivRound(decimal.NewFromInt(int64(d)), 1).StringFixed(1)
}

// String returns the miss as one line: its ID, file and offset, the
// figure, the catalogue's reading, Extract's, and why they differ.
func (m ExtractMiss) String() string {
	got := "nothing"
	if m.Got.Kind != 0 {
		got = fmt.Sprintf("%s %q", m.Got.Kind, m.Got.Text)
		if !m.Got.Quantity.IsZero() {
			got += " = " + m.Got.Quantity.String()
		}
	}
	return fmt.Sprintf("%s (%s@%d) %q: want %s, got %s: %s", m.ID, m.Source.File, m.Source.Start, m.Figure, m.Want, got, m.Why)
}

// ScoreExtract runs Extract on each seed and scores it against the facts
// of c read from the seeds (see ExtractScore): the fact
// jinan.gdp.growth.2020-q1, figure 下降4.4% in the quote 同比下降4.4%, is
// right when Extract reads −4.4% there. It computes afresh on each call.
func (c *Catalogue) ScoreExtract() ExtractScore {
	printedFigure := map[string]string{}
	for _, s := range seedCatalogue() {
		for _, e := range s.entries {
			printedFigure[e.id] = e.figure
		}
	}
	found := map[string][]Extracted{}
	var sc ExtractScore
	for _, f := range c.facts {
		if f.derived || len(f.sources) == 0 {
			continue
		}
		sc.Facts++
		src := f.sources[0]
		miss := ExtractMiss{ID: f.id, Source: src, Figure: printedFigure[f.id], Want: f.quantity}
		items, ok := found[src.File]
		if !ok {
			if doc, err := DocumentByFile(src.File); err == nil {
				if text, err := doc.Text(); err == nil {
					items = ExtractBytes(text)
				}
			}
			found[src.File] = items
		}
		at := strings.Index(src.Quote, miss.Figure)
		if miss.Figure == "" || at < 0 {
			miss.Why = "the catalogue's figure is not in its quote"
			sc.Misses = append(sc.Misses, miss)
			continue
		}
		miss.Got = itemAt(items, src.Start+at, src.Start+at+len(miss.Figure))
		switch {
		case miss.Got.Kind == 0:
			miss.Why = "not found"
		case miss.Got.Kind != FigureKind:
			miss.Why = miss.Got.Kind.String() + ", not a figure"
		default:
			sc.Found++
			if miss.Got.Measure == f.key.Measure {
				sc.SameMeasure++
			}
			miss.Why = quantityDiff(f.quantity, miss.Got.Quantity)
		}
		if miss.Why == "" {
			sc.Right++
			continue
		}
		sc.Misses = append(sc.Misses, miss)
	}
	return sc
}

// itemAt returns the item that overlaps [start, end) most, a figure before
// any other kind, or the zero Extracted.
func itemAt(items []Extracted, start, end int) Extracted {
	lo, hi := 0, len(items)
	for lo < hi { // the first item ending after start
		m := (lo + hi) / 2
		if items[m].End <= start {
			lo = m + 1
		} else {
			hi = m
		}
	}
	var best Extracted
	bestOverlap := 0
	for _, it := range items[lo:] {
		if it.Start >= end {
			break
		}
		o := min(end, it.End) - max(start, it.Start)
		better := o > bestOverlap
		if best.Kind != 0 && (best.Kind == FigureKind) != (it.Kind == FigureKind) {
			better = it.Kind == FigureKind
		}
		if better {
			best, bestOverlap = it, o
		}
	}
	return best
}

// quantityDiff says how got differs from want: "" when they are the same
// value × 10^multiplier in the same unit with the same bound and sign.
func quantityDiff(want, got Quantity) string {
	switch {
	case got.IsZero():
		return "no reading"
	case want.Unit() != got.Unit():
		return "unit"
	case want.Bound() != got.Bound():
		return "bound"
	case want.Value().Sign()*got.Value().Sign() < 0:
		return "sign"
	case !want.Equal(got):
		if want.Rat().Cmp(got.Rat()) == 0 {
			return "high end"
		}
		return "value"
	}
	return ""
}
