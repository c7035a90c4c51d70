package jinan_test

import (
	"strings"
	"testing"

	"github.com/jinanfacts/jinan"
	"github.com/jinanfacts/jinan/internal/data"
)

// figureCoverageStrict are the figures that ../shared/tools/figure-coverage
// counts with --strict only, copied verbatim from its STRICT_FIGURES: counts
// of named groups in Chinese numerals, events counted, targets with a
// horizon, a deadline, a bounded amount, a duration and an idiom. Every
// occurrence in the seed counts: 28 in all.
var figureCoverageStrict = map[string][]string{
	"000": {"确保9月底前中国算谷产业园开工建设", "三大核心产业", "五大主导产业", "两支专业力量", "四大电商产业园", "九大攻坚", "六个方面"},
	"001": {"十大重点产业集群", "六大园区", "五大标志性超高层项目", "三桥一隧", "两次召开高规格专题会议", "三年初见成效", "五年取得突破"},
	"002": {"七大产业方向", "三大主导行业", "三大平台", "中国三大核电集团", "一个多亿的不动产登记抵押", "已近“而立之年”"},
	"003": {"五大产业发展高地", "三大国家战略"},
	"004": {"不到半小时", "三项工作机制"},
}

// strictNames are the strict figures that the catalogue judges names rather
// than figures, by seed and phrase, each with the reason. None is: every
// one of the 28 is the figure of a fact of its own.
var strictNames = map[[2]string]string{}

// TestStrictFiguresAreFacts checks that each occurrence of the tool's
// strict figures is the figure of a fact of its own: some fact's figure,
// found in one of its quotes at the quote's span, lies inside the phrase
// (lying inside another fact's longer quote does not count); or the
// phrase is listed in strictNames with its reason. It also checks that
// every listed name is still a strict figure that no fact reads.
func TestStrictFiguresAreFacts(t *testing.T) {
	figures := map[string]string{}
	for _, s := range data.Seeds() {
		for _, e := range s.Entries {
			figures[e.ID] = e.Figure
		}
	}
	type span struct {
		file       string
		start, end int
		id         string
	}
	var spans []span
	for f := range jinan.Default().Query(jinan.Query{Origin: jinan.FromSeed}) {
		fig := figures[f.ID()]
		for _, src := range f.Sources() {
			for off := 0; fig != ""; {
				i := strings.Index(src.Quote[off:], fig)
				if i < 0 {
					break
				}
				at := src.Start + off + i
				spans = append(spans, span{src.File, at, at + len(fig), f.ID()})
				off += i + 1
			}
		}
	}
	n, facts := 0, map[string]bool{}
	for _, d := range jinan.Documents() {
		b, err := d.Text()
		if err != nil {
			t.Fatal(err)
		}
		text := string(b)
		for _, phrase := range figureCoverageStrict[d.File[:3]] {
			for off := 0; ; {
				i := strings.Index(text[off:], phrase)
				if i < 0 {
					break
				}
				at := off + i
				off = at + 1
				n++
				id := ""
				for _, s := range spans {
					if s.file == d.File && at <= s.start && s.end <= at+len(phrase) {
						id, facts[s.id] = s.id, true
					}
				}
				_, listed := strictNames[[2]string{d.File[:3], phrase}]
				switch {
				case id != "" && listed:
					t.Errorf("%s@%d %q is the figure of %s and listed as a name", d.File, at, phrase, id)
				case id == "" && !listed:
					t.Errorf("%s@%d %q is no fact's figure and not listed as a name", d.File, at, phrase)
				}
			}
		}
	}
	if n != 28 {
		t.Errorf("%d occurrences of the strict figures, want the 28 of issue #16", n)
	}
	// 28 occurrences, of which 4 facts print twice (9月底前, 两支, 六个, 三年)
	// and 三桥一隧 holds two (三桥, 一隧): 28 − 4 + 1 facts.
	if want := 28 - 4 + 1 - len(strictNames); len(facts) != want {
		t.Errorf("%d facts hold the strict figures, want %d", len(facts), want)
	}
}
