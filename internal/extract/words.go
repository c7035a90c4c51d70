package extract

import (
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/jinanfacts/jinan/internal/figure"
	"github.com/jinanfacts/jinan/internal/words"
)

// The extractor's lookups of the word tables of internal/words, built on
// first use: the words it reads around a figure, beside those the figure
// parser reads in it.

// prefixWord is a word that the parser reads before a number, which the
// extractor reads back from a written sign: the 约为 and the 增长 of 增长约为
// -1.2个百分点.
type prefixWord struct {
	bound     figure.Bound // a bound word's bound; 0 for the others
	exact     bool         // 达, 为: states the figure
	direction int          // a direction word's sign
	compare   bool         // 同比, 环比
}

type lookups struct {
	prefixes map[string]prefixWord
	frames   map[string]int // 高 of 比…高: +1
	verbs    map[string]int // 压缩: −1
	rates    map[string]int // 降幅: −1, 增幅: +1
	pulls    map[string]bool
	relative map[string]bool // 收窄, 扩大
	ups      map[string]bool // the parser's words of increase: 增长, 提高
	gaps     []words.DirectionWord
	units    map[string]bool // every unit word and counter the parser reads
	tails    []words.BoundWord
	halves   []words.BoundWord
	halfUnit []words.UnitWord
}

var (
	lookupsOnce sync.Once
	tables      lookups
)

// vocab returns the lookups, built on first use.
func vocab() *lookups {
	lookupsOnce.Do(func() {
		t := &tables
		t.prefixes = map[string]prefixWord{"同比": {compare: true}, "环比": {compare: true}}
		t.frames, t.verbs, t.rates = map[string]int{}, map[string]int{}, map[string]int{}
		t.pulls, t.relative, t.ups, t.units = map[string]bool{}, map[string]bool{}, map[string]bool{}, map[string]bool{}
		for _, b := range words.Bounds {
			switch {
			case b.Use&words.Figures != 0 && b.Position == words.BeforeNumber && b.Bound == words.Exact:
				t.prefixes[b.Word] = prefixWord{exact: true}
			case b.Use&words.Figures != 0 && b.Position == words.BeforeNumber:
				t.prefixes[b.Word] = prefixWord{bound: figure.BoundOf(b.Bound)}
			}
			if b.Use&words.Tails != 0 {
				t.tails = append(t.tails, b)
			}
			if b.Use&words.Halves != 0 {
				t.halves = append(t.halves, b)
			}
		}
		for _, d := range words.Directions {
			sign := d.Direction.Sign()
			if d.Use&words.Figures != 0 {
				t.prefixes[d.Word] = prefixWord{direction: sign}
				if sign > 0 {
					t.ups[d.Word] = true
				}
			}
			if d.Use&words.Frames != 0 {
				if _, w, ok := strings.Cut(d.Word, "…"); ok {
					t.frames[w] = sign
				}
			}
			if d.Use&words.Verbs != 0 {
				t.verbs[d.Word] = sign
			}
			if d.Use&words.Rates != 0 {
				t.rates[d.Word] = sign
			}
			if d.Use&words.Pulls != 0 {
				t.pulls[d.Word] = true
			}
			if d.Use&words.Gaps != 0 {
				t.gaps = append(t.gaps, d)
			}
			if d.Relative {
				t.relative[d.Word] = true
			}
		}
		for _, u := range words.UnitWords {
			if u.Use&words.Figures != 0 {
				t.units[u.Word] = true
			}
			if u.Use&words.Halves != 0 {
				t.halfUnit = append(t.halfUnit, u)
			}
		}
		for _, c := range words.Counters {
			t.units[c.Word] = true
		}
	})
	return &tables
}

// maxWord bounds the length of the words the extractor looks up, in runes.
const maxWord = 6

// wordBefore returns the longest word of m that ends at s[:end], and where
// it starts; ok is false when none does.
func wordBefore[V any](s string, end int, m map[string]V) (v V, start int, ok bool) {
	var starts [maxWord]int
	n := 0
	for j := end; n < maxWord && j > 0; n++ {
		_, size := utf8.DecodeLastRuneInString(s[:j])
		j -= size
		starts[n] = j
	}
	for n--; n >= 0; n-- {
		if v, ok := m[s[starts[n]:end]]; ok {
			return v, starts[n], true
		}
	}
	return v, end, false
}

// wordAfter returns the length of the longest word of m that starts at
// s[i:], 0 when none does.
func wordAfter[V any](s string, i int, m map[string]V) int {
	var ends [maxWord]int
	n := 0
	for j := i; n < maxWord && j < len(s); n++ {
		_, size := utf8.DecodeRuneInString(s[j:])
		j += size
		ends[n] = j
	}
	for n--; n >= 0; n-- {
		if _, ok := m[s[i:ends[n]]]; ok {
			return ends[n] - i
		}
	}
	return 0
}
