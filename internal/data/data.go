// Package data holds the catalogue's curated data as plain values: the
// entries read from each seed, the vocabulary of subjects and indicators,
// the cited exchange rates and the audit's relations. It names no type of
// the root package; the root package converts it, checks it and proves
// every quote against the embedded seeds.
//
// Every value here is a constant literal, so the package costs nothing at
// init: the linker lays the tables out in the binary's data.
package data

// Seed is the entries read from one seed document, in reading order.
type Seed struct {
	File    string // the seed's file name, "000_7d0ca8f784bc605c.txt"
	Entries []Entry
}

// Entry is one fact as a reviewer reads it beside its seed: the figure
// exactly as printed, next to the verbatim quote it comes from. Nobody
// types a byte offset: the root package finds the quote in the seed (or
// reads its span from the generated Spans table, which its tests verify).
type Entry struct {
	ID        string // "jinan.gdp.level.2020-q1"
	Subject   string // a Subjects ID: "jinan"
	Indicator string // an Indicators ID: "gdp"
	Measure   string // "level", "growth", "gap" … as the root's Measure writes it
	// Period is the span the figure covers in the root's period text form
	// ("2020-Q1", "2020-01-01/2020-09-30", "2020-01-01/..2020-04-28" for
	// 今年以来); "" for an undated figure.
	Period string
	Label  string // the period as printed: "一季度", "1-3月份", "今年以来"
	// Inferred says why the period's year is not printed but inferred from
	// the document's date; "" when the year is printed.
	Inferred string
	// Figure is the figure exactly as the quote prints it: "2027.00亿元",
	// "下降4.4%", "逾3000万美元", "第一".
	Figure string
	// As is how to read the figure when the print leaves its unit or sign to
	// a neighbour ("16.8" in "高于…16.8、20.2个百分点" reads "16.8个百分点").
	// Its number must be the figure's number.
	As        string
	Status    string // "" or "observed", or "target"
	Benchmark string // a Subjects ID: what a gap, difference, rank or share is taken against
	ShareOf   string // an Indicators ID, when a share is of another indicator
	Versus    string // the earlier period of a change, in period text form
	RankOf    string // the size of a rank's peer group as printed: "160家"
	Quote     string // verbatim bytes of the seed
	Nth       int    // which occurrence of Quote, from 1, when it occurs more than once
	Also      []Cite // the same fact printed elsewhere
	Note      string
}

// Cite is a further source of an entry: a quote in a seed file.
type Cite struct {
	File, Quote string
	Nth         int // which occurrence, from 1, when the quote occurs more than once
}

// Subject is a thing facts are about.
type Subject struct {
	ID     string // "jinan", "shizhong", "jinan-hitech-zone"
	Kind   string // "nation", "province", "city", "district", "zone", "company", "project", "industry", "group", "organisation"
	Code   string // GB/T 2260 code of a place, "370100"; "" for others
	Zh, En string // 济南市, Jinan
	Within string // the ID of the subject it belongs to; "" for China
}

// Indicator is a thing facts measure.
type Indicator struct {
	ID      string // "gdp"
	Zh, En  string // 地区生产总值, gross domestic product
	Pricing string // "nominal", "comparable", or "" for counts, areas and ranks
	Unit    string // the unit code of its levels: "CNY", "USD", "m2", "count:家"
}

// Seeds returns the entries of the five seeds, in file order.
func Seeds() []Seed { return []Seed{Seed000, Seed001, Seed002, Seed003, Seed004} }

// Parsed is an entry's figure as the root package's parser reads it,
// generated into Quantities so that building the catalogue needs no parse:
// the value and high end as printed, the denominator of a fraction, the
// magnitude, the unit code ("CNY", "count:家") and the bound's name. The
// root package's tests prove each one against a fresh parse, and the root
// package uses a row only while From is still the entry's text.
type Parsed struct {
	From        string // the text parsed: the entry's As, or its Figure
	Value, High string
	Den         int64
	Mag         int8
	Unit, Bound string
}

// Derivation is a fact the root package's rules derive from the seeds'
// entries, generated into Derivations so that the default catalogue's
// first query runs no rule: the rule, the inputs (the first one's ID
// leads the derived fact's), the key in the root's text forms, the value,
// the exact interval and the formula as written. The root package's tests
// prove the table against a fresh run of every rule, and the root package
// uses it only while each input's entry still has its ID, figure and
// digest, the seeds hold DerivedFromEntries entries and the relation
// tables and the vocabulary's pricing have the digest DerivedFromRelations.
type Derivation struct {
	Rule   string
	Inputs []Input
	// Wording are the quotes cited before the inputs' own sources: the
	// first-time wording a threshold rule reads. WordingAt holds the byte
	// offset of each in its seed, as Spans does.
	Wording   []Cite
	WordingAt []int32
	Subject   string
	Indicator string
	Measure   string
	Period    string
	Status    string
	Benchmark string
	Handles   Handles // of Subject, Indicator and Benchmark
	Quantity  Parsed  // From is unused
	// Lower and Upper are the interval's exact ends as rationals ("7/2");
	// "" where it is unbounded. Places are the decimals the ends are
	// printed with when they do not terminate.
	Lower, Upper string
	Places       int32
	Formula      string
}

// Input is an entry a Derivation is derived from: its seed and entry
// indexes in Seeds, its ID, its figure as read (its As, or its Figure),
// and a digest of every field of it a rule may read, which the root
// package computes (entryDigest).
type Input struct {
	Seed, Entry int
	ID, Reading string
	Digest      uint64
}

// Handles are an entry's subject, indicator, benchmark and share-of as the
// root package's handles: 1 + their index in Subjects or Indicators, 0 for
// none. They are generated into EntryHandles so that building the
// catalogue looks nothing up by name; the root package uses a handle only
// while it still indexes the entry's ID, and its tests prove every row.
type Handles struct {
	Subject, Indicator, Benchmark, ShareOf uint16
}

// Span is where the generated Spans table puts a quote: its byte offset in
// the seed, and the occurrence (the cite's Nth) it was found as. The root
// package uses an offset only while the quote is there and its cite still
// names that occurrence.
type Span struct {
	At, Nth int32
}
