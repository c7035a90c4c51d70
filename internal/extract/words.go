package extract

import (
	"math/bits"
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
	prefixes wordMap[prefixWord]
	frames   wordMap[int]  // 高 of 比…高: +1
	verbs    wordMap[int]  // 压缩: −1
	rates    wordList      // 降幅, 增幅: rateSigns gives their direction
	pulls    wordList      // 拖累, 下拉
	relative wordList      // 收窄, 扩大
	ups      wordMap[bool] // the parser's words of increase: 增长, 提高
	gaps     wordList      // 高于, 低于, 快于, 慢于: gapSigns gives their side
	// rateSigns and gapSigns are the directions of the rates and gaps.
	rateSigns, gapSigns map[string]int
	// The words of the hints (see hint).
	sequentialBases, priorWords, shareWords, completionWords, growthWords, contributions,
	baseWords, rankVerbs, scopeWords, periodWords wordList
	units wordMap[bool] // every unit word and counter the parser reads
	// prefixRunes are the runes of the words a phrase may start with
	// before its number: 同比, 下降, 达到, 超过, 第, 前, 百分之.
	prefixRunes *runeSet
	// lastRunes are the last runes of the verbs and frames read before a
	// phrase, and 了.
	lastRunes *runeSet
	// followers are the runes that may follow a number with no unit: the
	// first runes of the words of direction, bound and comparison, and
	// the particles and conjunctions of prose (see follower).
	followers *runeSet
	tails     []words.BoundWord
	halves    []words.BoundWord
	halfUnit  []words.UnitWord
}

var (
	lookupsOnce sync.Once
	tables      lookups
)

// vocab returns the lookups, built on first use.
func vocab() *lookups {
	lookupsOnce.Do(func() {
		t := &tables
		t.prefixes.set("同比", prefixWord{compare: true})
		t.prefixes.set("环比", prefixWord{compare: true})
		t.prefixRunes, t.lastRunes, t.followers = new(runeSet), new(runeSet), new(runeSet)
		for _, r := range "的和与及或至到比以之中间是为了并且而同较左上下等分倍多余调变转由从在对按占居列排位约近共合累新净" +
			"实完即则亦均都也还再又就后前来起" {
			t.followers.add(r)
		}
		for _, b := range words.Bounds {
			t.followers.addFirst(b.Word)
			switch {
			case b.Use&words.Figures != 0 && b.Position == words.BeforeNumber && b.Bound == words.Exact:
				t.prefixes.set(b.Word, prefixWord{exact: true})
			case b.Use&words.Figures != 0 && b.Position == words.BeforeNumber:
				t.prefixes.set(b.Word, prefixWord{bound: figure.BoundOf(b.Bound)})
			}
			if b.Use&words.Tails != 0 {
				t.tails = append(t.tails, b)
			}
			if b.Use&words.Halves != 0 {
				t.halves = append(t.halves, b)
			}
		}
		var rates, pulls, gaps, relative []string
		t.rateSigns, t.gapSigns = map[string]int{}, map[string]int{}
		for _, d := range words.Directions {
			sign := d.Direction.Sign()
			t.followers.addFirst(strings.TrimPrefix(d.Word, "比…"))
			if d.Use&words.Figures != 0 {
				t.prefixes.set(d.Word, prefixWord{direction: sign})
				if sign > 0 {
					t.ups.set(d.Word, true)
				}
			}
			if d.Use&words.Frames != 0 {
				if _, w, ok := strings.Cut(d.Word, "…"); ok {
					t.frames.set(w, sign)
				}
			}
			if d.Use&words.Verbs != 0 {
				t.verbs.set(d.Word, sign)
			}
			if d.Use&words.Rates != 0 {
				rates = append(rates, d.Word)
				t.rateSigns[d.Word] = sign
			}
			if d.Use&words.Pulls != 0 {
				pulls = append(pulls, d.Word)
			}
			if d.Use&words.Gaps != 0 {
				gaps = append(gaps, d.Word)
				t.gapSigns[d.Word] = sign
			}
			if d.Relative {
				relative = append(relative, d.Word)
			}
		}
		t.rates, t.pulls, t.gaps, t.relative = newWordList(rates...), newWordList(pulls...), newWordList(gaps...), newWordList(relative...)
		t.sequentialBases = newWordList("比上月", "较上月", "比上期", "较上期", "比上周", "较上周", "比上旬", "较上旬")
		t.priorWords = newWordList("相当于", "恢复到", "恢复至")
		t.shareWords = newWordList("比重", "占比", "份额", "比例", "之比", "比率", "贡献率", "增长面", "结构")
		t.completionWords = newWordList("任务", "完成率", "计划", "目标", "进度")
		t.growthWords = newWordList("增速", "增幅", "涨幅", "降幅", "跌幅", "增长率", "增长速度", "下降幅度", "升幅", "改善")
		t.contributions = newWordList("拉动", "影响", "下拉", "拖累", "拉低", "贡献")
		t.baseWords = newWordList("比", "较")
		t.rankVerbs = newWordList("居", "列", "排名", "跻身", "保持", "评价", "进入", "包揽")
		t.scopeWords = newWordList("全省", "全市", "全国", "全球", "各区县", "省内", "国家级", "副省级")
		t.periodWords = newWordList("年", "月", "季度", "期", "周", "旬", "上半", "下半")
		for _, u := range words.UnitWords {
			if u.Use&words.Figures != 0 {
				t.units.set(u.Word, true)
			}
			if u.Use&words.Halves != 0 {
				t.halfUnit = append(t.halfUnit, u)
			}
		}
		for _, c := range words.Counters {
			t.units.set(c.Word, true)
		}
		for w := range t.prefixes.m {
			for _, r := range w {
				t.prefixRunes.add(r)
			}
		}
		for _, r := range "第前首" {
			t.prefixRunes.add(r)
		}
		t.lastRunes.add('了')
		for _, m := range []wordMap[int]{t.verbs, t.frames} {
			for w := range m.m {
				r, _ := utf8.DecodeLastRuneInString(w)
				t.lastRunes.add(r)
			}
		}
	})
	return &tables
}

// maxWord bounds the length of the words the extractor looks up, in runes.
const maxWord = 6

// wordMap maps words to what they mean. It records the byte lengths of
// its words and their first and last runes, so that a look-up tries only
// the lengths that occur, and none where no word can start or end.
type wordMap[V any] struct {
	m           map[string]V
	lens        uint64 // bit n is set when a word is n bytes long
	first, last *runeSet
	longest     map[rune]int // the longest word that starts with a rune, in bytes
}

func (w *wordMap[V]) set(word string, v V) {
	if w.m == nil {
		w.m, w.first, w.last, w.longest = map[string]V{}, new(runeSet), new(runeSet), map[rune]int{}
	}
	first, _ := utf8.DecodeRuneInString(word)
	w.longest[first] = max(w.longest[first], len(word))
	w.m[word] = v
	if len(word) < 64 {
		w.lens |= 1 << len(word)
	}
	w.first.addFirst(word)
	r, _ := utf8.DecodeLastRuneInString(word)
	w.last.add(r)
}

// wordBefore returns the longest word of m that ends at s[:end], and where
// it starts; ok is false when none does.
func wordBefore[V any](s string, end int, m wordMap[V]) (v V, start int, ok bool) {
	if r, _ := decodeLastRune(s, end); m.m == nil || !m.last.has(r) {
		return v, end, false
	}
	longest := bits.Len64(m.lens) - 1
	var starts [maxWord]int
	n := 0
	for j := end; n < maxWord && j > 0 && end-j < longest; n++ {
		_, size := decodeLastRune(s, j)
		j -= size
		starts[n] = j
	}
	for n--; n >= 0; n-- {
		if k := end - starts[n]; k < 64 && m.lens&(1<<k) != 0 {
			if v, ok := m.m[s[starts[n]:end]]; ok {
				return v, starts[n], true
			}
		}
	}
	return v, end, false
}

// wordAfter returns the length of the longest word of m that starts at
// s[i:], 0 when none does.
func wordAfter[V any](s string, i int, m wordMap[V]) int {
	r, _ := decodeRune(s, i)
	if m.m == nil || !m.first.has(r) {
		return 0
	}
	longest := m.longest[r]
	var ends [maxWord]int
	n := 0
	for j := i; n < maxWord && j < len(s) && j-i < longest; n++ {
		_, size := decodeRune(s, j)
		j += size
		ends[n] = j
	}
	for n--; n >= 0; n-- {
		if k := ends[n] - i; k < 64 && m.lens&(1<<k) != 0 {
			if _, ok := m.m[s[i:ends[n]]]; ok {
				return k
			}
		}
	}
	return 0
}
