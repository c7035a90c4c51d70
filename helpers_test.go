package jinan

import (
	"github.com/google/go-cmp/cmp"
	"github.com/shopspring/decimal"
)

// decimalEqual lets go-cmp compare decimals numerically.
var decimalEqual = cmp.Comparer(func(a, b decimal.Decimal) bool { return a.Equal(b) })

// dec parses a decimal literal in a test.
func dec(s string) decimal.Decimal { return decimal.RequireFromString(s) }
