package figure

import (
	"errors"
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/shopspring/decimal"

	"github.com/jinanfacts/jinan/internal/words"
)

// Parse reads s as exactly one figure phrase; nothing may precede or follow
// it, not even a space. Parse("逾3000万美元") is Value 3000, Magnitude 4, Unit
// "美元", Bound Over, Start 0, End 16.
//
// An error is a *ParseError wrapping ErrEmpty, ErrSyntax ("4.4.4%",
// "约超过3000", "十几", invalid UTF-8), ErrRange (more than 30 significant
// digits) or ErrUnknownUnit ("3.8亿英镑").
func Parse(s string) (Figure, error) {
	loadTables()
	if s == "" {
		return Figure{}, newParseError(s, 0, ErrEmpty, "")
	}
	if i := firstInvalid(s); i >= 0 {
		return Figure{}, newParseError(s, i, ErrSyntax, "invalid UTF-8")
	}
	p := parser{s: s}
	if err := p.phrase(); err != nil {
		return Figure{}, err
	}
	if err := p.end(); err != nil {
		return Figure{}, err
	}
	return p.figure(0), nil
}

// MustParse is Parse for figures written in code, such as the catalogue's
// MustParse("2027.00亿元"); it panics if s is not a figure phrase.
func MustParse(s string) Figure {
	f, err := Parse(s)
	if err != nil {
		panic(err)
	}
	return f
}

type rank uint8

const (
	noRank    rank = iota
	rankFirst      // 首位
	rankNth        // 第N
	rankTop        // 前N
)

var (
	// errLax is every error in lax mode: Scan discards them, so they carry
	// nothing and cost no allocation.
	errLax = errors.New("figure: not a figure")
	// errStop ends a figure in lax mode before an element that does not fit.
	errStop = errors.New("figure: end of figure")
)

// parser reads one phrase of s from i. Strict (Parse) it fails on anything
// out of place; lax (Scan) it ends the figure before an optional element
// that does not fit.
type parser struct {
	s   string
	i   int
	lax bool

	f        Figure
	hasBound bool
	rank     rank
	geDuo    bool // 个多 was read: "一个多亿", "两个多月"
	unitAt   int  // offset of the unit word

	// What Scan needs to judge the phrase.
	seen             bool // the first number has been read
	numStart, numEnd int  // span of the first number
	numChinese       bool // the first number is a Chinese numeral or a bare magnitude
	marked           bool // a unit, rank, fraction or qualifier makes it a figure
}

func (p *parser) fail(at int, err error, reason string) error {
	if p.lax {
		return errLax
	}
	return newParseError(p.s, at, err, reason)
}

// opt runs an optional element. Strict, its error is the parse error; lax,
// the parser forgets the element and the figure ends before it.
func (p *parser) opt(element func() error) error {
	saved := *p
	err := element()
	if err == nil || err == errStop || !p.lax {
		return err
	}
	*p = saved
	return errStop
}

func (p *parser) peek() (rune, int) {
	if p.i >= len(p.s) {
		return -1, 0
	}
	return utf8.DecodeRuneInString(p.s[p.i:])
}

func (p *parser) hasPrefix(w string) bool { return strings.HasPrefix(p.s[p.i:], w) }

func (p *parser) setBound(b Bound, at int) error {
	if p.hasBound {
		return p.fail(at, ErrSyntax, "two bound qualifiers")
	}
	p.f.Bound, p.hasBound = b, true
	return nil
}

func (p *parser) figure(start int) Figure {
	f := p.f
	if f.Bound == 0 {
		f.Bound = Exact
	}
	f.Start, f.End = start, p.i
	return f
}

// phrase reads a whole phrase. Lax, it may end early with errStop.
func (p *parser) phrase() error {
	if err := p.prefixes(); err != nil {
		return err
	}
	switch p.rank {
	case rankFirst:
		return nil
	case rankNth, rankTop:
		return p.rankTail()
	}
	return p.quantity()
}

// prefixes reads what comes before the number: a rank word, or a
// comparison, a direction, an exact word and a bound qualifier, in order.
func (p *parser) prefixes() error {
	at := p.i
	if p.i < len(p.s) && isDigit(rune(p.s[p.i])) {
		return nil // no word before the number: 2027.00亿元
	}
	switch {
	case p.hasPrefix("首位"):
		p.i += len("首位")
		p.rank, p.marked = rankFirst, true
		p.seen, p.numChinese, p.numStart, p.numEnd = true, true, at, p.i
		p.f.Ordinal, p.f.Value, p.f.Unit = true, Decimal(1, 0), "位"
		return nil
	case p.hasPrefix("第"):
		p.i += len("第")
		p.rank, p.marked, p.f.Ordinal = rankNth, true, true
		return nil
	case p.hasPrefix("前"):
		p.i += len("前")
		p.rank, p.marked, p.f.Ordinal = rankTop, true, true
		return p.setBound(AtMost, at)
	}
	if _, n, ok := match(p.s, p.i, comparisons); ok {
		p.i += n
		if _, _, ok := match(p.s, p.i, directions); !ok {
			return p.fail(p.i, ErrSyntax, "同比 or 环比 not followed by a direction such as 增长 or 下降")
		}
	}
	if neg, n, ok := match(p.s, p.i, directions); ok {
		p.f.Negative = neg
		p.i += n
	}
	if _, n, ok := match(p.s, p.i, exactWords); ok {
		p.i += n
	}
	for {
		b, n, ok := match(p.s, p.i, preBounds)
		if !ok {
			return nil
		}
		if err := p.setBound(b, p.i); err != nil {
			return err
		}
		p.i += n
	}
}

// rankTail reads the N of 第N or 前N and an optional unit.
func (p *parser) rankTail() error {
	at := p.i
	if p.i == len(p.s) {
		return p.fail(at, ErrSyntax, "missing number after "+p.s[at-len("第"):at])
	}
	v, err := p.integer()
	if err != nil {
		return err
	}
	if v.Sign() <= 0 {
		return p.fail(at, ErrSyntax, "a rank starts at 1")
	}
	p.f.Value = v
	unitAt := p.i
	u, n, ok := match(p.s, p.i, units)
	switch {
	case !ok:
		// In running text 前三季度 is a period, not a rank.
		if r, _ := p.peek(); p.lax && p.rank == rankTop && unicode.IsLetter(r) {
			return errLax
		}
		return nil
	case p.rank == rankTop && !rankUnits[u]:
		return p.fail(unitAt, ErrSyntax, "前N"+u+" is a period, not a rank")
	}
	p.i += n
	p.f.Unit = u
	return nil
}

// quantity reads the number, or a bare magnitude, or a fraction, and what
// follows it.
func (p *parser) quantity() error {
	at := p.i
	if p.i < len(p.s) && isDigit(rune(p.s[p.i])) {
		v, err := p.number()
		if err != nil {
			return err
		}
		if p.hasPrefix("分之") {
			return p.fraction(at, v)
		}
		p.f.Value = v
		return p.tail()
	}
	switch {
	case p.hasPrefix("百分之"):
		p.i += len("百分之")
		return p.numerator(0, "%")
	case p.hasPrefix("千分之"):
		p.i += len("千分之")
		return p.numerator(1000, "fraction")
	}
	if mag, n, ok := match(p.s, p.i, magnitudes); ok && mag != 3 && !p.unitOver(n) {
		// A bare 千 is no figure: 千家万户.
		p.i += n
		if p.hasPrefix("分之") { // 万分之一
			p.i += len("分之")
			return p.numerator(pow10(mag), "fraction")
		}
		p.f.Value, p.f.Magnitude = Decimal(1, 0), mag
		p.seen, p.numChinese, p.numStart, p.numEnd = true, true, at, p.i
		p.marked = p.hasBound // 过万亿 is a figure, 万亿俱乐部 a name
		return p.tail()
	}
	if p.hasPrefix("半") {
		return p.half()
	}
	if ok := p.idiom(); ok {
		return nil
	}
	v, err := p.number()
	if err != nil {
		return err
	}
	if p.hasPrefix("分之") {
		return p.fraction(at, v)
	}
	p.f.Value = v
	return p.tail()
}

// half reads 半 before a unit of time, as one half of it: 半小时 is 0.5
// hours, 不到半小时 under half an hour. Any other 半 is no number (the 半
// of 上半年 starts no phrase).
func (p *parser) half() error {
	at := p.i
	j := at + len("半")
	u, n, ok := match(p.s, j, halfUnits)
	if !ok {
		return p.fail(at, ErrSyntax, "半 not followed by a unit of time")
	}
	p.seen, p.numChinese, p.numStart, p.numEnd = true, true, at, j
	p.f.Value, p.f.Unit, p.unitAt, p.marked = Decimal(5, -1), u, j, true
	p.i = j + n
	return p.opt(p.postUnit)
}

// idiom reads an idiom that words.Idioms lists as a figure, bare or in
// Chinese quotation marks: 而立之年 and “而立之年” are 30 years. It reports
// false, reading nothing, where no listed idiom starts.
func (p *parser) idiom() bool {
	j := p.i
	quoted := strings.HasPrefix(p.s[j:], "“")
	if quoted {
		j += len("“")
	}
	k, n, ok := match(p.s, j, idioms)
	end := j + n
	switch {
	case !ok:
		return false
	case quoted && !strings.HasPrefix(p.s[end:], "”"):
		return false
	case quoted:
		end += len("”")
	}
	id := words.Idioms[k]
	p.seen, p.numChinese, p.numStart, p.numEnd = true, true, j, j+n
	p.f.Value, p.f.Unit, p.unitAt, p.marked = Decimal(id.Value, 0), id.Unit, j, true
	p.i = end
	return true
}

// fraction reads the rest of X分之Y from 分之, where v is X, read at at.
func (p *parser) fraction(at int, v decimal.Decimal) error {
	den := v.BigInt()
	switch {
	case v.Exponent() != 0:
		return p.fail(at, ErrSyntax, "denominator is not a whole number")
	case den.Sign() == 0:
		return p.fail(at, ErrSyntax, "zero denominator")
	case den.IsInt64() && den.Int64() == 1:
		return p.fail(at, ErrSyntax, "a denominator of 1 is no fraction")
	case !den.IsInt64():
		return p.fail(at, ErrRange, "denominator too large")
	}
	p.i += len("分之")
	return p.numerator(den.Int64(), "fraction")
}

// numerator reads the Y of X分之Y; den 0 means 百分之Y, a percentage.
func (p *parser) numerator(den int64, unit string) error {
	if p.i == len(p.s) {
		return p.fail(p.i, ErrSyntax, "fraction without numerator")
	}
	read := p.integer
	if den == 0 {
		read = p.number
	}
	v, err := read()
	if err != nil {
		return err
	}
	p.f.Value, p.f.Den, p.f.Unit, p.marked = v, den, unit, true
	return p.opt(p.postUnit)
}

func pow10(n int) int64 {
	v := int64(1)
	for range n {
		v *= 10
	}
	return v
}

// tail reads what follows the number: magnitude, range, 余 or 多, unit and
// a qualifier after the unit. "3000多万元" and "1万多元" are both accepted.
func (p *parser) tail() error {
	p.magnitude()
	if !p.atRange() {
		if mayStartAt(p, numberBounds) || p.hasPrefix("个多") {
			if err := p.opt(p.approx); err != nil {
				return err
			}
			p.magnitude()
		}
		if mayStartAt(p, units) || p.geDuo {
			if err := p.opt(p.unit); err != nil {
				return err
			}
		}
	}
	if p.atRange() {
		if err := p.opt(p.rangeTail); err != nil {
			return err
		}
	}
	if !mayStartAt(p, postBounds) && !p.hasPrefix("级") && !p.hasPrefix("内") && !p.hasPrefix("多") {
		return nil // nothing after the unit: the element would not change the figure
	}
	return p.opt(p.postUnit)
}

// mayStartAt reports whether a word of table may start at p.i: the test
// before an optional element, which copies the parser to undo it.
func mayStartAt[V any](p *parser, table wordTable[V]) bool {
	if p.i >= len(p.s) || table.first == nil {
		return false
	}
	r, _ := decodeRune(p.s, p.i)
	return table.first.has(r)
}

func (p *parser) magnitude() {
	if p.f.Magnitude != 0 {
		return
	}
	if m, n, ok := match(p.s, p.i, magnitudes); ok && !p.unitOver(n) {
		p.f.Magnitude = m
		p.i += n
	}
}

// unitOver reports whether a unit word at p.i is at least n bytes long:
// the 千 of 千瓦, 千克 and 千米 starts a unit, not the magnitude of 5823.6千公顷.
func (p *parser) unitOver(n int) bool {
	_, u, ok := match(p.s, p.i, units)
	return ok && u >= n
}

func (p *parser) atRange() bool {
	_, _, ok := match(p.s, p.i, rangeSeps)
	return ok
}

// number reads an Arabic or a Chinese number.
func (p *parser) number() (decimal.Decimal, error) {
	at := p.i
	r, _ := p.peek()
	var v decimal.Decimal
	chinese := false
	switch {
	case isDigit(narrow(r)):
		var err error
		if v, err = p.arabic(); err != nil {
			return v, err
		}
	case isCnNumeral(r):
		n, err := p.chinese()
		if err != nil {
			return v, err
		}
		v, chinese = Decimal(n, 0), true
	default:
		return v, p.fail(at, ErrSyntax, p.expected(r))
	}
	if !p.seen {
		p.seen, p.numChinese, p.numStart, p.numEnd = true, chinese, at, p.i
	}
	return v, nil
}

// integer reads a whole number: a rank, a denominator, a numerator.
func (p *parser) integer() (decimal.Decimal, error) {
	at := p.i
	v, err := p.number()
	if err == nil && v.Exponent() != 0 {
		err = p.fail(at, ErrSyntax, "not a whole number")
	}
	return v, err
}

// expected says why r cannot start a number.
func (p *parser) expected(r rune) string {
	switch {
	case r < 0:
		return "missing number"
	case unicode.IsSpace(r):
		return "space is not part of a figure"
	case strings.ContainsRune("+-−－＋", r):
		return "a sign is not part of a figure; a word such as 下降 states the direction"
	case narrow(r) == '.':
		return "decimal point without a digit before it"
	case r == '几', r == '数' && isCnNumeral(runeAt(p.s, p.i+len("数"))):
		return "vague numeral"
	case r == '分':
		return "fraction without denominator"
	}
	return "expected a number"
}

func runeAt(s string, i int) rune {
	if i >= len(s) {
		return -1
	}
	r, _ := utf8.DecodeRuneInString(s[i:])
	return r
}

// approx reads 余 or 多 after the number (2800余人, 130多个), or 个多 before a
// magnitude or a unit (一个多亿, 两个多月).
func (p *parser) approx() error {
	at := p.i
	b, n, ok := match(p.s, p.i, numberBounds)
	switch {
	case ok:
	case p.hasPrefix("个多") && p.geDuoFits(p.i+len("个多")):
		b, n, p.geDuo = Over, len("个多"), true
	default:
		return nil
	}
	if err := p.setBound(b, at); err != nil {
		return err
	}
	p.i += n
	p.marked = true
	return nil
}

// geDuoFits reports whether 个多 at p.i is "more than" (一个多亿, 一个多小时)
// rather than the counter 个 before a word (3个多功能厅).
func (p *parser) geDuoFits(j int) bool {
	if j == len(p.s) {
		return true
	}
	if _, _, ok := match(p.s, j, magnitudes); ok {
		return true
	}
	if _, _, ok := match(p.s, j, afterGe); ok {
		return true
	}
	if _, _, ok := match(p.s, j, units); ok {
		return true
	}
	return !unicode.IsLetter(runeAt(p.s, j))
}

// unit reads the unit word and a printed alternative: 支（粒）.
func (p *parser) unit() error {
	at := p.i
	var u string
	var n int
	var ok bool
	if p.geDuo {
		if u, n, ok = match(p.s, p.i, afterGe); !ok {
			u, n, ok = match(p.s, p.i, units)
		}
		if !ok && p.f.Magnitude == 0 { // 三个多 counts 个
			u, ok = "个", true
		}
	} else {
		u, n, ok = match(p.s, p.i, units)
	}
	if !ok {
		return nil
	}
	if p.f.Magnitude != 0 && (ratioUnits[u] || deadlineUnits[u]) {
		return p.fail(at, ErrSyntax, "a magnitude cannot scale "+u)
	}
	if deadlineUnits[u] { // 9月底前: by the end of month 9, at the latest
		if !p.f.Value.IsInteger() || p.f.Value.Sign() <= 0 || p.f.Value.Cmp(Decimal(12, 0)) > 0 {
			return p.fail(at, ErrSyntax, "a deadline's month is a whole number from 1 to 12")
		}
		if err := p.setBound(AtMost, at); err != nil {
			return err
		}
	}
	if u == "强" { // 世界500强: the top 500
		if err := p.setBound(AtMost, at); err != nil {
			return err
		}
		p.f.Ordinal = true
	}
	p.i += n
	p.f.Unit, p.unitAt, p.marked = u, at, true
	if n == 0 || p.s[at:p.i] != u {
		return nil // only a unit printed in canonical form takes an alternative
	}
	return p.opt(p.alternative)
}

// alternative reads a second counter in parentheses after the unit, as in
// 3862万支（粒）; the unit is then kept as printed.
func (p *parser) alternative() error {
	var closer string
	switch {
	case p.hasPrefix("（"):
		closer = "）"
	case p.hasPrefix("("):
		closer = ")"
	default:
		return nil
	}
	j := p.i + len(closer) // each opener is as long as its closer
	_, n, ok := match(p.s, j, units)
	if !ok || !strings.HasPrefix(p.s[j+n:], closer) {
		return p.fail(p.i, ErrSyntax, "a parenthesis after a unit must hold another unit, as in 支（粒）")
	}
	p.i = j + n + len(closer)
	p.f.Unit = strings.Clone(p.s[p.unitAt:p.i])
	return nil
}

// rangeTail reads the separator and upper end of a range: 3-5年, 1.5%—5%,
// 3万—5万元. Both ends share the magnitude and the unit.
func (p *parser) rangeTail() error {
	if err := p.setBound(Range, p.i); err != nil {
		return err
	}
	_, n, _ := match(p.s, p.i, rangeSeps)
	p.i += n
	if p.i == len(p.s) {
		return p.fail(p.i, ErrSyntax, "missing upper end of range")
	}
	hiAt := p.i
	hi, err := p.number()
	if err != nil {
		return err
	}
	magAt := p.i
	mag := 0
	if m, n, ok := match(p.s, p.i, magnitudes); ok {
		mag = m
		p.i += n
	}
	switch {
	case p.f.Magnitude != 0 && mag != p.f.Magnitude:
		return p.fail(magAt, ErrSyntax, "range ends differ in magnitude")
	case hi.Cmp(p.f.Value) <= 0:
		return p.fail(hiAt, ErrSyntax, "upper end of range not above lower end")
	}
	p.f.Magnitude = mag
	unitAt := p.i
	u, n, _ := match(p.s, p.i, units)
	if p.f.Unit != "" && u != p.f.Unit {
		return p.fail(unitAt, ErrSyntax, "range ends differ in unit")
	}
	if u != "" && p.f.Magnitude != 0 && ratioUnits[u] {
		return p.fail(unitAt, ErrSyntax, "a magnitude cannot scale "+u)
	}
	p.i += n
	p.f.High, p.f.Unit = hi, u
	p.marked = p.marked || u != ""
	return nil
}

// postUnit reads a qualifier after the unit: 以上, 左右, 以下, 以内; 内 and 多
// after a period (3年内, 一年多); 级 after a magnitude (百亿级).
func (p *parser) postUnit() error {
	at := p.i
	b, n, ok := match(p.s, p.i, postBounds)
	switch {
	case ok:
	case p.hasPrefix("级"):
		if p.f.Magnitude == 0 {
			return p.fail(at, ErrSyntax, "级 marks a class such as 百亿级 and needs a magnitude")
		}
		b, n = AtLeast, len("级")
	case p.hasPrefix("内") && timeUnits[p.f.Unit]:
		b, n = AtMost, len("内")
	case p.hasPrefix("多") && timeUnits[p.f.Unit]:
		b, n = Over, len("多")
	default:
		return nil
	}
	if err := p.setBound(b, at); err != nil {
		return err
	}
	p.i += n
	p.marked = true
	return nil
}

// end checks, for Parse, that the phrase is the whole input, and says what
// follows it otherwise.
func (p *parser) end() error {
	r, _ := p.peek()
	switch {
	case r < 0:
		return nil
	case r == '几':
		return p.fail(p.i, ErrSyntax, "vague numeral 几")
	case (r == '万' || r == '亿') && p.f.Magnitude != 0:
		return p.fail(p.i, ErrSyntax, "second magnitude")
	case numeralish(r):
		return p.fail(p.i, ErrSyntax, fmt.Sprintf("unexpected numeral %q", r))
	case narrow(r) < utf8.RuneSelf && unicode.IsLetter(narrow(r)):
		return p.fail(p.i, ErrSyntax, fmt.Sprintf("letter %q after the number", r))
	case p.hasBound && p.qualifierAt():
		return p.fail(p.i, ErrSyntax, "two bound qualifiers")
	case unicode.IsLetter(r):
		if p.f.Unit == "" {
			return p.fail(p.i, ErrUnknownUnit, fmt.Sprintf("unknown unit %q", p.word()))
		}
		return p.fail(p.i, ErrUnknownUnit, fmt.Sprintf("unexpected word %q after the unit", p.word()))
	case unicode.IsSpace(r):
		return p.fail(p.i, ErrSyntax, "space is not part of a figure")
	}
	return p.fail(p.i, ErrSyntax, fmt.Sprintf("unexpected %q", r))
}

// word returns up to four letters at p.i, to name an unknown unit.
func (p *parser) word() string {
	j := p.i
	for k := 0; k < 4 && j < len(p.s); k++ {
		r, size := utf8.DecodeRuneInString(p.s[j:])
		if !unicode.IsLetter(r) {
			break
		}
		j += size
	}
	return p.s[p.i:j]
}

// qualifierAt reports whether a qualifier written after a figure starts at
// p.i: 以上, 左右, 以下, 以内, 级.
func (p *parser) qualifierAt() bool {
	_, _, ok := match(p.s, p.i, postBounds)
	return ok || p.hasPrefix("级")
}
