package jinan

import (
	"sync"

	"github.com/jinanfacts/jinan/internal/data"
)

// vocabulary indexes the subjects and indicators of internal/data by ID.
// It is built once, on first use.
type vocabulary struct {
	subjects   map[string]Subject
	indicators map[string]Indicator
}

// A sync.Once and a pointer rather than sync.OnceValue, which would
// allocate its closure at package init.
var (
	vocabOnce  sync.Once
	vocabTable *vocabulary
)

// vocab returns the vocabulary, building it on first use.
func vocab() *vocabulary {
	vocabOnce.Do(func() { vocabTable = buildVocabulary() })
	return vocabTable
}

func buildVocabulary() *vocabulary {
	v := &vocabulary{
		subjects:   make(map[string]Subject, len(data.Subjects)),
		indicators: make(map[string]Indicator, len(data.Indicators)),
	}
	for i, s := range data.Subjects {
		v.subjects[s.ID] = Subject(i + 1)
	}
	for i, d := range data.Indicators {
		v.indicators[d.ID] = Indicator(i + 1)
	}
	return v
}

// subjectOf returns the subject with ID id: handle h when the generated
// tables give one that still indexes id, else by lookup.
func subjectOf(id string, h uint16) (Subject, bool) {
	if h != 0 && int(h) <= len(data.Subjects) && data.Subjects[h-1].ID == id {
		return Subject(h), true
	}
	s, ok := vocab().subjects[id]
	return s, ok
}

// indicatorOf returns the indicator with ID id: handle h when the
// generated tables give one that still indexes id, else by lookup.
func indicatorOf(id string, h uint16) (Indicator, bool) {
	if h != 0 && int(h) <= len(data.Indicators) && data.Indicators[h-1].ID == id {
		return Indicator(h), true
	}
	i, ok := vocab().indicators[id]
	return i, ok
}
