package figure_test

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/jinanfacts/jinan/internal/figure"
	"github.com/shopspring/decimal"
)

// seedPhrase is a figure phrase copied from a seed with the figure read off
// the phrase by hand. value and high are the numbers as printed, decimals
// kept ("2027.00"); high is "" unless the phrase is a range.
type seedPhrase struct {
	seed  string // file name prefix in seeds/
	in    string
	value string
	den   int64
	high  string
	mag   int
	unit  string
	bound figure.Bound
	neg   bool
	ord   bool
}

// seedPhrases are grouped by seed, in reading order.
var seedPhrases = []seedPhrase{
	// 000: Q1 2020 results.
	{seed: "000", in: "逾3000万美元", value: "3000", mag: 4, unit: "美元", bound: figure.Over},
	{seed: "000", in: "1.79亿美元", value: "1.79", mag: 8, unit: "美元", bound: figure.Exact},
	{seed: "000", in: "同比增长20.3%", value: "20.3", unit: "%", bound: figure.Exact},
	{seed: "000", in: "3862万支（粒）", value: "3862", mag: 4, unit: "支（粒）", bound: figure.Exact},
	{seed: "000", in: "同比增长73.5%", value: "73.5", unit: "%", bound: figure.Exact},
	{seed: "000", in: "超过50%", value: "50", unit: "%", bound: figure.Over},
	{seed: "000", in: "提高11.1个百分点", value: "11.1", unit: "个百分点", bound: figure.Exact},
	{seed: "000", in: "第一位", value: "1", unit: "位", bound: figure.Exact, ord: true},
	{seed: "000", in: "3.8亿美元", value: "3.8", mag: 8, unit: "美元", bound: figure.Exact},
	{seed: "000", in: "4.9个百分点", value: "4.9", unit: "个百分点", bound: figure.Exact},
	{seed: "000", in: "30余次", value: "30", unit: "次", bound: figure.Over},
	{seed: "000", in: "182个", value: "182", unit: "个", bound: figure.Exact},
	{seed: "000", in: "4781.3亿元", value: "4781.3", mag: 8, unit: "元", bound: figure.Exact},
	{seed: "000", in: "426.8亿元", value: "426.8", mag: 8, unit: "元", bound: figure.Exact},
	{seed: "000", in: "230家", value: "230", unit: "家", bound: figure.Exact},
	{seed: "000", in: "突破3000万美元", value: "3000", mag: 4, unit: "美元", bound: figure.Over},
	{seed: "000", in: "5053.5吨", value: "5053.5", unit: "吨", bound: figure.Exact},
	{seed: "000", in: "83列", value: "83", unit: "列", bound: figure.Exact},
	{seed: "000", in: "增长118.4%", value: "118.4", unit: "%", bound: figure.Exact},
	{seed: "000", in: "2027.00亿元", value: "2027.00", mag: 8, unit: "元", bound: figure.Exact},
	{seed: "000", in: "同比下降4.4%", value: "4.4", unit: "%", bound: figure.Exact, neg: true},
	{seed: "000", in: "24.3个百分点", value: "24.3", unit: "个百分点", bound: figure.Exact},
	{seed: "000", in: "16.7个百分点", value: "16.7", unit: "个百分点", bound: figure.Exact},
	{seed: "000", in: "首位", value: "1", unit: "位", bound: figure.Exact, ord: true},
	{seed: "000", in: "20项", value: "20", unit: "项", bound: figure.Exact},
	{seed: "000", in: "1万亿元", value: "1", mag: 12, unit: "元", bound: figure.Exact},
	{seed: "000", in: "138.77亿元", value: "138.77", mag: 8, unit: "元", bound: figure.Exact},
	{seed: "000", in: "1.1个百分点", value: "1.1", unit: "个百分点", bound: figure.Exact},
	{seed: "000", in: "达40.6%", value: "40.6", unit: "%", bound: figure.Exact},
	{seed: "000", in: "下降24.8%", value: "24.8", unit: "%", bound: figure.Exact, neg: true},
	{seed: "000", in: "521.6亿元", value: "521.6", mag: 8, unit: "元", bound: figure.Exact},
	{seed: "000", in: "96.2%", value: "96.2", unit: "%", bound: figure.Exact},
	{seed: "000", in: "2800余人", value: "2800", unit: "人", bound: figure.Over},
	{seed: "000", in: "约为58万平方米", value: "58", mag: 4, unit: "平方米", bound: figure.About},
	{seed: "000", in: "21栋", value: "21", unit: "栋", bound: figure.Exact},
	{seed: "000", in: "三大", value: "3", unit: "大", bound: figure.Exact},
	{seed: "000", in: "千亿元级", value: "1", mag: 11, unit: "元", bound: figure.AtLeast},
	{seed: "000", in: "3-5年", value: "3", high: "5", unit: "年", bound: figure.Range},
	{seed: "000", in: "8大", value: "8", unit: "大", bound: figure.Exact},
	{seed: "000", in: "40余支", value: "40", unit: "支", bound: figure.Over},
	{seed: "000", in: "两支", value: "2", unit: "支", bound: figure.Exact},
	{seed: "000", in: "117万户", value: "117", mag: 4, unit: "户", bound: figure.Exact},
	{seed: "000", in: "28.24%", value: "28.24", unit: "%", bound: figure.Exact},
	{seed: "000", in: "五枚", value: "5", unit: "枚", bound: figure.Exact},
	{seed: "000", in: "6张", value: "6", unit: "张", bound: figure.Exact},
	{seed: "000", in: "2224条", value: "2224", unit: "条", bound: figure.Exact},
	{seed: "000", in: "九大", value: "9", unit: "大", bound: figure.Exact},
	{seed: "000", in: "58处", value: "58", unit: "处", bound: figure.Exact},
	{seed: "000", in: "百亿级", value: "1", mag: 10, bound: figure.AtLeast},
	{seed: "000", in: "50亿级", value: "50", mag: 8, bound: figure.AtLeast},
	{seed: "000", in: "1320亿元", value: "1320", mag: 8, unit: "元", bound: figure.Exact},

	// 001: the mayor's interview and three years of new growth drivers.
	{seed: "001", in: "20强", value: "20", unit: "强", bound: figure.AtMost, ord: true},
	{seed: "001", in: "同比增长32.0%", value: "32.0", unit: "%", bound: figure.Exact},
	{seed: "001", in: "28.4个百分点", value: "28.4", unit: "个百分点", bound: figure.Exact},
	{seed: "001", in: "过千亿元", value: "1", mag: 11, unit: "元", bound: figure.Over},
	{seed: "001", in: "过百亿元", value: "1", mag: 10, unit: "元", bound: figure.Over},
	{seed: "001", in: "十大", value: "10", unit: "大", bound: figure.Exact},
	{seed: "001", in: "突破千亿元", value: "1", mag: 11, unit: "元", bound: figure.Over},
	{seed: "001", in: "第11位", value: "11", unit: "位", bound: figure.Exact, ord: true},
	{seed: "001", in: "330余家", value: "330", unit: "家", bound: figure.Over},
	{seed: "001", in: "近四成", value: "4", unit: "成", bound: figure.Nearly},
	{seed: "001", in: "7248.40亿元", value: "7248.40", mag: 8, unit: "元", bound: figure.Exact},
	{seed: "001", in: "5日", value: "5", unit: "日", bound: figure.Exact},
	{seed: "001", in: "15日", value: "15", unit: "日", bound: figure.Exact},
	{seed: "001", in: "5个工作日", value: "5", unit: "个工作日", bound: figure.Exact},
	{seed: "001", in: "20万件", value: "20", mag: 4, unit: "件", bound: figure.Exact},
	{seed: "001", in: "282.4亿元", value: "282.4", mag: 8, unit: "元", bound: figure.Exact},
	{seed: "001", in: "1.5%—5%", value: "1.5", high: "5", unit: "%", bound: figure.Range},
	{seed: "001", in: "环比增长12%", value: "12", unit: "%", bound: figure.Exact},
	{seed: "001", in: "约2个百分点", value: "2", unit: "个百分点", bound: figure.About},
	{seed: "001", in: "300多项", value: "300", unit: "项", bound: figure.Over},
	{seed: "001", in: "超过200亿元", value: "200", mag: 8, unit: "元", bound: figure.Over},
	{seed: "001", in: "前三", value: "3", bound: figure.AtMost, ord: true},
	{seed: "001", in: "45万平方米", value: "45", mag: 4, unit: "平方米", bound: figure.Exact},
	{seed: "001", in: "60年", value: "60", unit: "年", bound: figure.Exact},
	{seed: "001", in: "10万吨", value: "10", mag: 4, unit: "吨", bound: figure.Exact},
	{seed: "001", in: "3万家", value: "3", mag: 4, unit: "家", bound: figure.Exact},
	{seed: "001", in: "两个月", value: "2", unit: "个月", bound: figure.Exact},
	{seed: "001", in: "增长20%以上", value: "20", unit: "%", bound: figure.AtLeast},
	{seed: "001", in: "万亿级", value: "1", mag: 12, bound: figure.AtLeast},
	{seed: "001", in: "五千亿级", value: "5000", mag: 8, bound: figure.AtLeast},
	{seed: "001", in: "4批", value: "4", unit: "批", bound: figure.Exact},
	{seed: "001", in: "三分之一", value: "1", den: 3, unit: "fraction", bound: figure.Exact},
	{seed: "001", in: "26.3平方公里", value: "26.3", unit: "平方公里", bound: figure.Exact},
	{seed: "001", in: "119.98平方公里", value: "119.98", unit: "平方公里", bound: figure.Exact},
	{seed: "001", in: "37.99平方公里", value: "37.99", unit: "平方公里", bound: figure.Exact},
	{seed: "001", in: "80%以上", value: "80", unit: "%", bound: figure.AtLeast},
	{seed: "001", in: "22000余种", value: "22000", unit: "种", bound: figure.Over},
	{seed: "001", in: "15国", value: "15", unit: "国", bound: figure.Exact},

	// 002: Jinan High-tech Zone.
	{seed: "002", in: "同比增长48.1%", value: "48.1", unit: "%", bound: figure.Exact},
	{seed: "002", in: "38个月", value: "38", unit: "个月", bound: figure.Exact},
	{seed: "002", in: "24小时内", value: "24", unit: "小时", bound: figure.AtMost},
	{seed: "002", in: "前四名", value: "4", unit: "名", bound: figure.AtMost, ord: true},
	{seed: "002", in: "10.5%", value: "10.5", unit: "%", bound: figure.Exact},
	{seed: "002", in: "1150.2亿元", value: "1150.2", mag: 8, unit: "元", bound: figure.Exact},
	{seed: "002", in: "达到91.5%", value: "91.5", unit: "%", bound: figure.Exact},
	{seed: "002", in: "第一名", value: "1", unit: "名", bound: figure.Exact, ord: true},
	{seed: "002", in: "完成147.2亿元", value: "147.2", mag: 8, unit: "元", bound: figure.Exact},
	{seed: "002", in: "52.4%", value: "52.4", unit: "%", bound: figure.Exact},
	{seed: "002", in: "22.9个百分点", value: "22.9", unit: "个百分点", bound: figure.Exact},
	{seed: "002", in: "突破3000家", value: "3000", unit: "家", bound: figure.Over},
	{seed: "002", in: "54.8%", value: "54.8", unit: "%", bound: figure.Exact},
	{seed: "002", in: "突破万亿元", value: "1", mag: 12, unit: "元", bound: figure.Over},
	{seed: "002", in: "七大", value: "7", unit: "大", bound: figure.Exact},
	{seed: "002", in: "千亿级", value: "1", mag: 11, bound: figure.AtLeast},
	{seed: "002", in: "3000余家", value: "3000", unit: "家", bound: figure.Over},
	{seed: "002", in: "3—5年", value: "3", high: "5", unit: "年", bound: figure.Range},
	{seed: "002", in: "3年内", value: "3", unit: "年", bound: figure.AtMost},
	{seed: "002", in: "一个多亿", value: "1", mag: 8, bound: figure.Over},

	// 003: Shizhong District.
	{seed: "003", in: "17.7亿元", value: "17.7", mag: 8, unit: "元", bound: figure.Exact},
	{seed: "003", in: "超1600亿元", value: "1600", mag: 8, unit: "元", bound: figure.Over},
	{seed: "003", in: "100余家", value: "100", unit: "家", bound: figure.Over},
	{seed: "003", in: "6.4万平方米", value: "6.4", mag: 4, unit: "平方米", bound: figure.Exact},
	{seed: "003", in: "超1亿美元", value: "1", mag: 8, unit: "美元", bound: figure.Over},
	{seed: "003", in: "41.89亿元", value: "41.89", mag: 8, unit: "元", bound: figure.Exact},
	{seed: "003", in: "增长12.5%", value: "12.5", unit: "%", bound: figure.Exact},
	{seed: "003", in: "1654份", value: "1654", unit: "份", bound: figure.Exact},
	{seed: "003", in: "40.84万平方米", value: "40.84", mag: 4, unit: "平方米", bound: figure.Exact},
	{seed: "003", in: "1579亩", value: "1579", unit: "亩", bound: figure.Exact},
	{seed: "003", in: "20.56万平方米", value: "20.56", mag: 4, unit: "平方米", bound: figure.Exact},
	{seed: "003", in: "亿元以上", value: "1", mag: 8, unit: "元", bound: figure.AtLeast},
	{seed: "003", in: "7次", value: "7", unit: "次", bound: figure.Exact},
	{seed: "003", in: "第十二", value: "12", bound: figure.Exact, ord: true},

	// 004: district reports of December 2021.
	{seed: "004", in: "完成1001.4亿元", value: "1001.4", mag: 8, unit: "元", bound: figure.Exact},
	{seed: "004", in: "过万亿元", value: "1", mag: 12, unit: "元", bound: figure.Over},
	{seed: "004", in: "12天", value: "12", unit: "天", bound: figure.Exact},
	{seed: "004", in: "一个月内", value: "1", unit: "个月", bound: figure.AtMost},
	{seed: "004", in: "两大", value: "2", unit: "大", bound: figure.Exact},
	{seed: "004", in: "130多个", value: "130", unit: "个", bound: figure.Over},
	{seed: "004", in: "两家", value: "2", unit: "家", bound: figure.Exact},
	{seed: "004", in: "增长133%", value: "133", unit: "%", bound: figure.Exact},
	{seed: "004", in: "20多家", value: "20", unit: "家", bound: figure.Over},
	{seed: "004", in: "12145万美元", value: "12145", mag: 4, unit: "美元", bound: figure.Exact},
	{seed: "004", in: "同比增长672%", value: "672", unit: "%", bound: figure.Exact},
	{seed: "004", in: "第27名", value: "27", unit: "名", bound: figure.Exact, ord: true},
	{seed: "004", in: "前20%", value: "20", unit: "%", bound: figure.AtMost, ord: true},
	{seed: "004", in: "过亿元", value: "1", mag: 8, unit: "元", bound: figure.Over},
	{seed: "004", in: "9046万美元", value: "9046", mag: 4, unit: "美元", bound: figure.Exact},
	{seed: "004", in: "139.6%", value: "139.6", unit: "%", bound: figure.Exact},
	{seed: "004", in: "第二", value: "2", bound: figure.Exact, ord: true},
	{seed: "004", in: "29.20%", value: "29.20", unit: "%", bound: figure.Exact},
	{seed: "004", in: "79.59%", value: "79.59", unit: "%", bound: figure.Exact},
	{seed: "004", in: "第五", value: "5", bound: figure.Exact, ord: true},
	{seed: "004", in: "2000多公里", value: "2000", unit: "公里", bound: figure.Over},
	{seed: "004", in: "150余家", value: "150", unit: "家", bound: figure.Over},
	{seed: "004", in: "第九种", value: "9", unit: "种", bound: figure.Exact, ord: true},
	{seed: "004", in: "2.92亿美元", value: "2.92", mag: 8, unit: "美元", bound: figure.Exact},
	{seed: "004", in: "139.66%", value: "139.66", unit: "%", bound: figure.Exact},
	{seed: "004", in: "近7000平方米", value: "7000", unit: "平方米", bound: figure.Nearly},
}

// readSeeds returns the seed texts keyed by the three-digit prefix of their
// file names.
func readSeeds(t testing.TB) map[string]string {
	t.Helper()
	paths, err := filepath.Glob("../../seeds/*.txt")
	if err != nil || len(paths) != 5 {
		t.Fatalf("seeds: %d files, %v", len(paths), err)
	}
	seeds := make(map[string]string)
	for _, path := range paths {
		b, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		seeds[filepath.Base(path)[:3]] = string(b)
	}
	return seeds
}

// printed returns d with as many decimals as its exponent says, so that
// "2027.00" stays "2027.00".
func printed(d decimal.Decimal) string {
	return d.StringFixed(max(0, -d.Exponent()))
}

func TestSeedPhrasesOccurInSeeds(t *testing.T) {
	seeds := readSeeds(t)
	bySeed := map[string]int{}
	seen := map[string]bool{}
	for _, tc := range seedPhrases {
		if !strings.Contains(seeds[tc.seed], tc.in) {
			t.Errorf("%q does not occur in seed %s", tc.in, tc.seed)
		}
		if seen[tc.in] {
			t.Errorf("%q is listed twice", tc.in)
		}
		seen[tc.in] = true
		bySeed[tc.seed]++
	}
	for seed := range seeds {
		if bySeed[seed] < 10 {
			t.Errorf("seed %s: only %d phrases", seed, bySeed[seed])
		}
	}
	if len(seedPhrases) < 70 {
		t.Errorf("%d phrases, want at least 70", len(seedPhrases))
	}
}

func TestParseSeedPhrases(t *testing.T) {
	for _, tc := range seedPhrases {
		t.Run(tc.in, func(t *testing.T) {
			got, err := figure.Parse(tc.in)
			if err != nil {
				t.Fatal(err)
			}
			if !got.Value.Equal(decimal.RequireFromString(tc.value)) || printed(got.Value) != tc.value {
				t.Errorf("Value = %s, want %s", printed(got.Value), tc.value)
			}
			if tc.high == "" {
				if !got.High.IsZero() || got.High.Exponent() != 0 {
					t.Errorf("High = %s, want the zero decimal", printed(got.High))
				}
			} else if !got.High.Equal(decimal.RequireFromString(tc.high)) || printed(got.High) != tc.high {
				t.Errorf("High = %s, want %s", printed(got.High), tc.high)
			}
			if got.Den != tc.den || got.Magnitude != tc.mag || got.Unit != tc.unit ||
				got.Bound != tc.bound || got.Negative != tc.neg || got.Ordinal != tc.ord {
				t.Errorf("got Den %d Magnitude %d Unit %q Bound %v Negative %v Ordinal %v,\nwant Den %d Magnitude %d Unit %q Bound %v Negative %v Ordinal %v",
					got.Den, got.Magnitude, got.Unit, got.Bound, got.Negative, got.Ordinal,
					tc.den, tc.mag, tc.unit, tc.bound, tc.neg, tc.ord)
			}
			// Parse spans its whole input.
			if got.Start != 0 || got.End != len(tc.in) {
				t.Errorf("span [%d,%d), want [0,%d)", got.Start, got.End, len(tc.in))
			}
		})
	}
}

// TestScanAgreesWithParse: a phrase on its own is one figure to Scan, the
// same as Parse's.
func TestScanAgreesWithParse(t *testing.T) {
	for _, tc := range seedPhrases {
		want := figure.MustParse(tc.in)
		got := figure.Scan(tc.in)
		if len(got) != 1 || !got[0].Equal(want) {
			t.Errorf("Scan(%q) = %+v, want [%+v]", tc.in, got, want)
		}
	}
}

func TestParseMore(t *testing.T) {
	tests := []struct {
		in    string
		value string
		den   int64
		high  string
		mag   int
		unit  string
		bound figure.Bound
	}{
		{in: "１２．５％", value: "12.5", unit: "%", bound: figure.Exact},
		{in: "1,234", value: "1234", bound: figure.Exact},
		{in: "12,345.67万元", value: "12345.67", mag: 4, unit: "元", bound: figure.Exact},
		{in: "0.5%", value: "0.5", unit: "%", bound: figure.Exact},
		{in: "十二", value: "12", bound: figure.Exact},
		{in: "二十", value: "20", bound: figure.Exact},
		{in: "一百零五", value: "105", bound: figure.Exact},
		{in: "一千零五十", value: "1050", bound: figure.Exact},
		{in: "两千", value: "2000", bound: figure.Exact},
		{in: "两千五", value: "2500", bound: figure.Exact},
		{in: "零", value: "0", bound: figure.Exact},
		{in: "三十万", value: "30", mag: 4, bound: figure.Exact},
		{in: "1.5万亿", value: "1.5", mag: 12, bound: figure.Exact},
		{in: "3千万", value: "3", mag: 7, bound: figure.Exact},
		{in: "千万元以上", value: "1", mag: 7, unit: "元", bound: figure.AtLeast},
		{in: "十万", value: "1", mag: 5, bound: figure.Exact},
		{in: "3000多万元", value: "3000", mag: 4, unit: "元", bound: figure.Over},
		{in: "1万多元", value: "1", mag: 4, unit: "元", bound: figure.Over},
		{in: "两个多月", value: "2", unit: "个月", bound: figure.Over},
		{in: "一个多小时", value: "1", unit: "小时", bound: figure.Over},
		{in: "一年多", value: "1", unit: "年", bound: figure.Over},
		{in: "3年以内", value: "3", unit: "年", bound: figure.AtMost},
		{in: "50%以下", value: "50", unit: "%", bound: figure.AtMost},
		{in: "3000左右", value: "3000", bound: figure.About},
		{in: "不到3年", value: "3", unit: "年", bound: figure.Under},
		{in: "大约5万人", value: "5", mag: 4, unit: "人", bound: figure.About},
		{in: "三至五年", value: "3", high: "5", unit: "年", bound: figure.Range},
		{in: "3万—5万元", value: "3", high: "5", mag: 4, unit: "元", bound: figure.Range},
		{in: "3-5万", value: "3", high: "5", mag: 4, bound: figure.Range},
		{in: "百分之五十", value: "50", unit: "%", bound: figure.Exact},
		{in: "万分之一", value: "1", den: 10000, unit: "fraction", bound: figure.Exact},
		{in: "三分之二以上", value: "2", den: 3, unit: "fraction", bound: figure.AtLeast},
		{in: "5支(粒)", value: "5", unit: "支(粒)", bound: figure.Exact},
		{in: "提高3百分点", value: "3", unit: "个百分点", bound: figure.Exact},
		{in: "3.00倍", value: "3.00", unit: "倍", bound: figure.Exact},
		// Issue #16: counts in Chinese numerals with their counter, a half
		// before a unit of time, the deadline 月底前, an idiom of words.Idioms.
		{in: "三大", value: "3", unit: "大", bound: figure.Exact},
		{in: "十大", value: "10", unit: "大", bound: figure.Exact},
		{in: "两次", value: "2", unit: "次", bound: figure.Exact},
		{in: "三项", value: "3", unit: "项", bound: figure.Exact},
		{in: "两支", value: "2", unit: "支", bound: figure.Exact},
		{in: "三桥", value: "3", unit: "桥", bound: figure.Exact},
		{in: "一隧", value: "1", unit: "隧", bound: figure.Exact},
		{in: "半小时", value: "0.5", unit: "小时", bound: figure.Exact},
		{in: "不到半小时", value: "0.5", unit: "小时", bound: figure.Under},
		{in: "半个小时", value: "0.5", unit: "小时", bound: figure.Exact},
		{in: "半年多", value: "0.5", unit: "年", bound: figure.Over},
		{in: "30分钟", value: "30", unit: "分钟", bound: figure.Exact},
		{in: "9月底前", value: "9", unit: "月底前", bound: figure.AtMost},
		{in: "而立之年", value: "30", unit: "年", bound: figure.Exact},
		{in: "近“而立之年”", value: "30", unit: "年", bound: figure.Nearly},
	}
	for _, tc := range tests {
		got, err := figure.Parse(tc.in)
		if err != nil {
			t.Errorf("Parse(%q): %v", tc.in, err)
			continue
		}
		high := ""
		if got.Bound == figure.Range {
			high = printed(got.High)
		}
		if printed(got.Value) != tc.value || high != tc.high || got.Den != tc.den ||
			got.Magnitude != tc.mag || got.Unit != tc.unit || got.Bound != tc.bound {
			t.Errorf("Parse(%q) = %s–%s /%d ×10^%d %q %v, want %s–%s /%d ×10^%d %q %v", tc.in,
				printed(got.Value), high, got.Den, got.Magnitude, got.Unit, got.Bound,
				tc.value, tc.high, tc.den, tc.mag, tc.unit, tc.bound)
		}
	}
}

func TestParseErrors(t *testing.T) {
	tests := []struct {
		in     string
		err    error
		offset int
	}{
		{"", figure.ErrEmpty, 0},
		{" ", figure.ErrSyntax, 0},
		{" 3%", figure.ErrSyntax, 0},
		{"3% ", figure.ErrSyntax, 2},
		{"3\u3000%", figure.ErrSyntax, 1},
		{"4.4.4%", figure.ErrSyntax, 3},
		{"abc", figure.ErrSyntax, 0},
		{"3.8亿英镑", figure.ErrUnknownUnit, 6},
		{"8英寸", figure.ErrUnknownUnit, 1},
		{"8个国家", figure.ErrUnknownUnit, 4},
		{"3年来", figure.ErrUnknownUnit, 4},
		{"半", figure.ErrSyntax, 0},        // 半 before no unit of time
		{"半价", figure.ErrSyntax, 0},       // nor before a word
		{"13月底前", figure.ErrSyntax, 2},    // no 13th month
		{"9月底", figure.ErrUnknownUnit, 1}, // a date, not a deadline
		{"3万月底前", figure.ErrSyntax, 4},
		{"近“立之年”", figure.ErrSyntax, 3}, // no idiom of the table
		{"约超过3000", figure.ErrSyntax, 3},
		{"近逾5", figure.ErrSyntax, 3},
		{"约3000左右", figure.ErrSyntax, 7},
		{"30余次以上", figure.ErrSyntax, 8},
		{"约3-5年", figure.ErrSyntax, 4},
		{"1e5", figure.ErrSyntax, 1},
		{"5G", figure.ErrSyntax, 1},
		{"NaN", figure.ErrSyntax, 0},
		{"Inf", figure.ErrSyntax, 0},
		{"--3", figure.ErrSyntax, 0},
		{"+-3", figure.ErrSyntax, 0},
		{"-3%", figure.ErrSyntax, 0},
		{"-万", figure.ErrSyntax, 0},
		{"万万", figure.ErrSyntax, 3},
		{"3亿万", figure.ErrSyntax, 4},
		{"一万二千", figure.ErrSyntax, 6},
		{"3百", figure.ErrSyntax, 1},
		{"３.", figure.ErrSyntax, 3},
		{".5", figure.ErrSyntax, 0},
		{"007", figure.ErrSyntax, 0},
		{"1,23", figure.ErrSyntax, 1},
		{"1,2345", figure.ErrSyntax, 1},
		{"1234,567", figure.ErrSyntax, 4},
		{"1.234,567", figure.ErrSyntax, 5},
		{"\xff1", figure.ErrSyntax, 0},
		{"12%\xfe", figure.ErrSyntax, 3},
		{strings.Repeat("1", 1000), figure.ErrRange, 0},
		{"0." + strings.Repeat("0", 30) + "1", figure.ErrRange, 0},
		{"99999999999999999999分之1", figure.ErrRange, 0},
		{"十几", figure.ErrSyntax, 3},
		{"几十", figure.ErrSyntax, 0},
		{"数十家", figure.ErrSyntax, 0},
		{"八〇一", figure.ErrSyntax, 3},
		{"十两", figure.ErrSyntax, 3},
		{"两十", figure.ErrSyntax, 3},
		{"一百零", figure.ErrSyntax, 9},
		{"百", figure.ErrSyntax, 0},
		{"将近一半", figure.ErrUnknownUnit, 9},
		{"第", figure.ErrSyntax, 3},
		{"第0名", figure.ErrSyntax, 3},
		{"第2.5名", figure.ErrSyntax, 3},
		{"前两个月", figure.ErrSyntax, 6},
		{"分之一", figure.ErrSyntax, 0},
		{"三分之", figure.ErrSyntax, 9},
		{"零分之一", figure.ErrSyntax, 0},
		{"5%%", figure.ErrSyntax, 2},
		{"1.5%—", figure.ErrSyntax, 7},
		{"1.5%—5", figure.ErrSyntax, 8},
		{"3%-5个百分点", figure.ErrSyntax, 4},
		{"5-3年", figure.ErrSyntax, 2},
		{"3万-5", figure.ErrSyntax, 6},
		{"3万%", figure.ErrSyntax, 4},
		{"3级", figure.ErrSyntax, 1},
		{"同比20%", figure.ErrSyntax, 6},
		{"达", figure.ErrSyntax, 3},
		{"5支（", figure.ErrSyntax, 4},
	}
	for _, tc := range tests {
		f, err := figure.Parse(tc.in)
		var pe *figure.ParseError
		if !errors.As(err, &pe) {
			t.Errorf("Parse(%.20q) = %+v, %v; want a *ParseError", tc.in, f, err)
			continue
		}
		if !errors.Is(err, tc.err) || pe.Offset != tc.offset {
			t.Errorf("Parse(%.20q): %v\nwant %v at byte %d", tc.in, err, tc.err, tc.offset)
		}
	}
}

func TestParseErrorMessage(t *testing.T) {
	tests := []struct{ in, want string }{
		{"4.4.4%", `jinan: parsing "4.4.4%": at byte 3: second decimal point: invalid syntax`},
		{"3.8亿英镑", `jinan: parsing "3.8亿英镑": at byte 6: unknown unit "英镑": unknown unit`},
		{"约超过3000", `jinan: parsing "约超过3000": at byte 3: two bound qualifiers: invalid syntax`},
		{"", `jinan: parsing "": at byte 0: empty input`},
		{"\xff1", `jinan: parsing "\xff1": at byte 0: invalid UTF-8: invalid syntax`},
	}
	for _, tc := range tests {
		_, err := figure.Parse(tc.in)
		if err == nil || err.Error() != tc.want {
			t.Errorf("Parse(%q) error\n%v\nwant\n%s", tc.in, err, tc.want)
		}
	}
}

// TestParseLongInput: a megabyte fails with a short message that keeps
// whole characters. How fast is measured by BenchmarkLongInput, not here.
func TestParseLongInput(t *testing.T) {
	const n = 1_000_000
	tests := []struct {
		in     string
		err    error
		offset int
	}{
		{strings.Repeat("9", n), figure.ErrRange, 0},
		{"约" + strings.Repeat("万", (n-3)/3), figure.ErrSyntax, 6},
		{"12%" + strings.Repeat("元", (n-3)/3), figure.ErrUnknownUnit, 3},
		{strings.Repeat("亿", n/3-1) + "\xff", figure.ErrSyntax, (n/3 - 1) * 3},
	}
	for _, tc := range tests {
		_, err := figure.Parse(tc.in)
		var pe *figure.ParseError
		if !errors.As(err, &pe) || !errors.Is(err, tc.err) || pe.Offset != tc.offset {
			t.Errorf("Parse(%.12q…) = %v, want %v at byte %d", tc.in, err, tc.err, tc.offset)
			continue
		}
		if len(pe.Input) > 70 || len(err.Error()) > 300 {
			t.Errorf("Input is %d bytes, message %d bytes: %s", len(pe.Input), len(err.Error()), err)
		}
		if strings.ContainsRune(strings.TrimSuffix(pe.Input, "..."), '\uFFFD') {
			t.Errorf("Input %q splits a character", pe.Input)
		}
	}
	// Scan finds every figure and drops the megabyte of digits.
	if got := len(figure.Scan(longText)); got != n/20 {
		t.Errorf("Scan found %d figures, want %d", got, n/20)
	}
}

// longText is n/20 growth figures followed by a number of a million digits.
var longText = strings.Repeat("同比增长4.4%，约", 1_000_000/20) + strings.Repeat("1", 1_000_000)

// BenchmarkLongInput measures Parse failing on a megabyte of digits and Scan
// over 2 MB of text; the bytes per second show both are linear.
func BenchmarkLongInput(b *testing.B) {
	digits := strings.Repeat("9", 1_000_000)
	b.Run("Parse", func(b *testing.B) {
		b.SetBytes(int64(len(digits)))
		for b.Loop() {
			figure.Parse(digits)
		}
	})
	b.Run("Scan", func(b *testing.B) {
		b.SetBytes(int64(len(longText)))
		for b.Loop() {
			figure.Scan(longText)
		}
	})
}

func TestScan(t *testing.T) {
	tests := []struct {
		text string
		want []string // the figures' text[Start:End]
	}{
		{ // 002
			"进出口总额完成147.2亿元,同比增长48.1%,占全市进出口总额52.4%,拉动全市22.9个百分点",
			[]string{"完成147.2亿元", "同比增长48.1%", "52.4%", "22.9个百分点"},
		},
		{ // 000
			"受新冠肺炎疫情影响，一季度济南市生产总值为2027.00亿元，同比下降4.4%。",
			[]string{"为2027.00亿元", "同比下降4.4%"},
		},
		{ // 000: 两个月 is a span, not the rank 前两
			"同比增长20.7%，比前两个月提高11.1个百分点，增幅居全省第一位。",
			[]string{"同比增长20.7%", "两个月", "提高11.1个百分点", "第一位"},
		},
		{ // issue #16: counts of named groups, a deadline, an idiom; not 一大批, 重大, 大力, 上半年
			"确保9月底前中国算谷产业园开工建设，抓好三大核心产业，一大批重大项目大力推进，上半年，已近“而立之年”，不到半小时",
			[]string{"9月底前", "三大", "近“而立之年”", "不到半小时"},
		},
		{ // 000: 迈过 is "more than"
			"今年确保GDP迈过1万亿元门槛。",
			[]string{"过1万亿元"},
		},
		{ // 000: 十几 is vague, 八〇一 a name
			"郝芳芳十几分钟就办完了营业执照。山东省地质矿产勘查开发局八〇一水文地质工程地质大队",
			nil,
		},
		{ // 000: a counter with its alternative
			"出口数量达3862万支（粒），同比增长73.5%。",
			[]string{"达3862万支（粒）", "同比增长73.5%"},
		},
		{ // 001
			"欧亚班列快速增长，覆盖16个国家40余个城市，开行数量占全省近四成。",
			[]string{"16个", "40余个", "近四成"},
		},
		{ // 001: 前三 is a rank, 前三季度 a period
			"其服务器市场占有率稳居全球前三。前三季度，地区生产总值7248.40亿元，同比增长3.1%",
			[]string{"前三", "7248.40亿元", "同比增长3.1%"},
		},
		{ // 001
			"形成万亿级、五千亿级、三千亿级和千亿元级梯次发展新格局",
			[]string{"万亿级", "五千亿级", "三千亿级", "千亿元级"},
		},
		{ // 001
			"为金融机构提供1.5%—5%的财政补贴",
			[]string{"1.5%—5%"},
		},
		{ // 001: 十大 counts, 千亿产业 is a name
			"济南推进落实十大千亿产业“6+1”工作体系",
			[]string{"十大", "6", "1"},
		},
		{ // 002: 通过 is "through", and 5G is a name
			"力争通过3—5年，建设成全球算力产业新高地。大力加强5G、人工智能",
			[]string{"3—5年"},
		},
		{ // 002
			"“一个多亿的不动产登记抵押手续",
			[]string{"一个多亿"},
		},
		{ // 003
			"其中亿元以上项目174个，认缴资金748亿元，增长38%",
			[]string{"亿元以上", "174个", "748亿元", "增长38%"},
		},
		{ // 004: dates are numbers to the caller
			"1-10月,天桥区实际使用外资9046万美元,占全年任务的139.6%",
			[]string{"1-10", "9046万美元", "139.6%"},
		},
		{ // 004
			"在全省160家省级以上开发区中,位居第27名,首次进入全省前20%",
			[]string{"160家", "第27名", "前20%"},
		},
		{ // 004: 3.8亿英镑-style unknown units end the figure
			"山东首个8英寸高功率芯片生产项目",
			[]string{"8"},
		},
		{"增长１２．５％，约\xff3000元", []string{"增长１２．５％", "3000元"}},
		{"上午10:00，1,234家、1,23家、4.4.4版", []string{"10", "1,234家", "1", "23家"}},
	}
	for _, tc := range tests {
		got := figure.Scan(tc.text)
		var spans []string
		for _, f := range got {
			spans = append(spans, tc.text[f.Start:f.End])
		}
		if strings.Join(spans, " | ") != strings.Join(tc.want, " | ") {
			t.Errorf("Scan(%q)\n got %q\nwant %q", tc.text, spans, tc.want)
		}
	}
}

// TestScanSeeds: every figure Scan finds in the seeds is, on its own, the
// same figure to Parse; spans are in order and do not overlap.
func TestScanSeeds(t *testing.T) {
	for name, text := range readSeeds(t) {
		figs := figure.Scan(text)
		if len(figs) < 50 {
			t.Errorf("seed %s: only %d figures", name, len(figs))
		}
		end := 0
		for _, f := range figs {
			if f.Start < end || f.End <= f.Start || f.End > len(text) {
				t.Fatalf("seed %s: span [%d,%d) after %d", name, f.Start, f.End, end)
			}
			end = f.End
			phrase := text[f.Start:f.End]
			want, err := figure.Parse(phrase)
			if err != nil {
				t.Errorf("seed %s: Scan found %q, which Parse rejects: %v", name, phrase, err)
				continue
			}
			want.Start, want.End = f.Start, f.End
			if !f.Equal(want) {
				t.Errorf("seed %s: Scan %+v, Parse %+v", name, f, want)
			}
		}
	}
}

func TestBound(t *testing.T) {
	for b := figure.Bound(0); b <= figure.AtMost; b++ {
		text, err := b.MarshalText()
		if err != nil {
			t.Fatal(err)
		}
		if string(text) != b.String() {
			t.Errorf("MarshalText %q, String %q", text, b.String())
		}
		var back figure.Bound
		if err := back.UnmarshalText(text); err != nil || back != b {
			t.Errorf("UnmarshalText(%q) = %v, %v; want %v", text, back, err, b)
		}
	}
	if got := figure.Over.String(); got != "over" {
		t.Errorf("Over.String() = %q", got)
	}
	if got := figure.Bound(0).String(); got != "unset" {
		t.Errorf("Bound(0).String() = %q", got)
	}
	if got := figure.Bound(99).String(); got != "Bound(99)" {
		t.Errorf("Bound(99).String() = %q", got)
	}
	if _, err := figure.Bound(99).MarshalText(); err == nil {
		t.Error("Bound(99).MarshalText: no error")
	}
	var b figure.Bound
	if err := b.UnmarshalText([]byte("more")); err == nil {
		t.Error(`UnmarshalText("more"): no error`)
	}
}

func TestFigureEqual(t *testing.T) {
	a := figure.MustParse("2027.00亿元")
	if !a.Equal(figure.MustParse("2027.00亿元")) {
		t.Error("a figure is not Equal to itself")
	}
	if a.Equal(figure.MustParse("2027亿元")) {
		t.Error(`"2027.00亿元" Equal to "2027亿元": printed precision lost`)
	}
	if !a.IsValid() || (figure.Figure{}).IsValid() {
		t.Error("IsValid: a parsed figure must be valid, the zero Figure not")
	}
	if a.Equal(figure.MustParse("2027.00万元")) {
		t.Error(`"2027.00亿元" Equal to "2027.00万元"`)
	}
}

func TestMustParsePanics(t *testing.T) {
	defer func() {
		if recover() == nil {
			t.Error("MustParse(\"3.8亿英镑\") did not panic")
		}
	}()
	figure.MustParse("3.8亿英镑")
}

func FuzzParse(f *testing.F) {
	for _, tc := range seedPhrases {
		f.Add(tc.in)
	}
	for _, s := range []string{"", " ", "4.4.4%", "１２．５％", "1,234", "十几", "三分之", "\xff1", "一个多亿", "3862万支（粒）"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, in string) {
		got, err := figure.Parse(in)
		if err != nil {
			var pe *figure.ParseError
			if !errors.As(err, &pe) {
				t.Fatalf("Parse(%q): %T %v, want a *ParseError", in, err, err)
			}
			if pe.Offset < 0 || pe.Offset > len(in) || len(pe.Input) > 70 {
				t.Fatalf("Parse(%q): bad error %+v", in, pe)
			}
			return
		}
		if got.Start != 0 || got.End != len(in) || got.Bound == 0 {
			t.Fatalf("Parse(%q) = %+v", in, got)
		}
		// Scan finds the same figure, unless it skips it as a bare Chinese
		// numeral (三, 一大).
		if scanned := figure.Scan(in); len(scanned) > 1 || len(scanned) == 1 && !scanned[0].Equal(got) {
			t.Fatalf("Scan(%q) = %+v, Parse = %+v", in, scanned, got)
		}
	})
}

func FuzzScan(f *testing.F) {
	for _, tc := range seedPhrases {
		f.Add("据统计，" + tc.in + "。")
	}
	f.Fuzz(func(t *testing.T, text string) {
		end := 0
		for _, g := range figure.Scan(text) {
			if g.Start < end || g.End <= g.Start || g.End > len(text) {
				t.Fatalf("Scan(%q): span [%d,%d) after %d", text, g.Start, g.End, end)
			}
			end = g.End
			want, err := figure.Parse(text[g.Start:g.End])
			if err != nil {
				t.Fatalf("Scan(%q) found %q, which Parse rejects: %v", text, text[g.Start:g.End], err)
			}
			want.Start, want.End = g.Start, g.End
			if !g.Equal(want) {
				t.Fatalf("Scan(%q) = %+v, Parse = %+v", text, g, want)
			}
		}
	})
}
