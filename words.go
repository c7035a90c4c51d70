package jinan

import "github.com/jinanfacts/jinan/internal/words"

// The word tables of internal/words (bound and direction words, units,
// counters) have types of their own; these map them to the package's.

// dimensions maps the dimensions of internal/words to Dimension.
var dimensions = [...]Dimension{
	words.Money: Money, words.Ratio: Ratio, words.PercentagePoints: PercentagePoints,
	words.Area: Area, words.Mass: Mass, words.Length: Length,
	words.Duration: Duration, words.CalendarSpan: CalendarSpan,
	words.Volume: Volume, words.Energy: Energy, words.Power: Power,
	words.FreightTurnover: FreightTurnover, words.PassengerTurnover: PassengerTurnover,
	words.CoalEquivalent: CoalEquivalent, words.MassConcentration: MassConcentration,
	words.MonthOfYear: MonthOfYear,
}

// wordBounds maps each Bound to the bound of the words that state it; a
// Range has no word.
var wordBounds = [...]words.Bound{
	Exact: words.Exact, About: words.About, Over: words.Over, AtLeast: words.AtLeast,
	AtMost: words.AtMost, Nearly: words.Nearly, Under: words.Under,
}

// wordBound returns the bound of the words that state b: words.Over for Over,
// whose canonical word is 超过; 0 for Range and an invalid bound.
func (b Bound) wordBound() words.Bound {
	if int(b) < len(wordBounds) {
		return wordBounds[b]
	}
	return 0
}

// boundOf returns the Bound that a bound word states: Over for 逾.
func boundOf(k words.Bound) Bound {
	for b, w := range wordBounds {
		if w == k && k != 0 {
			return Bound(b)
		}
	}
	return 0
}
