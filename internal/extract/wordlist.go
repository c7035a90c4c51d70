package extract

import "strings"

// wordList is a short list of words that a clause is searched for: the
// words of rates, of shares, of contributions. The search reads the clause
// once, rune by rune, and compares words only where one may start: bloom
// has the bit r%64 of the first rune r of each word.
type wordList struct {
	words []string
	bloom uint64
}

func newWordList(words ...string) wordList {
	l := wordList{words: words}
	for _, w := range words {
		r, _ := decodeRune(w, 0)
		l.bloom |= 1 << (uint(r) & 63)
	}
	return l
}

// last returns the offset in s of the last occurrence of a word of l, and
// the word, the longest where two end the search at one offset; -1 and ""
// when none occurs.
func (l *wordList) last(s string) (int, string) {
	for j := len(s); j > 0; {
		r, size := decodeLastRune(s, j)
		j -= size
		if l.bloom&(1<<(uint(r)&63)) == 0 {
			continue
		}
		word := ""
		for _, w := range l.words {
			if len(w) > len(word) && strings.HasPrefix(s[j:], w) {
				word = w
			}
		}
		if word != "" {
			return j, word
		}
	}
	return -1, ""
}

// any reports whether s holds a word of l.
func (l *wordList) any(s string) bool {
	for j := 0; j < len(s); {
		r, size := decodeRune(s, j)
		if l.bloom&(1<<(uint(r)&63)) != 0 {
			for _, w := range l.words {
				if strings.HasPrefix(s[j:], w) {
					return true
				}
			}
		}
		j += size
	}
	return false
}
