package jinan

import (
	"fmt"
	"iter"
)

// Query selects facts. Each set field narrows the selection; the zero
// Query selects every fact.
//
//	c.Query(jinan.Query{Subject: jinan.Jinan, Indicator: jinan.GDP})
type Query struct {
	Subject   Subject   // facts about this subject
	Indicator Indicator // facts of this indicator
	Measure   Measure   // facts of this measure
	Status    Status    // observed facts or targets
	Seed      string    // facts with a source in this seed file
	// During selects facts whose period shares at least a day with it.
	During Period
	// Within selects facts whose period lies wholly inside it.
	Within Period
}

// matches reports whether f satisfies every set field of q.
func (q Query) matches(f Fact) bool {
	switch {
	case q.Subject.IsValid() && f.key.Subject != q.Subject,
		q.Indicator.IsValid() && f.key.Indicator != q.Indicator,
		q.Measure != 0 && f.key.Measure != q.Measure,
		q.Status != 0 && f.status != q.Status,
		!q.During.IsZero() && !q.During.Overlaps(f.key.Period),
		!q.Within.IsZero() && !q.Within.Contains(f.key.Period):
		return false
	}
	if q.Seed == "" {
		return true
	}
	for _, s := range f.sources {
		if s.File == q.Seed {
			return true
		}
	}
	return false
}

// Query returns the facts that match q, in catalogue order.
func (c *Catalogue) Query(q Query) iter.Seq[Fact] {
	return func(yield func(Fact) bool) {
		for _, f := range c.facts {
			if q.matches(f) && !yield(f) {
				return
			}
		}
	}
}

// Subject returns the subject (or benchmark) of the catalogue's facts
// whose ID is id: Subject("shizhong") is 市中区. An unknown ID is an error
// wrapping ErrNotFound.
func (c *Catalogue) Subject(id string) (Subject, error) {
	for _, f := range c.facts {
		for _, s := range [...]Subject{f.key.Subject, f.benchmark} {
			if s.id == id && s.IsValid() {
				return s, nil
			}
		}
	}
	return Subject{}, fmt.Errorf("subject %q: %w", id, ErrNotFound)
}

// Indicator returns the indicator of the catalogue's facts whose ID is id:
// Indicator("gdp") is GDP. An unknown ID is an error wrapping ErrNotFound.
func (c *Catalogue) Indicator(id string) (Indicator, error) {
	for _, f := range c.facts {
		if i := f.key.Indicator; i.id == id && i.IsValid() {
			return i, nil
		}
	}
	return Indicator{}, fmt.Errorf("indicator %q: %w", id, ErrNotFound)
}
