package jinan

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"iter"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/jinanfacts/jinan/internal/data"
)

// The benchmarks of the catalogue's hot paths. The performance targets are
// ratios, never times: each target benchmark has a floor benchmark that
// does the same work the plainest way Go allows, and scripts/bench runs
// the pairs in interleaved rounds, one process per round, takes each
// round's ratio and writes the medians to BENCHMARKS.md. No test asserts a
// time.
//
//	target          floor                at most
//	FactByID        FactByIDFloor        1.2×
//	QueryJinan      QueryJinanFloor      2×
//	QuerySynthetic  QuerySyntheticFloor  2×
//	ColdBuild       ColdBuildFloor       0.5×
//
// The fourth target, the cold start of a program, is measured by
// scripts/bench with the programs under testdata/coldstart.

// factIDs returns the IDs of every fact read into c, in catalogue order.
func factIDs(c Catalogue) []string {
	var ids []string
	for f := range c.All() {
		ids = append(ids, f.ID())
	}
	return ids
}

// sinkInt keeps benchmark results alive.
var sinkInt int

// BenchmarkFactByID looks up the ID of every fact read into the default
// catalogue in turn with Catalogue.Fact, and reads the length of each
// fact's ID. Its floor is BenchmarkFactByIDFloor; the target is at most
// 1.2× the floor.
func BenchmarkFactByID(b *testing.B) {
	c := Default()
	benchFactByID(b, c, slices.Collect(c.All()))
}

// BenchmarkFactByIDFloor is the floor of BenchmarkFactByID: the same
// lookups, in the same order, in a prebuilt map[string]*Fact of the same
// facts, reading the same field.
func BenchmarkFactByIDFloor(b *testing.B) {
	benchMapByID(b, slices.Collect(Default().All()))
}

// BenchmarkFactByAnyID is BenchmarkFactByID over the IDs of the derived
// facts too, which Catalogue.Fact finds in a second map after missing
// them in the first. Its floor is BenchmarkFactByAnyIDFloor; it has no
// target.
func BenchmarkFactByAnyID(b *testing.B) {
	c := Default()
	benchFactByID(b, c, slices.AppendSeq(slices.Collect(c.All()), c.Derived()))
}

// BenchmarkFactByAnyIDFloor is the floor of BenchmarkFactByAnyID: the
// same lookups in a prebuilt map[string]*Fact of the read and derived
// facts, reading the same field.
func BenchmarkFactByAnyIDFloor(b *testing.B) {
	c := Default()
	benchMapByID(b, slices.AppendSeq(slices.Collect(c.All()), c.Derived()))
}

// benchFactByID looks up the IDs of facts in turn with c.Fact and reads
// the length of each fact's ID.
func benchFactByID(b *testing.B, c Catalogue, facts []Fact) {
	b.Helper()
	ids := make([]string, len(facts))
	for i, f := range facts {
		ids[i] = f.ID()
	}
	b.ReportAllocs()
	n, j := 0, 0
	for b.Loop() {
		f, ok := c.Fact(ids[j])
		if !ok {
			b.Fatalf("no fact %q", ids[j])
		}
		n += len(f.ID())
		if j++; j == len(ids) {
			j = 0
		}
	}
	sinkInt = n
}

// benchMapByID is benchFactByID in a map[string]*Fact of facts: the floor.
func benchMapByID(b *testing.B, facts []Fact) {
	b.Helper()
	ids := make([]string, len(facts))
	m := make(map[string]*Fact, len(facts))
	for i := range facts {
		ids[i] = facts[i].ID()
		m[ids[i]] = &facts[i]
	}
	b.ReportAllocs()
	n, j := 0, 0
	for b.Loop() {
		f, ok := m[ids[j]]
		if !ok {
			b.Fatalf("no fact %q", ids[j])
		}
		n += len(f.ID())
		if j++; j == len(ids) {
			j = 0
		}
	}
	sinkInt = n
}

// The queries of BenchmarkQueryJinan and BenchmarkQueryJinanWithDerived:
// Jinan's 73 read facts, and those with the 12 derived from them. A query
// looks up one index list in each set of facts it reads, read and
// derived: a map lookup that a walk of a slice does not make, costing
// about a third of the walk of Jinan's facts. The target is on the first
// query, which makes one lookup; the second, which makes two, comes close
// to 2× on a loaded machine, and is shown beside its floor without a
// target.
var (
	jinanQuery            = Query{Subject: Jinan, Origin: FromSeed}
	jinanWithDerivedQuery = Query{Subject: Jinan}
)

// BenchmarkQueryJinan iterates c.Query(Query{Subject: Jinan, Origin:
// FromSeed}) over the default catalogue, Jinan's 73 read facts, and reads
// the length of each fact's ID (see queryIDs). Its floor is
// BenchmarkQueryJinanFloor; the target is at most 2× the floor.
func BenchmarkQueryJinan(b *testing.B) {
	c := Default()
	benchQuery(b, c, jinanQuery, len(subjectFacts(b, c, jinanQuery)))
}

// BenchmarkQueryJinanFloor is the floor of BenchmarkQueryJinan: a walk of
// a prebuilt []Fact holding exactly the facts the query yields, in its
// order, reading the same field (see walkIDs).
func BenchmarkQueryJinanFloor(b *testing.B) {
	benchWalk(b, subjectFacts(b, Default(), jinanQuery))
}

// BenchmarkQueryJinanWithDerived is BenchmarkQueryJinan for
// c.Query(Query{Subject: Jinan}): the 73 read facts and the 12 derived
// from them, derived before timing. Its floor is
// BenchmarkQueryJinanWithDerivedFloor; it has no target.
func BenchmarkQueryJinanWithDerived(b *testing.B) {
	c := Default()
	benchQuery(b, c, jinanWithDerivedQuery, len(subjectFacts(b, c, jinanWithDerivedQuery)))
}

// BenchmarkQueryJinanWithDerivedFloor is the floor of
// BenchmarkQueryJinanWithDerived: a walk of a prebuilt []Fact holding its
// 77 facts in the query's order, reading the same field.
func BenchmarkQueryJinanWithDerivedFloor(b *testing.B) {
	benchWalk(b, subjectFacts(b, Default(), jinanWithDerivedQuery))
}

// Shape of the synthetic catalogue: syntheticSize facts, of which every
// syntheticStride-th is about syntheticSubject.
const (
	syntheticSize    = 30_000
	syntheticStride  = 300
	syntheticSubject = Jinan
)

// syntheticQuery is the query of BenchmarkQuerySynthetic. Only read facts:
// the synthetic facts' relations mean nothing, so deriving from them would
// measure noise.
var syntheticQuery = Query{Subject: syntheticSubject, Origin: FromSeed}

// syntheticCatalogue returns a catalogue of syntheticSize facts built with
// newCatalogue: copies of the default catalogue's read facts in turn, each
// with an ID of its own, a subject (syntheticSubject for every
// syntheticStride-th, one of the other subjects of the vocabulary
// otherwise) and a quarter between 1990 and 2039. It is built once, so
// that a benchmark and its floor read the very same records.
var syntheticCatalogue = sync.OnceValues(func() (Catalogue, error) {
	read := Default().readSet().facts
	var others []Subject
	for i := range data.Subjects {
		if s := Subject(i + 1); s != syntheticSubject {
			others = append(others, s)
		}
	}
	facts := make([]fact, syntheticSize)
	for i := range facts {
		f := read[i%len(read)]
		f.id = fmt.Sprintf("synthetic.%05d.%s", i, f.id)
		f.key.Subject = others[i%len(others)]
		if i%syntheticStride == 0 {
			f.key.Subject = syntheticSubject
		}
		f.key.Period = QuarterOf(1990+i/4%50, 1+i%4)
		facts[i] = f
	}
	return newCatalogue(facts)
})

// synthetic returns syntheticCatalogue's catalogue.
func synthetic(b *testing.B) Catalogue {
	b.Helper()
	c, err := syntheticCatalogue()
	if err != nil {
		b.Fatal(err)
	}
	return c
}

// BenchmarkQuerySynthetic iterates the read facts about one subject, 100
// of them, in a synthetic catalogue of 30,000 facts (see
// syntheticCatalogue), reading the length of each fact's ID. Its floor is
// BenchmarkQuerySyntheticFloor; the target is at most 2× the floor.
func BenchmarkQuerySynthetic(b *testing.B) {
	c := synthetic(b)
	benchQuery(b, c, syntheticQuery, len(subjectFacts(b, c, syntheticQuery)))
}

// BenchmarkQuerySyntheticFloor is the floor of BenchmarkQuerySynthetic: a
// walk of a prebuilt []Fact holding exactly the facts the query yields.
func BenchmarkQuerySyntheticFloor(b *testing.B) {
	benchWalk(b, subjectFacts(b, synthetic(b), syntheticQuery))
}

// subjectFacts returns the facts of c about q.Subject, read then derived
// as q.Origin selects, collected without Query, and checks that
// c.Query(q) yields exactly them, in that order.
func subjectFacts(b *testing.B, c Catalogue, q Query) []Fact {
	b.Helper()
	var want []Fact
	if q.Origin != FromDerivation {
		for f := range c.All() {
			if f.Subject() == q.Subject {
				want = append(want, f)
			}
		}
	}
	if q.Origin != FromSeed {
		for f := range c.Derived() {
			if f.Subject() == q.Subject {
				want = append(want, f)
			}
		}
	}
	if got := slices.Collect(c.Query(q)); len(want) == 0 || !slices.Equal(got, want) {
		b.Fatalf("the query yields %d facts, want the %d about %v", len(got), len(want), q.Subject)
	}
	return want
}

// TestQueryAsScan checks the queries the benchmarks measure, and others of
// every shape, against a scan of every fact with Query.matches: Query,
// which takes a list from an index and checks only when the list is not
// exact, must select the same facts, each once, and stop when the range
// does.
func TestQueryAsScan(t *testing.T) {
	c := Default()
	var seeds []string
	for f := range c.All() {
		for src := range f.AllSources() {
			if !slices.Contains(seeds, src.File) {
				seeds = append(seeds, src.File)
			}
		}
	}
	tests := []Query{
		{}, jinanQuery, jinanWithDerivedQuery,
		{Origin: FromSeed}, {Origin: FromDerivation}, {Subject: Jinan, Origin: FromDerivation},
		{Indicator: GDP}, {Measure: Growth}, {Status: Planned}, {Benchmark: Shandong}, {Seed: seeds[0]},
		{Subject: Jinan, Indicator: GDP}, {Subject: Jinan, Measure: Level, Status: Observed},
		{Subject: 9999}, {Subject: Jinan, Seed: "no such seed"},
		{During: YearOf(2020)}, {Within: QuarterOf(2020, 1)}, {Subject: Jinan, During: SpanOf(D(2015, 1, 1), D(2030, 12, 31))},
		{Indicator: GDP, Within: YearOf(2019), Origin: FromSeed},
	}
	for _, seed := range seeds {
		tests = append(tests, Query{Seed: seed}, Query{Seed: seed, Measure: Growth})
	}
	for _, q := range tests {
		var want []string
		for _, set := range []iter.Seq[Fact]{c.All(), c.Derived()} {
			for f := range set {
				if f.Derived() && q.Origin == FromSeed || !f.Derived() && q.Origin == FromDerivation {
					continue
				}
				if q.matches(f.f) {
					want = append(want, f.ID())
				}
			}
		}
		var got []string
		for f := range c.Query(q) {
			got = append(got, f.ID())
		}
		if diff := cmp.Diff(sorted(want), sorted(got)); diff != "" {
			t.Errorf("%+v: facts differ from a scan (-scan +query):\n%s", q, diff)
		}
		for k := range min(len(got), 3) {
			var part []string
			for f := range c.Query(q) {
				if len(part) == k {
					break
				}
				part = append(part, f.ID())
			}
			if !slices.Equal(part, got[:k]) {
				t.Errorf("%+v: stopping after %d facts gave %v, want %v", q, k, part, got[:k])
			}
		}
	}
}

// sorted returns a sorted copy of ids.
func sorted(ids []string) []string { return slices.Sorted(slices.Values(ids)) }

// benchQuery iterates c.Query(q), which must yield want facts, reading the
// length of each fact's ID (see queryIDs).
func benchQuery(b *testing.B, c Catalogue, q Query, want int) {
	b.Helper()
	b.ReportAllocs()
	n := 0
	for b.Loop() {
		ids, k := queryIDs(c, q)
		if k != want {
			b.Fatalf("%d facts, want %d", k, want)
		}
		n += ids
	}
	sinkInt = n
}

// queryIDs ranges over c.Query(q) as a program does and returns the total
// length of the IDs and the number of facts. It is a function of its own,
// and not inlined, because the compiler keeps every value of a b.Loop body
// alive, which would keep it from inlining the range statement's body into
// the query's loop as it does in a program.
//
//go:noinline
func queryIDs(c Catalogue, q Query) (ids, n int) {
	for f := range c.Query(q) {
		ids += len(f.ID())
		n++
	}
	return ids, n
}

// benchWalk walks facts, reading the length of each fact's ID (see
// walkIDs): the floor of benchQuery.
func benchWalk(b *testing.B, facts []Fact) {
	b.Helper()
	b.ReportAllocs()
	n := 0
	for b.Loop() {
		ids, k := walkIDs(facts)
		if k != len(facts) {
			b.Fatalf("%d facts, want %d", k, len(facts))
		}
		n += ids
	}
	sinkInt = n
}

// walkIDs is queryIDs over a slice: it ranges over facts and returns the
// total length of the IDs and the number of facts. Not inlined, as
// queryIDs.
//
//go:noinline
func walkIDs(facts []Fact) (ids, n int) {
	for _, f := range facts {
		ids += len(f.ID())
		n++
	}
	return ids, n
}

// BenchmarkQuery runs the queries a reader makes most, reading the length
// of each fact's ID as BenchmarkQueryJinan does: by subject (read and
// derived facts, or read only), by indicator, by both, and the zero Query
// that selects everything. It has no floor; BenchmarkQueryJinan and
// BenchmarkQuerySynthetic have targets.
func BenchmarkQuery(b *testing.B) {
	c := Default()
	tests := []struct {
		name string
		q    Query
	}{
		{"Subject", Query{Subject: Jinan}},
		{"SubjectFromSeed", Query{Subject: Jinan, Origin: FromSeed}},
		{"Indicator", Query{Indicator: GDP}},
		{"SubjectIndicator", Query{Subject: Jinan, Indicator: GDP}},
		{"All", Query{}},
	}
	for _, tt := range tests {
		want := 0
		for range c.Query(tt.q) {
			want++
		}
		if want == 0 {
			b.Fatalf("%s: the query selects no fact", tt.name)
		}
		b.Run(tt.name, func(b *testing.B) {
			benchQuery(b, c, tt.q, want)
		})
	}
}

// BenchmarkColdBuild builds a new catalogue from the seeds as Default does
// on first use: parse every figure, place every quote and index the facts.
// It never reuses the default catalogue; the vocabulary is built once per
// process, as in a program. Its floor is BenchmarkColdBuildFloor; the
// target is at most 0.5× the floor.
func BenchmarkColdBuild(b *testing.B) {
	want := Default().Len()
	b.ReportAllocs()
	for b.Loop() {
		c, err := build(data.Seeds())
		if err != nil {
			b.Fatal(err)
		}
		if c.Len() != want {
			b.Fatalf("%d facts, want %d", c.Len(), want)
		}
	}
}

// BenchmarkColdBuildFloor is the floor of BenchmarkColdBuild: decoding
// with encoding/json the JSON Lines export of the same facts (one Record
// per line, as examples/export writes it, produced before timing) into a
// []Record. Bytes per second are over the export.
func BenchmarkColdBuildFloor(b *testing.B) {
	c := Default()
	var buf bytes.Buffer
	if err := exportJSONL(&buf, c); err != nil {
		b.Fatal(err)
	}
	export := buf.Bytes()
	b.SetBytes(int64(len(export)))
	b.ReportAllocs()
	for b.Loop() {
		dec := json.NewDecoder(bytes.NewReader(export))
		var rs []Record
		for dec.More() {
			var r Record
			if err := dec.Decode(&r); err != nil {
				b.Fatal(err)
			}
			rs = append(rs, r)
		}
		if len(rs) != c.Len() {
			b.Fatalf("%d records, want %d", len(rs), c.Len())
		}
	}
}

// BenchmarkDerive runs every rule on the default catalogue's facts and
// indexes what they derive: what the first query or lookup that may select
// a derived fact costs in a catalogue without a generated table. It has no
// floor.
func BenchmarkDerive(b *testing.B) {
	c := Default()
	want := len(slices.Collect(c.Derived()))
	b.ReportAllocs()
	for b.Loop() {
		var s factSet
		if err := s.index(c.derive()); err != nil {
			b.Fatal(err)
		}
		if len(s.facts) != want {
			b.Fatalf("%d derived facts, want %d", len(s.facts), want)
		}
	}
}

// BenchmarkDerivedFromTable reads the default catalogue's derived facts
// from the generated table internal/data/derivations.go and indexes them:
// the work of the default catalogue's first query or lookup that may
// select a derived fact. It has no floor; scripts/bench uses it, with
// BenchmarkColdBuild, to account for the time of testdata/coldstart/full.
func BenchmarkDerivedFromTable(b *testing.B) {
	c := Default()
	want := len(slices.Collect(c.Derived()))
	b.ReportAllocs()
	for b.Loop() {
		facts, ok := c.derivedFromTable(data.Seeds(), data.Derivations[:], data.DerivedFromEntries, data.DerivedFromRelations)
		var s factSet
		if err := s.index(facts); !ok || err != nil {
			b.Fatal("the table does not fit the catalogue", err)
		}
		if len(s.facts) != want {
			b.Fatalf("%d derived facts, want %d", len(s.facts), want)
		}
	}
}

// BenchmarkExportJSONL writes every fact's Record as JSON Lines to
// io.Discard, as examples/export does; bytes/op is the export's size. It
// has no floor.
func BenchmarkExportJSONL(b *testing.B) {
	c := Default()
	var size countingWriter
	if err := exportJSONL(&size, c); err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	for b.Loop() {
		if err := exportJSONL(io.Discard, c); err != nil {
			b.Fatal(err)
		}
	}
}

// exportJSONL writes one JSON object per fact read into c, HTML left
// unescaped as the export command writes it.
func exportJSONL(w io.Writer, c Catalogue) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	for f := range c.All() {
		if err := enc.Encode(f.Record()); err != nil {
			return err
		}
	}
	return nil
}

// countingWriter counts the bytes written to it.
type countingWriter int

func (n *countingWriter) Write(p []byte) (int, error) {
	*n += countingWriter(len(p))
	return len(p), nil
}

// BenchmarkParseSeedFigures parses every figure phrase of the catalogue's
// entries once per iteration. It has no floor.
func BenchmarkParseSeedFigures(b *testing.B) {
	figures := seedFigures()
	for _, s := range figures {
		if _, err := ParseQuantity(s); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportAllocs()
	for b.Loop() {
		for _, s := range figures {
			if _, err := ParseQuantity(s); err != nil {
				b.Fatal(err)
			}
		}
	}
}

// BenchmarkParseHuge feeds ParseQuantity inputs of a million characters,
// which it must refuse after reading a few of them (or, for validity
// checks, in one linear pass). It has no floor.
func BenchmarkParseHuge(b *testing.B) {
	const n = 1_000_000
	tests := []struct {
		name string
		in   string
		want error
	}{
		{"Digits", strings.Repeat("9", n), ErrRange},
		{"Zeros", strings.Repeat("0", n), ErrSyntax},
		{"Decimals", "0." + strings.Repeat("0", n), ErrRange},
		{"Qualifiers", strings.Repeat("约", n), ErrSyntax},
		{"Units", "3" + strings.Repeat("元", n), ErrUnknownUnit},
		{"Signs", strings.Repeat("-", n), ErrSyntax},
		{"InvalidUTF8", strings.Repeat("\xff", n), ErrSyntax},
		{"Spaces", strings.Repeat(" ", n), ErrSyntax},
	}
	for _, tt := range tests {
		b.Run(tt.name, func(b *testing.B) {
			b.SetBytes(int64(len(tt.in)))
			b.ReportAllocs()
			for b.Loop() {
				if _, err := ParseQuantity(tt.in); !wrapsErr(err, tt.want) {
					b.Fatalf("error %v, want %v", err, tt.want)
				}
			}
		})
	}
}
