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
// not printed; the library does not invent one (see [SoFar]). No page
// prints its own date, so where the year of a period comes from the
// document's inferred date, the Period says so ([Period.YearInferred]).
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
	"sync"
)

// Catalogue is an immutable collection of facts with lookups by ID in
// O(1) and queries by subject, indicator, measure, period, status and
// seed. It is safe for concurrent use.
type Catalogue struct {
	facts   []Fact
	byID    map[string]int
	byKey   map[matchKey][]int
	derived func() []Fact // built on first use by Derived
}

// The catalogue of the seeds, built once on first use. A sync.Once and two
// variables, rather than sync.OnceValues, so that nothing is allocated at
// package init.
var (
	defaultOnce sync.Once
	defaultCat  *Catalogue
	defaultErr  error
)

func defaultCatalogue() (*Catalogue, error) {
	defaultOnce.Do(func() { defaultCat, defaultErr = build(seedCatalogue()) })
	return defaultCat, defaultErr
}

// Default returns the catalogue of every fact in the five seeds, building
// it on first use. The data is compiled in and proven by the package's
// tests, so a failure to build is a bug in the library: Default panics with
// the error, as regexp.MustCompile does for a bad literal. Load returns the
// error instead.
func Default() *Catalogue {
	c, err := defaultCatalogue()
	if err != nil {
		panic(err)
	}
	return c
}

// Load returns the catalogue of the seeds, or the error that kept it from
// being built.
func Load() (*Catalogue, error) { return defaultCatalogue() }

// build makes a catalogue from the entries of each seed, rejecting
// duplicate IDs.
func build(seeds []seedEntries) (*Catalogue, error) {
	n := 0
	for _, s := range seeds {
		n += len(s.entries)
	}
	c := &Catalogue{facts: make([]Fact, 0, n), byID: make(map[string]int, n), byKey: make(map[matchKey][]int, n)}
	c.derived = sync.OnceValue(c.derive)
	for _, s := range seeds {
		for _, e := range s.entries {
			f, err := e.build(s.file)
			if err != nil {
				return nil, err
			}
			if _, dup := c.byID[f.id]; dup {
				return nil, fmt.Errorf("jinan: fact ID %q is used twice", f.id)
			}
			c.byID[f.id] = len(c.facts)
			c.byKey[keyOf(f)] = append(c.byKey[keyOf(f)], len(c.facts))
			c.facts = append(c.facts, f)
		}
	}
	return c, nil
}

// Len returns the number of facts.
func (c *Catalogue) Len() int { return len(c.facts) }

// Fact returns the fact with the given ID, and false if there is none.
func (c *Catalogue) Fact(id string) (Fact, bool) {
	i, ok := c.byID[id]
	if !ok {
		return Fact{}, false
	}
	return c.facts[i], true
}

// All returns every fact, seed by seed in reading order.
func (c *Catalogue) All() iter.Seq[Fact] {
	return func(yield func(Fact) bool) {
		for _, f := range c.facts {
			if !yield(f) {
				return
			}
		}
	}
}
