package jinan

import (
	"fmt"
	"sync"

	"github.com/jinanfacts/jinan/internal/data"
)

// vocabulary indexes the subjects and indicators of internal/data by ID and
// holds each indicator's unit parsed. It is built once, on first use.
type vocabulary struct {
	subjects   map[string]Subject
	indicators map[string]Indicator
	units      []Unit // by indicator, index i-1
	err        error  // a vocabulary entry that does not convert: a bug a test catches
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
		units:      make([]Unit, len(data.Indicators)),
	}
	for i, s := range data.Subjects {
		v.subjects[s.ID] = Subject(i + 1)
	}
	for i, d := range data.Indicators {
		v.indicators[d.ID] = Indicator(i + 1)
		u, err := ParseUnit(d.Unit)
		if err != nil && v.err == nil {
			v.err = fmt.Errorf("jinan: indicator %q: %w", d.ID, err)
		}
		v.units[i] = u
	}
	return v
}
