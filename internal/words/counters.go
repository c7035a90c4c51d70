package words

// Counter is a measure word: the unit of a count is the counter word, kept
// as printed, so that 230家 counts enterprises and 83列 trains, and counts
// with different counters do not combine.
type Counter struct {
	Word string
	// English is the counter's English noun, singular and plural, where
	// its meaning holds across the seeds (家 enterprises); empty where it
	// depends on the sentence: 支 counts teams in one seed and vials in
	// another.
	English [2]string
	// Span reports a count of days (承诺的5个工作日) that, like a span of
	// time, takes 内 and 多 after it.
	Span bool
}

// Counters are the counter words of the seeds and of the releases the
// extractor reads; the figure parser reads every one.
var Counters = [...]Counter{
	{"家", [2]string{"enterprise", "enterprises"}, false},
	{"个", [2]string{}, false},
	{"项", [2]string{"item", "items"}, false},
	{"名", [2]string{"person", "persons"}, false},
	{"户", [2]string{"entity", "entities"}, false},
	{"列", [2]string{"train", "trains"}, false},
	{"次", [2]string{"time", "times"}, false},
	{"人次", [2]string{}, false},
	{"部门", [2]string{}, false},
	{"支", [2]string{}, false},
	{"粒", [2]string{}, false},
	{"栋", [2]string{"building", "buildings"}, false},
	{"人", [2]string{"person", "persons"}, false},
	{"件", [2]string{}, false},
	{"张", [2]string{}, false},
	{"条", [2]string{}, false},
	{"枚", [2]string{}, false},
	{"国", [2]string{"country", "countries"}, false},
	{"批", [2]string{"batch", "batches"}, false},
	{"种", [2]string{"kind", "kinds"}, false},
	{"份", [2]string{}, false},
	{"位", [2]string{}, false},
	{"座", [2]string{}, false},
	{"所", [2]string{}, false},
	{"处", [2]string{}, false},
	{"大", [2]string{}, false}, // 十大: the ten big ones
	{"道", [2]string{}, false},
	{"轮", [2]string{}, false},
	{"强", [2]string{}, false}, // 世界500强: the parser makes it a top-N rank
	{"个工作日", [2]string{"working day", "working days"}, true},
	{"辆", [2]string{"vehicle", "vehicles"}, false},
	{"标准箱", [2]string{"TEU", "TEU"}, false},
	{"标箱", [2]string{"TEU", "TEU"}, false},
	{"架次", [2]string{"flight", "flights"}, false},
	{"艘", [2]string{"ship", "ships"}, false},
	{"头", [2]string{"head", "head"}, false},
	{"只", [2]string{}, false},
	{"羽", [2]string{"bird", "birds"}, false},
	{"套", [2]string{}, false},
	{"台", [2]string{}, false},
	{"间", [2]string{}, false},
	{"部", [2]string{}, false},
	{"户次", [2]string{}, false},
	{"股", [2]string{"share", "shares"}, false},
	{"岁", [2]string{"year of age", "years of age"}, false},
	{"场", [2]string{}, false},
	{"册", [2]string{}, false},
	{"篇", [2]string{}, false},
	{"株", [2]string{}, false},
	{"棵", [2]string{}, false},
	{"箱", [2]string{}, false},
	{"起", [2]string{"case", "cases"}, false}, // 发生事故326起
	{"场次", [2]string{}, false},
	{"人年", [2]string{}, false},
	{"桥", [2]string{"bridge", "bridges"}, false}, // “三桥一隧”: three bridges
	{"隧", [2]string{"tunnel", "tunnels"}, false}, // and one tunnel
}

// CounterOf returns the row of a counter word: CounterOf("家") has the
// English nouns "enterprise" and "enterprises".
func CounterOf(word string) (Counter, bool) {
	i, ok := lookup().counters[word]
	if !ok {
		return Counter{}, false
	}
	return Counters[i], true
}
