package draft

import (
	"fmt"
	"strconv"
	"strings"
	"time"
)

// This file turns a period phrase as printed (一季度, 1-10月, 截至3月末,
// 今年以来, 2019年) into the catalogue's period text form (2020-Q1,
// 2021-01-01/2021-10-31, 2020-03-31, 2020-01-01/..2020-04-28, 2019), the
// year inferred from the page's date where none is printed, as DOMAIN.md
// reads them: flows cumulate from January, 今年以来 has no printed end.

// date is a day of the calendar.
type date struct{ y, m, d int }

func (d date) String() string { return fmt.Sprintf("%04d-%02d-%02d", d.y, d.m, d.d) }

func (d date) before(e date) bool {
	return d.y < e.y || d.y == e.y && (d.m < e.m || d.m == e.m && d.d < e.d)
}

func endOfMonth(y, m int) date {
	return date{y, m, time.Date(y, time.Month(m)+1, 0, 0, 0, 0, 0, time.UTC).Day()}
}

// span is a resolved period: its text form, and its first and last day.
type span struct {
	text       string
	start, end date
}

func through(y, m int) span {
	if m == 3 {
		return span{fmt.Sprintf("%04d-Q1", y), date{y, 1, 1}, endOfMonth(y, 3)}
	}
	if m == 12 {
		return span{strconv.Itoa(y), date{y, 1, 1}, date{y, 12, 31}}
	}
	e := endOfMonth(y, m)
	return span{fmt.Sprintf("%04d-01-01/%s", y, e), date{y, 1, 1}, e}
}

func quarter(y, q int) span {
	if q == 1 {
		return through(y, 3)
	}
	return span{fmt.Sprintf("%04d-Q%d", y, q), date{y, 3*q - 2, 1}, endOfMonth(y, 3*q)}
}

func year(y int) span { return span{strconv.Itoa(y), date{y, 1, 1}, date{y, 12, 31}} }

func instant(d date) span { return span{d.String(), d, d} }

func month(y, m int) span {
	return span{fmt.Sprintf("%04d-%02d", y, m), date{y, m, 1}, endOfMonth(y, m)}
}

// numerals are the Chinese numerals of months and counts of months, the
// two-rune ones first.
var numerals = [...]struct {
	word string
	n    int
}{{"十一", 11}, {"十二", 12}, {"一", 1}, {"二", 2}, {"两", 2}, {"三", 3}, {"四", 4}, {"五", 5}, {"六", 6}, {"七", 7},
	{"八", 8}, {"九", 9}, {"十", 10}}

// number reads a number at the head of s, in digits or Chinese numerals,
// and returns it with the rest of s.
func number(s string) (int, string, bool) {
	i := 0
	for i < len(s) && s[i] >= '0' && s[i] <= '9' {
		i++
	}
	if i > 0 && i <= 4 {
		n, _ := strconv.Atoi(s[:i])
		return n, s[i:], true
	}
	for _, w := range numerals {
		if rest, ok := strings.CutPrefix(s, w.word); ok {
			return w.n, rest, true
		}
	}
	return 0, s, false
}

func cutAny(s string, prefixes ...string) (string, bool) {
	for _, p := range prefixes {
		if rest, ok := strings.CutPrefix(s, p); ok {
			return rest, true
		}
	}
	return s, false
}

// resolve reads phrase in a page published on doc (zero when not known).
// It returns the period, whether its year is inferred, and ok false when
// the phrase names no period the catalogue writes.
func resolve(phrase string, doc date, future bool) (sp span, inferred, ok bool) {
	s := strings.TrimSpace(phrase)
	s, upTo := cutAny(s, "截至到", "截止到", "截至", "截止")
	s = strings.NewReplacer("—", "-", "－", "-", "–", "-", "~", "-", "至", "-", "到", "-").Replace(s)
	s, until := cutAny(s, "-")
	s, from := cutAny(s, "自", "从")
	y, printed := 0, false
	shift := 0        // 去年10月 is of the year before the page's
	thisYear := false // 今年9月 is of the page's year, even when it is still ahead
	if rest, ok := cutAny(s, "今年"); ok && rest != "" && rest != "以来" {
		s, thisYear = rest, true
	} else if rest, ok := cutAny(s, "去年", "上年"); ok && rest != "" {
		s, shift = rest, -1
	}
	if n, rest, isNum := number(s); isNum && n >= 1900 && strings.HasPrefix(rest, "年") {
		y, printed, s = n, true, strings.TrimPrefix(rest, "年")
		s, _ = cutAny(s, "度", "全年")
		s = strings.TrimPrefix(s, "的")
	} else if doc.y == 0 {
		return span{}, false, false
	} else {
		y, inferred = doc.y+shift, true
	}
	s = strings.TrimSuffix(s, "份")
	s = strings.TrimSuffix(s, "以前")
	relative := func(sp span) (span, bool, bool) {
		// A period of the page's year that starts after the page was
		// printed is of the year before (12月 in a page of February).
		if inferred && shift == 0 && !thisYear && doc.y != 0 && doc.before(sp.start) && !until && !future {
			sp2, _, ok := resolve(phrase, date{doc.y - 1, 12, 31}, false)
			return sp2, true, ok
		}
		return sp, inferred, true
	}
	switch s {
	case "":
		if !printed {
			return span{}, false, false
		}
		if until && doc.y != 0 {
			return span{fmt.Sprintf("%s/%04d-12-31", doc, y), doc, date{y, 12, 31}}, false, true
		}
		return year(y), false, true
	case "今年以来", "年初以来", "以来":
		if doc.y == 0 {
			return span{}, false, false
		}
		return span{fmt.Sprintf("%04d-01-01/..%s", y, doc), date{y, 1, 1}, doc}, inferred, true
	case "今年", "全年", "本年", "年内", "当年", "本年度":
		return year(y), inferred, true
	case "这一年", "过去的一年", "去年", "上年", "上一年":
		return year(y - 1), true, true
	case "明年":
		return year(y + 1), true, true
	case "年底", "年末":
		return instant(date{y, 12, 31}), inferred, true
	case "年初", "初":
		return quarter(y, 1), inferred, true
	case "上半年":
		return through(y, 6), inferred, true
	case "下半年":
		return span{fmt.Sprintf("%04d-07-01/%04d-12-31", y, y), date{y, 7, 1}, date{y, 12, 31}}, inferred, true
	case "前三季度", "前3季度":
		return through(y, 9), inferred, true
	case "前两季度":
		return through(y, 6), inferred, true
	case "目前", "近日", "日前", "现已", "已", "当前", "现在":
		if doc.y == 0 {
			return span{}, false, false
		}
		return instant(doc), true, true
	case "“十四五”期间", "“十四五”", "十四五", "十四五期间", "“十四五”时期":
		return span{"2021-01-01/2025-12-31", date{2021, 1, 1}, date{2025, 12, 31}}, false, true
	}
	if rest, ok := strings.CutPrefix(s, "第"); ok {
		s = rest
	}
	if n, rest, isNum := number(s); isNum {
		switch {
		case rest == "季度" && n >= 1 && n <= 4:
			return relative(quarter(y, n))
		case strings.HasPrefix(rest, "-"):
			if m, rest2, ok := number(rest[1:]); ok && n == 1 && strings.HasPrefix(rest2, "月") && m >= 1 && m <= 12 {
				if r := strings.TrimPrefix(rest2, "月"); r == "" || r == "份" {
					return relative(through(y, m))
				}
			}
		case strings.HasPrefix(rest, "个月") && strings.HasPrefix(phrase, "前") || strings.HasPrefix(phrase, "前") && strings.HasPrefix(rest, "个月"):
			return relative(through(y, n))
		case strings.HasPrefix(rest, "年来") && !printed:
			return span{fmt.Sprintf("%04d-01-01/%04d-12-31", y-n+1, y), date{y - n + 1, 1, 1}, date{y, 12, 31}}, true, n >= 1 && n < 50
		case strings.HasPrefix(rest, "月") && n >= 1 && n <= 12:
			r := strings.TrimPrefix(rest, "月")
			r = strings.TrimPrefix(r, "份")
			switch {
			case r == "":
				if from && doc.y != 0 {
					return span{fmt.Sprintf("%04d-%02d-01/%s", y, n, doc), date{y, n, 1}, doc}, inferred, true
				}
				if upTo {
					return relative(instant(endOfMonth(y, n)))
				}
				return relative(month(y, n))
			case r == "末" || r == "底" || r == "末前" || r == "底前":
				return relative(instant(endOfMonth(y, n)))
			default:
				if d, r2, ok := number(r); ok && (r2 == "日" || r2 == "号") && d >= 1 && d <= endOfMonth(y, n).d {
					return relative(instant(date{y, n, d}))
				}
			}
		}
	}
	if rest, ok := strings.CutPrefix(s, "前"); ok {
		if n, r, isNum := number(rest); isNum && strings.HasPrefix(r, "个月") && n >= 1 && n <= 12 {
			return relative(through(y, n))
		}
	}
	return span{}, false, false
}
