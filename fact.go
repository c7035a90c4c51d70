package jinan

import "slices"

// Key is what identifies a fact apart from its amount: subject, indicator,
// measure and period. It is comparable and usable as a map key.
type Key struct {
	Subject   Subject
	Indicator Indicator
	Measure   Measure
	Period    Period
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
// A Fact is immutable: its accessors return copies.
type Fact struct {
	id        string
	key       Key
	quantity  Quantity
	status    Status
	benchmark Subject
	shareOf   Indicator
	versus    Period
	rankOf    Quantity
	sources   []Source
	derived   bool
	inputs    []string
	formula   string
	note      string
}

// ID returns the fact's stable identifier, readable and independent of
// where the fact sits in a file: "jinan.gdp.level.2020-q1".
func (f Fact) ID() string { return f.id }

// Key returns the subject, indicator, measure and period.
func (f Fact) Key() Key { return f.key }

// Subject returns what the fact is about: Jinan.
func (f Fact) Subject() Subject { return f.key.Subject }

// Indicator returns what is measured: GDP.
func (f Fact) Indicator() Indicator { return f.key.Indicator }

// Measure returns which aspect is stated: Level, Growth, Gap …
func (f Fact) Measure() Measure { return f.key.Measure }

// Period returns the time the figure covers.
func (f Fact) Period() Period { return f.key.Period }

// Quantity returns the figure: 2027.00亿元.
func (f Fact) Quantity() Quantity { return f.quantity }

// Status returns Observed, or Planned for a target.
func (f Fact) Status() Status { return f.status }

// Benchmark returns what a Gap, Difference or Rank is taken against:
// Shandong for 高于全省平均水平, ShandongCities for 居全省第一. It is the
// zero Subject for other measures.
func (f Fact) Benchmark() Subject { return f.benchmark }

// ShareOf returns the whole a Share is a part of: the benchmark (or the
// fact's own subject when there is none) measured by ShareOf's indicator.
// For 济南高新区's 税收占一般公共预算收入的比重达到91.5% it is BudgetRevenue;
// for a share of the fact's own indicator (占全市进出口总额52.4%) it is the
// fact's indicator.
func (f Fact) ShareOf() Indicator {
	if f.shareOf.IsValid() {
		return f.shareOf
	}
	return f.key.Indicator
}

// Versus returns the earlier period a Change is measured against
// (前两个月 for 比前两个月提高11.1个百分点), or the zero Period.
func (f Fact) Versus() Period { return f.versus }

// RankOf returns the number of peers a Rank is among, where the source
// prints it (160家 in 全省160家…第27名), or the zero Quantity.
func (f Fact) RankOf() Quantity { return f.rankOf }

// Sources returns where the fact is printed, first source first. A figure
// printed twice (004 repeats its budget revenue paragraph) has two.
func (f Fact) Sources() []Source { return slices.Clone(f.sources) }

// Derived reports whether the library computed the fact from others
// rather than reading it from a seed.
func (f Fact) Derived() bool { return f.derived }

// Inputs returns the IDs of the facts a derived fact was computed from.
func (f Fact) Inputs() []string { return slices.Clone(f.inputs) }

// Formula describes in words how a derived fact was computed, with its
// rounding; "" for facts read from a seed.
func (f Fact) Formula() string { return f.formula }

// Note returns what a reader should know: a typo in the quote and what was
// meant, an ambiguity, how the year was inferred.
func (f Fact) Note() string { return f.note }

// Equal reports whether f and g are the same fact with equal quantities.
// go-cmp uses it.
func (f Fact) Equal(g Fact) bool {
	return f.id == g.id && f.key == g.key && f.quantity.Equal(g.quantity) &&
		f.status == g.status && f.benchmark == g.benchmark && f.shareOf == g.shareOf && f.versus == g.versus &&
		f.rankOf.Equal(g.rankOf) && slices.Equal(f.sources, g.sources) &&
		f.derived == g.derived && slices.Equal(f.inputs, g.inputs) &&
		f.formula == g.formula && f.note == g.note
}
