package jinan

import (
	"math/big"
	"strconv"
	"strings"

	"github.com/jinanfacts/jinan/internal/data"
)

// derivedFromTable returns the derived facts of the default catalogue as
// the generated table data.Derivations holds them, in the order derive
// gives them, and false when the table does not fit the catalogue: the
// seeds hold another number of entries than it was made from, an input's
// entry has another ID, figure or digest (any field a rule reads), the
// relation tables or the vocabulary's pricing changed, or a row does not
// read. The caller then runs the rules. What the runtime cannot see, a
// change to a rule's code or an entry that is no input now becoming one,
// TestDerivationsTable catches.
func (c Catalogue) derivedFromTable(seeds []data.Seed, rows []data.Derivation, entries int, relations uint64) ([]fact, bool) {
	n := 0
	for _, s := range seeds {
		n += len(s.Entries)
	}
	if n != entries || c.Len() != entries || relationsDigest() != relations {
		return nil, false
	}
	out, ds := make([]fact, len(rows)), make([]derivation, len(rows))
	for i := range rows {
		if !c.derivedFromRow(&out[i], &ds[i], seeds, &rows[i]) {
			return nil, false
		}
	}
	return out, true
}

// derivedFromRow writes the derived fact of one row of data.Derivations
// into f and d, through fillDerived as the rules do, and false if the row
// does not fit the catalogue.
func (c Catalogue) derivedFromRow(f *fact, d *derivation, seeds []data.Seed, row *data.Derivation) bool {
	if len(row.Inputs) == 0 {
		return false
	}
	inputs := make([]Fact, len(row.Inputs))
	for i, in := range row.Inputs {
		if in.Seed < 0 || in.Seed >= len(seeds) || in.Entry < 0 || in.Entry >= len(seeds[in.Seed].Entries) {
			return false
		}
		e := &seeds[in.Seed].Entries[in.Entry]
		read, ok := c.readSet().byID[in.ID]
		if !ok || e.ID != in.ID || reading(e) != in.Reading || entryDigest(e) != in.Digest {
			return false
		}
		inputs[i] = Fact{read}
	}
	key, ok := rowKey(row)
	if !ok {
		return false
	}
	q, ok := quantityFromParsed(row.Quantity)
	if !ok {
		return false
	}
	if !validRat(row.Lower) || !validRat(row.Upper) {
		return false
	}
	// The interval's exact ends are read from the row when asked.
	d.row = row
	fillDerived(f, d, row.Rule, key, q, written(row.Formula), inputs...)
	if len(row.Wording) > 0 {
		wording := make([]Source, len(row.Wording), len(row.Wording)+len(f.sources))
		for i, cite := range row.Wording {
			var err error
			if i < len(row.WordingAt) {
				wording[i], err = locateAt(cite, data.Span{At: row.WordingAt[i], Nth: int32(cite.Nth)})
			} else {
				wording[i], err = locate(cite)
			}
			if err != nil {
				return false
			}
		}
		f.sources = append(wording, f.sources...)
	}
	return true
}

// rowKey reads the key of a row of data.Derivations.
func rowKey(row *data.Derivation) (Key, bool) {
	var k Key
	var ok bool
	if k.Subject, ok = subjectOf(row.Subject, row.Handles.Subject); !ok {
		return Key{}, false
	}
	if k.Indicator, ok = indicatorOf(row.Indicator, row.Handles.Indicator); !ok {
		return Key{}, false
	}
	if row.Benchmark != "" {
		if k.Benchmark, ok = subjectOf(row.Benchmark, row.Handles.Benchmark); !ok {
			return Key{}, false
		}
	}
	if k.Measure = Measure(nameIndex(measureNames[:], row.Measure)); k.Measure == 0 {
		return Key{}, false
	}
	if row.Status != "" {
		if k.Status = Status(nameIndex(statusNames[:], row.Status)); k.Status == 0 {
			return Key{}, false
		}
	}
	var err error
	if k.Period, err = optionalPeriod(row.Period); err != nil {
		return Key{}, false
	}
	return k, true
}

// rowInterval reads the interval of a row of data.Derivations that
// derivedFromRow accepted.
func rowInterval(row *data.Derivation) Interval {
	iv := Interval{places: row.Places}
	iv.lo, _ = optionalRat(row.Lower)
	iv.hi, _ = optionalRat(row.Upper)
	return iv
}

// validRat reports whether s is "" or a rational as the table writes one:
// an optional minus, digits, and optionally a slash and digits that are
// not all zeros.
func validRat(s string) bool {
	if s == "" {
		return true
	}
	num, den, slash := strings.Cut(s, "/")
	num = strings.TrimPrefix(num, "-")
	return allDigits(num) && (!slash || allDigits(den) && strings.Trim(den, "0") != "")
}

// allDigits reports whether s is one or more ASCII digits.
func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

// optionalRat reads an exact end of an interval ("7/2", "-3"); "" is nil,
// an unbounded end. A numerator and denominator that fit in an int64 are
// read without math/big's scanner.
func optionalRat(s string) (*big.Rat, bool) {
	if s == "" {
		return nil, true
	}
	num, den, slash := strings.Cut(s, "/")
	a, errA := strconv.ParseInt(num, 10, 64)
	b, errB := int64(1), error(nil)
	if slash {
		b, errB = strconv.ParseInt(den, 10, 64)
	}
	if errA == nil && errB == nil && b > 0 {
		return new(big.Rat).SetFrac64(a, b), true
	}
	return new(big.Rat).SetString(s)
}

// entryDigest is a hash of every field of e that a rule may read and
// derivedFromRow does not compare itself (the ID and the reading): its key,
// share, change and rank group.
func entryDigest(e *data.Entry) uint64 {
	var d digest
	d.add(e.Subject, e.Indicator, e.Measure, e.Period, e.Status, e.Benchmark, e.ShareOf, e.Versus, e.RankOf)
	return d.h
}

// relationsDigest is a hash of what the rules read beside the entries: the
// relation tables UnitValues, StockFlows and Thresholds, and each
// indicator's ID, pricing and unit.
func relationsDigest() uint64 {
	var d digest
	for _, u := range data.UnitValues {
		d.add(u.Value, u.Volume, u.UnitValue)
	}
	for _, r := range data.StockFlows {
		d.add(r.Name, r.Stock)
		d.add(r.Additions...)
	}
	for _, t := range data.Thresholds {
		d.add(t.Fact, t.Wording, t.File, t.Period, t.Bound, t.Why)
	}
	for _, i := range data.Indicators {
		d.add(i.ID, i.Pricing, i.Unit)
	}
	return d.h
}

// digest hashes strings eight bytes at a time, each string followed by its
// length so that ("ab", "c") and ("a", "bc") differ. It allocates nothing;
// it guards against a stale table, not against an adversary.
type digest struct{ h uint64 }

func (d *digest) add(ss ...string) {
	for _, s := range ss {
		n := len(s)
		for ; len(s) >= 8; s = s[8:] {
			d.mix(uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
				uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56)
		}
		var tail uint64
		for i := 0; i < len(s); i++ {
			tail |= uint64(s[i]) << (8 * i)
		}
		d.mix(tail)
		d.mix(uint64(n))
	}
}

// mix folds the word w into the hash.
func (d *digest) mix(w uint64) {
	d.h = (d.h ^ w) * 0x9e3779b97f4a7c15
	d.h ^= d.h >> 29
}
