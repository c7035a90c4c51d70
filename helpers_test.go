package jinan

import "github.com/shopspring/decimal"

// dec parses a decimal literal in a test.
func dec(s string) decimal.Decimal { return decimal.RequireFromString(s) }
