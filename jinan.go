// Package jinan holds every figure of five Chinese newspaper pages
// (2020–2021) about the economy of Jinan (济南), capital of Shandong
// province, as typed facts that prove where they come from.
//
// # Facts
//
// A [Fact] is one figure: Jinan's GDP in the first quarter of 2020 was
// 2027.00亿元, down 4.4% year on year. It has a [Subject] (Jinan, a
// district, a development zone, a company), an [Indicator] (GDP), a
// [Measure] (Level, Growth, Gap …), a [Period], a [Quantity], a [Status]
// (observed or target) and its [Source]s. [Default] returns the catalogue
// of all facts; it is built on first use and safe for concurrent use.
// Facts are cheap one-word handles; lookups by ID take O(1) and queries
// use indexes, so their cost follows the size of the result.
//
//	c := jinan.Default()
//	f, _ := c.Fact("jinan.gdp.level.2020-q1")
//	fmt.Println(f.Quantity()) // 2027.00亿元
//
// # Periods are cumulative
//
// Chinese statistical releases cumulate flows from January: 一季度 and 1-3月
// are January to March, 前三季度 is January to September, 1-10月 is January
// to October. 今年以来 ("this year so far") starts on January 1 and its end is
// not printed; the library keeps the latest it can be and does not invent
// one (see [SoFar]). A [Period] is its span: 一季度 and 1-3月份 are one
// Period. No page prints its own date, so where the year of a period comes
// from the document's inferred date, the fact says so
// ([Fact.YearInferred]), beside the period as printed ([Fact.PeriodLabel]).
//
// # Comparable prices
//
// Growth of GDP and value added is at comparable (constant) prices while
// their levels are at current prices, so last year's GDP cannot be backed
// out as level / (1 + growth). Budget revenue, trade, investment and foreign
// capital grow in nominal terms. [Indicator.Pricing] tells which.
//
// # Percent and percentage points
//
// Growth is in percent; the gap between two growth rates (增速高于全省平均水平
// 24.3个百分点) is in percentage points. They are different units
// ([Percent], [PercentagePoint]) and never add: arithmetic across them
// returns an error wrapping [ErrIncompatible].
//
// # Bounds
//
// Many figures are qualified: 逾3000万美元 (more than), 近四成 (nearly),
// 约58万平方米 (about), 80%以上 (at least). A [Quantity] keeps its [Bound],
// its digits as printed (2027.00 keeps two decimals) and its [Magnitude]
// (万, 亿), and gives its value in base units on demand. Amounts are
// decimals, never floats; rounding is always explicit.
//
// # Precision
//
// A printed figure is a rounding: 3.8亿美元 stands for [3.75, 3.85]亿美元.
// Every fact has the [Interval] its printed precision and bound allow, and
// a derived fact the interval its inputs allow, computed exactly; its value
// has no more digits than that interval supports (3.8亿美元 grown 5.8% gives
// a prior level of 约3.59亿美元, in [3.5427, 3.6407]), and a count of whole
// things stays whole (230家 up 30% were 177家). [Catalogue.Compare] puts a
// subject's growth beside its benchmarks': Jinan's trade beside Shandong's,
// which the printed gap implies.
//
// # Provenance
//
// Every fact names its seed file and a verbatim quote. The library finds
// the quote's byte span in the embedded seed itself, and the tests prove
// that every quote is there and that the figure in it parses to the fact's
// value. To cite a fact, give its ID and its first source: file, byte span
// and quote.
package jinan

import (
	"fmt"
	"iter"
	"strings"
	"sync"

	"github.com/jinanfacts/jinan/internal/data"
)

// Catalogue is an immutable collection of facts with lookups by ID in
// O(1) and indexed queries by subject, indicator, measure, period, status
// and seed. It is a small value holding a pointer to its shared, immutable
// tables: copying it is cheap, and nothing a caller holds can change them.
// It is safe for concurrent use.
//
// The zero Catalogue is a valid empty catalogue: every method returns no
// facts or an error wrapping ErrNotFound.
type Catalogue struct{ s *store }

// store holds a catalogue's facts and indexes.
type store struct {
	read factSet
	// tabled says the derived facts may come from data.Derivations: the
	// store is the default catalogue's, built from data.Seeds.
	tabled  bool
	derived struct {
		once sync.Once
		set  factSet
	}
}

// The catalogue of the seeds, built once on first use. A sync.Once and two
// variables, rather than sync.OnceValues, so that nothing is allocated at
// package init.
var (
	defaultOnce sync.Once
	defaultCat  Catalogue
	defaultErr  error
)

func defaultCatalogue() (Catalogue, error) {
	defaultOnce.Do(func() {
		defaultCat, defaultErr = build(data.Seeds())
		if defaultErr == nil {
			defaultCat.s.tabled = true
		}
	})
	return defaultCat, defaultErr
}

// Default returns the catalogue of every fact in the five seeds, building
// it on first use. The data is compiled in and proven by the package's
// tests, so a failure to build is a bug in the library: Default panics with
// the error, as regexp.MustCompile does for a bad literal. Load returns the
// error instead.
func Default() Catalogue {
	c, err := defaultCatalogue()
	if err != nil {
		panic(err)
	}
	return c
}

// Load returns the catalogue of the seeds, or the error that kept it from
// being built.
func Load() (Catalogue, error) { return defaultCatalogue() }

// build makes a catalogue from the entries of each seed, rejecting
// duplicate IDs.
func build(seeds []data.Seed) (Catalogue, error) {
	n, quotes := 0, 0
	for _, s := range seeds {
		for i := range s.Entries {
			n, quotes = n+1, quotes+1+len(s.Entries[i].Also)
		}
	}
	// Room for every entry's sources and waiting figure, one array each.
	sources, lazies := make([]Source, quotes), make([]lazyQuantity, n)
	facts := make([]fact, 0, n)
	for k, s := range seeds {
		t := tablesOf(k, s)
		for i := range s.Entries {
			e := &s.Entries[i]
			w := 1 + len(e.Also)
			p := prepared{sources: sources[:0:w], lazy: &lazies[len(facts)]}
			sources = sources[w:]
			if t.spans != nil {
				p.spans, t.spans = t.spans[:w], t.spans[w:]
			}
			if t.parsed != nil {
				p.parsed, p.handles = &t.parsed[i], t.handles[i]
			}
			if e.RankOf != "" && len(t.ranksOf) > 0 {
				p.rankOf, t.ranksOf = &t.ranksOf[0], t.ranksOf[1:]
			}
			f, err := buildEntry(s.File, e, p)
			if err != nil {
				return Catalogue{}, err
			}
			facts = append(facts, f)
		}
	}
	return newCatalogue(facts)
}

// seedTables are the rows of the generated tables for one seed's entries,
// each table nil when it does not fit the seed: spans for each quote,
// parsed figures and handles for each entry, rank groups for each entry
// with a RankOf.
type seedTables struct {
	spans   []data.Span
	parsed  []data.Parsed
	handles []data.Handles
	ranksOf []data.Parsed
}

// tablesOf returns the rows of the generated tables for seed k, s.
func tablesOf(k int, s data.Seed) seedTables {
	var t seedTables
	quotes, ranks := 0, 0
	for i := range s.Entries {
		quotes += 1 + len(s.Entries[i].Also)
		if s.Entries[i].RankOf != "" {
			ranks++
		}
	}
	if k < len(data.Spans) && len(data.Spans[k]) == quotes {
		t.spans = data.Spans[k]
	}
	if k < len(data.Quantities) && len(data.Quantities[k]) == len(s.Entries) &&
		k < len(data.EntryHandles) && len(data.EntryHandles[k]) == len(s.Entries) {
		t.parsed, t.handles = data.Quantities[k], data.EntryHandles[k]
	}
	if k < len(data.RanksOf) && len(data.RanksOf[k]) == ranks {
		t.ranksOf = data.RanksOf[k]
	}
	return t
}

// newCatalogue indexes facts, rejecting duplicate IDs.
func newCatalogue(facts []fact) (Catalogue, error) {
	s := &store{}
	if err := s.read.index(facts); err != nil {
		return Catalogue{}, err
	}
	return Catalogue{s}, nil
}

// derivedSet returns the derived facts, making them on first use. The
// default catalogue reads them from internal/data/derivations.go, which
// TestDerivationsTable proves is what every rule derives from the seeds,
// as long as the table fits the seeds (derivedFromTable); any other
// catalogue, or a stale table, runs the rules.
func (c Catalogue) derivedSet() *factSet {
	if c.s == nil {
		return &factSet{}
	}
	c.s.derived.once.Do(func() {
		if c.s.tabled {
			facts, ok := c.derivedFromTable(data.Seeds(), data.Derivations[:], data.DerivedFromEntries, data.DerivedFromRelations)
			if ok && c.s.derived.set.index(facts) == nil {
				return
			}
		}
		if err := c.s.derived.set.index(c.derive()); err != nil {
			panic(err) // two rules gave one ID: a bug a test catches
		}
	})
	return &c.s.derived.set
}

// readSet returns the facts read from the seeds.
func (c Catalogue) readSet() *factSet {
	if c.s == nil {
		return &factSet{}
	}
	return &c.s.read
}

// Len returns the number of facts read from the seeds; derived facts are
// not counted.
func (c Catalogue) Len() int { return len(c.readSet().facts) }

// Fact returns the fact with the given ID, read or derived, and false if
// there is none. Derived IDs contain "/" ("jinan.trade.gap-shandong.2020-q1/benchmark-growth");
// looking one up derives the catalogue's facts on first use.
func (c Catalogue) Fact(id string) (Fact, bool) {
	if c.s != nil {
		if f := c.s.read.byID[id]; f != nil {
			return Fact{f}, true
		}
	}
	return c.derivedFact(id)
}

// derivedFact returns the derived fact with the given ID, deriving the
// catalogue's facts on first use; Fact tries it after the facts read, and
// stays small enough to inline.
func (c Catalogue) derivedFact(id string) (Fact, bool) {
	if strings.Contains(id, "/") {
		if f, ok := c.derivedSet().byID[id]; ok {
			return Fact{f}, true
		}
	}
	return Fact{}, false
}

// All returns every fact read from the seeds, seed by seed in reading
// order.
func (c Catalogue) All() iter.Seq[Fact] { return c.readSet().all() }

// Subject returns the subject whose ID is id among those the catalogue's
// facts, read or derived, are about or measured against: Subject("shizhong")
// is 市中区. It takes O(1) once the facts are derived (on first use). An ID the catalogue does not use is an error wrapping
// ErrNotFound.
func (c Catalogue) Subject(id string) (Subject, error) {
	if s, err := ParseSubject(id); err == nil && c.usesSubject(s) {
		return s, nil
	}
	return 0, fmt.Errorf("jinan: subject %q is not in the catalogue: %w", clipInput("", id), ErrNotFound)
}

// Indicator returns the indicator whose ID is id among those the
// catalogue's facts, read or derived, measure: Indicator("gdp") is GDP. It
// takes O(1) once the facts are derived (on first use). An ID
// the catalogue does not use is an error wrapping ErrNotFound.
func (c Catalogue) Indicator(id string) (Indicator, error) {
	if i, err := ParseIndicator(id); err == nil && c.usesIndicator(i) {
		return i, nil
	}
	return 0, fmt.Errorf("jinan: indicator %q is not in the catalogue: %w", clipInput("", id), ErrNotFound)
}

// usesSubject reports whether a fact, read or derived, is about s or
// measured against it.
func (c Catalogue) usesSubject(s Subject) bool {
	for _, set := range [...]*factSet{c.readSet(), c.derivedSet()} {
		if set.bySubject.has(int(s)) || set.byBenchmark.has(int(s)) {
			return true
		}
	}
	return false
}

// usesIndicator reports whether a fact, read or derived, measures i or is
// a share of it.
func (c Catalogue) usesIndicator(i Indicator) bool {
	for _, set := range [...]*factSet{c.readSet(), c.derivedSet()} {
		if set.byIndicator.has(int(i)) || set.shareOf.has(int(i)) {
			return true
		}
	}
	return false
}

// Subjects returns every subject the catalogue's facts, read or derived,
// are about or measured against, in the vocabulary's order.
func (c Catalogue) Subjects() iter.Seq[Subject] {
	return func(yield func(Subject) bool) {
		for i := range data.Subjects {
			if s := Subject(i + 1); c.usesSubject(s) && !yield(s) {
				return
			}
		}
	}
}

// Indicators returns every indicator the catalogue's facts, read or
// derived, measure, in the vocabulary's order.
func (c Catalogue) Indicators() iter.Seq[Indicator] {
	return func(yield func(Indicator) bool) {
		for i := range data.Indicators {
			if ind := Indicator(i + 1); c.usesIndicator(ind) && !yield(ind) {
				return
			}
		}
	}
}
