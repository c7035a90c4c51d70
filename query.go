package jinan

import (
	"fmt"
	"iter"
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
					list = s.bySubject[q.Subject]
				case q.Indicator != 0:
					list = s.byIndicator[q.Indicator]
				case q.Benchmark != 0:
					list = s.byBenchmark[q.Benchmark]
				case q.Measure != 0:
					list = s.byMeasure[q.Measure]
				case q.Status != 0:
					list = s.byStatus[q.Status]
				case q.Seed != "":
					list = s.bySeed[q.Seed]
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
					long = s.byYear[longPeriod]
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
// into facts, in catalogue order.
type factSet struct {
	facts       []fact
	all_        []*fact
	byID        map[string]*fact
	byKey       map[Key][]*fact
	bySubject   map[Subject][]*fact
	byIndicator map[Indicator][]*fact
	byBenchmark map[Subject][]*fact
	byMeasure   map[Measure][]*fact
	byStatus    map[Status][]*fact
	bySeed      map[string][]*fact
	byYear      map[int][]*fact // by each year a period touches; see yearsOf
	shareOf     map[Indicator]bool
}

// maxIndexedYears is the longest period, in calendar years, that the year
// index lists under each of its years; longer ones are in longPeriods.
const maxIndexedYears = 12

// index takes facts and builds every index, rejecting duplicate IDs.
func (s *factSet) index(facts []fact) error {
	n := len(facts)
	*s = factSet{
		facts: facts, all_: make([]*fact, n), byID: make(map[string]*fact, n), byKey: make(map[Key][]*fact, n),
		bySubject: map[Subject][]*fact{}, byIndicator: map[Indicator][]*fact{}, byBenchmark: map[Subject][]*fact{},
		byMeasure: map[Measure][]*fact{}, byStatus: map[Status][]*fact{}, bySeed: map[string][]*fact{},
		byYear: map[int][]*fact{}, shareOf: map[Indicator]bool{},
	}
	for i := range facts {
		f := &facts[i]
		if _, dup := s.byID[f.id]; dup {
			return fmt.Errorf("jinan: fact ID %q is used twice", f.id)
		}
		s.all_[i] = f
		s.byID[f.id] = f
		k := f.key
		s.byKey[k] = append(s.byKey[k], f)
		s.bySubject[k.Subject] = append(s.bySubject[k.Subject], f)
		s.byIndicator[k.Indicator] = append(s.byIndicator[k.Indicator], f)
		if k.Benchmark.IsValid() {
			s.byBenchmark[k.Benchmark] = append(s.byBenchmark[k.Benchmark], f)
		}
		s.byMeasure[k.Measure] = append(s.byMeasure[k.Measure], f)
		s.byStatus[k.Status] = append(s.byStatus[k.Status], f)
		if f.shareOf.IsValid() {
			s.shareOf[f.shareOf] = true
		}
		for j, src := range f.sources {
			if !seenFile(f.sources[:j], src.File) {
				s.bySeed[src.File] = append(s.bySeed[src.File], f)
			}
		}
		for y := range yearsOf(k.Period) {
			s.byYear[y] = append(s.byYear[y], f)
		}
	}
	return nil
}

// seenFile reports whether one of sources is in file.
func seenFile(sources []Source, file string) bool {
	for _, s := range sources {
		if s.File == file {
			return true
		}
	}
	return false
}

// yearsOf returns the calendar years p touches, or the key longPeriod for
// a period longer than maxIndexedYears and nothing for the zero Period.
func yearsOf(p Period) iter.Seq[int] {
	return func(yield func(int) bool) {
		if !p.IsValid() {
			return
		}
		first, last := p.start.Year(), p.end.Year()
		if last-first >= maxIndexedYears {
			yield(longPeriod)
			return
		}
		for y := first; y <= last && yield(y); y++ {
		}
	}
}

// longPeriod is the year-index key of periods longer than maxIndexedYears.
const longPeriod = -1

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
// periods filed under longPeriod.
func (s *factSet) candidates(q Query) (list []*fact, byYear bool) {
	list, set := s.all_, false
	consider := func(l []*fact, year bool) {
		if !set || len(l) < len(list) {
			list, byYear, set = l, year, true
		}
	}
	if q.Subject != 0 {
		consider(s.bySubject[q.Subject], false)
	}
	if q.Indicator != 0 {
		consider(s.byIndicator[q.Indicator], false)
	}
	if q.Benchmark != 0 {
		consider(s.byBenchmark[q.Benchmark], false)
	}
	if q.Measure != 0 {
		consider(s.byMeasure[q.Measure], false)
	}
	if q.Status != 0 {
		consider(s.byStatus[q.Status], false)
	}
	if q.Seed != "" {
		consider(s.bySeed[q.Seed], false)
	}
	// A period within one year: the facts whose periods touch that year.
	for _, p := range [...]Period{q.Within, q.During} {
		if p.IsValid() && p.start.Year() == p.end.Year() {
			consider(s.byYear[p.start.Year()], true)
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
