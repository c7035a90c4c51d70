package jinan

import (
	"math/rand/v2"
	"testing"
)

// opsPool returns the quantities the operation sequences start from: every
// figure of the catalogue, read and derived, and a few the seeds do not
// print (a falling range, a fall by more than, nearly, a fraction).
func opsPool() []Quantity {
	var pool []Quantity
	for f := range Default().Query(Query{}) {
		pool = append(pool, f.Quantity())
	}
	for _, s := range []string{"下降1%—5%", "下降超过3%", "近3%", "下降近3%", "三分之一", "1.1%—1.4%", "逾3000万美元", "约58万平方米", "1579亩"} {
		pool = append(pool, MustParseQuantity(s))
	}
	return pool
}

// opUnits and opMagnitudes are what conversions and rescalings aim at,
// including ones that must be refused.
var (
	opUnits      = []Unit{unitCNY, unitUSD, unitPercent, unitPercentagePoint, unitSquareMetre, unitSquareKilometre, unitMu, unitTonne, unitDays, unitYears, CountOf("家")}
	opMagnitudes = []Magnitude{Units, Magnitude(2), Thousand, TenThousand, TenMillion, HundredMillion, Trillion, Magnitude(13), Magnitude(-2)}
	opPlaces     = []int32{0, 1, 2, 4, -1, -4, -7, MaxPlaces, MaxPlaces + 1, -MaxPlaces - 1}
)

// applyOp applies operation code op to q (and o, for the binary ones),
// with parameter k choosing a unit, magnitude or number of places.
func applyOp(op, k uint8, q, o Quantity) (Quantity, error) {
	switch op % 7 {
	case 0:
		return q.Neg()
	case 1:
		return q.Add(o)
	case 2:
		return q.Sub(o)
	case 3:
		return q.Convert(opUnits[int(k)%len(opUnits)])
	case 4:
		return q.ConvertRound(opUnits[int(k)%len(opUnits)], opPlaces[int(k)%len(opPlaces)])
	case 5:
		return q.Rescale(opMagnitudes[int(k)%len(opMagnitudes)])
	}
	rate, err := CitedRate(unitUSD, unitCNY, YearOf(2020))
	if err != nil {
		return Quantity{}, err
	}
	c, err := ConvertCurrency(q, QuarterOf(2020, 1), rate, opPlaces[int(k)%len(opPlaces)])
	return c.Result(), err
}

// checkClosed fails t unless q, made by the API, has a text form that reads
// back to an identical and equal quantity.
func checkClosed(t *testing.T, how string, q Quantity) {
	t.Helper()
	text, err := q.MarshalText()
	if err != nil {
		t.Fatalf("%s = %s has no text form: %v", how, q, err)
	}
	var back Quantity
	if err := back.UnmarshalText(text); err != nil || !back.Identical(q) || !back.Equal(q) {
		t.Fatalf("%s = %s reads back as %s, %v", how, text, back, err)
	}
}

// runOps applies the operations that data encodes, two bytes each, to the
// pool, checking every result; it returns how many succeeded.
func runOps(t *testing.T, pool []Quantity, data []byte) int {
	t.Helper()
	if len(pool) == 0 {
		return 0
	}
	q := pool[0]
	ok := 0
	for i := 0; i+1 < len(data); i += 2 {
		op, k := data[i], data[i+1]
		o := pool[int(k)%len(pool)]
		r, err := applyOp(op, k, q, o)
		if err != nil {
			q = o // start again from another seed quantity
			continue
		}
		ok++
		checkClosed(t, q.String()+" op "+string('0'+rune(op%7)), r)
		if op%7 == 0 {
			back, err := r.Neg()
			if err != nil || !back.Identical(q) {
				t.Fatalf("Neg(Neg(%s)) = %s, %v", q, back, err)
			}
		}
		if op%7 == 1 {
			// The sum is in q's unit; the other way it is in o's, which may
			// not hold it exactly (亩 in 平方公里): where both exist they are equal.
			if other, err := o.Add(q); err == nil && !other.Equal(r) {
				t.Fatalf("%s + %s = %s but %s + %s = %s", q, o, r, o, q, other)
			}
		}
		q = r
	}
	return ok
}

// TestOperationSequences applies random sequences of every public
// operation on quantities to the seeds' figures: every result reads back
// from its text, Neg undoes itself, Add commutes where both orders exist.
func TestOperationSequences(t *testing.T) {
	pool := opsPool()
	r := rand.New(rand.NewPCG(2026, 12))
	total := 0
	for range 2000 {
		data := make([]byte, 2*(1+r.IntN(12)))
		for i := range data {
			data[i] = byte(r.UintN(256))
		}
		start := r.IntN(len(pool))
		total += runOps(t, append([]Quantity{pool[start]}, pool...), data)
	}
	if total < 2000 {
		t.Errorf("only %d operations succeeded: the sequences test little", total)
	}
}

// FuzzQuantityOps runs the operation sequences the fuzzer makes.
func FuzzQuantityOps(f *testing.F) {
	f.Add([]byte{0, 0, 1, 5, 2, 9, 3, 4, 4, 7, 5, 2, 6, 1})
	f.Add([]byte{1, 200, 1, 201, 0, 0, 4, 3})
	pool := opsPool()
	f.Fuzz(func(t *testing.T, data []byte) {
		if len(data) > 0 {
			runOps(t, append([]Quantity{pool[int(data[0])%len(pool)]}, pool...), data[1:])
		}
	})
}
