package jinan

import (
	"encoding/json"
	"iter"
	"slices"

	"github.com/jinanfacts/jinan/internal/data"
)

// Key is what a fact is about, apart from its amount: subject, indicator,
// measure, period, status and benchmark. It is comparable and usable as a
// map key, and a Key built from the exported constants and constructors
// equals the fact's:
//
//	jinan.Key{Subject: jinan.Jinan, Indicator: jinan.GDP, Measure: jinan.Level,
//		Period: jinan.QuarterOf(2020, 1), Status: jinan.Observed}
//
// is the Key of jinan.gdp.level.2020-q1. A few facts share a Key where a
// seed prints two figures for one thing (天桥区's completion rate, printed
// as 139.6% and 139.66%); their IDs tell them apart.
type Key struct {
	Subject   Subject
	Indicator Indicator
	Measure   Measure
	Period    Period
	Status    Status
	// Benchmark is what a gap, difference, rank or share is taken against:
	// Shandong for 高于全省平均水平; the zero Subject for other facts.
	Benchmark Subject
}

// Source is where a fact is printed: a seed document and the byte span
// [Start, End) of the verbatim quote in it. The library finds the span
// itself from the quote; nobody types an offset.
type Source struct {
	File       string // the seed's file name
	Start, End int    // UTF-8 byte offsets into the seed, End exclusive
	Quote      string // the bytes at [Start, End), verbatim
}

// Fact is one figure of the seeds, typed and sourced: Jinan's GDP in Q1
// 2020 was 2027.00亿元, quoted from 000 as "一季度济南市生产总值为2027.00亿元".
//
// A Fact is a one-word handle on an immutable record that its catalogue
// owns: passing one costs a pointer, and no caller can change what it
// holds. Slices it returns are copies. The zero Fact is no fact: IsValid
// reports false and every accessor returns a zero value.
type Fact struct{ f *fact }

// fact is what a Fact holds.
type fact struct {
	id          string
	key         Key
	quantity    Quantity      // unless lazy holds it
	lazy        *lazyQuantity // the figure's table row, read on first use; nil when quantity holds it
	shareOf     Indicator
	versus      Period
	rankOf      *Quantity // nil when the fact is not a rank among a printed number of peers
	sources     []Source
	periodLabel string
	inferred    string      // why the period's year was inferred; "" when printed
	derivation  *derivation // nil for a fact read from a seed
	note        string
}

// derivation is what a derived fact holds beyond a fact read.
type derivation struct {
	interval Interval         // its inputs allow, unless row holds it
	row      *data.Derivation // the generated row it was read from, whose interval it holds; nil if a rule derived it
	inputs   []string
	formula  text // written when read
}

// derived returns a copy of f's derivation, or the zero one for a fact
// read from a seed.
func (f *fact) derived() derivation {
	if f.derivation == nil {
		return derivation{}
	}
	return *f.derivation
}

// none is what the zero Fact reads as.
var none fact

// get returns the record of f, or an empty one for the zero Fact.
func (f Fact) get() *fact {
	if f.f == nil {
		return &none
	}
	return f.f
}

// IsValid reports whether f is a fact, not the zero Fact.
func (f Fact) IsValid() bool { return f.f != nil }

// ID returns the fact's stable identifier, readable and independent of
// where the fact sits in a file: "jinan.gdp.level.2020-q1". A derived
// fact's ID is its first input's followed by "/" and the rule:
// "jinan.trade.gap-shandong.2020-q1/benchmark-growth".
func (f Fact) ID() string { return f.get().id }

// Key returns what the fact is about.
func (f Fact) Key() Key { return f.get().key }

// Subject returns what the fact is about: Jinan.
func (f Fact) Subject() Subject { return f.get().key.Subject }

// Indicator returns what is measured: GDP.
func (f Fact) Indicator() Indicator { return f.get().key.Indicator }

// Measure returns which aspect is stated: Level, Growth, Gap …
func (f Fact) Measure() Measure { return f.get().key.Measure }

// Period returns the time the figure covers.
func (f Fact) Period() Period { return f.get().key.Period }

// PeriodLabel returns the period as the source printed it: "一季度",
// "1-3月份", "今年以来"; "" where the source prints none.
func (f Fact) PeriodLabel() string { return f.get().periodLabel }

// YearInferred reports whether the period's year came from the document's
// inferred date rather than from the text, and why.
func (f Fact) YearInferred() (bool, string) { return f.get().inferred != "", f.get().inferred }

// Quantity returns the figure: 2027.00亿元.
func (f Fact) Quantity() Quantity { return f.get().amount() }

// amount returns the fact's quantity, reading it from its table row on
// first use.
func (f *fact) amount() Quantity {
	if f.lazy != nil {
		return f.lazy.get()
	}
	return f.quantity
}

// Interval returns the values the fact allows, in its quantity's magnitude
// and unit: for a fact read from a seed, what its printed precision and
// bound allow (2027.00亿元 is [2026.995, 2027.005]); for a derived fact, what
// its inputs' precision allows, computed exactly (Shandong's Q1 2020 trade
// growth implied by 20.7% and 24.3个百分点 is [−3.7, −3.5]%).
func (f Fact) Interval() Interval {
	x := f.get()
	if d := x.derivation; d != nil {
		if d.row != nil {
			return rowInterval(d.row) // read from its row each time: two big.Rat
		}
		return d.interval
	}
	return x.amount().Interval()
}

// Status returns Observed, or Planned for a target.
func (f Fact) Status() Status { return f.get().key.Status }

// Benchmark returns what a Gap, Difference, Rank or Share is taken against:
// Shandong for 高于全省平均水平, ShandongCities for 居全省第一. It is the
// zero Subject for other measures.
func (f Fact) Benchmark() Subject { return f.get().key.Benchmark }

// ShareOf returns the whole a Share is a part of: the benchmark (or the
// fact's own subject when there is none) measured by ShareOf's indicator.
// For 济南高新区's 税收占一般公共预算收入的比重达到91.5% it is BudgetRevenue;
// for a share of the fact's own indicator (占全市进出口总额52.4%) it is the
// fact's indicator.
func (f Fact) ShareOf() Indicator {
	if x := f.get(); x.shareOf.IsValid() {
		return x.shareOf
	}
	return f.get().key.Indicator
}

// Versus returns the earlier period a Change is measured against
// (前两个月 for 比前两个月提高11.1个百分点), or the zero Period.
func (f Fact) Versus() Period { return f.get().versus }

// RankOf returns the number of peers a Rank is among, where the source
// prints it (160家 in 全省160家…第27名), or the zero Quantity.
func (f Fact) RankOf() Quantity {
	if x := f.get(); x.rankOf != nil {
		return *x.rankOf
	}
	return Quantity{}
}

// Sources returns where the fact is printed, first source first. A figure
// printed twice (004 repeats its budget revenue paragraph) has two. A
// derived fact carries the sources of its inputs.
func (f Fact) Sources() []Source { return slices.Clone(f.get().sources) }

// AllSources iterates over the sources without copying them.
func (f Fact) AllSources() iter.Seq[Source] { return slices.Values(f.get().sources) }

// Derived reports whether the library computed the fact from others
// rather than reading it from a seed.
func (f Fact) Derived() bool { return f.get().derivation != nil }

// Inputs returns the IDs of the facts a derived fact was computed from.
func (f Fact) Inputs() []string { return slices.Clone(f.get().derived().inputs) }

// Formula describes in words how a derived fact was computed, with its
// rounding; "" for facts read from a seed.
func (f Fact) Formula() string { return f.get().derived().formula.String() }

// Note returns what a reader should know: a typo in the quote and what was
// meant, an ambiguity, how the year was inferred.
func (f Fact) Note() string { return f.get().note }

// String returns the ID, period and figure:
// "jinan.gdp.level.2020-q1 2020-Q1 2027.00亿元".
func (f Fact) String() string {
	if !f.IsValid() {
		return ""
	}
	return f.ID() + " " + f.Period().String() + " " + f.Quantity().String()
}

// MarshalJSON writes the fact's Record.
func (f Fact) MarshalJSON() ([]byte, error) { return json.Marshal(f.Record()) }

// Equal reports whether f and g are the same fact with equal quantities.
// go-cmp uses it.
func (f Fact) Equal(g Fact) bool {
	a, b := f.get(), g.get()
	if a == b {
		return true
	}
	return a.id == b.id && a.key == b.key && a.amount().Equal(b.amount()) && f.Interval().equal(g.Interval()) &&
		a.shareOf == b.shareOf && a.versus == b.versus &&
		f.RankOf().Equal(g.RankOf()) && slices.Equal(a.sources, b.sources) &&
		a.periodLabel == b.periodLabel && a.inferred == b.inferred &&
		f.Derived() == g.Derived() && slices.Equal(a.derived().inputs, b.derived().inputs) &&
		f.Formula() == g.Formula() && a.note == b.note
}
