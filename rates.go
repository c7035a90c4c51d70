package jinan

import (
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"strings"
	"sync"

	"github.com/shopspring/decimal"

	"github.com/jinanfacts/jinan/internal/data"
	"github.com/jinanfacts/jinan/internal/errs"
)

// Exchange rates.
//
// The seeds print money in two currencies: 3.8亿美元 of utilized foreign
// capital next to 2027.00亿元 of GDP. Putting them side by side needs an
// exchange rate, and an exchange rate is a figure with a period and a
// source like any other. The library never converts with a rate that the
// caller did not choose or that it does not cite: a [Rate] carries the
// period it averages and its [Citation], and [ConvertCurrency] refuses a
// rate whose period does not contain the amount's.

const (
	// ErrRatePeriod: the exchange rate is for another period than the
	// amount, such as the 2019 average rate for 3.8亿美元 in the first
	// quarter of 2020. It wraps ErrNoRate.
	ErrRatePeriod = ratePeriodError("exchange rate is for another period")
	// ErrInvalidRate: NewRate was given something that is not an exchange
	// rate: a non-positive value, a unit that is not a currency, the same
	// currency twice, no period or no citation.
	ErrInvalidRate = errs.Sentinel("invalid exchange rate")
)

// ratePeriodError is the type of ErrRatePeriod: a constant sentinel that
// wraps ErrNoRate.
type ratePeriodError string

func (e ratePeriodError) Error() string { return string(e) + ": " + ErrNoRate.Error() }

func (ratePeriodError) Unwrap() error { return ErrNoRate }

// Citation says where a figure outside the seeds, such as an exchange
// rate, was published: the National Bureau of Statistics' statistical
// communiqué on 2020, published 2021-02-28, for the 2020 average rate of
// 6.8974 yuan per dollar.
//
// Citation is plain data, comparable with ==. Publisher and Title are
// required (NewRate checks); URL and Quote are empty where they were not
// retrieved, and Note says how the figure was checked.
type Citation struct {
	Publisher string // who published it: "国家统计局 (National Bureau of Statistics of China)"
	Title     string // the publication: "中华人民共和国2020年国民经济和社会发展统计公报"
	Published Date   // the day it was published: 2021-02-28
	URL       string // where it can be read, or ""
	Quote     string // the publication's words stating the figure, verbatim, or ""
	Note      string // how the figure was checked, and what was not
}

// IsZero reports whether c cites nothing, as the zero Citation; NewRate
// refuses it.
func (c Citation) IsZero() bool { return c == Citation{} }

// String returns the citation in one line: publisher, title, date of
// publication and URL when known, such as "国家统计局 (National Bureau of
// Statistics of China), 中华人民共和国2020年国民经济和社会发展统计公报,
// published 2021-02-28".
func (c Citation) String() string {
	parts := []string{c.Publisher, c.Title}
	if !c.Published.IsZero() {
		parts = append(parts, "published "+c.Published.String())
	}
	if c.URL != "" {
		parts = append(parts, c.URL)
	}
	return strings.Join(parts, ", ")
}

// Rate is an exchange rate: one unit of the base currency is worth Value
// units of the quote currency, on average over a period, as a cited source
// published it. The National Bureau of Statistics' 2020 average is 1 USD =
// 6.8974 CNY over the year 2020.
//
// The value keeps the digits as published ("6.8974"). A Rate converts both
// ways: base to quote by multiplication, which is exact, and quote to base
// by division, rounded as the caller says (see ConvertCurrency).
//
// Rate is immutable. Its zero value is "no rate": IsZero reports it, and
// ConvertCurrency refuses it with ErrNoRate.
type Rate struct {
	base, quote Unit
	value       decimal.Decimal
	period      Period
	cite        Citation
}

// NewRate returns the rate of value quote-currency units per base-currency
// unit over period p, published as c: a caller's own rate, such as a
// monthly average for an amount of one month (3月份 in 000), made with
// NewRate(USD, CNY, value, MonthOf(2020, 3), Citation{Publisher:
// …, Title: …}).
//
// The value must be positive, base and quote two different currencies, p a
// known period, and c must name a publisher and a title; otherwise the
// error wraps ErrInvalidRate and says which.
func NewRate(base, quote Unit, value decimal.Decimal, p Period, c Citation) (Rate, error) {
	fail := func(why string) (Rate, error) {
		return Rate{}, fmt.Errorf("jinan: rate %s %s per %s (%s): %s: %w",
			printed(value), quote, base, p, why, ErrInvalidRate)
	}
	_, baseOK := base.Currency()
	_, quoteOK := quote.Currency()
	switch {
	case !baseOK || !quoteOK:
		return fail("both units must be currencies")
	case base == quote:
		return fail("base and quote are the same currency")
	case value.Sign() <= 0:
		return fail("the rate must be positive")
	case p.IsZero():
		return fail("the period is unknown")
	case strings.TrimSpace(c.Publisher) == "" || strings.TrimSpace(c.Title) == "":
		return fail("the citation must name a publisher and a title")
	}
	return Rate{base: base, quote: quote, value: value, period: p, cite: c}, nil
}

// rateJSON is a Rate as JSON writes it.
type rateJSON struct {
	Base     Unit         `json:"base"`
	Quote    Unit         `json:"quote"`
	Value    string       `json:"value"`
	Period   Period       `json:"period"`
	Citation citationJSON `json:"citation"`
}

// citationJSON is a Citation as JSON writes it.
type citationJSON struct {
	Publisher string `json:"publisher"`
	Title     string `json:"title"`
	Published Date   `json:"published"`
	URL       string `json:"url"`
	Quote     string `json:"quote"`
	Note      string `json:"note"`
}

// MarshalJSON writes the rate's currencies, value as published (a string,
// never a JSON number), period and citation:
// {"base":"USD","quote":"CNY","value":"6.8974","period":"2020","citation":{…}}.
func (r Rate) MarshalJSON() ([]byte, error) {
	return json.Marshal(rateJSON{Base: r.base, Quote: r.quote, Value: printed(r.value), Period: r.period,
		Citation: citationJSON(r.cite)})
}

// UnmarshalJSON reads what MarshalJSON writes, checking it as NewRate does.
func (r *Rate) UnmarshalJSON(b []byte) error {
	var j rateJSON
	if err := json.Unmarshal(b, &j); err != nil {
		return err
	}
	value, err := decimalFromRecord(j.Value)
	if err != nil {
		return fmt.Errorf("jinan: rate value: %w", err)
	}
	v, err := NewRate(j.Base, j.Quote, value, j.Period, Citation(j.Citation))
	if err != nil {
		return err
	}
	*r = v
	return nil
}

// IsZero reports whether r is the zero Rate, which is no rate.
func (r Rate) IsZero() bool { return !r.base.IsValid() }

// Base returns the currency one unit of which the rate prices: USD in
// 1 USD = 6.8974 CNY.
func (r Rate) Base() Unit { return r.base }

// Quote returns the currency the rate is stated in: CNY in 1 USD =
// 6.8974 CNY.
func (r Rate) Quote() Unit { return r.quote }

// Value returns the number of quote units per base unit, with the digits
// as published: 6.8974.
func (r Rate) Value() decimal.Decimal { return r.value }

// Period returns the period the rate averages: the year 2020 for the
// National Bureau of Statistics' 2020 average.
func (r Rate) Period() Period { return r.period }

// Citation returns where the rate was published.
func (r Rate) Citation() Citation { return r.cite }

// Equal reports whether r and o are the same rate: the same currencies,
// value (6.8974 equals 6.89740), period and citation. go-cmp uses it.
func (r Rate) Equal(o Rate) bool {
	return r.base == o.base && r.quote == o.quote && r.value.Equal(o.value) &&
		r.period == o.period && r.cite == o.cite
}

// String returns the rate as "1 USD = 6.8974 CNY (2020)", the period in
// the form of Period.String; "" for the zero Rate.
func (r Rate) String() string {
	if r.IsZero() {
		return ""
	}
	return fmt.Sprintf("1 %s = %s %s (%s)", r.base, printed(r.value), r.quote, r.period)
}

// symbol returns the rate's unit as Chinese text prints it: "元/美元".
func (r Rate) symbol() string { return r.quote.Symbol() + "/" + r.base.Symbol() }

// RateError reports a currency conversion or rate lookup that has no
// usable rate: none cited for the period, a rate for other currencies, or
// a rate for another period than the amount's. It wraps ErrNoRate, or
// ErrRatePeriod (which wraps ErrNoRate) when only the period is wrong.
type RateError struct {
	Amount   Quantity // the amount to convert; zero for a lookup by CitedRate
	From, To Unit     // the currencies asked for
	Period   Period   // the amount's period
	Rate     Rate     // the rate offered; zero if there was none
	Reason   string   // why the rate does not apply
	Err      error    // ErrNoRate or ErrRatePeriod
}

// Error says what was to be converted, for which period, at which rate,
// and why the rate does not apply: "jinan: convert 3.8亿美元 to CNY for
// 2020-Q1 at 1 USD = 6.8985 CNY (2019): the rate averages 2019, which does
// not contain the amount's period: …".
func (e *RateError) Error() string {
	var b strings.Builder
	b.WriteString("jinan: ")
	if e.Amount.IsZero() {
		fmt.Fprintf(&b, "rate from %s to %s", e.From, e.To)
	} else {
		fmt.Fprintf(&b, "convert %s", e.Amount)
		if e.To.IsValid() {
			fmt.Fprintf(&b, " to %s", e.To)
		}
	}
	if p := e.Period.String(); p != "" {
		fmt.Fprintf(&b, " for %s", p)
	} else {
		b.WriteString(" for an unknown period")
	}
	if !e.Rate.IsZero() {
		fmt.Fprintf(&b, " at %s", e.Rate)
	}
	fmt.Fprintf(&b, ": %s: %v", e.Reason, e.Err)
	return b.String()
}

// Unwrap returns ErrNoRate or ErrRatePeriod.
func (e *RateError) Unwrap() error { return e.Err }

// citedRates returns the rates the library ships, built from
// internal/data on first use (see data.Rates for what each value was
// checked against).
func citedRates() []Rate {
	citedRatesOnce.Do(func() {
		var err error
		if citedRatesTable, err = buildCitedRates(); err != nil {
			panic(err) // the rates are compiled in; TestCitedRatesBuild proves they convert
		}
	})
	return citedRatesTable
}

var (
	citedRatesOnce  sync.Once
	citedRatesTable []Rate
)

// buildCitedRates converts data.Rates.
func buildCitedRates() ([]Rate, error) {
	out := make([]Rate, 0, len(data.Rates))
	for _, d := range data.Rates {
		base, err1 := ParseUnit(d.Base)
		quote, err2 := ParseUnit(d.Quote)
		value, err3 := decimal.NewFromString(d.Value)
		published, err4 := parseDate(d.Published)
		if err := errors.Join(err1, err2, err3, err4); err != nil {
			return nil, fmt.Errorf("jinan: cited rate %s/%s %d: %w", d.Quote, d.Base, d.Year, err)
		}
		r, err := NewRate(base, quote, value, YearOf(d.Year),
			Citation{Publisher: d.Publisher, Title: d.Title, Published: published, Note: d.Note})
		if err != nil {
			return nil, err
		}
		out = append(out, r)
	}
	return out, nil
}

// CitedRates returns the exchange rates the library cites, oldest first:
// the National Bureau of Statistics' annual average rates of the renminbi
// against the US dollar for 2019 (6.8985), 2020 (6.8974) and 2021
// (6.4515) yuan per dollar, each from the bureau's statistical communiqué
// on that year.
//
// Only the 2020 value is corroborated by an official report of its
// communiqué; the 2019 and 2021 values are unconfirmed, consistent with
// other published figures only. Each rate's Citation().Note says what it
// was checked against.
func CitedRates() []Rate { return append([]Rate(nil), citedRates()...) }

// CitedRate returns the cited rate between currencies from and to for an
// amount over period p: CitedRate(USD, CNY, QuarterOf(2020, 1))
// is the 2020 average, 1 USD = 6.8974 CNY.
//
// The cited rates are annual averages. An annual average is the rate for
// its year; for an amount over part of the year (a quarter, 1-10月, an
// instant such as 截至3月末) it is not the rate of that part but the
// closest rate the library cites, and the Conversion made with it says so
// (Conversion.Caveat). For a period that does not lie within one cited
// year (3年来, 2018–2020; 到2025年) there is no cited rate: the error is a
// *RateError wrapping ErrNoRate.
//
// The rate returned for CNY to USD is the same rate, 1 USD = 6.8974 CNY:
// a Rate converts both ways, and keeps the digits as published. Units that
// are not currencies give a *MismatchError wrapping ErrIncompatible;
// currencies other than CNY and USD give ErrNoRate.
func CitedRate(from, to Unit, p Period) (Rate, error) {
	if from.Dimension() != Money || to.Dimension() != Money {
		return Rate{}, &MismatchError{Op: "convert", A: from, B: to}
	}
	fail := func(why string, err error) (Rate, error) {
		return Rate{}, &RateError{From: from, To: to, Period: p, Reason: why, Err: err}
	}
	switch {
	case from == to:
		return fail("both are the same currency; there is nothing to convert", ErrNoRate)
	case p.IsZero():
		return fail("a rate needs the amount's period", ErrNoRate)
	}
	var years []string
	for _, r := range citedRates() {
		if !(from == r.base && to == r.quote || from == r.quote && to == r.base) {
			continue
		}
		if r.period.Contains(p) {
			return r, nil
		}
		years = append(years, r.period.String())
	}
	if len(years) == 0 {
		return fail("the library cites rates between USD and CNY only", ErrNoRate)
	}
	return fail("the library cites annual averages for "+strings.Join(years, ", ")+
		" only, and the period lies within none of those years", ErrNoRate)
}

// RoundingMode names the rounding of ConvertCurrency, as decimal.Round and
// Quantity.ConvertRound round: 齐鲁制药集团实现出口1.79亿美元 is 1.79 ×
// 6.8974 = 12.346346亿元, 12.35亿元 to 2 decimals; a last digit of 5 rounds
// away from zero, so 26.215 is 26.22 and −26.215 is −26.22.
const RoundingMode = "half away from zero"

// Conversion is an amount of money converted into another currency, with
// its lineage: the input and its period, the rate and its citation, the
// exact result where it terminates, the rounding, and the arithmetic as a
// formula.
//
// 3.8亿美元 of utilized foreign capital in the first quarter of 2020, at
// the 2020 average of 6.8974 yuan per dollar, is 26.21012亿元 exactly, or
// 26.21亿元 to 2 decimals.
type Conversion struct {
	input       Quantity
	period      Period
	rate        Rate
	exact       Quantity
	exactOK     bool
	result      Quantity
	places      int32
	formula     string
	caveat      string
	multiplying bool
}

// ConvertCurrency converts the amount q, a figure for period amountPeriod,
// with rate r, and rounds the result to places decimals of the result's
// own currency unit, yuan or dollars, half away from zero: 2 is to the fen
// or cent, −6 to the million (0.01亿). places beyond ±MaxPlaces is an error
// wrapping ErrRange.
//
// The direction follows from q's currency: an amount in the rate's base
// currency is multiplied (3.8亿美元 × 6.8974 = 26.21012亿元, exact), an
// amount in its quote currency is divided (1001.4亿元 ÷ 6.4515 =
// 155.2197…亿美元, rounded). The result keeps q's magnitude (亿 stays 亿),
// so 3.8亿美元 to the fen is 26.2101200000亿元, and its bound: over
// 3000万美元 is over 20692.200000万元. A result that rounding changes is
// "about"; a bound on one side is kept true by rounding away from it.
//
// The rate's period must contain amountPeriod. Where it is longer (the 2020
// average for an amount of 2020-Q1), the conversion is made with the
// closest cited rate and Conversion.Caveat says so.
//
// Errors:
//   - r is the zero Rate: *RateError wrapping ErrNoRate;
//   - q's currency is neither of r's (a JPY amount with a USD/CNY rate):
//     *RateError wrapping ErrNoRate, since what is missing is a rate for
//     that currency;
//   - r's period does not contain amountPeriod, or amountPeriod is unknown:
//     *RateError wrapping ErrRatePeriod (and so ErrNoRate);
//   - q is not money (20.7%, 1579亩): an error naming q that wraps a
//     *MismatchError, which wraps ErrIncompatible.
func ConvertCurrency(q Quantity, amountPeriod Period, r Rate, places int32) (Conversion, error) {
	if q.Unit().Dimension() != Money {
		return Conversion{}, &MismatchError{Op: "convert", A: q.Unit(), B: r.base, Left: clipInput("", q.String())}
	}
	fail := func(to Unit, why string, err error) (Conversion, error) {
		return Conversion{}, &RateError{Amount: q, From: q.Unit(), To: to, Period: amountPeriod, Rate: r, Reason: why, Err: err}
	}
	var to Unit
	switch {
	case r.IsZero():
		return fail(Unit{}, "no rate was given", ErrNoRate)
	case q.Unit() == r.base:
		to = r.quote
	case q.Unit() == r.quote:
		to = r.base
	default:
		return fail(Unit{}, fmt.Sprintf("the rate converts %s and %s, not %s", r.base, r.quote, q.Unit()), ErrNoRate)
	}
	switch {
	case amountPeriod.IsZero():
		return fail(to, "the amount's period is unknown, so no rate can be shown to apply", ErrRatePeriod)
	case !r.period.Contains(amountPeriod):
		return fail(to, fmt.Sprintf("the rate averages %s, which does not contain the amount's period", r.period), ErrRatePeriod)
	}

	if err := checkPlaces("convert "+q.String(), places); err != nil {
		return Conversion{}, err
	}
	c := Conversion{input: q, period: amountPeriod, rate: r, places: places, multiplying: q.Unit() == r.base}
	c.caveat = rateCaveat(r, amountPeriod)
	lo, hi := c.apply(q.Value()), c.apply(q.High())
	result, err := roundedAs(lo, hi, Quantity{mag: q.mag, unit: to, bound: q.bound}, places+int32(q.mag), "convert "+q.String())
	if err != nil {
		return Conversion{}, err
	}
	c.result = result
	exLo, okLo := exactDecimal(lo)
	exHi, okHi := exactDecimal(hi)
	if c.exactOK = okLo && (q.bound != Range || okHi); c.exactOK {
		c.exact = Quantity{value: exLo, mag: q.mag, unit: to, bound: q.bound}
		if q.bound == Range {
			c.exact.high = exHi
		}
	}
	c.formula = c.makeFormula(lo)
	return c, nil
}

// apply returns d (a value of the input, at its magnitude) converted with
// the rate, exactly, at the same magnitude.
func (c Conversion) apply(d decimal.Decimal) *big.Rat {
	v := d.Rat()
	if c.input.den > 1 {
		v.Quo(v, big.NewRat(c.input.den, 1))
	}
	if c.multiplying {
		return v.Mul(v, c.rate.value.Rat())
	}
	return v.Quo(v, c.rate.value.Rat())
}

// makeFormula writes the arithmetic: "1.79亿美元 × 6.8974元/美元 =
// 12.346346亿元", and the rounding where it changed the figure. A quotient
// that does not terminate is shown to six more decimals than asked for,
// after "≈".
func (c Conversion) makeFormula(lo *big.Rat) string {
	op := "×"
	if !c.multiplying {
		op = "÷"
	}
	lhs := fmt.Sprintf("%s %s %s%s", c.input, op, printed(c.rate.value), c.rate.symbol())
	if c.exactOK && c.exact.Identical(c.result) {
		return lhs + " = " + c.exact.String()
	}
	rounded := fmt.Sprintf("rounded %s to %s%s: %s", RoundingMode, printed(decimal.New(1, -c.places)), c.result.unit.Symbol(), c.result)
	if c.exactOK {
		return fmt.Sprintf("%s = %s, %s", lhs, c.exact, rounded)
	}
	digits := max(c.places+int32(c.input.mag), 0) + 6
	approx := c.result
	approx.value, approx.bound = roundRat(lo, digits), c.input.bound
	if approx.bound == Range {
		approx.high = roundRat(c.apply(c.input.High()), digits)
	}
	return fmt.Sprintf("%s ≈ %s (does not terminate), %s", lhs, approx, rounded)
}

// rateCaveat says how r's period differs from the amount's period, or ""
// when they are the same days.
func rateCaveat(r Rate, amount Period) string {
	if r.period.start == amount.start && r.period.end == amount.end {
		return ""
	}
	what := "an amount for " + amount.String()
	switch amount.Kind() {
	case Instant:
		what = "a figure at " + amount.String()
	case SoFar:
		what = fmt.Sprintf("an amount for %d so far, from %s to an end not printed, at the latest %s", amount.start.Year(), amount.start, amount.end)
	}
	return fmt.Sprintf("the %s average rate applied to %s: the closest rate cited, not a rate for that period", r.period, what)
}

// Input returns the amount converted: 3.8亿美元.
func (c Conversion) Input() Quantity { return c.input }

// Period returns the amount's period: 2020-Q1 for 3.8亿美元 of foreign
// capital used in the first quarter of 2020.
func (c Conversion) Period() Period { return c.period }

// Rate returns the rate used, with its citation.
func (c Conversion) Rate() Rate { return c.rate }

// Result returns the converted amount, rounded to Places decimals in the
// input's magnitude: 26.21亿元.
func (c Conversion) Result() Quantity { return c.result }

// Exact returns the converted amount before rounding, 26.21012亿元, and
// false when it does not terminate as a decimal (most divisions:
// 1001.4亿元 ÷ 6.4515).
func (c Conversion) Exact() (Quantity, bool) { return c.exact, c.exactOK }

// Places returns the number of decimals of the result's currency unit the
// result was rounded to: 2 for to the fen.
func (c Conversion) Places() int32 { return c.places }

// Rounding returns how the result was rounded: RoundingMode, "half away
// from zero".
func (c Conversion) Rounding() string { return RoundingMode }

// Formula returns the arithmetic in words and symbols: "3.8亿美元 ×
// 6.8974元/美元 = 26.21012亿元, rounded half away from zero to 2 decimals:
// 26.21亿元".
func (c Conversion) Formula() string { return c.formula }

// Caveat returns what a reader must know about the rate's fit, or "" when
// the rate's period is the amount's: for 3.8亿美元 in 2020-Q1 at the 2020
// average, "the 2020 average rate applied to an amount for 2020-Q1
// (一季度): the closest rate cited, not a rate for that period".
func (c Conversion) Caveat() string { return c.caveat }

// String returns the formula, followed by the caveat when there is one.
func (c Conversion) String() string {
	if c.caveat == "" {
		return c.formula
	}
	return c.formula + " (" + c.caveat + ")"
}
