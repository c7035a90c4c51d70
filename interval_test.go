package jinan

import (
	"errors"
	"math/big"
	"strings"
	"testing"
)

// rat parses a decimal or fraction literal in a test, "3.75/1.0585"
// being the quotient of two decimals.
func rat(t *testing.T, s string) *big.Rat {
	t.Helper()
	num, den, isQuo := strings.Cut(s, "/")
	r, ok := new(big.Rat).SetString(num)
	if !ok {
		t.Fatalf("bad rational %q", s)
	}
	if isQuo {
		d, ok := new(big.Rat).SetString(den)
		if !ok || d.Sign() == 0 {
			t.Fatalf("bad rational %q", s)
		}
		r.Quo(r, d)
	}
	return r
}

// TestPrintedIntervals: a printed figure allows half a unit of its last
// digit either side; a one-sided bound leaves a side open; a whole count
// without a magnitude word is exact.
func TestPrintedIntervals(t *testing.T) {
	tests := []struct {
		figure, lo, hi string // "" for an open side
	}{
		{"3.8亿美元", "3.75", "3.85"},
		{"2027.00亿元", "2026.995", "2027.005"},
		{"同比下降4.4%", "-4.45", "-4.35"},
		{"24.3个百分点", "24.25", "24.35"},
		{"230家", "230", "230"},      // a count of enterprises is exact
		{"117万户", "116.5", "117.5"}, // a count with a magnitude word is a rounding
		{"逾3000万美元", "3000", ""},    // more than
		{"80%以上", "80", ""},         // at least
		{"近四成", "", "4"},            // nearly
		{"1.5%—5%", "1.45", "5.5"},  // a range, each end to its own printed precision
		{"三分之一", "1/3", "1/3"},      // a fraction is exact
		{"第27名", "27", "27"},        // a rank
	}
	for _, tt := range tests {
		iv := MustParseQuantity(tt.figure).Interval()
		for side, want := range map[string]string{"lower": tt.lo, "upper": tt.hi} {
			got := iv.lo
			if side == "upper" {
				got = iv.hi
			}
			switch {
			case want == "" && got != nil:
				t.Errorf("%s: %s end %s, want open", tt.figure, side, got.RatString())
			case want != "" && (got == nil || got.Cmp(rat(t, want)) != 0):
				t.Errorf("%s: %s end %v, want %s (interval %s)", tt.figure, side, got, want, iv)
			}
		}
	}
}

// TestDerivedIntervals holds the intervals worked by hand in the derived-
// rigor issue and in ../shared/DOMAIN.md.
func TestDerivedIntervals(t *testing.T) {
	c := Default()
	tests := []struct {
		derive func(Fact) (Fact, error)
		input  string
		lo, hi string // exact ends
	}{
		// 3.8亿美元 up 5.8%: the prior level is in [3.75/1.0585, 3.85/1.0575].
		{c.PriorLevel, "jinan.foreign-capital.level.2020-q1", "3.75/1.0585", "3.85/1.0575"},
		// 20.7% − 24.3个百分点: [20.65 − 24.35, 20.75 − 24.25] = [−3.7, −3.5].
		{c.GrowthVersus, "jinan.trade.gap-shandong.2020-q1", "-3.7", "-3.5"},
		// 147.2亿元 is 52.4% of Jinan's trade: [147.15/0.5245, 147.25/0.5235].
		{c.WholeFromShare, "jinan-hitech-zone.trade.share-jinan.2020-q1", "147.15/0.5245", "147.25/0.5235"},
		// 124.6亿元 × 91.5%: [124.55 × 0.9145, 124.65 × 0.9155].
		{c.PartFromShare, "jinan-hitech-zone.tax-revenue.share-budget-revenue.2019", "113.900975", "114.117075"},
	}
	for _, tt := range tests {
		f, err := tt.derive(mustFact(t, tt.input))
		if err != nil {
			t.Errorf("%s: %v", tt.input, err)
			continue
		}
		iv := f.Interval()
		if iv.lo == nil || iv.hi == nil || iv.lo.Cmp(rat(t, tt.lo)) != 0 || iv.hi.Cmp(rat(t, tt.hi)) != 0 {
			t.Errorf("%s: interval %v..%v, want [%s, %s]", f.ID(), iv.lo, iv.hi, tt.lo, tt.hi)
		}
		// The printed ends contain the exact ones, and the value lies inside.
		lo, _ := iv.Lower()
		hi, _ := iv.Upper()
		if lo.Rat().Cmp(iv.lo) > 0 || hi.Rat().Cmp(iv.hi) < 0 || !iv.Contains(f.Quantity().Value()) {
			t.Errorf("%s: printed [%s, %s] does not hold the exact interval or the value %s", f.ID(), lo, hi, f.Quantity())
		}
	}
}

// TestEveryDerivedFactInItsInterval: lower ≤ value ≤ upper for every
// derived fact, and its record carries the ends.
func TestEveryDerivedFactInItsInterval(t *testing.T) {
	n := 0
	for f := range Default().Derived() {
		n++
		iv := f.Interval()
		q := f.Quantity()
		if !iv.Contains(q.Value()) || q.Bound() == Range && !iv.Contains(q.High()) {
			t.Errorf("%s: %s is outside %s", f.ID(), q, iv)
		}
		r := f.Record()
		if lo, ok := iv.Lower(); ok != (r.Lower != "") || ok && r.Lower != printed(lo) {
			t.Errorf("%s: record lower %q, interval %s", f.ID(), r.Lower, iv)
		}
		if hi, ok := iv.Upper(); ok != (r.Upper != "") || ok && r.Upper != printed(hi) {
			t.Errorf("%s: record upper %q, interval %s", f.ID(), r.Upper, iv)
		}
		if q.Unit().Dimension() == Count && q.Magnitude() == Units && q.Decimals() > 0 {
			t.Errorf("%s: a fractional count %s", f.ID(), q)
		}
	}
	if n == 0 {
		t.Fatal("no derived facts")
	}
}

// TestWholeCounts: a derived count is the set of whole numbers in its
// interval, found by testing them: one is exact, several a range, none an
// inconsistency.
func TestWholeCounts(t *testing.T) {
	count := Quantity{unit: CountOf("家")}
	tests := []struct {
		name   string
		lo, hi string
		want   string
		err    error
	}{
		// 230家 up 30%: [230/1.305, 230/1.295] = [176.25, 177.61] holds 177 only.
		{"one", "230/1.305", "230/1.295", "177家", nil},
		// A synthetic case: 10家 up 10% printed with no decimal, [10/1.105, 10/1.095]
		// = [9.05, 9.13], holds no whole number.
		{"none", "10/1.105", "10/1.095", "", ErrInconsistent},
		// A synthetic case: 100家 up 5%, [100/1.055, 100/1.045] = [94.79, 95.69]
		// holds 95 only; [90.2, 93.5] holds 91, 92 and 93.
		{"several", "90.2", "93.5", "91—93家", nil},
	}
	for _, tt := range tests {
		e, err := settle(new(big.Rat), Interval{lo: rat(t, tt.lo), hi: rat(t, tt.hi)}, count, 0, Exact)
		switch {
		case tt.err != nil && !errors.Is(err, tt.err):
			t.Errorf("%s: error %v, want %v", tt.name, err, tt.err)
		case tt.err == nil && (err != nil || e.q.String() != tt.want):
			t.Errorf("%s: %v, %v; want %s", tt.name, e.q, err, tt.want)
		}
	}
}

// TestDerivedTargetsAreTargets: a target implied by a completion rate of
// the annual task is a target for the calendar year.
func TestDerivedTargetsAreTargets(t *testing.T) {
	n := 0
	for f := range Default().Query(Query{Measure: Target, Origin: FromDerivation}) {
		n++
		if f.Status() != Planned || f.Period().Kind() != CalendarYear {
			t.Errorf("%s: status %v, period %v; want a target for a calendar year", f.ID(), f.Status(), f.Period())
		}
	}
	// 天桥区's foreign capital (139.6% and 139.66%) and outside funds (79.59%).
	if n != 3 {
		t.Errorf("%d derived targets, want 3", n)
	}
}

// TestShandongAgainstOfficialFigures: the official Q1 2020 figures for
// Shandong lie inside the intervals the library derives from the seeds
// alone. Source: 山东省统计局 and 青岛海关 releases of April 2020 as reported
// in the press (foreign trade −3.6%, general public budget revenue −10.1%,
// utilized foreign capital +0.88%).
func TestShandongAgainstOfficialFigures(t *testing.T) {
	c := Default()
	official := map[string]string{
		"jinan.trade.gap-shandong.2020-q1":           "-3.6",
		"jinan.budget-revenue.gap-shandong.2020-q1":  "-10.1",
		"jinan.foreign-capital.gap-shandong.2020-q1": "0.88",
	}
	for gap, want := range official {
		f, err := c.GrowthVersus(mustFact(t, gap))
		if err != nil {
			t.Fatal(err)
		}
		if !f.Interval().Contains(dec(want)) {
			t.Errorf("Shandong's official %s%% is outside %s derived from %s", want, f.Interval(), gap)
		}
	}
}
