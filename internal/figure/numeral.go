package figure

import (
	"math/big"
	"unicode/utf8"

	"github.com/shopspring/decimal"
	"golang.org/x/text/width"
)

// maxDigits bounds the significant digits and the decimals of a number:
// no statistic is printed with more, and the bound keeps every read short.
const maxDigits = 30

// narrow folds a full-width form (０ to ９, ．, ％) to its ASCII twin with
// golang.org/x/text/width and returns any other rune unchanged; callers
// keep the byte offsets of the original text.
func narrow(r rune) rune {
	if r < 0xff00 || r > 0xffef {
		return r // only the Halfwidth and Fullwidth Forms block has twins
	}
	if p := width.LookupRune(r); p.Kind() == width.EastAsianFullwidth {
		if n := p.Narrow(); n != 0 {
			return n
		}
	}
	return r
}

func isDigit(r rune) bool { return '0' <= r && r <= '9' }

// digitAt reports whether s[i:] starts with an ASCII or full-width digit.
func digitAt(s string, i int) bool {
	if i >= len(s) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(s[i:])
	return isDigit(narrow(r))
}

// groupAt reports whether s[i:] starts with exactly three digits: the group
// after a thousands separator.
func groupAt(s string, i int) bool {
	for range 3 {
		if !digitAt(s, i) {
			return false
		}
		_, size := utf8.DecodeRuneInString(s[i:])
		i += size
	}
	return !digitAt(s, i)
}

// arabic reads digits at p.i: ASCII or full-width, ASCII thousands
// separators in groups of three, at most one decimal point. In lax mode a
// separator or point that does not continue the number ends it instead.
func (p *parser) arabic() (decimal.Decimal, error) {
	start := p.i
	var digits [2*maxDigits + 2]byte
	nd, sig, frac, groups := 0, 0, -1, 0
loop:
	for p.i < len(p.s) {
		r, size := utf8.DecodeRuneInString(p.s[p.i:])
		c := narrow(r)
		switch {
		case isDigit(c):
			if nd == 1 && digits[0] == '0' && frac < 0 {
				return decimal.Decimal{}, p.fail(start, ErrSyntax, "leading zero")
			}
			if c != '0' || sig > 0 {
				sig++
			}
			if frac >= 0 {
				frac++
			}
			if sig > maxDigits || frac > maxDigits {
				return decimal.Decimal{}, p.fail(start, ErrRange, "more than 30 significant digits or decimals")
			}
			digits[nd] = byte(c)
			nd++
		case r == ',' && frac < 0:
			switch {
			case !groupAt(p.s, p.i+size):
				if p.lax {
					break loop
				}
				return decimal.Decimal{}, p.fail(p.i, ErrSyntax, "thousands separator not followed by a group of three digits")
			case groups == 0 && nd > 3:
				if p.lax {
					break loop
				}
				return decimal.Decimal{}, p.fail(p.i, ErrSyntax, "more than three digits before a thousands separator")
			case nd == 1 && digits[0] == '0':
				return decimal.Decimal{}, p.fail(start, ErrSyntax, "leading zero")
			}
			groups++
		case c == '.':
			next := digitAt(p.s, p.i+size)
			switch {
			case p.lax && !next:
				break loop
			case frac >= 0:
				return decimal.Decimal{}, p.fail(p.i, ErrSyntax, "second decimal point")
			case !next:
				return decimal.Decimal{}, p.fail(p.i, ErrSyntax, "decimal point not followed by a digit")
			}
			frac = 0
		default:
			break loop
		}
		p.i += size
	}
	exp := -int32(max(frac, 0))
	if nd <= 18 { // the coefficient fits an int64
		var coef int64
		for _, c := range digits[:nd] {
			coef = coef*10 + int64(c-'0')
		}
		return Decimal(coef, exp), nil
	}
	coef, _ := new(big.Int).SetString(string(digits[:nd]), 10)
	return decimal.NewFromBigInt(coef, exp), nil
}

// cnDigit returns the value of a Chinese digit, or -1.
func cnDigit(r rune) int64 {
	switch r {
	case '零', '〇':
		return 0
	case '一':
		return 1
	case '二', '两':
		return 2
	case '三':
		return 3
	case '四':
		return 4
	case '五':
		return 5
	case '六':
		return 6
	case '七':
		return 7
	case '八':
		return 8
	case '九':
		return 9
	}
	return -1
}

// cnPlace returns the value of a Chinese place word below 万, or 0.
func cnPlace(r rune) int64 {
	switch r {
	case '十':
		return 10
	case '百':
		return 100
	case '千':
		return 1000
	}
	return 0
}

func isCnNumeral(r rune) bool { return cnDigit(r) >= 0 || cnPlace(r) > 0 }

// numeralish reports runes that belong to a written number: digits, Chinese
// numerals, magnitudes, and the vague 几.
func numeralish(r rune) bool {
	return isDigit(narrow(r)) || isCnNumeral(r) || r == '万' || r == '亿' || r == '几'
}

// approxAfter reports whether s[i:] starts with 余 or 多, the qualifiers
// that let a bare 百 or 千 stand for one hundred or one thousand.
func approxAfter(s string, i int) bool {
	r := runeAt(s, i)
	return r == '余' || r == '多'
}

// chinese reads a Chinese numeral below 10000 at p.i: 两, 十二, 二十,
// 一百零五, 两千, 两千五 (2500). Magnitudes (万, 亿) are read by the caller.
func (p *parser) chinese() (int64, error) {
	start := p.i
	var total int64
	last := int64(10000) // the place of the previous group: places must fall
	digit := int64(-1)   // a digit waiting for its place
	var digitRune rune
	zero := false // a 零 skipped a place since the last group
	for p.i < len(p.s) {
		r, size := utf8.DecodeRuneInString(p.s[p.i:])
		if d := cnDigit(r); d == 0 {
			if p.i == start { // 零 on its own
				p.i += size
				if r, _ := p.peek(); isCnNumeral(r) {
					return 0, p.fail(p.i, ErrSyntax, "Chinese digits without place words")
				}
				return 0, nil
			}
			if digit >= 0 {
				return 0, p.fail(p.i, ErrSyntax, "Chinese digits without place words")
			}
			if zero {
				return 0, p.fail(p.i, ErrSyntax, "零 out of place")
			}
			zero = true
		} else if d > 0 {
			if digit >= 0 {
				return 0, p.fail(p.i, ErrSyntax, "Chinese digits without place words")
			}
			digit, digitRune = d, r
		} else if pl := cnPlace(r); pl > 0 {
			switch {
			case digit < 0 && p.i == start && pl > 10 && approxAfter(p.s, p.i+size):
				// 百余家, 千多人: a bare place before 余 or 多 is one of it.
			case digit < 0 && (pl != 10 || p.i != start):
				return 0, p.fail(p.i, ErrSyntax, "place word without a digit")
			case pl >= last || zero && pl*100 > last:
				return 0, p.fail(p.i, ErrSyntax, "place words out of order")
			case digitRune == '两' && pl == 10:
				return 0, p.fail(p.i, ErrSyntax, "两 before 十")
			}
			if digit < 0 {
				digit = 1 // 十二 is 12
			}
			total += digit * pl
			last, digit, digitRune, zero = pl, -1, 0, false
		} else {
			break
		}
		p.i += size
	}
	switch {
	case digit >= 0 && digitRune == '两' && total > 0:
		return 0, p.fail(p.i-len("两"), ErrSyntax, "两 as a last digit")
	case digit >= 0 && total > 0 && !zero && last >= 100:
		total += digit * last / 10 // 两千五 is 2500
	case digit >= 0:
		total += digit
	case zero:
		return 0, p.fail(p.i, ErrSyntax, "numeral ends with 零")
	}
	if r, _ := p.peek(); r == '几' {
		return 0, p.fail(p.i, ErrSyntax, "vague numeral 几")
	}
	return total, nil
}
