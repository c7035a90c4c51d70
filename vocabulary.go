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
