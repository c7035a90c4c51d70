package extract

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
)

// got is the part of an Item the tests compare: its kind, its text, a
// figure's signed value as printed with its unit word and magnitude, its
// sign, flags, hint and period.
type got struct {
	Kind   Kind
	Text   string
	Value  string
	Sign   int
	Flags  Flag
	Hint   Hint
	Period string
}

func project(text string, items []Item) []got {
	out := make([]got, 0, len(items))
	for _, it := range items {
		g := got{Kind: it.Kind, Text: text[it.Start:it.End], Sign: it.Sign, Flags: it.Flags, Hint: it.Hint, Period: it.Period}
		if it.readable() {
			g.Value = printed(it)
		}
		out = append(out, g)
	}
	return out
}

// printed writes a figure's reading: -4.4e0%, 1285.6e4千瓦.
func printed(it Item) string {
	v := it.Value
	s := v.String()
	if e := v.Exponent(); e < 0 {
		s = v.StringFixed(-e)
	}
	if it.Fig.High.Sign() != 0 || it.High.Sign() != 0 {
		h := it.High
		hs := h.String()
		if e := h.Exponent(); e < 0 {
			hs = h.StringFixed(-e)
		}
		s += ".." + hs
	}
	return s + "e" + string(rune('0'+it.Fig.Magnitude%10)) + it.Fig.Unit
}

// TestExtract reads phrases whose every number the test names: the kinds
// of what is not a figure, and for a figure its reading, sign, flags, hint
// and period.
func TestExtract(t *testing.T) {
	tests := []struct {
		name, text string
		want       []got
	}{
		{"a level and a growth", "一季度，全市地区生产总值2318.6亿元，同比下降4.4%。", []got{
			{Kind: Date, Text: "一季度"},
			{Kind: Figure, Text: "2318.6亿元", Value: "2318.6e8元", Hint: Level, Period: "一季度"},
			{Kind: Figure, Text: "同比下降4.4%", Value: "-4.4e0%", Sign: -1, Hint: Growth, Period: "一季度"},
		}},
		{"written minus signs", "增长-3.6%，增长−2.4%，增长－3.1%，−1.52亿元", []got{
			{Kind: Figure, Text: "增长-3.6%", Value: "-3.6e0%", Sign: -1, Hint: Growth},
			{Kind: Figure, Text: "增长−2.4%", Value: "-2.4e0%", Sign: -1, Hint: Growth},
			{Kind: Figure, Text: "增长－3.1%", Value: "-3.1e0%", Sign: -1, Hint: Growth},
			{Kind: Figure, Text: "−1.52亿元", Value: "-1.52e8元", Sign: -1, Hint: Level},
		}},
		{"a plus joins a list of counts", "1个总体方案+4个综合性规划", []got{
			{Kind: Figure, Text: "1个", Value: "1e0个", Hint: Level},
			{Kind: Figure, Text: "4个", Value: "4e0个", Hint: Level},
		}},
		{"the rate of a fall narrows", "同比下降1.8%，降幅比1-4月收窄0.9个百分点", []got{
			{Kind: Figure, Text: "同比下降1.8%", Value: "-1.8e0%", Sign: -1, Hint: Growth},
			{Kind: Date, Text: "1-4月"},
			{Kind: Figure, Text: "收窄0.9个百分点", Value: "0.9e0个百分点", Sign: 1, Hint: Change},
		}},
		{"the rate of a rise narrows", "增长4.7%，增幅比上半年收窄0.5个百分点", []got{
			{Kind: Figure, Text: "增长4.7%", Value: "4.7e0%", Sign: 1, Hint: Growth},
			{Kind: Figure, Text: "收窄0.5个百分点", Value: "-0.5e0个百分点", Sign: -1, Hint: Change},
		}},
		{"a deficit narrows", "贸易逆差收窄12%", []got{
			{Kind: Figure, Text: "收窄12%", Value: "-12e0%", Sign: -1, Hint: Growth},
		}},
		{"frames and gaps", "增速比全省高0.4个百分点，比全国低0.2个百分点，快于全部投资16.8个百分点", []got{
			{Kind: Figure, Text: "高0.4个百分点", Value: "0.4e0个百分点", Sign: 1, Hint: Gap},
			{Kind: Figure, Text: "低0.2个百分点", Value: "-0.2e0个百分点", Sign: -1, Hint: Gap},
			{Kind: Figure, Text: "16.8个百分点", Value: "16.8e0个百分点", Sign: 1, Hint: Gap},
		}},
		{"a list joined by 和 shares its direction and unit", "分别下降3.1和2.4个百分点", []got{
			{Kind: Figure, Text: "下降3.1", Value: "-3.1e0个百分点", Sign: -1, Hint: Change},
			{Kind: Figure, Text: "2.4个百分点", Value: "-2.4e0个百分点", Sign: -1, Hint: Change},
		}},
		{"a pull down", "拖累全省出口增速1.1个百分点", []got{
			{Kind: Figure, Text: "1.1个百分点", Value: "-1.1e0个百分点", Sign: -1, Hint: Contribution},
		}},
		{"a magnitude after 数", "完成预算数5000万元的40%", []got{
			{Kind: Figure, Text: "5000万元", Value: "5000e4元", Hint: Target},
			{Kind: Figure, Text: "40%", Value: "40e0%", Hint: Completion},
		}},
		{"multiples", "增长1倍，是上年同期的2.5倍", []got{
			{Kind: Figure, Text: "增长1倍", Value: "1e0倍", Sign: 1, Hint: Growth},
			{Kind: Figure, Text: "2.5倍", Value: "2.5e0倍", Hint: PriorYearRatio},
		}},
		{"malformed numbers", "3.亿元，1,2345亿元，3。5亿元，8.6万万吨", []got{
			{Kind: Figure, Text: "3.亿元", Flags: Malformed},
			{Kind: Figure, Text: "1,2345亿元", Flags: Malformed},
			{Kind: Figure, Text: "3。5亿元", Flags: Malformed},
			{Kind: Figure, Text: "8.6万万吨", Flags: Malformed},
		}},
		{"orders of magnitude", "上亿元，数十亿元", []got{
			{Kind: Figure, Text: "上亿元", Flags: Vague},
			{Kind: Figure, Text: "数十亿元", Flags: Vague},
		}},
		{"units it does not know", "2000万吨/年，689.5毫米", []got{
			{Kind: Figure, Text: "2000万吨/年", Value: "2000e4吨", Flags: UnknownUnit, Hint: Level},
			{Kind: Figure, Text: "689.5", Value: "689.5e0", Flags: UnknownUnit, Hint: Level},
		}},
		{"directions that contradict", "下降-5.6%", []got{
			{Kind: Figure, Text: "下降-5.6%", Value: "-5.6e0%", Sign: -1, Flags: Direction, Hint: Growth},
		}},
		{"citations, days and clock times", "全年增长5.1%[3]。记者1日获悉，上午9时30分发布。", []got{
			{Kind: Figure, Text: "增长5.1%", Value: "5.1e0%", Sign: 1, Hint: Growth, Period: "全年"},
			{Kind: Citation, Text: "[3]"},
			{Kind: Date, Text: "1日"},
			{Kind: Time, Text: "9时30分"},
		}},
		{"sessions and counts of named groups", "党的二十大，十三届三次会议，三大核心产业，十大产业集群，两次召开", []got{
			{Kind: Session, Text: "二十大"},
			{Kind: Session, Text: "十三届"},
			{Kind: Session, Text: "三次"},
			{Kind: Figure, Text: "三大", Value: "3e0大", Hint: Level},
			{Kind: Figure, Text: "十大", Value: "10e0大", Hint: Level},
			{Kind: Figure, Text: "两次", Value: "2e0次", Hint: Level},
		}},
		{"list markers and units of reference", "一是扩大投资；（二）每万元GDP能耗下降3%", []got{
			{Kind: Word, Text: "一是"},
			{Kind: Word, Text: "（二）"},
			{Kind: Word, Text: "每万元"},
			{Kind: Figure, Text: "下降3%", Value: "-3e0%", Sign: -1, Hint: Growth},
		}},
		{"the furniture of a release", "注：1.本公报数据为初步统计。推进2.0版建设，股票代码：600519，拨打12345热线。", []got{
			{Kind: Word, Text: "1."},
			{Kind: Name, Text: "2.0"},
			{Kind: Name, Text: "600519"},
			{Kind: Name, Text: "12345"},
		}},
		{"a period carries forward until another replaces it", "一季度，增长5%。\n分产业看，第一产业增长3%。\n上半年，增长4%，比上年提高1个百分点。", []got{
			{Kind: Date, Text: "一季度"},
			{Kind: Figure, Text: "增长5%", Value: "5e0%", Sign: 1, Hint: Growth, Period: "一季度"},
			{Kind: Name, Text: "第一"},
			{Kind: Figure, Text: "增长3%", Value: "3e0%", Sign: 1, Hint: Growth, Period: "一季度"},
			{Kind: Figure, Text: "增长4%", Value: "4e0%", Sign: 1, Hint: Growth, Period: "上半年"},
			{Kind: Figure, Text: "提高1个百分点", Value: "1e0个百分点", Sign: 1, Hint: Change, Period: "上半年"},
		}},
		{"a short quotation is a name, unless it counts named groups", "“一港二区三场”，打好“九大攻坚”，“一个多亿的不动产登记抵押手续，不到一天就全部办完了”", []got{
			{Kind: Name, Text: "三场"},
			{Kind: Figure, Text: "九大", Value: "9e0大", Hint: Level},
			{Kind: Figure, Text: "一个多亿", Value: "1e8", Hint: Level},
			{Kind: Figure, Text: "不到一天", Value: "1e0天", Hint: Level},
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, project(tt.text, All(tt.text))); diff != "" {
				t.Errorf("%s (-want +got):\n%s", tt.text, diff)
			}
		})
	}
}

// TestItemsApart checks on hostile texts what holds for every input: the
// items in order and apart, inside the text, and every digit inside an
// item.
func TestItemsApart(t *testing.T) {
	for _, text := range []string{
		strings.Repeat("1、", 1000), strings.Repeat("“1+", 500), strings.Repeat("一", 3000),
		strings.Repeat("降幅收窄", 300), "\xff\xfe增长-", "3.", "[1", "每", "上亿", "第十四届全国人民代表大会第二次会议",
		strings.Repeat("2024.3.", 200), strings.Repeat("增长 ", 100) + "5 %",
	} {
		end := 0
		Extract(text, func(it *Item) {
			if it.Start < end || it.End <= it.Start || it.End > len(text) {
				t.Fatalf("item [%d,%d) after %d in %q", it.Start, it.End, end, text[:min(len(text), 40)])
			}
			end = it.End
		})
		k := 0
		items := All(text)
		for i, r := range text {
			if r < '0' || r > '9' || !utf8.ValidString(text[i:i+1]) {
				continue
			}
			for k < len(items) && items[k].End <= i {
				k++
			}
			if k == len(items) || items[k].Start > i {
				t.Fatalf("digit at %d of %q is in no item", i, text[:min(len(text), 40)])
			}
		}
	}
}

// TestStrings checks the names of the kinds and flags.
func TestStrings(t *testing.T) {
	tests := []struct{ got, want string }{
		{Figure.String(), "figure"}, {Citation.String(), "citation"}, {Session.String(), "session"}, {Kind(0).String(), "Kind(0)"},
		{Malformed.String(), "malformed"}, {(Vague | UnknownUnit).String(), "vague+unit"}, {Flag(0).String(), ""},
	}
	for _, tt := range tests {
		if tt.got != tt.want {
			t.Errorf("got %q, want %q", tt.got, tt.want)
		}
	}
}
