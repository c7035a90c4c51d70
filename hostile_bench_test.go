package jinan

import (
	"fmt"
	"strings"
	"testing"
)

// BenchmarkHostileSizes feeds inputs of growing hostile size to the API:
// places from 10^3 to 10^9 for the roundings and conversions, exponents
// and field lengths for record decoding. Past the documented limits
// (MaxPlaces, 40 bytes of value, 64 KiB a field) each call is refused
// before any work, so time and allocations stay flat however large the
// input grows. The floor is the call with a valid input of the same kind.
func BenchmarkHostileSizes(b *testing.B) {
	land := MustParseQuantity("1579亩")
	capital := MustParseQuantity("3.8亿美元")
	rate, err := CitedRate(unitUSD, unitCNY, YearOf(2020))
	if err != nil {
		b.Fatal(err)
	}
	for _, places := range []int32{2, 1e3, 1e6, 1e9} {
		b.Run(fmt.Sprintf("ConvertRound/places=%d", places), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				_, _ = land.ConvertRound(unitSquareMetre, places)
			}
		})
		b.Run(fmt.Sprintf("BaseRound/places=%d", places), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				_, _ = land.BaseRound(-places)
			}
		})
		b.Run(fmt.Sprintf("ConvertCurrency/places=%d", places), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				_, _ = ConvertCurrency(capital, QuarterOf(2020, 1), rate, places)
			}
		})
	}
	c := Default()
	gdp, _ := c.Fact("jinan.gdp.level.2020-q1")
	for _, exp := range []string{"", "1e3", "1e2147483647", "1e-2147483648"} {
		r := gdp.Record()
		if exp != "" {
			r.Value = exp
		}
		b.Run(fmt.Sprintf("FactFromRecord/value=%s", strings.ReplaceAll(r.Value, ".", "_")), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				_, _ = c.FactFromRecord(r)
			}
		})
	}
	for _, size := range []int{0, 1 << 10, 1 << 16, 1 << 20, 1 << 22} {
		r := gdp.Record()
		if size > 0 {
			r.Note = strings.Repeat("x", size)
		}
		b.Run(fmt.Sprintf("FactFromRecord/note=%dB", size), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				_, _ = c.FactFromRecord(r)
			}
		})
	}
}
