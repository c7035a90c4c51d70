package words

import (
	"testing"
	"unicode/utf8"
)

// TestWordsOnce checks that no word is listed twice, in one table or in
// two: a word has one meaning. The figure parser reads unit words and
// counters from one map, and bound and direction words before one number,
// so a word in two tables would be two meanings.
func TestWordsOnce(t *testing.T) {
	seen := map[string]string{}
	add := func(table, w string) {
		switch {
		case w == "" || !utf8.ValidString(w):
			t.Errorf("%s: invalid word %q", table, w)
		case seen[w] != "":
			t.Errorf("%s: %q is listed in %s already", table, w, seen[w])
		default:
			seen[w] = table
		}
	}
	for _, b := range Bounds {
		add("Bounds", b.Word)
	}
	for _, d := range Directions {
		add("Directions", d.Word)
	}
	for _, u := range UnitWords {
		add("UnitWords", u.Word)
	}
	for _, c := range Counters {
		add("Counters", c.Word)
	}
	codes := map[string]bool{}
	for _, u := range Units {
		if codes[u.Code] {
			t.Errorf("Units: code %q twice", u.Code)
		}
		codes[u.Code] = true
	}
}

// TestBounds checks each bound word's meaning, and that every bound but
// Exact has exactly one canonical word, read by the parser, since
// ParseQuantity reads back what Quantity.String writes.
func TestBounds(t *testing.T) {
	canonical := map[Bound]int{}
	for _, b := range Bounds {
		switch {
		case b.Bound < Exact || b.Bound > Under:
			t.Errorf("%s: bound %v", b.Word, b.Bound)
		case b.Position < BeforeNumber || b.Position > AfterUnit:
			t.Errorf("%s: position %d", b.Word, b.Position)
		case b.Bound == Exact && b.Position != BeforeNumber:
			t.Errorf("%s: an exact word stands before the number", b.Word)
		case b.Use == 0:
			t.Errorf("%s: no reader reads it", b.Word)
		}
		if b.Canonical {
			canonical[b.Bound]++
			if b.Use&Figures == 0 {
				t.Errorf("%s: canonical for %v but the parser does not read it", b.Word, b.Bound)
			}
		}
	}
	for b := Exact; b <= Under; b++ {
		want := 1
		if b == Exact {
			want = 0
		}
		if canonical[b] != want {
			t.Errorf("%v has %d canonical words, want %d", b, canonical[b], want)
		}
	}
	tests := []struct {
		b        Bound
		word     string
		position Position
		english  string
	}{
		{Exact, "", 0, ""},
		{About, "约", BeforeNumber, "about"},
		{Over, "超过", BeforeNumber, "more than"},
		{AtLeast, "以上", AfterUnit, "at least"},
		{AtMost, "以下", AfterUnit, "at most"},
		{Nearly, "近", BeforeNumber, "nearly"},
		{Under, "不到", BeforeNumber, "less than"},
		{0, "", 0, ""},
		{Under + 1, "", 0, ""},
	}
	for _, tt := range tests {
		if w := tt.b.Word(); w.Word != tt.word || w.Position != tt.position || (w.Word != "" && w.Bound != tt.b) {
			t.Errorf("%v.Word() = %+v, want %q at position %d", tt.b, w, tt.word, tt.position)
		}
		if got := tt.b.English(); got != tt.english {
			t.Errorf("%v.English() = %q, want %q", tt.b, got, tt.english)
		}
	}
}

// TestDirections checks that every direction has exactly one canonical
// word, and that the parser reads those of Up and Down, which
// Quantity.String and FormatFact write.
func TestDirections(t *testing.T) {
	canonical := map[Direction]int{}
	for _, d := range Directions {
		if d.Direction < Up || d.Direction > Level {
			t.Errorf("%s: direction %v", d.Word, d.Direction)
		}
		if d.Canonical {
			canonical[d.Direction]++
			if d.Direction != Level && d.Use&Figures == 0 {
				t.Errorf("%s: canonical for %v but the parser does not read it", d.Word, d.Direction)
			}
		}
	}
	for d := Up; d <= Level; d++ {
		if canonical[d] != 1 {
			t.Errorf("%v has %d canonical words, want 1", d, canonical[d])
		}
	}
	for _, tt := range []struct {
		d    Direction
		word string
		sign int
	}{{Up, "增长", 1}, {Down, "下降", -1}, {Level, "持平", 0}, {0, "", 0}, {Level + 1, "", 0}} {
		if got := tt.d.Word(); got != tt.word {
			t.Errorf("%v.Word() = %q, want %q", tt.d, got, tt.word)
		}
		if got := tt.d.Sign(); got != tt.sign {
			t.Errorf("%v.Sign() = %d, want %d", tt.d, got, tt.sign)
		}
	}
}

// TestUnits checks that every unit has a positive size, a dimension and a
// symbol that the parser reads and ParseUnit names, and that every unit
// word belongs to a unit and is reported as a word the parser reads for
// that unit.
func TestUnits(t *testing.T) {
	for _, u := range Units {
		if u.Num <= 0 || u.Den <= 0 || u.Dim < Money || u.Dim > MonthOfYear {
			t.Errorf("%s: size %d/%d, dimension %v", u.Code, u.Num, u.Den, u.Dim)
		}
		if got, ok := UnitOf(u.Code); !ok || got != u {
			t.Errorf("UnitOf(%q) = %+v, %v, want %+v", u.Code, got, ok, u)
		}
		w, ok := UnitWordOf(u.Symbol)
		if !ok || w.Code != u.Code || w.Canonical != u.Symbol || w.Use&(Figures|Names) != Figures|Names {
			t.Errorf("%s: symbol %q has the row %+v, %v; want a word of the unit that the parser and ParseUnit read", u.Code, u.Symbol, w, ok)
		}
		if (u.English[0] == "") != (u.English[1] == "") {
			t.Errorf("%s: English %q needs both forms or neither", u.Code, u.English)
		}
	}
	for _, w := range UnitWords {
		if _, ok := UnitOf(w.Code); !ok {
			t.Errorf("%s: no unit has the code %q", w.Word, w.Code)
		}
		c, ok := UnitWordOf(w.Canonical)
		if !ok || c.Code != w.Code || c.Canonical != c.Word || c.Use&Figures == 0 {
			t.Errorf("%s: canonical %q is %+v, %v; want a word of the same unit that the parser reads as itself", w.Word, w.Canonical, c, ok)
		}
		if w.Use == 0 {
			t.Errorf("%s: no reader reads it", w.Word)
		}
	}
	if _, ok := UnitOf("GBP"); ok {
		t.Error(`UnitOf("GBP") found a unit; the seeds print no pound`)
	}
}

// TestCounters checks the English nouns and the lookup of each counter.
func TestCounters(t *testing.T) {
	for _, c := range Counters {
		if (c.English[0] == "") != (c.English[1] == "") {
			t.Errorf("%s: English %q needs both forms or neither", c.Word, c.English)
		}
		if got, ok := CounterOf(c.Word); !ok || got != c {
			t.Errorf("CounterOf(%q) = %+v, %v, want %+v", c.Word, got, ok, c)
		}
	}
	if c, ok := CounterOf("家"); !ok || c.English != [2]string{"enterprise", "enterprises"} {
		t.Errorf(`CounterOf("家") = %+v, %v`, c, ok)
	}
	if _, ok := CounterOf("英镑"); ok {
		t.Error(`CounterOf("英镑") found a counter`)
	}
}

// TestUses checks that every reader reads some word: a flag nobody sets
// is dead.
func TestUses(t *testing.T) {
	var all Use
	for _, b := range Bounds {
		all |= b.Use
	}
	for _, d := range Directions {
		all |= d.Use
	}
	for _, u := range UnitWords {
		all |= u.Use
	}
	for u := Figures; u <= Pulls; u <<= 1 {
		if all&u == 0 {
			t.Errorf("no word has the reader flag %#x", u)
		}
	}
}

// TestDomainWords checks that the tables hold every word that the
// project's domain notes (DOMAIN.md: "Direction words" and "Magnitudes,
// qualifiers, numerals") list, with the meaning they give it.
func TestDomainWords(t *testing.T) {
	directions := map[Direction][]string{
		Up: {"增长", "增加", "提高", "提升", "上升", "上涨", "增收", "净增", "扩大", "高于", "快于", "比…高", "比…快"},
		Down: {"下降", "减少", "降低", "回落", "下滑", "减收", "减支", "收窄", "降幅为", "低于", "慢于",
			"比…低", "比…慢"},
		Level: {"持平"},
	}
	byWord := map[string]Direction{}
	for _, d := range Directions {
		byWord[d.Word] = d.Direction
	}
	for want, ws := range directions {
		for _, w := range ws {
			if got, ok := byWord[w]; !ok || got != want {
				t.Errorf("direction word %s: %v, listed %v; want %v", w, got, ok, want)
			}
		}
	}

	bounds := map[Bound][]string{
		Over:    {"余", "多", "逾", "超", "超过", "突破", "过"},
		AtLeast: {"以上"},
		About:   {"约", "左右"},
		Nearly:  {"近"},
		Under:   {"不到"},
		Exact:   {"达", "实现", "完成"},
	}
	boundOf := map[string]Bound{}
	for _, b := range Bounds {
		boundOf[b.Word] = b.Bound
	}
	for want, ws := range bounds {
		for _, w := range ws {
			if got, ok := boundOf[w]; !ok || got != want {
				t.Errorf("bound word %s: %v, listed %v; want %v", w, got, ok, want)
			}
		}
	}

	for _, w := range []string{"家", "个", "项", "名", "户", "列", "次", "支", "粒", "栋"} {
		if _, ok := CounterOf(w); !ok {
			t.Errorf("counter %s is missing", w)
		}
	}
	units := map[string]string{"平方公里": "km2", "亩": "mu", "吨": "t", "公里": "km", "美元": "USD", "元": "CNY", "%": "%", "个百分点": "pp", "成": "tenth",
		"小时": "h", "日": "d", "天": "d", "个月": "month", "年": "year"}
	for w, code := range units {
		if got, ok := UnitWordOf(w); !ok || got.Code != code {
			t.Errorf("unit word %s: %+v, %v; want code %s", w, got, ok, code)
		}
	}
	if mu, _ := UnitOf("mu"); mu.Num != 10000 || mu.Den != 15 {
		t.Errorf("亩 is %d/%d m², want 10000/15 exactly", mu.Num, mu.Den)
	}
	if km2, _ := UnitOf("km2"); km2.Num != 1_000_000 || km2.Den != 1 {
		t.Errorf("平方公里 is %d/%d m², want 10^6", km2.Num, km2.Den)
	}
}
