package jinan

import (
	"encoding/json"
	"errors"
	"math"
	"os"
	"strings"
	"testing"

	"github.com/shopspring/decimal"
	"golang.org/x/text/currency"
)

// errorCases calls every exported function that can refuse its input, once
// per kind of refusal, and returns each error by name. The messages are
// what a user reads: testdata/errors.golden holds them all for review.
func errorCases(t *testing.T) []struct {
	name string
	err  error
} {
	t.Helper()
	c := Default()
	huge := strings.Repeat("亿", 1<<20) // 3 MiB
	q := MustParseQuantity
	type named = struct {
		name string
		err  error
	}
	var out []named
	add := func(name string, err error) { out = append(out, named{name, err}) }
	errOf := func(_ any, err error) error { return err }

	add("ParseQuantity two points", errOf(ParseQuantity("4.4.4%")))
	add("ParseQuantity unknown unit", errOf(ParseQuantity("3.8亿英镑")))
	add("ParseQuantity two qualifiers", errOf(ParseQuantity("约超过3000")))
	add("ParseQuantity empty", errOf(ParseQuantity("")))
	add("ParseQuantity invalid UTF-8", errOf(ParseQuantity("\xff1")))
	add("ParseQuantity negative rank", errOf(ParseQuantity("-第3名")))
	add("ParseQuantity 31 digits", errOf(ParseQuantity(strings.Repeat("9", 31)+"元")))
	add("ParseQuantity 3 MiB", errOf(ParseQuantity(huge)))
	add("ParsePeriod bad end month", errOf(ParsePeriod("2020-01-01/2020-13-01")))
	add("ParsePeriod quarter 7", errOf(ParsePeriod("2020-Q7")))
	add("ParsePeriod empty", errOf(ParsePeriod("")))
	add("ParsePeriod open end in another year", errOf(ParsePeriod("2020-01-01/..2021-05-01")))
	add("ParsePeriod 3 MiB", errOf(ParsePeriod(huge)))
	add("ParseUnit unknown", errOf(ParseUnit("英镑")))
	add("ParseUnit 3 MiB", errOf(ParseUnit(huge)))
	add("ParseSubject unknown", errOf(ParseSubject("atlantis")))
	add("ParseIndicator 3 MiB", errOf(ParseIndicator(huge)))
	add("Catalogue.Subject not used", errOf(c.Subject("huaiyin")))
	add("Catalogue.Indicator unknown", errOf(c.Indicator("happiness")))
	add("DocumentByFile unknown", errOf(DocumentByFile("005_0000.txt")))
	add("DocumentByFile 3 MiB", errOf(DocumentByFile(huge)))

	gdp, _ := c.Fact("jinan.gdp.level.2020-q1")
	r := gdp.Record()
	r.Value = "1e2147483647"
	add("FactFromRecord exponent", errOf(c.FactFromRecord(r)))
	r = gdp.Record()
	r.Note = huge
	add("FactFromRecord 3 MiB note", errOf(c.FactFromRecord(r)))
	r = gdp.Record()
	r.ID = "jinan.gdp.level.1999"
	add("FactFromRecord unknown ID", errOf(c.FactFromRecord(r)))
	var rec Record
	add("Record JSON not an object", json.Unmarshal([]byte(`[1]`), &rec))

	add("Add percent and points", errOf(q("20.7%").Add(q("24.3个百分点"))))
	add("Sub yuan and dollars", errOf(q("2027.00亿元").Sub(q("3.8亿美元"))))
	add("Add ranks", errOf(q("第27名").Add(q("第3名"))))
	add("Add over and under", errOf(q("超过3%").Add(q("不到2%"))))
	add("Add across zero", errOf(q("-3%").Add(q("1%—5%"))))
	add("Neg rank", errOf(q("第3名").Neg()))
	add("Rescale to 百", errOf(q("1亿元").Rescale(Magnitude(2))))
	add("Convert inexact", errOf(q("1579亩").Convert(unitSquareMetre)))
	add("Convert percent to points", errOf(q("20.7%").Convert(unitPercentagePoint)))
	add("Convert currencies", errOf(q("3.8亿美元").Convert(unitCNY)))
	add("ConvertRound places", errOf(q("1579亩").ConvertRound(unitSquareMetre, math.MinInt32)))
	add("BaseRound places", errOf(q("1579亩").BaseRound(math.MaxInt32)))
	add("Base inexact", errOf(q("三分之一").Base()))
	add("Cmp percent and points", errOf(q("20.7%").Cmp(q("24.3个百分点"))))
	add("NewQuantity yen", errOf(NewQuantity(decimal.NewFromInt(100), TenThousand, Unit{kind: kindCurrency, cur: mustCurrency(t, "JPY")})))
	add("NewQuantity magnitude 2", errOf(NewQuantity(decimal.NewFromInt(1), Magnitude(2), unitCNY)))
	add("NewQuantity 1e40", errOf(NewQuantity(decimal.New(1, 40), Units, unitCNY)))
	add("WithRange reversed", errOf(q("5%").WithRange(decimal.NewFromInt(1))))
	add("WithBound range", errOf(q("5%").WithBound(Range)))

	rate, _ := CitedRate(unitUSD, unitCNY, YearOf(2020))
	add("ConvertCurrency places", errOf(ConvertCurrency(q("3.8亿美元"), QuarterOf(2020, 1), rate, math.MinInt32)))
	add("ConvertCurrency other period", errOf(ConvertCurrency(q("3.8亿美元"), QuarterOf(2019, 1), rate, 2)))
	add("ConvertCurrency no rate", errOf(ConvertCurrency(q("3.8亿美元"), QuarterOf(2020, 1), Rate{}, 2)))
	add("ConvertCurrency not money", errOf(ConvertCurrency(q("20.7%"), QuarterOf(2020, 1), rate, 2)))
	add("CitedRate 2022", errOf(CitedRate(unitUSD, unitCNY, YearOf(2022))))
	add("NewRate negative", errOf(NewRate(unitUSD, unitCNY, decimal.NewFromInt(-1), YearOf(2020), Citation{Publisher: "p", Title: "t"})))

	add("PriorLevel comparable prices", errOf(c.PriorLevel(gdp)))
	add("GrowthVersus not a gap", errOf(c.GrowthVersus(gdp)))
	add("DiscreteFlow growth", errOf(c.DiscreteFlow(mustFact(t, "jinan.gdp.growth.2020-ytd-09"))))
	add("Compare nothing", errOf(c.Compare(Jinan, Trade, YearOf(1999))))

	var m Measure
	add("Measure text", m.UnmarshalText([]byte("Level")))
	var s Status
	add("Status text", s.UnmarshalText([]byte("planned")))
	var b Bound
	add("Bound text", b.UnmarshalText([]byte("Over")))
	var d Date
	add("Date text", d.UnmarshalText([]byte("2021-02-29")))
	var sub Subject
	add("Subject text", sub.UnmarshalText([]byte("Jinan")))
	add("Subject marshal", errOf(Subject(9999).MarshalText()))
	return out
}

// TestErrorMessages: every refusal is a named error (errors.Is finds a
// sentinel), its message begins with "jinan:", names its input cut to a
// readable length, and is the one testdata/errors.golden holds; with
// -update the file is rewritten for review.
func TestErrorMessages(t *testing.T) {
	var b strings.Builder
	for _, c := range errorCases(t) {
		if c.err == nil {
			t.Errorf("%s: no error", c.name)
			continue
		}
		msg := c.err.Error()
		if !strings.HasPrefix(msg, "jinan:") {
			t.Errorf("%s: %q does not begin with jinan:", c.name, msg)
		}
		if len(msg) > 600 {
			t.Errorf("%s: a message of %d bytes: the input is not cut", c.name, len(msg))
		}
		named := false
		for _, s := range apiSentinels {
			named = named || errors.Is(c.err, s)
		}
		if !named {
			t.Errorf("%s: %q wraps no sentinel", c.name, msg)
		}
		b.WriteString(c.name + "\n\t" + msg + "\n")
	}
	const golden = "testdata/errors.golden"
	if *update {
		if err := os.WriteFile(golden, []byte(b.String()), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("%v: run go test -run TestErrorMessages -update", err)
	}
	if string(want) != b.String() {
		t.Errorf("error messages changed; review them and run go test -run TestErrorMessages -update:\n%s", lineDiff(string(want), b.String()))
	}
}

// lineDiff returns the lines of got that want does not have, each with a
// "+", and the reverse with a "-".
func lineDiff(want, got string) string {
	in := func(s string) map[string]bool {
		m := map[string]bool{}
		for _, l := range strings.Split(s, "\n") {
			m[l] = true
		}
		return m
	}
	w, g := in(want), in(got)
	var b strings.Builder
	for _, l := range strings.Split(want, "\n") {
		if !g[l] {
			b.WriteString("- " + l + "\n")
		}
	}
	for _, l := range strings.Split(got, "\n") {
		if !w[l] {
			b.WriteString("+ " + l + "\n")
		}
	}
	return b.String()
}

// mustCurrency returns the ISO 4217 currency code.
func mustCurrency(t *testing.T, code string) currency.Unit {
	t.Helper()
	c, err := currency.ParseISO(code)
	if err != nil {
		t.Fatal(err)
	}
	return c
}
