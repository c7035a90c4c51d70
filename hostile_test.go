package jinan

import (
	"errors"
	"fmt"
	"strings"
	"testing"

	"golang.org/x/text/currency"
)

// The tests of this file feed every public parser and converter what a
// careless or hostile caller might: each input names the sentinel error it
// must give, and none may panic. How fast the largest inputs fail is shown
// by BenchmarkParseHuge, not timed here.

// wrapsErr reports whether err is non-nil and wraps want.
func wrapsErr(err, want error) bool { return err != nil && errors.Is(err, want) }

// noPanic runs f, turning a panic into a test error.
func noPanic(t *testing.T, what string, f func()) {
	t.Helper()
	defer func() {
		if r := recover(); r != nil {
			t.Errorf("%s panicked: %v", what, r)
		}
	}()
	f()
}

// quoteShort returns s cut to a readable length for a test name or message.
func quoteShort(s string) string {
	if len(s) > 40 {
		return fmt.Sprintf("%.40q…(%d bytes)", s, len(s))
	}
	return fmt.Sprintf("%q", s)
}

// hostileQuantities are inputs to ParseQuantity and Quantity.UnmarshalText.
// want is the sentinel the input must give; nil means the input is valid
// and text is the quantity's String.
var hostileQuantities = []struct {
	in   string
	want error
	text string
}{
	// Nothing, or only space.
	{"", ErrEmpty, ""},
	{" ", ErrSyntax, ""},
	{" \t\n", ErrSyntax, ""},
	{"\u3000", ErrSyntax, ""}, // ideographic space
	{" 3元", ErrSyntax, ""},
	{"3元 ", ErrSyntax, ""},
	{"3 元", ErrSyntax, ""},

	// Far too long.
	{strings.Repeat("9", 1_000_000), ErrRange, ""},
	{"1" + strings.Repeat("0", 5000) + "元", ErrRange, ""},
	{"0." + strings.Repeat("0", 5000) + "1%", ErrRange, ""},
	{"1" + strings.Repeat(",000", 20), ErrRange, ""},
	{strings.Repeat("1", 31), ErrRange, ""},
	{strings.Repeat("1", 30), nil, strings.Repeat("1", 30)},
	{strings.Repeat("约", 1_000_000), ErrSyntax, ""},
	{"3元" + strings.Repeat("a", 1_000_000), ErrSyntax, ""},
	{"99999999999999999999分之1", ErrRange, ""},

	// Full- and half-width digits, mixed.
	{"１２．５％", nil, "12.5%"},
	{"１2.5%", nil, "12.5%"},
	{"12．5%", nil, "12.5%"},
	{"２０２７．００亿元", nil, "2027.00亿元"},
	{"１,２３４", nil, "1234"},
	{"1，234", ErrSyntax, ""}, // a full-width comma is not a thousands separator

	// Not a number at all.
	{"NaN", ErrSyntax, ""},
	{"Inf", ErrSyntax, ""},
	{"+Inf", ErrSyntax, ""},
	{"-Inf", ErrSyntax, ""},
	{"Infinity%", ErrSyntax, ""},
	{"∞", ErrSyntax, ""},
	{"1e5", ErrSyntax, ""},
	{"1E-5%", ErrSyntax, ""},
	{"0x1F", ErrSyntax, ""},
	{"<script>3</script>", ErrSyntax, ""},
	{"3元; DROP TABLE facts", ErrSyntax, ""},

	// Malformed numbers.
	{"4.4.4%", ErrSyntax, ""},
	{".5%", ErrSyntax, ""},
	{"5.%", ErrSyntax, ""},
	{"01", ErrSyntax, ""},
	{"1,23", ErrSyntax, ""},
	{"十几", ErrSyntax, ""},
	{"几十", ErrSyntax, ""},
	{"两十", ErrSyntax, ""},
	{"一百零零五", ErrSyntax, ""},
	{"三分之", ErrSyntax, ""},
	{"分之一", ErrSyntax, ""},
	{"0分之1", ErrSyntax, ""},
	{"1分之5", ErrSyntax, ""}, // no one prints a denominator of 1; String would drop it
	{"3分之1.5", ErrSyntax, ""},
	{"第0名", ErrSyntax, ""},
	{"第1.5名", ErrSyntax, ""},
	{"前0名", ErrSyntax, ""},
	{"0强", ErrSyntax, ""}, // a rank starts at 1, as 第0名 and 前0名
	{"1—", ErrSyntax, ""},
	{"—1", ErrSyntax, ""},
	{"5%—1.5%", ErrSyntax, ""},

	// Signs.
	{"-3万元", nil, "-3万元"},
	{"--3", ErrSyntax, ""},
	{"-", ErrSyntax, ""},
	{"- 3", ErrSyntax, ""},
	{"−3%", nil, "-3%"}, // U+2212 MINUS SIGN
	{"－3%", nil, "-3%"}, // a full-width minus
	{"−−3", ErrSyntax, ""},
	{"-−3", ErrSyntax, ""},
	{"−下降3%", ErrSyntax, ""},
	{"+3%", ErrSyntax, ""},
	{"下降-3%", ErrSyntax, ""},
	{"-下降3%", ErrSyntax, ""}, // a sign and a decrease word: which is meant?
	{"第-1名", ErrSyntax, ""},
	{"-第3名", ErrSyntax, ""}, // a rank is never negative
	{"-首位", ErrSyntax, ""},
	{"-前3名", ErrSyntax, ""},
	{"-500强", ErrSyntax, ""},

	// Unknown units and magnitudes.
	{"3.8亿英镑", ErrUnknownUnit, ""},
	{"12英担", ErrUnknownUnit, ""},
	{"3平方英里", ErrUnknownUnit, ""},
	{"3兆元", ErrUnknownUnit, ""},
	{"前三季度", ErrUnknownUnit, ""},
	{"3000USD", ErrSyntax, ""},
	{"3k元", ErrSyntax, ""},
	{"5百码", ErrSyntax, ""},
	{"3百元", ErrSyntax, ""},
	{"3万万元", ErrSyntax, ""},
	{"3万亿亿元", ErrSyntax, ""},
	{"3万%", ErrSyntax, ""},
	{"3亿个百分点", ErrSyntax, ""},
	{"3e-3元", ErrSyntax, ""}, // a negative magnitude has no word
	{"1万—5亿元", ErrSyntax, ""},
	{"1%—5个百分点", ErrSyntax, ""},

	// Stacked qualifiers.
	{"约超过3000", ErrSyntax, ""},
	{"约约3", ErrSyntax, ""},
	{"近逾3000万美元", ErrSyntax, ""},
	{"超过3000余万元", ErrSyntax, ""},
	{"约3000万美元左右", ErrSyntax, ""},
	{"约1—5%", ErrSyntax, ""},
	{"1—5%以上", ErrSyntax, ""},
	{"3元以上左右", ErrSyntax, ""}, // 左右 is a qualifier, not an unknown unit
	{"百亿级以上", ErrSyntax, ""},  // 以上 is a qualifier, not an unknown unit

	// Invalid UTF-8 and invisible characters.
	{"\xff", ErrSyntax, ""},
	{"3\xff元", ErrSyntax, ""},
	{"3元\xc3", ErrSyntax, ""}, // a truncated 2-byte sequence
	{strings.Repeat("\xff", 1_000_000), ErrSyntax, ""},
	{"3\x00元", ErrSyntax, ""},
	{"3\u200b元", ErrSyntax, ""}, // zero-width space
	{"\ufeff3元", ErrSyntax, ""}, // byte order mark

	// Direction words without a number, or in the wrong order.
	{"同比", ErrSyntax, ""},
	{"同比3%", ErrSyntax, ""},
	{"增长下降3%", ErrSyntax, ""},
	{"约", ErrSyntax, ""},
	{"第", ErrSyntax, ""},
}

// TestHostileParseQuantity checks that each hostile input gives its
// sentinel through a *ParseError or *UnitError, or parses to the value
// written beside it, without a panic.
func TestHostileParseQuantity(t *testing.T) {
	if len(hostileQuantities) < 40 {
		t.Fatalf("%d hostile inputs, want at least 40", len(hostileQuantities))
	}
	for _, tt := range hostileQuantities {
		noPanic(t, "ParseQuantity("+quoteShort(tt.in)+")", func() {
			q, err := ParseQuantity(tt.in)
			checkHostile(t, "ParseQuantity", tt.in, q, err, tt.want, tt.text)
		})
	}
}

// TestHostileQuantityUnmarshalText feeds the same inputs to
// Quantity.UnmarshalText, for which the empty text is the zero Quantity.
func TestHostileQuantityUnmarshalText(t *testing.T) {
	for _, tt := range hostileQuantities {
		noPanic(t, "UnmarshalText("+quoteShort(tt.in)+")", func() {
			var q Quantity
			err := q.UnmarshalText([]byte(tt.in))
			if tt.in == "" {
				if err != nil || !q.IsZero() {
					t.Errorf("UnmarshalText(\"\") = %v, %v; want the zero Quantity", q, err)
				}
				return
			}
			checkHostile(t, "UnmarshalText", tt.in, q, err, tt.want, tt.text)
			if tt.want == nil {
				return
			}
			kept := MustParseQuantity("1%")
			if err := kept.UnmarshalText([]byte(tt.in)); err != nil && !kept.Identical(MustParseQuantity("1%")) {
				t.Errorf("UnmarshalText(%s) = %v into 1%%, leaving %v; a failure must leave the value alone", quoteShort(tt.in), err, kept)
			}
		})
	}
}

// checkHostile checks the result of parsing in: the sentinel want through
// a typed error whose input is cut short, or, when want is nil, a value
// printing as text.
func checkHostile(t *testing.T, fn, in string, q Quantity, err, want error, text string) {
	t.Helper()
	if want == nil {
		if err != nil || q.String() != text {
			t.Errorf("%s(%s) = %q, %v; want %q", fn, quoteShort(in), q.String(), err, text)
		}
		return
	}
	if !wrapsErr(err, want) {
		t.Errorf("%s(%s) = %q, %v; want an error wrapping %q", fn, quoteShort(in), q.String(), err, want)
		return
	}
	var pe *ParseError
	var ue *UnitError
	switch {
	case errors.As(err, &pe):
		if pe.Offset < 0 || pe.Offset > len(in) || len(pe.Input) > 70 {
			t.Errorf("%s(%s): offset %d, input %s: %v", fn, quoteShort(in), pe.Offset, quoteShort(pe.Input), err)
		}
	case errors.As(err, &ue):
	default:
		t.Errorf("%s(%s): %T %v, want a *ParseError or *UnitError", fn, quoteShort(in), err, err)
	}
	if !q.IsZero() {
		t.Errorf("%s(%s) failed with %v but returned %v", fn, quoteShort(in), err, q)
	}
}

// TestParseErrorNamesTheInput checks that a ParseError quotes the caller's
// input and points into it, also where ParseQuantity reads a leading "-"
// itself before the figure parser runs.
func TestParseErrorNamesTheInput(t *testing.T) {
	tests := []struct {
		in     string
		input  string
		offset int
	}{
		{"4.4.4%", "4.4.4%", 3},
		{"-4.4.4%", "-4.4.4%", 4},
		{"3.8亿英镑", "3.8亿英镑", 6},
		{"-3.8亿英镑", "-3.8亿英镑", 7},
		{"- 3", "- 3", 1},
		{"-Inf", "-Inf", 1},
		{strings.Repeat("9", 100), strings.Repeat("9", 64) + "...", 0},
	}
	for _, tt := range tests {
		_, err := ParseQuantity(tt.in)
		var pe *ParseError
		if !errors.As(err, &pe) {
			t.Errorf("ParseQuantity(%q): %v, want a *ParseError", tt.in, err)
			continue
		}
		if pe.Input != tt.input || pe.Offset != tt.offset {
			t.Errorf("ParseQuantity(%q): error on input %q at byte %d, want %q at byte %d",
				tt.in, pe.Input, pe.Offset, tt.input, tt.offset)
		}
	}
}

// TestHostileUnits checks ParseUnit and Unit.UnmarshalText on hostile
// codes: each gives a *UnitError wrapping ErrUnknownUnit, or the unit
// written beside it.
func TestHostileUnits(t *testing.T) {
	tests := []struct {
		in   string
		want error
		unit Unit
	}{
		{"", nil, Unit{}},
		{" ", ErrUnknownUnit, Unit{}},
		{"CNY ", ErrUnknownUnit, Unit{}},
		{"cny", ErrUnknownUnit, Unit{}},
		{"ＣＮＹ", ErrUnknownUnit, Unit{}}, // full-width letters
		{"英镑", ErrUnknownUnit, Unit{}},
		{"%%", ErrUnknownUnit, Unit{}},
		{"Money", ErrUnknownUnit, Unit{}},
		{"\xff", ErrUnknownUnit, Unit{}},
		{"count:\xff", ErrUnknownUnit, Unit{}}, // JSON would turn the counter into U+FFFD
		{strings.Repeat("m", 1_000_000), ErrUnknownUnit, Unit{}},
		{"CNY", nil, CNY},
		{"EUR", nil, Currency(currency.EUR)},
		{"元", nil, CNY},
		{"％", ErrUnknownUnit, Unit{}}, // a code, not a figure: only the ASCII %
		{"count:家", nil, CountOf("家")},
		{"count", nil, CountOf("")},
		{"rank:", nil, RankOf("")},
	}
	for _, tt := range tests {
		noPanic(t, "ParseUnit("+quoteShort(tt.in)+")", func() {
			u, err := ParseUnit(tt.in)
			var back Unit
			errText := back.UnmarshalText([]byte(tt.in))
			for _, got := range []struct {
				fn  string
				u   Unit
				err error
			}{{"ParseUnit", u, err}, {"Unit.UnmarshalText", back, errText}} {
				if tt.want == nil {
					if got.err != nil || got.u != tt.unit {
						t.Errorf("%s(%s) = %#v, %v; want %#v", got.fn, quoteShort(tt.in), got.u, got.err, tt.unit)
					}
					continue
				}
				var ue *UnitError
				if !wrapsErr(got.err, tt.want) || !errors.As(got.err, &ue) || got.u != (Unit{}) {
					t.Errorf("%s(%s) = %#v, %v; want a *UnitError wrapping %q", got.fn, quoteShort(tt.in), got.u, got.err, tt.want)
				}
			}
		})
	}
}

// TestHostileBounds checks Bound.UnmarshalText on names that are not
// quite a bound's.
func TestHostileBounds(t *testing.T) {
	tests := []struct {
		in   string
		want error
		b    Bound
	}{
		{"", ErrSyntax, 0},
		{"Over", ErrSyntax, 0},
		{"over ", ErrSyntax, 0},
		{"unset", ErrSyntax, 0},
		{"Bound(9)", ErrSyntax, 0},
		{"at-least", ErrSyntax, 0},
		{"\xff", ErrSyntax, 0},
		{"约", ErrSyntax, 0},
		{"over", nil, Over},
		{"at_least", nil, AtLeast},
		{"range", nil, Range},
	}
	for _, tt := range tests {
		noPanic(t, "Bound.UnmarshalText("+quoteShort(tt.in)+")", func() {
			var b Bound
			err := b.UnmarshalText([]byte(tt.in))
			if tt.want == nil && (err != nil || b != tt.b) || tt.want != nil && (!wrapsErr(err, tt.want) || b != 0) {
				t.Errorf("Bound.UnmarshalText(%q) = %v, %v; want %v, %v", tt.in, b, err, tt.b, tt.want)
			}
		})
	}
	for _, b := range []Bound{0, Range + 1, 255} {
		if text, err := b.MarshalText(); !wrapsErr(err, ErrSyntax) {
			t.Errorf("Bound(%d).MarshalText() = %q, %v; want an error wrapping ErrSyntax", uint8(b), text, err)
		}
	}
}

// TestHostileArithmetic combines and converts quantities whose units do not
// combine; each must fail with its sentinel (ErrIncompatible through a
// *MismatchError), and the valid controls give the value beside them.
func TestHostileArithmetic(t *testing.T) {
	q := MustParseQuantity
	quantity := func(r Quantity, err error) (string, error) { return r.String(), err }
	compare := func(c int, err error) (string, error) { return fmt.Sprint(c), err }
	tests := []struct {
		name string
		op   func() (string, error)
		want error
		text string
	}{
		{"percent plus points", func() (string, error) { return quantity(q("20.7%").Add(q("24.3个百分点"))) }, ErrIncompatible, ""},
		{"points minus percent", func() (string, error) { return quantity(q("24.3个百分点").Sub(q("20.7%"))) }, ErrIncompatible, ""},
		{"yuan plus dollars", func() (string, error) { return quantity(q("2027.00亿元").Add(q("1.79亿美元"))) }, ErrIncompatible, ""},
		{"dollars minus yuan", func() (string, error) { return quantity(q("1.79亿美元").Sub(q("2027.00亿元"))) }, ErrIncompatible, ""},
		{"enterprises plus trains", func() (string, error) { return quantity(q("230家").Add(q("83列"))) }, ErrIncompatible, ""},
		{"days plus years", func() (string, error) { return quantity(q("5日").Add(q("3年"))) }, ErrIncompatible, ""},
		{"zero plus percent", func() (string, error) { return quantity(Quantity{}.Add(q("3%"))) }, ErrIncompatible, ""},
		{"percent plus zero", func() (string, error) { return quantity(q("3%").Add(Quantity{})) }, ErrIncompatible, ""},
		{"fraction plus percent", func() (string, error) { return quantity(q("三分之一").Add(q("40%"))) }, ErrInexact, ""},
		{"compare percent and points", func() (string, error) { return compare(q("20.7%").Cmp(q("24.3个百分点"))) }, ErrIncompatible, ""},
		{"compare yuan and dollars", func() (string, error) { return compare(q("3.8亿美元").Cmp(q("3.8亿元"))) }, ErrIncompatible, ""},
		{"compare enterprises and trains", func() (string, error) { return compare(q("230家").Cmp(q("83列"))) }, ErrIncompatible, ""},
		{"compare zeros", func() (string, error) { return compare(Quantity{}.Cmp(Quantity{})) }, ErrIncompatible, ""},
		{"compare rank and count", func() (string, error) { return compare(q("第27名").Cmp(q("27名"))) }, ErrIncompatible, ""},
		{"convert km2 to tonnes", func() (string, error) { return quantity(q("26.3平方公里").Convert(Tonne)) }, ErrIncompatible, ""},
		{"convert percent to points", func() (string, error) { return quantity(q("20.7%").Convert(PercentagePoint)) }, ErrIncompatible, ""},
		{"convert to the zero unit", func() (string, error) { return quantity(q("3%").Convert(Unit{})) }, ErrIncompatible, ""},
		{"convert enterprises to trains", func() (string, error) { return quantity(q("230家").Convert(CountOf("列"))) }, ErrIncompatible, ""},
		{"convert dollars to yuan", func() (string, error) { return quantity(q("3.8亿美元").Convert(CNY)) }, ErrNoRate, ""},
		{"convert yuan to euros", func() (string, error) { return quantity(q("2027.00亿元").Convert(Currency(currency.EUR))) }, ErrNoRate, ""},
		{"convert mu to m2 exactly", func() (string, error) { return quantity(q("1579亩").Convert(SquareMetre)) }, ErrInexact, ""},
		{"round dollars to yuan", func() (string, error) { return quantity(q("3.8亿美元").ConvertRound(CNY, 2)) }, ErrNoRate, ""},
		{"round tonnes to km", func() (string, error) { return quantity(q("5053.5吨").ConvertRound(Kilometre, 2)) }, ErrIncompatible, ""},
		{"round rank to count", func() (string, error) { return quantity(q("第27名").ConvertRound(CountOf("名"), 0)) }, ErrIncompatible, ""},
		{"round hours to months", func() (string, error) { return quantity(q("24小时").ConvertRound(Months, 2)) }, ErrIncompatible, ""},

		// Controls: what does combine gives the exact answer.
		{"convert km2 to m2", func() (string, error) { return quantity(q("26.3平方公里").Convert(SquareMetre)) }, nil, "26300000平方米"},
		{"round mu to m2", func() (string, error) { return quantity(q("1579亩").ConvertRound(SquareMetre, 2)) }, nil, "约1052666.67平方米"},
		{"compare tenths and percent", func() (string, error) { return compare(q("四成").Cmp(q("40%"))) }, nil, "0"},
		{"yuan plus yuan", func() (string, error) { return quantity(q("3万元").Add(q("2027.00亿元"))) }, nil, "20270003万元"},
	}
	for _, tt := range tests {
		noPanic(t, tt.name, func() {
			got, err := tt.op()
			switch {
			case tt.want == nil:
				if err != nil || got != tt.text {
					t.Errorf("%s = %s, %v; want %s", tt.name, got, err, tt.text)
				}
			case !wrapsErr(err, tt.want):
				t.Errorf("%s = %s, %v; want an error wrapping %q", tt.name, got, err, tt.want)
			case tt.want == ErrIncompatible:
				if me := (*MismatchError)(nil); !errors.As(err, &me) {
					t.Errorf("%s: %T %v, want a *MismatchError", tt.name, err, err)
				}
			}
		})
	}
}

// TestTextFormIsDecodable checks the encoding.TextMarshaler contract on
// quantities that no figure prints but the API can make: what MarshalText
// writes, UnmarshalText reads back to an Identical value; a quantity with
// no text form must make MarshalText fail instead.
func TestTextFormIsDecodable(t *testing.T) {
	// A range across zero has no printed form, so Add refuses to make one.
	if crossing, err := MustParseQuantity("-3%").Add(MustParseQuantity("1%—5%")); !errors.Is(err, ErrDomain) {
		t.Errorf("-3%% + 1%%—5%% = %s, %v; want ErrDomain", crossing, err)
	}
	tests := []struct {
		name string
		q    Quantity
	}{
		{"negative range", MustParseQuantity("下降1%—5%")},
		{"fall by more than", MustParseQuantity("下降超过3%")},
		{"negative fraction", MustParseQuantity("-三分之一")},
	}
	for _, tt := range tests {
		noPanic(t, tt.name, func() {
			text, err := tt.q.MarshalText()
			if err != nil {
				return // no text form, and MarshalText says so
			}
			var back Quantity
			if err := back.UnmarshalText(text); err != nil || !back.Identical(tt.q) || !back.Equal(tt.q) {
				t.Errorf("%s: MarshalText wrote %q, which reads back as %q, %v", tt.name, text, back.String(), err)
			}
		})
	}
}
