package figure

import (
	"math"
	"sync"
	"sync/atomic"

	"github.com/shopspring/decimal"
)

// Figures share their values. A decimal.Decimal is immutable, and the same
// values come back again and again in economic text (5.2, 12, 2027.00), so
// the parser takes each value from a cache of recent values instead of
// allocating it: most figures then cost no allocation at all. The cache is
// a fixed table of atomic pointers indexed by a hash of the coefficient and
// exponent; a new value replaces the one in its slot. It is safe for
// concurrent use and costs nothing at init.

// decimalSlots is the size of the cache: 64 KiB of pointers.
const decimalSlots = 1 << 13

type cachedDecimal struct {
	coef int64
	exp  int32
	d    decimal.Decimal
}

var decimalCache [decimalSlots]atomic.Pointer[cachedDecimal]

// entries hands out cache entries in blocks, one allocation for many.
var entries struct {
	sync.Mutex
	free []cachedDecimal
}

func slot(coef int64, exp int32) *atomic.Pointer[cachedDecimal] {
	h := uint64(coef)*0x9e3779b97f4a7c15 ^ uint64(uint32(exp))*0xc2b2ae3d27d4eb4f
	return &decimalCache[h>>(64-13)]
}

// Decimal returns coef × 10^exp as printed, with exponent exp: Decimal(20270,
// -1) is 2027.0. Equal values are shared.
func Decimal(coef int64, exp int32) decimal.Decimal {
	s := slot(coef, exp)
	if c := s.Load(); c != nil && c.coef == coef && c.exp == exp {
		return c.d
	}
	entries.Lock()
	if len(entries.free) == 0 {
		entries.free = make([]cachedDecimal, 256)
	}
	c := &entries.free[0]
	entries.free = entries.free[1:]
	entries.Unlock()
	*c = cachedDecimal{coef, exp, decimal.New(coef, exp)}
	s.Store(c)
	return c.d
}

// Neg returns −d with d's exponent, as Decimal shares values: the fall of
// 下降4.4% is Neg(4.4) = −4.4.
func Neg(d decimal.Decimal) decimal.Decimal {
	coef, exp := d.CoefficientInt64(), d.Exponent()
	// The coefficient is d's only when the cached value of coef, exp is
	// d: CoefficientInt64 keeps the low 64 bits of a larger one.
	if c := slot(coef, exp).Load(); c != nil && c.coef == coef && c.exp == exp && c.d.Equal(d) && coef != math.MinInt64 {
		return Decimal(-coef, exp)
	}
	return d.Neg()
}
