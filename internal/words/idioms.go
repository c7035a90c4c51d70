package words

// Idiom is a set phrase that prints a figure without a numeral: 而立之年,
// the age of thirty (Analects 2.4: 三十而立). A reader takes a figure from
// an idiom only where this table lists it, so that no rule reads a number
// into ordinary words.
type Idiom struct {
	// Word is the idiom as printed: "而立之年". A reader also accepts it
	// inside Chinese quotation marks, as the seeds print it: 已近“而立之年”.
	Word string
	// Value is the figure the idiom stands for, a whole number: 30.
	Value int64
	// Unit is the canonical unit word of the figure, as the figure parser
	// reports it: "年" (years).
	Unit string
}

// Idioms are the idioms read as figures: the ages of the Analects (2.4),
// which Chinese prose says of people and of institutions alike (已近“而立之年”
// 的济南高新区, founded in 1991, in 2020).
var Idioms = [...]Idiom{
	{"而立之年", 30, "年"},
	{"不惑之年", 40, "年"},
}
