package jinan

import (
	"errors"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// quantityView is what a test reads off a Quantity, as strings.
type quantityView struct {
	Value, High, Unit, Counter, Bound string
	Mag                               Magnitude
	Den                               int64
}

func view(q Quantity) quantityView {
	v := quantityView{Value: printed(q.Value()), Unit: q.Unit().String(), Counter: q.Unit().Counter(),
		Bound: q.Bound().String(), Mag: q.Magnitude(), Den: q.Denominator()}
	if q.Bound() == Range {
		v.High = printed(q.High())
	}
	return v
}

// TestParseQuantity reads figures as the seeds print them; each expected
// value is read off the figure text.
func TestParseQuantity(t *testing.T) {
	tests := []struct {
		in   string
		want quantityView
	}{
		{"2027.00亿元", quantityView{Value: "2027.00", Unit: "CNY", Bound: "exact", Mag: 8, Den: 1}},
		{"下降4.4%", quantityView{Value: "-4.4", Unit: "%", Bound: "exact", Den: 1}},
		{"逾3000万美元", quantityView{Value: "3000", Unit: "USD", Bound: "over", Mag: 4, Den: 1}},
		{"2800余人", quantityView{Value: "2800", Unit: "count", Counter: "人", Bound: "over", Den: 1}},
		{"约58万平方米", quantityView{Value: "58", Unit: "m2", Bound: "about", Mag: 4, Den: 1}},
		{"近四成", quantityView{Value: "4", Unit: "tenth", Bound: "nearly", Den: 1}},
		{"三分之一", quantityView{Value: "1", Unit: "ratio", Bound: "exact", Den: 3}},
		{"第27名", quantityView{Value: "27", Unit: "rank", Counter: "名", Bound: "exact", Den: 1}},
		{"1.5%—5%", quantityView{Value: "1.5", High: "5", Unit: "%", Bound: "range", Den: 1}},
		{"24.3个百分点", quantityView{Value: "24.3", Unit: "pp", Bound: "exact", Den: 1}},
		{"1579亩", quantityView{Value: "1579", Unit: "mu", Bound: "exact", Den: 1}},
		{"26.3平方公里", quantityView{Value: "26.3", Unit: "km2", Bound: "exact", Den: 1}},
		{"过万亿元", quantityView{Value: "1", Unit: "CNY", Bound: "over", Mag: 12, Den: 1}},
		{"7.25%", quantityView{Value: "7.25", Unit: "%", Bound: "exact", Den: 1}},
		{"-4.4%", quantityView{Value: "-4.4", Unit: "%", Bound: "exact", Den: 1}},
		// A fall of more than 3% is a value under −3%; a fall of at least
		// 3% is at most −3%; a fall of about 2 is about −2.
		{"下降超过3%", quantityView{Value: "-3", Unit: "%", Bound: "under", Den: 1}},
		{"下降3%以上", quantityView{Value: "-3", Unit: "%", Bound: "at_most", Den: 1}},
		{"下降约2%", quantityView{Value: "-2", Unit: "%", Bound: "about", Den: 1}},
	}
	for _, tt := range tests {
		q, err := ParseQuantity(tt.in)
		if err != nil {
			t.Errorf("ParseQuantity(%q): %v", tt.in, err)
			continue
		}
		if diff := cmp.Diff(tt.want, view(q)); diff != "" {
			t.Errorf("ParseQuantity(%q) (-want +got):\n%s", tt.in, diff)
		}
	}
}

func TestParseQuantityErrors(t *testing.T) {
	tests := []struct {
		in   string
		want error
	}{
		{"", ErrEmpty},
		{"4.4.4%", ErrSyntax},
		{"3.8亿英镑", ErrUnknownUnit},
		{"约超过3000", ErrSyntax},
		{"NaN", ErrSyntax},
		{"--3", ErrSyntax},
	}
	for _, tt := range tests {
		_, err := ParseQuantity(tt.in)
		var pe *ParseError
		if !errors.Is(err, tt.want) || !errors.As(err, &pe) {
			t.Errorf("ParseQuantity(%q) error = %v, want a *ParseError wrapping %v", tt.in, err, tt.want)
		}
	}
}

// TestBase checks values in base units against arithmetic written out.
func TestBase(t *testing.T) {
	tests := []struct {
		in, want string
	}{
		{"2027.00亿元", "202700000000"}, // 2027.00 × 10^8
		{"逾3000万美元", "30000000"},      // 3000 × 10^4
		{"26.3平方公里", "26300000"},      // 26.3 × 10^6 m²
		{"约58万平方米", "580000"},         // 58 × 10^4 m²
		{"5053.5吨", "5053500"},        // 5053.5 × 1000 kg
		{"近四成", "0.4"},                // 4 tenths
		{"下降4.4%", "-0.044"},          // −4.4 / 100
		{"45万平方米", "450000"},          // 45 × 10^4 m²
		{"1.5万亿", "1500000000000"},    // 1.5 × 10^12
		{"2000多公里", "2000000"},        // 2000 × 1000 m
	}
	for _, tt := range tests {
		got, err := MustParseQuantity(tt.in).Base()
		if err != nil || !got.Equal(dec(tt.want)) {
			t.Errorf("%s.Base() = %v, %v, want %s", tt.in, got, err, tt.want)
		}
	}
}

func TestBaseInexact(t *testing.T) {
	// 1579亩 = 1579 × 10000/15 m² = 1052666.666… m²: no exact decimal.
	q := MustParseQuantity("1579亩")
	if _, err := q.Base(); !errors.Is(err, ErrInexact) {
		t.Errorf("1579亩.Base() error = %v, want ErrInexact", err)
	}
	if got, err := q.BaseRound(2); err != nil || !got.Equal(dec("1052666.67")) {
		t.Errorf("1579亩.BaseRound(2) = %v, %v; want 1052666.67", got, err)
	}
	// 835亩 + 744亩 = 1579亩 (seed 003): 15 × 835 = 12525, so 835亩 is
	// 8350000/15 = 556666.666… m².
	if got, err := MustParseQuantity("835亩").BaseRound(0); err != nil || !got.Equal(dec("556667")) {
		t.Errorf("835亩.BaseRound(0) = %v, %v; want 556667", got, err)
	}
	if _, err := MustParseQuantity("三分之一").Base(); !errors.Is(err, ErrInexact) {
		t.Errorf("三分之一.Base() error = %v, want ErrInexact", err)
	}
}

func TestEqualAndIdentical(t *testing.T) {
	tests := []struct {
		a, b             string
		equal, identical bool
	}{
		{"2027.00亿元", "2027.00亿元", true, true},
		{"2027.00亿元", "2027亿元", true, false},
		{"2027.00亿元", "202700000000元", true, false},
		{"1平方公里", "1000000平方米", true, false},
		{"15亩", "10000平方米", true, false}, // 15 × 10000/15 = 10000 m²
		{"逾3000万美元", "3000万美元", false, false},
		{"3000万美元", "3000万元", false, false},
		{"20.7%", "20.7个百分点", false, false},
		{"230家", "230个", false, false},
	}
	for _, tt := range tests {
		a, b := MustParseQuantity(tt.a), MustParseQuantity(tt.b)
		if got := a.Equal(b); got != tt.equal {
			t.Errorf("%s.Equal(%s) = %v, want %v", tt.a, tt.b, got, tt.equal)
		}
		if got := a.Identical(b); got != tt.identical {
			t.Errorf("%s.Identical(%s) = %v, want %v", tt.a, tt.b, got, tt.identical)
		}
	}
	if !(Quantity{}).Equal(Quantity{}) || (Quantity{}).Equal(MustParseQuantity("1%")) {
		t.Error("the zero Quantity must equal only itself")
	}
}

func TestStringKeepsPrintedDigits(t *testing.T) {
	for in, want := range map[string]string{
		"2027.00亿元": "2027.00亿元",
		"逾3000万美元":  "超过3000万美元",
		"2800余人":    "超过2800人",
		"约58万平方米":   "约58万平方米",
		"80%以上":     "80%以上",
		"第27名":      "第27名",
		"下降4.4%":    "-4.4%",
		"1.5%—5%":   "1.5—5%",
	} {
		if got := MustParseQuantity(in).String(); got != want {
			t.Errorf("%s.String() = %q, want %q", in, got, want)
		}
	}
}

func TestTextRoundTrip(t *testing.T) {
	for _, in := range []string{"2027.00亿元", "逾3000万美元", "近四成", "三分之一", "第27名", "1.5%—5%",
		"下降4.4%", "下降超过3%", "下降3%以上", "下降近5%", "80%以上", "3862万支（粒）", "24.3个百分点", "1579亩", "首位"} {
		q := MustParseQuantity(in)
		text, err := q.MarshalText()
		if err != nil {
			t.Fatal(err)
		}
		var back Quantity
		if err := back.UnmarshalText(text); err != nil {
			t.Errorf("%s: UnmarshalText(%q): %v", in, text, err)
			continue
		}
		if !back.Equal(q) || !back.Identical(q) {
			t.Errorf("%s: round trip through %q gave %v", in, text, back)
		}
	}
}

func TestArithmetic(t *testing.T) {
	tests := []struct {
		op, a, b, want string
	}{
		// 835亩 + 744亩 = 1579亩 (seed 003's land supply).
		{"add", "835亩", "744亩", "1579亩"},
		// 20.7% − 24.3个百分点 does not combine; 20.7% − 24.3% is −3.6%.
		{"sub", "20.7%", "24.3%", "-3.6%"},
		// Bounds propagate: over 300 minus exact 100 is over 200.
		{"sub", "300余个", "100个", "超过200个"},
		// About anywhere makes about.
		{"add", "约58万平方米", "2万平方米", "约60万平方米"},
		// Magnitudes align to the smaller: 1.79亿 + 1548万 = 19448万.
		{"add", "1.79亿美元", "1548万美元", "19448万美元"},
		// Units of one dimension: 1平方公里 + 1000平方米 = 1001000平方米 in km² is 1.001.
		{"add", "1平方公里", "1000平方米", "1.001平方公里"},
	}
	for _, tt := range tests {
		a, b := MustParseQuantity(tt.a), MustParseQuantity(tt.b)
		var got Quantity
		var err error
		if tt.op == "add" {
			got, err = a.Add(b)
		} else {
			got, err = a.Sub(b)
		}
		if err != nil {
			t.Errorf("%s %s %s: %v", tt.a, tt.op, tt.b, err)
			continue
		}
		if want := MustParseQuantity(tt.want); !got.Equal(want) {
			t.Errorf("%s %s %s = %v, want %v", tt.a, tt.op, tt.b, got, want)
		}
	}
}

func TestArithmeticMismatch(t *testing.T) {
	tests := []struct{ a, b string }{
		{"20.7%", "24.3个百分点"},   // percent and percentage points
		{"3.8亿美元", "3.8亿元"},     // USD and CNY
		{"26.3平方公里", "5053.5吨"}, // m² and t
		{"230家", "83列"},         // enterprises and trains
		{"第27名", "第3名"},         // ranks are positions, not amounts
	}
	for _, tt := range tests {
		_, err := MustParseQuantity(tt.a).Add(MustParseQuantity(tt.b))
		var me *MismatchError
		if !errors.Is(err, ErrIncompatible) || !errors.As(err, &me) {
			t.Errorf("%s + %s error = %v, want a *MismatchError wrapping ErrIncompatible", tt.a, tt.b, err)
		}
		if a := MustParseQuantity(tt.a); a.Unit().Dimension() == Position {
			continue // ranks compare (27th after 3rd) though they do not add
		}
		if _, err := MustParseQuantity(tt.a).Cmp(MustParseQuantity(tt.b)); !errors.Is(err, ErrIncompatible) {
			t.Errorf("%s cmp %s error = %v, want ErrIncompatible", tt.a, tt.b, err)
		}
	}
}

func TestConvert(t *testing.T) {
	got, err := MustParseQuantity("26.3平方公里").Convert(SquareMetre)
	if err != nil || !got.Value().Equal(dec("26300000")) || got.Magnitude() != Units {
		t.Errorf("26.3平方公里 in m² = %v, %v, want 26300000平方米", got, err)
	}
	// 6.4万平方米 = 64000 m² = 0.064 km².
	if got, err := MustParseQuantity("6.4万平方米").Convert(SquareKilometre); err != nil || !got.Value().Equal(dec("0.064")) {
		t.Errorf("6.4万平方米 in km² = %v, %v, want 0.064", got, err)
	}
	if _, err := MustParseQuantity("1579亩").Convert(SquareMetre); !errors.Is(err, ErrInexact) {
		t.Errorf("1579亩 in m² error = %v, want ErrInexact", err)
	}
	// 1579 × 10000/15 = 1052666.666… → 1052666.67 at two places.
	if got, err := MustParseQuantity("1579亩").ConvertRound(SquareMetre, 2); err != nil || !got.Value().Equal(dec("1052666.67")) {
		t.Errorf("1579亩 in m² at 2 places = %v, %v, want 1052666.67", got, err)
	}
	if _, err := MustParseQuantity("3.8亿美元").Convert(CNY); !errors.Is(err, ErrNoRate) {
		t.Errorf("3.8亿美元 in CNY error = %v, want ErrNoRate", err)
	}
	if _, err := MustParseQuantity("20.7%").Convert(PercentagePoint); !errors.Is(err, ErrIncompatible) {
		t.Errorf("20.7%% in pp error = %v, want ErrIncompatible", err)
	}
}
