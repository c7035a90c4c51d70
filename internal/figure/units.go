package figure

import "unicode/utf8"

// The word tables of the grammar. Keys are words as printed; match finds the
// longest one at a position. The longest key is four runes.

// units maps a unit word to its canonical form.
var units = map[string]string{
	"元": "元", "美元": "美元",
	"%": "%", "％": "%",
	"个百分点": "个百分点", "百分点": "个百分点",
	"成":    "成",
	"平方公里": "平方公里", "平方米": "平方米", "亩": "亩", "公里": "公里", "吨": "吨",
	"小时": "小时", "日": "日", "天": "天", "年": "年", "个月": "个月", "个工作日": "个工作日",
	// Counters: the unit is a count of the things named.
	"家": "家", "个": "个", "项": "项", "名": "名", "户": "户", "列": "列", "次": "次",
	"人次": "人次", "部门": "部门", "支": "支", "粒": "粒", "栋": "栋", "人": "人", "件": "件", "张": "张",
	"条": "条", "枚": "枚", "国": "国", "批": "批", "种": "种", "份": "份", "位": "位",
	"座": "座", "所": "所", "处": "处", "大": "大", "倍": "倍", "道": "道", "轮": "轮",
	// 强 is the top-N class of 世界500强; the parser makes it a rank.
	"强": "强",
}

// afterGe completes a unit split by 多 in "两个多月": 个 + 多 + 月.
var afterGe = map[string]string{"月": "个月", "工作日": "个工作日", "百分点": "个百分点"}

// magnitudes maps a magnitude word to its power of ten.
var magnitudes = map[string]int{
	"万": 4, "十万": 5, "百万": 6, "千万": 7,
	"亿": 8, "十亿": 9, "百亿": 10, "千亿": 11, "万亿": 12,
}

// preBounds are the qualifiers written before the number.
var preBounds = map[string]Bound{
	"约": About, "大约": About, "约为": About,
	"近": Nearly, "将近": Nearly, "接近": Nearly,
	"逾": Over, "超": Over, "超过": Over, "突破": Over, "过": Over,
	"不到": Under, "不足": Under,
	"不少于": AtLeast, "不低于": AtLeast,
}

// postBounds are the qualifiers written after the unit.
var postBounds = map[string]Bound{"以上": AtLeast, "左右": About, "以下": AtMost, "以内": AtMost}

// directions maps a direction word to whether it states a decrease.
var directions = map[string]bool{
	"增长": false, "提高": false, "上升": false, "增加": false,
	"下降": true, "减少": true, "下滑": true, "降低": true, "回落": true,
}

// comparisons name the base of a change; a direction word must follow.
var comparisons = map[string]bool{"同比": true, "环比": true}

// exactWords state a figure without bounding it.
var exactWords = map[string]bool{"达": true, "达到": true, "实现": true, "完成": true, "为": true}

// rangeSeps join the two ends of a range.
var rangeSeps = map[string]bool{
	"-": true, "－": true, "—": true, "——": true, "–": true,
	"~": true, "～": true, "〜": true, "至": true, "到": true,
}

// ratioUnits are units that a magnitude cannot scale.
var ratioUnits = map[string]bool{"%": true, "个百分点": true, "成": true}

// timeUnits may take 内 ("3年内") and 多 ("一年多") after them.
var timeUnits = map[string]bool{"年": true, "个月": true, "日": true, "天": true, "小时": true, "个工作日": true}

// rankUnits may follow 前N: 前四名, 前20%.
var rankUnits = map[string]bool{"名": true, "位": true, "%": true, "强": true}

// match returns the value of the longest word of table that starts at s[i:]
// and its length in bytes.
func match[V any](s string, i int, table map[string]V) (v V, n int, ok bool) {
	var ends [4]int
	k := 0
	for j := i; k < len(ends) && j < len(s); k++ {
		_, size := utf8.DecodeRuneInString(s[j:])
		j += size
		ends[k] = j
	}
	for k--; k >= 0; k-- {
		if v, ok := table[s[i:ends[k]]]; ok {
			return v, ends[k] - i, true
		}
	}
	return v, 0, false
}
