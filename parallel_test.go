package jinan

import (
	"runtime"
	"testing"
)

// TestInParallel: every index of [0, n) is handed to exactly one call, in
// chunks of at least minChunk (but for n under it), whether or not n splits.
func TestInParallel(t *testing.T) {
	if runtime.GOMAXPROCS(0) < 2 {
		t.Log("GOMAXPROCS is 1: every n runs as one chunk")
	}
	for _, n := range []int{0, 1, minChunk - 1, minChunk, 2 * minChunk, 2*minChunk + 1, 7*minChunk + 3} {
		seen := make([]int, n)
		chunks := make([]int, n) // the size of the chunk that took each index
		inParallel(n, func(lo, hi int) {
			for i := lo; i < hi; i++ {
				seen[i]++
				chunks[i] = hi - lo
			}
		})
		for i, k := range seen {
			if k != 1 {
				t.Fatalf("n = %d: index %d was handed %d times", n, i, k)
			}
			if chunks[i] < min(n, minChunk) {
				t.Fatalf("n = %d: index %d came in a chunk of %d, under %d", n, i, chunks[i], minChunk)
			}
		}
	}
}
