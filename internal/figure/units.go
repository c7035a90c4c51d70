package figure

import (
	"sync"
	"unicode/utf8"

	"github.com/jinanfacts/jinan/internal/words"
)

// The word tables of the grammar. Keys are words as printed; match finds the
// longest one at a position. The longest key is maxWordRunes runes.

// units maps a unit word to its canonical form.
var units wordTable[string]

// afterGe completes a unit split by 多 in "两个多月": 个 + 多 + 月.
var afterGe wordTable[string]

// magnitudes maps a magnitude word to its power of ten.
var magnitudes wordTable[int]

// preBounds are the qualifiers written before the number.
var preBounds wordTable[Bound]

// numberBounds are the qualifiers written after the number: 余, 多.
var numberBounds wordTable[Bound]

// postBounds are the qualifiers written after the unit.
var postBounds wordTable[Bound]

// directions maps a direction word to whether it states a decrease.
var directions wordTable[bool]

// comparisons name the base of a change; a direction word must follow.
var comparisons wordTable[bool]

// exactWords state a figure without bounding it.
var exactWords wordTable[bool]

// rangeSeps join the two ends of a range.
var rangeSeps wordTable[bool]

// ratioUnits are units that a magnitude cannot scale.
var ratioUnits map[string]bool

// timeUnits may take 内 ("3年内") and 多 ("一年多") after them.
var timeUnits map[string]bool

// rankUnits may follow 前N: 前四名, 前20%.
var rankUnits map[string]bool

// deadlineUnits are the units whose word states the bound AtMost: the
// 月底前 of 9月底前, by the end of September.
var deadlineUnits map[string]bool

// halfUnits are the units of time that 半 may stand before: 半小时 is 0.5
// hours.
var halfUnits wordTable[string]

// idioms maps an idiom that prints a figure (而立之年) to its row of
// words.Idioms.
var idioms wordTable[int]

// maxWordRunes bounds the length of a word of the tables: 微克/立方米 has six
// runes.
const maxWordRunes = 6

// wordTable maps the words of one kind to what they mean. lens records the
// byte lengths of its words, so that match looks up only the lengths that
// occur.
type wordTable[V any] struct {
	m    map[string]V
	lens uint64 // bit n is set when a word is n bytes long
	// first holds the first runes of the words, and longest the length in
	// bytes of the longest word that starts with each.
	first   *runeSet
	longest map[rune]int
}

// runeSet is a set of runes of the Basic Multilingual Plane, one bit each.
type runeSet [1 << 10]uint64

func (rs *runeSet) has(r rune) bool { return r >= 0 && r < 1<<16 && rs[r>>6]&(1<<(r&63)) != 0 }

func (rs *runeSet) add(r rune) {
	if r >= 0 && r < 1<<16 {
		rs[r>>6] |= 1 << (r & 63)
	}
}

func newTable[V any](m map[string]V) wordTable[V] {
	t := wordTable[V]{m: map[string]V{}}
	for w, v := range m {
		t.set(w, v)
	}
	return t
}

// set adds the word w; a word longer than maxWordRunes runes or 63 bytes
// would never match, and is a bug of the tables that TestWordsTables
// finds.
func (t *wordTable[V]) set(w string, v V) {
	if t.m == nil {
		t.m = map[string]V{}
	}
	t.m[w] = v
	if len(w) < 64 {
		t.lens |= 1 << len(w)
	}
	if t.longest == nil {
		t.first, t.longest = new(runeSet), map[rune]int{}
	}
	r, _ := utf8.DecodeRuneInString(w)
	t.first.add(r)
	t.longest[r] = max(t.longest[r], len(w))
}

// decodeRune decodes the rune at s[i:] as utf8.DecodeRuneInString does,
// the ASCII and three-byte runes of Chinese text without a call; i must be
// inside s.
func decodeRune(s string, i int) (rune, int) {
	c := s[i]
	switch {
	case c < utf8.RuneSelf:
		return rune(c), 1
	case c&0xf0 == 0xe0 && i+2 < len(s) && s[i+1]&0xc0 == 0x80 && s[i+2]&0xc0 == 0x80:
		if r := rune(c&0x0f)<<12 | rune(s[i+1]&0x3f)<<6 | rune(s[i+2]&0x3f); r >= 0x800 && (r < 0xd800 || r > 0xdfff) {
			return r, 3
		}
	}
	return utf8.DecodeRuneInString(s[i:])
}

// match returns the value of the longest word of table that starts at s[i:]
// and its length in bytes.
func match[V any](s string, i int, table wordTable[V]) (v V, n int, ok bool) {
	if table.lens == 0 || i >= len(s) {
		return v, 0, false
	}
	r, _ := decodeRune(s, i)
	if !table.first.has(r) {
		return v, 0, false // no word starts with r
	}
	longest := table.longest[r]
	var ends [maxWordRunes]int
	k := 0
	for j := i; k < len(ends) && j < len(s) && j-i < longest; k++ {
		_, size := decodeRune(s, j)
		j += size
		ends[k] = j
	}
	for k--; k >= 0; k-- {
		n := ends[k] - i
		if n >= 64 || table.lens&(1<<n) == 0 {
			continue
		}
		if v, ok := table.m[s[i:ends[k]]]; ok {
			return v, n, true
		}
	}
	return v, 0, false
}

// tablesOnce guards the building of the word tables, which happens on the
// first Parse or Scan so that the package allocates nothing at init.
var tablesOnce sync.Once

// loadTables builds the word tables once; Parse and Scan call it first.
func loadTables() { tablesOnce.Do(buildTables) }

// wordBounds maps the bounds of the bound words in internal/words to
// Bound.
var wordBounds = [...]Bound{
	words.Exact: Exact, words.About: About, words.Over: Over, words.AtLeast: AtLeast,
	words.AtMost: AtMost, words.Nearly: Nearly, words.Under: Under,
}

// BoundOf returns the Bound of a bound word of internal/words: Over for
// the bound of 逾 and of 有余.
func BoundOf(b words.Bound) Bound {
	if int(b) < len(wordBounds) {
		return wordBounds[b]
	}
	return 0
}

// buildTables fills the word tables above: the words of internal/words
// that the parser reads, and the grammar's own.
func buildTables() {
	units = wordTable[string]{}
	halfUnits = wordTable[string]{}
	ratioUnits = map[string]bool{}
	timeUnits = map[string]bool{}
	deadlineUnits = map[string]bool{}
	for _, w := range words.UnitWords {
		u, _ := words.UnitOf(w.Code)
		if w.Use&words.Halves != 0 && (u.Dim == words.Duration || u.Dim == words.CalendarSpan) {
			halfUnits.set(w.Word, w.Canonical)
		}
		if w.Use&words.Figures == 0 {
			continue
		}
		units.set(w.Word, w.Canonical)
		switch u.Dim {
		case words.Ratio, words.PercentagePoints:
			ratioUnits[w.Canonical] = true
		case words.Duration, words.CalendarSpan:
			timeUnits[w.Canonical] = true
		case words.MonthOfYear:
			deadlineUnits[w.Canonical] = true
		}
	}
	idioms = wordTable[int]{}
	for i, id := range words.Idioms {
		idioms.set(id.Word, i)
	}
	// Counters: the unit is a count of the things named.
	for _, c := range words.Counters {
		units.set(c.Word, c.Word)
		if c.Span {
			timeUnits[c.Word] = true
		}
	}
	preBounds = wordTable[Bound]{}
	numberBounds = wordTable[Bound]{}
	postBounds = wordTable[Bound]{}
	exactWords = wordTable[bool]{}
	for _, w := range words.Bounds {
		switch {
		case w.Use&words.Figures == 0:
		case w.Bound == words.Exact:
			exactWords.set(w.Word, true)
		case w.Position == words.BeforeNumber:
			preBounds.set(w.Word, BoundOf(w.Bound))
		case w.Position == words.AfterNumber:
			numberBounds.set(w.Word, BoundOf(w.Bound))
		case w.Position == words.AfterUnit:
			postBounds.set(w.Word, BoundOf(w.Bound))
		}
	}
	directions = wordTable[bool]{}
	for _, w := range words.Directions {
		if w.Use&words.Figures != 0 {
			directions.set(w.Word, w.Direction == words.Down)
		}
	}
	afterGe = newTable(map[string]string{"月": "个月", "工作日": "个工作日", "百分点": "个百分点"})
	magnitudes = newTable(map[string]int{
		"千": 3, "万": 4, "十万": 5, "百万": 6, "千万": 7,
		"亿": 8, "十亿": 9, "百亿": 10, "千亿": 11, "万亿": 12,
	})
	comparisons = newTable(map[string]bool{"同比": true, "环比": true})
	rangeSeps = newTable(map[string]bool{
		"-": true, "－": true, "—": true, "——": true, "–": true,
		"~": true, "～": true, "〜": true, "至": true, "到": true,
	})
	rankUnits = map[string]bool{"名": true, "位": true, "%": true, "强": true}
	compounds = map[[2]rune]bool{
		{'通', '过'}: true, {'经', '过'}: true, {'不', '过'}: true, {'越', '过'}: true, {'度', '过'}: true,
		{'最', '近'}: true, {'附', '近'}: true, {'临', '近'}: true, {'靠', '近'}: true,
		{'作', '为'}: true, {'认', '为'}: true, {'成', '为'}: true, {'因', '为'}: true, {'称', '为'}: true,
		{'行', '为'}: true, {'以', '为'}: true, {'更', '为'}: true, {'较', '为'}: true, {'转', '为'}: true,
		{'评', '为'}: true, {'分', '为'}: true, {'列', '为'}: true, {'视', '为'}: true,
		{'到', '达'}: true, {'发', '达'}: true, {'表', '达'}: true, {'传', '达'}: true, {'下', '达'}: true,
		{'抵', '达'}: true, {'送', '达'}: true,
		{'赶', '超'}: true, {'高', '超'}: true,
		{'签', '约'}: true, {'制', '约'}: true, {'节', '约'}: true, {'合', '约'}: true, {'预', '约'}: true,
		{'履', '约'}: true, {'邀', '约'}: true, {'特', '约'}: true, {'相', '约'}: true,
		{'目', '前'}: true, {'当', '前'}: true, {'提', '前'}: true, {'此', '前'}: true, {'之', '前'}: true,
		{'以', '前'}: true, {'日', '前'}: true, {'眼', '前'}: true, {'空', '前'}: true, {'超', '前'}: true,
	}
	startRunes = buildStartRunes()
	compoundSeconds = new(runeSet)
	for pair := range compounds {
		compoundSeconds.add(pair[1])
	}
}

// buildStartRunes returns the first runes of the words a phrase may start
// with: see startRunes.
func buildStartRunes() *runeSet {
	m := new(runeSet)
	for _, r := range "首第前" {
		m[r>>6] |= 1 << (r & 63)
	}
	add := func(w string) {
		r, _ := utf8.DecodeRuneInString(w)
		if r < 1<<16 {
			m[r>>6] |= 1 << (r & 63)
		}
	}
	for w := range comparisons.m {
		add(w)
	}
	for w := range directions.m {
		add(w)
	}
	for w := range exactWords.m {
		add(w)
	}
	for w := range preBounds.m {
		add(w)
	}
	for w := range magnitudes.m {
		add(w)
	}
	for w := range idioms.m {
		add(w)
	}
	return m
}
