package extract

// A short quotation is a name or a slogan (“九大攻坚”, 《…三年行动计划》); a
// long one is reported speech, whose figures are figures (“一个多亿的…”).
// Whether a number is inside a short one is read in a window around it.

// maxQuoted is the longest quotation taken for a name: 《促进工业投资倍增三年行动计划》
// has 14 characters.
const maxQuoted = 20

var quotePairs = [...][2]rune{{'“', '”'}, {'‘', '’'}, {'《', '》'}, {'「', '」'}}

// quoteKind returns the index of the pair r belongs to and whether it
// opens; -1 for another rune.
func quoteKind(r rune) (int, bool) {
	for k, p := range quotePairs {
		switch r {
		case p[0]:
			return k, true
		case p[1]:
			return k, false
		}
	}
	return -1, false
}

// quoted reports whether offset i of s is inside a quotation of at most
// maxQuoted characters on one line: an opening mark before i, with every
// quotation between them closed (“…‘宅经济’…” nests), and its closing mark
// after i, at most maxQuoted+1 runes apart.
func quoted(s string, i int) bool {
	skip := -1 // the kind of a quotation closed before i, skipped back over
	j := i
	for n := 0; n <= maxQuoted && j > 0; n++ {
		r, size := decodeLastRune(s, j)
		j -= size
		if r == '\n' {
			return false
		}
		k, opens := quoteKind(r)
		switch {
		case k < 0:
		case skip >= 0:
			if k == skip && opens {
				skip = -1
			}
		case !opens:
			skip = k
		default:
			return closes(s, i, quotePairs[k][1], maxQuoted+1-n)
		}
	}
	return false
}

// maxParenthesized is the longest parenthetical taken for a name: the 外三元
// of 生猪（外三元）, a breed.
const maxParenthesized = 6

// parenthesized reports whether offset i of s is inside a parenthetical of
// at most maxParenthesized characters: a Chinese numeral there is part of a
// name, not a count.
func parenthesized(s string, i int) bool {
	j := i
	for n := 0; n <= maxParenthesized && j > 0; n++ {
		r, size := decodeLastRune(s, j)
		j -= size
		switch r {
		case '（', '(':
			return closes(s, i, closingParen(r), maxParenthesized+1-n)
		case '）', ')', '\n':
			return false
		}
	}
	return false
}

func closingParen(open rune) rune {
	if open == '(' {
		return ')'
	}
	return '）'
}

// closes reports whether close follows offset i within n runes, before a
// line break.
func closes(s string, i int, close rune, n int) bool {
	for j := i; j < len(s) && n > 0; n-- {
		r, size := decodeRune(s, j)
		switch r {
		case close:
			return true
		case '\n':
			return false
		}
		j += size
	}
	return false
}
