package jinan

import (
	"fmt"
	"iter"

	"github.com/jinanfacts/jinan/internal/data"
)

// Origin says where a fact comes from: read from a seed, or derived by the
// library from facts read.
type Origin uint8

// The origins a Query selects. The zero Origin selects both.
const (
	// FromSeed selects the facts read from the seeds.
	FromSeed Origin = 1 + iota
	// FromDerivation selects the facts the library derives.
	FromDerivation
)

var originNames = [...]string{FromSeed: "seed", FromDerivation: "derivation"}

// String returns "seed", "derivation", or "any" for the zero Origin.
func (o Origin) String() string {
	if o != 0 && int(o) < len(originNames) {
		return originNames[o]
	}
	return "any"
}

// MarshalText implements encoding.TextMarshaler with String; a value that
// names no origin is an error wrapping ErrSyntax.
func (v Origin) MarshalText() ([]byte, error) { return enumText("Origin", originNames[:], int(v)) }

// UnmarshalText implements encoding.TextUnmarshaler for the names String
// returns: "seed" and "derivation".
func (v *Origin) UnmarshalText(text []byte) error {
	i, err := enumFromText("origin", originNames[:], text)
	*v = Origin(i)
	return err
}

// Query selects facts. Each set field narrows the selection; the zero
// Query selects every fact, read and derived.
//
//	c.Query(jinan.Query{Subject: jinan.Jinan, Indicator: jinan.GDP})
//
// A query is answered from indexes: its cost follows the shortest index
// list among its set fields, not the size of the catalogue. A query that
// may select derived facts derives them on first use.
type Query struct {
	Subject   Subject   // facts about this subject
	Indicator Indicator // facts of this indicator
	Measure   Measure   // facts of this measure
	Status    Status    // observed facts or targets
	Benchmark Subject   // facts measured against this subject
	Seed      string    // facts with a source in this seed file
	// During selects facts whose period shares at least a day with it.
	During Period
	// Within selects facts whose period lies wholly inside it.
	Within Period
	// Origin selects facts read from the seeds or derived; zero selects both.
	Origin Origin
}

// Query returns the facts that match q: facts read from the seeds in
// catalogue order, then derived facts in the order of their inputs.
func (c Catalogue) Query(q Query) iter.Seq[Fact] {
	return func(yield func(Fact) bool) {
		// The loops are here, not in a method of factSet, so that the
		// compiler, inlining this function into the caller's range
		// statement, inlines the caller's loop body (yield) into them:
		// ranging over a query then costs little more than ranging over a
		// slice. A query that sets at most one indexed field and no period
		// selects exactly that field's index list, or every fact for the
		// zero Query: its facts need no check.
		set := 0
		if q.Subject != 0 {
			set++
		}
		if q.Indicator != 0 {
			set++
		}
		if q.Benchmark != 0 {
			set++
		}
		if q.Measure != 0 {
			set++
		}
		if q.Status != 0 {
			set++
		}
		if q.Seed != "" {
			set++
		}
		exact := set <= 1 && q.During.IsZero() && q.Within.IsZero()
		derived := q.Origin == FromDerivation
		for {
			s := c.readSet()
			if derived {
				s = c.derivedSet() // derives on first use
			}
			if exact {
				list := s.all_
				switch {
				case q.Subject != 0:
					list = s.bySubject.of(int(q.Subject))
				case q.Indicator != 0:
					list = s.byIndicator.of(int(q.Indicator))
				case q.Benchmark != 0:
					list = s.byBenchmark.of(int(q.Benchmark))
				case q.Measure != 0:
					list = s.byMeasure.of(int(q.Measure))
				case q.Status != 0:
					list = s.byStatus.of(int(q.Status))
				case q.Seed != "":
					list = s.ofSeed(q.Seed)
				}
				for _, f := range list {
					if !yield(Fact{f}) {
						return
					}
				}
			} else {
				list, byYear := s.candidates(q)
				var long []*fact
				if byYear {
					// Periods longer than the year index holds can still
					// overlap or contain q's.
					long = s.longPeriods
				}
				for _, l := range [...][]*fact{list, long} {
					for _, f := range l {
						if q.matches(f) && !yield(Fact{f}) {
							return
						}
					}
				}
			}
			if derived || q.Origin == FromSeed {
				return
			}
			derived = true
		}
	}
}

// factSet is a list of facts with their indexes. Index lists hold pointers
// into facts, in catalogue order; a handle, measure or status is its own
// key in its postings.
type factSet struct {
	facts       []fact
	all_        []*fact
	byID        map[string]*fact
	byKey       map[Key]*fact // the first fact of each key
	bySubject   postings
	byIndicator postings
	byBenchmark postings
	byMeasure   postings
	byStatus    postings
	seeds       map[string]int // each seed file's key in bySeed
	bySeed      postings
	firstYear   int      // the key 0 of byYear
	byYear      postings // by each calendar year a period touches, from firstYear
	longPeriods []*fact  // the periods longer than maxIndexedYears
	shareOf     postings // by the indicator a share is of
}

// maxIndexedYears is the longest period, in calendar years, that the year
// index lists under each of its years; longer ones are in longPeriods.
const maxIndexedYears = 12

// index takes facts and builds every index, rejecting duplicate IDs.
func (s *factSet) index(facts []fact) error {
	n := len(facts)
	*s = factSet{
		facts: facts, all_: make([]*fact, n), byID: make(map[string]*fact, n), byKey: make(map[Key]*fact, n),
		seeds: map[string]int{},
	}
	dated := false
	for i := range facts {
		f := &facts[i]
		if _, dup := s.byID[f.id]; dup {
			return fmt.Errorf("jinan: fact ID %q is used twice", f.id)
		}
		s.all_[i] = f
		s.byID[f.id] = f
		if _, ok := s.byKey[f.key]; !ok {
			s.byKey[f.key] = f
		}
		for _, src := range f.sources {
			if _, ok := s.seeds[src.File]; !ok {
				s.seeds[src.File] = len(s.seeds)
			}
		}
		if p := f.key.Period; p.IsValid() && (!dated || p.start.Year() < s.firstYear) {
			s.firstYear, dated = p.start.Year(), true
		}
		if f.key.Period.IsValid() && f.key.Period.end.Year()-f.key.Period.start.Year() >= maxIndexedYears {
			s.longPeriods = append(s.longPeriods, f)
		}
	}
	one := func(size int, key func(f *fact) int) postings {
		return newPostings(facts, size, func(f *fact, buf []int) []int {
			if k := key(f); k > 0 {
				buf = append(buf, k)
			}
			return buf
		})
	}
	subjects, indicators := len(data.Subjects)+1, len(data.Indicators)+1
	s.bySubject = one(subjects, func(f *fact) int { return int(f.key.Subject) })
	s.byIndicator = one(indicators, func(f *fact) int { return int(f.key.Indicator) })
	s.byBenchmark = one(subjects, func(f *fact) int { return int(f.key.Benchmark) })
	s.byMeasure = one(len(measureNames), func(f *fact) int { return int(f.key.Measure) })
	s.byStatus = one(len(statusNames), func(f *fact) int { return int(f.key.Status) })
	s.shareOf = one(indicators, func(f *fact) int { return int(f.shareOf) })
	s.bySeed = newPostings(facts, len(s.seeds), func(f *fact, buf []int) []int {
		for j, src := range f.sources {
			if !seenFile(f.sources[:j], src.File) {
				buf = append(buf, s.seeds[src.File])
			}
		}
		return buf
	})
	s.byYear = newPostings(facts, maxIndexedYears, func(f *fact, buf []int) []int {
		if p := f.key.Period; p.IsValid() && p.end.Year()-p.start.Year() < maxIndexedYears {
			for y := p.start.Year(); y <= p.end.Year(); y++ {
				buf = append(buf, y-s.firstYear)
			}
		}
		return buf
	})
	return nil
}

// ofSeed returns the facts quoted from file.
func (s *factSet) ofSeed(file string) []*fact {
	k, ok := s.seeds[file]
	if !ok {
		return nil
	}
	return s.bySeed.of(k)
}

// ofYear returns the facts whose periods touch year y, among those no
// longer than maxIndexedYears.
func (s *factSet) ofYear(y int) []*fact { return s.byYear.of(y - s.firstYear) }

// seenFile reports whether one of sources is in file.
func seenFile(sources []Source, file string) bool {
	for _, s := range sources {
		if s.File == file {
			return true
		}
	}
	return false
}

// all returns the facts of s in order.
func (s *factSet) all() iter.Seq[Fact] {
	return func(yield func(Fact) bool) {
		for _, f := range s.all_ {
			if !yield(Fact{f}) {
				return
			}
		}
	}
}

// candidates returns the shortest index list among q's set fields: every
// fact q matches is in it, or, when byYear is true, in it or among the
// periods in longPeriods.
func (s *factSet) candidates(q Query) (list []*fact, byYear bool) {
	list, set := s.all_, false
	consider := func(l []*fact, year bool) {
		if !set || len(l) < len(list) {
			list, byYear, set = l, year, true
		}
	}
	if q.Subject != 0 {
		consider(s.bySubject.of(int(q.Subject)), false)
	}
	if q.Indicator != 0 {
		consider(s.byIndicator.of(int(q.Indicator)), false)
	}
	if q.Benchmark != 0 {
		consider(s.byBenchmark.of(int(q.Benchmark)), false)
	}
	if q.Measure != 0 {
		consider(s.byMeasure.of(int(q.Measure)), false)
	}
	if q.Status != 0 {
		consider(s.byStatus.of(int(q.Status)), false)
	}
	if q.Seed != "" {
		consider(s.ofSeed(q.Seed), false)
	}
	// A period within one year: the facts whose periods touch that year.
	for _, p := range [...]Period{q.Within, q.During} {
		if p.IsValid() && p.start.Year() == p.end.Year() {
			consider(s.ofYear(p.start.Year()), true)
		}
	}
	return list, byYear
}

// matches reports whether f satisfies every set field of q.
func (q Query) matches(f *fact) bool {
	k := f.key
	switch {
	case q.Subject != 0 && k.Subject != q.Subject,
		q.Indicator != 0 && k.Indicator != q.Indicator,
		q.Benchmark != 0 && k.Benchmark != q.Benchmark,
		q.Measure != 0 && k.Measure != q.Measure,
		q.Status != 0 && k.Status != q.Status,
		!q.During.IsZero() && !q.During.Overlaps(k.Period),
		!q.Within.IsZero() && !q.Within.Contains(k.Period):
		return false
	}
	return q.Seed == "" || seenFile(f.sources, q.Seed)
}
