package jinan

import (
	"errors"
	"testing"
)

// boundFigures are one figure per bound, all near 3%.
var boundFigures = map[Bound]string{
	Exact: "3%", About: "约3%", Over: "超过3%", AtLeast: "3%以上",
	AtMost: "3%以下", Nearly: "近3%", Under: "不到3%", Range: "1%—3%",
}

// TestAddBounds: the bound of a sum for every pair of bounds, as interval
// arithmetic gives it. "-" is a sum that nothing bounds (ErrDomain).
func TestAddBounds(t *testing.T) {
	order := []Bound{Exact, About, Over, AtLeast, AtMost, Nearly, Under, Range}
	// Rows are the left operand, columns the right, in order.
	want := [][]string{
		//     Exact     About    Over     AtLeast   AtMost    Nearly   Under    Range
		{"exact", "about", "over", "at_least", "at_most", "under", "under", "range"}, // Exact
		{"about", "about", "over", "at_least", "at_most", "under", "under", "about"}, // About
		{"over", "over", "over", "over", "-", "-", "-", "over"},                      // Over
		{"at_least", "at_least", "over", "at_least", "-", "-", "-", "at_least"},      // AtLeast
		{"at_most", "at_most", "-", "-", "at_most", "under", "under", "at_most"},     // AtMost
		{"under", "under", "-", "-", "under", "under", "under", "under"},             // Nearly
		{"under", "under", "-", "-", "under", "under", "under", "under"},             // Under
		{"range", "about", "over", "at_least", "at_most", "under", "under", "range"}, // Range
	}
	for i, a := range order {
		for j, b := range order {
			sum, err := MustParseQuantity(boundFigures[a]).Add(MustParseQuantity(boundFigures[b]))
			got := "-"
			if err == nil {
				got = sum.Bound().String()
			} else if !errors.Is(err, ErrDomain) {
				got = err.Error()
			}
			if got != want[i][j] {
				t.Errorf("%s + %s: bound %s, want %s", boundFigures[a], boundFigures[b], got, want[i][j])
			}
		}
	}
	// The case: 1.5%—5% plus 超过2% is over 3.5%, with no upper limit.
	if sum, err := MustParseQuantity("1.5%—5%").Add(MustParseQuantity("超过2%")); err != nil || sum.String() != "超过3.5%" {
		t.Errorf("1.5%%—5%% + 超过2%% = %s, %v; want 超过3.5%%", sum, err)
	}
}

// TestSubBounds: q − o is q + (−o): subtracting "over" bounds from above.
func TestSubBounds(t *testing.T) {
	tests := []struct{ a, b, want string }{
		{"5%", "超过3%", "不到2%"},   // 5 − (more than 3) is less than 2
		{"5%", "不到3%", "超过2%"},   // 5 − (less than 3) is more than 2
		{"5%", "近3%", "超过2%"},    // 5 − (nearly 3, under 3) is more than 2
		{"超过5%", "不到3%", "超过2%"}, // both push the same way
		{"5%", "1%—3%", "2—4%"},  // a range's ends swap
		{"超过5%", "超过3%", ""},     // opposite sides: nothing bounds it
	}
	for _, tt := range tests {
		d, err := MustParseQuantity(tt.a).Sub(MustParseQuantity(tt.b))
		switch {
		case tt.want == "" && !errors.Is(err, ErrDomain):
			t.Errorf("%s − %s = %s, %v; want ErrDomain", tt.a, tt.b, d, err)
		case tt.want != "" && (err != nil || d.String() != tt.want):
			t.Errorf("%s − %s = %s, %v; want %s", tt.a, tt.b, d, err, tt.want)
		}
	}
}

// TestRoundingBounds: rounding that changes a value makes it "about"; a
// bound on one side stays true because the rounding goes away from it; a
// range rounds outward; a value needing no rounding keeps its bound.
func TestRoundingBounds(t *testing.T) {
	tests := []struct{ in, want string }{
		{"3%", "3%"},    // nothing to round
		{"3.5%", "约4%"}, // half away from zero, and about
		{"约3.5%", "约4%"},
		{"超过3.5%", "超过3%"}, // over 3.5 is over 3
		{"3.5%以上", "3%以上"},
		{"3.5%以下", "4%以下"}, // at most 3.5 is at most 4
		{"不到3.5%", "不到4%"},
		{"近3.5%", "近4%"},
		{"1.5%—3.5%", "1—4%"}, // outward: the range still holds the truth
		{"1.1%—1.4%", "1—2%"}, // outward, not collapsed to 1—1%
		{"下降超过3.5%", "-超过3%"}, // under −3.5 is under −3: rounded up, away from the bound
	}
	for _, tt := range tests {
		r, err := MustParseQuantity(tt.in).ConvertRound(unitPercent, 0)
		if err != nil || r.String() != tt.want {
			t.Errorf("ConvertRound(%s, 0) = %s, %v; want %s", tt.in, r, err, tt.want)
		}
	}
	// The case: 1579亩 to −7 places (tens of millions of m²) is
	// about 0, not an exact 0.
	if r, err := MustParseQuantity("1579亩").ConvertRound(unitSquareMetre, -7); err != nil || r.String() != "约0平方米" {
		t.Errorf("1579亩 to −7 places = %s, %v; want 约0平方米", r, err)
	}
}

// TestConversionBounds: a currency conversion keeps a one-sided bound true
// and marks a rounded exact figure about.
func TestConversionBounds(t *testing.T) {
	rate, err := CitedRate(unitUSD, unitCNY, YearOf(2020))
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		in     string
		places int32
		want   string
	}{
		{"3.8亿美元", 2, "26.21012亿元"},    // exact to the fen
		{"3.8亿美元", -6, "约26.21亿元"},     // 26.21012 to 0.01亿
		{"逾3000万美元", -6, "超过20600万元"},  // over 20692.2万 is over 20600万 (to a million yuan, 100万)
		{"不到3000万美元", -6, "不到20700万元"}, // under 20692.2万 is under 20700万
		{"1—3亿美元", -7, "6.8—20.7亿元"},   // 6.8974—20.6922 outward to 0.1亿
	}
	for _, tt := range tests {
		c, err := ConvertCurrency(MustParseQuantity(tt.in), QuarterOf(2020, 1), rate, tt.places)
		if err != nil || c.Result().String() != tt.want {
			t.Errorf("ConvertCurrency(%s, %d) = %s, %v; want %s", tt.in, tt.places, c.Result(), err, tt.want)
		}
	}
}
