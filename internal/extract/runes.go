package extract

import (
	"sync"
	"unicode/utf8"
)

// The scan looks each rune of the Basic Multilingual Plane up in one table,
// built on first use, and stops only at the classes below.
const (
	classNone    uint8 = iota
	classDigit         // a full-width digit: ０ to ９
	classNumeral       // a Chinese numeral or magnitude: 一, 两, 十, 百, 万, 亿 …; 首 of 首位
	classHalf          // 半: 不到半小时
	classPeriod        // the first rune of a period word: 今年, 上半年, 截至, 第一季度 …
)

var (
	classesOnce sync.Once
	classes     *[0x10000]uint8
)

// runeClasses returns the class of every rune of the Basic Multilingual
// Plane.
func runeClasses() *[0x10000]uint8 {
	classesOnce.Do(func() {
		t := new([0x10000]uint8)
		for r := '０'; r <= '９'; r++ {
			t[r] = classDigit
		}
		for _, r := range "零〇一二两三四五六七八九十百千万亿首" {
			t[r] = classNumeral
		}
		t['半'] = classHalf
		for _, w := range periodWords {
			r, _ := utf8.DecodeRuneInString(w)
			if t[r] == classNone {
				t[r] = classPeriod
			}
		}
		for _, r := range "截自从到第前环同" {
			if t[r] == classNone {
				t[r] = classPeriod
			}
		}
		classes = t
	})
	return classes
}

// decodeRune decodes the rune at s[i:], the three-byte runes of Chinese
// text without a call; an invalid byte is utf8.RuneError of size 1.
func decodeRune(s string, i int) (rune, int) {
	if c := s[i]; c&0xf0 == 0xe0 && i+2 < len(s) {
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

// runeBefore returns the rune that ends at s[:i], and its size; 0 at the
// start of the text.
func runeBefore(s string, i int) (rune, int) {
	if i <= 0 {
		return 0, 0
	}
	return utf8.DecodeLastRuneInString(s[:i])
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

// isPunct reports the runes that end a clause or a phrase.
func isPunct(r rune) bool {
	switch r {
	case '，', '。', '；', '：', '！', '？', ',', ';', '!', '?', '…', '、', '\n', '\r', '（', '）', '(', ')',
		'“', '”', '‘', '’', '《', '》', '「', '」', '【', '】', '[', ']', ' ', '　', '\t':
		return true
	}
	return false
}
