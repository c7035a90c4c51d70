package jinan

import (
	"runtime"
	"sync"
)

// inParallel calls do(lo, hi) for consecutive chunks of [0, n) on up to
// GOMAXPROCS goroutines and waits for them all. Building the catalogue and
// deriving its facts are independent per fact, and a program's first call
// to Default waits for both: on two cores they take about half the time.
// do must only read shared state and write its own chunk.
func inParallel(n int, do func(lo, hi int)) {
	workers := min(runtime.GOMAXPROCS(0), n/minChunk)
	if workers <= 1 {
		do(0, n)
		return
	}
	var wg sync.WaitGroup
	for w := range workers {
		lo, hi := n*w/workers, n*(w+1)/workers
		wg.Go(func() { do(lo, hi) })
	}
	wg.Wait()
}

// minChunk is the fewest items worth a goroutine of their own.
const minChunk = 32
