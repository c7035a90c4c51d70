package extract

import (
	"sync"
	"unicode/utf8"

	"github.com/jinanfacts/jinan/internal/words"
)

// The scan looks each rune of the Basic Multilingual Plane up in one table,
// built on first use, and stops only at the classes below.
const (
	classNone    uint8 = iota
	classDigit         // a full-width digit: ０ to ９
	classNumeral       // a Chinese numeral or magnitude: 一, 两, 十, 百, 万, 亿 …; 首 of 首位
	classHalf          // 半: 不到半小时
	classQuote         // a quotation mark or parenthesis: “, ”, 《, （ …
	classIdiom         // the first rune of an idiom that prints a figure: 而 of 而立之年
	// classPeriod and the classes after it are the first runes of the
	// period words (今年, 上半年, 截至, 第一季度 …), each with the index of
	// its second runes in runeTable.seconds.
	classPeriod
)

// runeTable is the class of every rune of the Basic Multilingual Plane, and
// a bit for each rune whose class is not classNone: the scan tests the
// bit, 8 KiB that stay in the cache, and reads the class only where it is
// set.
type runeTable struct {
	any   [1 << 10]uint64
	class [1 << 16]uint8
	// seconds holds, for each first rune of a period word, the second
	// runes of the words it starts.
	seconds [][]rune
}

func (t *runeTable) of(r rune) uint8 {
	if r >= 1<<16 || t.any[r>>6]&(1<<(r&63)) == 0 {
		return classNone
	}
	return t.class[r]
}

// runeSet is a set of runes of the Basic Multilingual Plane, one bit each.
type runeSet [1 << 10]uint64

func (rs *runeSet) has(r rune) bool { return r >= 0 && r < 1<<16 && rs[r>>6]&(1<<(r&63)) != 0 }

func (rs *runeSet) add(r rune) {
	if r >= 0 && r < 1<<16 {
		rs[r>>6] |= 1 << (r & 63)
	}
}

// addFirst adds the first rune of w.
func (rs *runeSet) addFirst(w string) {
	r, _ := utf8.DecodeRuneInString(w)
	rs.add(r)
}

var (
	classesOnce sync.Once
	classes     *runeTable
)

// runeClasses returns the class of every rune of the Basic Multilingual
// Plane.
func runeClasses() *runeTable {
	classesOnce.Do(func() {
		tab := new(runeTable)
		t := &tab.class
		for r := '０'; r <= '９'; r++ {
			t[r] = classDigit
		}
		for _, r := range "零〇一二两三四五六七八九十百千万亿首" {
			t[r] = classNumeral
		}
		t['半'] = classHalf
		for _, r := range "“”‘’《》「」（）" {
			t[r] = classQuote
		}
		for _, id := range words.Idioms {
			r, _ := utf8.DecodeRuneInString(id.Word)
			t[r] = classIdiom
		}
		for _, w := range append(periodWords[:], "截至", "截止", "从环", "从同", "环比", "同比", "自", "到", "第", "前") {
			r1, n := utf8.DecodeRuneInString(w)
			r2, _ := utf8.DecodeRuneInString(w[n:])
			if t[r1] == classNone {
				t[r1] = classPeriod + uint8(len(tab.seconds))
				tab.seconds = append(tab.seconds, nil)
			}
			if k := int(t[r1]) - int(classPeriod); k >= 0 && r2 != utf8.RuneError {
				tab.seconds[k] = append(tab.seconds[k], r2)
			}
		}
		for r, c := range t {
			if c != classNone {
				tab.any[r>>6] |= 1 << (r & 63)
			}
		}
		classes = tab
	})
	return classes
}

// decodeRune decodes the rune at s[i:], the three-byte runes of Chinese
// text without a call; an invalid byte is utf8.RuneError of size 1, and
// the end of s utf8.RuneError of size 0.
func decodeRune(s string, i int) (rune, int) {
	if i >= len(s) {
		return utf8.RuneError, 0
	}
	if c := s[i]; c < utf8.RuneSelf {
		return rune(c), 1
	} else if c&0xf0 == 0xe0 && i+2 < len(s) {
		c1, c2 := s[i+1], s[i+2]
		if c1&0xc0 == 0x80 && c2&0xc0 == 0x80 {
			r := rune(c&0x0f)<<12 | rune(c1&0x3f)<<6 | rune(c2&0x3f)
			if r >= 0x800 && (r < 0xd800 || r > 0xdfff) {
				return r, 3
			}
		}
	}
	return utf8.DecodeRuneInString(s[i:])
}

// decodeLastRune decodes the rune that ends at s[:i], as decodeRune does
// the rune that starts there.
func decodeLastRune(s string, i int) (rune, int) {
	switch {
	case i <= 0:
		return utf8.RuneError, 0
	case s[i-1] < utf8.RuneSelf:
		return rune(s[i-1]), 1
	case i >= 3 && s[i-3]&0xf0 == 0xe0 && s[i-2]&0xc0 == 0x80 && s[i-1]&0xc0 == 0x80:
		if r, size := decodeRune(s, i-3); size == 3 {
			return r, 3
		}
	}
	return utf8.DecodeLastRuneInString(s[:i])
}

// runeBefore returns the rune that ends at s[:i], and its size; 0 at the
// start of the text.
func runeBefore(s string, i int) (rune, int) {
	if i <= 0 {
		return 0, 0
	}
	return decodeLastRune(s, i)
}

func isDigitRune(r rune) bool { return '0' <= r && r <= '9' || '０' <= r && r <= '９' }

func isASCIILetter(c byte) bool { return 'a' <= c|0x20 && c|0x20 <= 'z' }

// isNumeralRune reports the runes of a Chinese numeral or magnitude.
func isNumeralRune(r rune) bool {
	switch r {
	case '零', '〇', '一', '二', '两', '三', '四', '五', '六', '七', '八', '九', '十', '百', '千', '万', '亿':
		return true
	}
	return false
}

// The runes that may follow or precede a number when a rule of
// classification applies: the scan tests them before the rules.

// opensDate reports the runes after the digits of a date: 2020年, 4月,
// 1-3月, 1季度.
func opensDate(r rune) bool {
	switch r {
	case '年', '月', '-', '—', '－', '至', '~', '～', '到', '季':
		return true
	}
	return false
}

// opensDayOrClock reports the runes after a day or a clock time: 15日,
// 10:00, 9时, 11点.
func opensDayOrClock(r rune) bool {
	switch r {
	case '日', '号', ':', '：', '时', '点':
		return true
	}
	return false
}

// opensName reports the runes after digits inside a name (see nameAt).
func opensName(r rune) bool {
	switch r {
	case '“', '中', '强', '英', '类', '条', '热', '号', '指', '岁', '-', '—', '至', '～', '~', '到', '年', '周', '+', '时':
		return true
	}
	return false
}

// closesName reports the runes before digits inside a name (see nameAt).
func closesName(r rune) bool {
	switch r {
	case '“', '+', '立', '新', '图', '表', '件':
		return true
	}
	return false
}

// closesNumber reports the last runes of the words before a number inside
// a name: 拨打12345, 热线12345, 电话.
func closesNumber(r rune) bool {
	switch r {
	case '打', '电', '线', '话', '码', '编', '：':
		return true
	}
	return false
}

// opensNumeralWord reports the runes after a Chinese numeral that is not a
// figure (see classifyNumeral).
func opensNumeralWord(r rune) bool {
	switch r {
	case '届', '中', '次', '大', '是', '、', '）', ')', '，', '产', '年':
		return true
	}
	return false
}

// closesNumeralWord reports the runes before such a numeral.
func closesNumeralWord(r rune) bool {
	switch r {
	case '第', '其', '（', '(':
		return true
	}
	return false
}

// isQuarter reports the numbers of a quarter: 一季度, 4季度.
func isQuarter(r rune) bool {
	switch r {
	case '一', '二', '三', '四', '1', '2', '3', '4':
		return true
	}
	return false
}
