package jinan

import (
	"runtime"
	"sync"
)

// inParallel calls do(lo, hi) for consecutive chunks of [0, n) on up to
// GOMAXPROCS goroutines, the caller's among them, and waits for them all.
// Building a catalogue and deriving its facts are independent per fact.
// A chunk has at least minChunk items: for the seeds' few hundred entries
// a second goroutine costs a thread, a stack to grow and context switches
// that took as long as the work they split, so their catalogue builds on
// the caller's goroutine; a catalogue of tens of thousands of facts is
// split. do must only read shared state and write its own chunk.
func inParallel(n int, do func(lo, hi int)) {
	workers := min(runtime.GOMAXPROCS(0), n/minChunk)
	if workers <= 1 {
		do(0, n)
		return
	}
	// The calling goroutine takes the last chunk: one goroutine fewer to
	// start, and its stack has grown already.
	var wg sync.WaitGroup
	for w := range workers - 1 {
		lo, hi := n*w/workers, n*(w+1)/workers
		wg.Go(func() { do(lo, hi) })
	}
	do(n*(workers-1)/workers, n)
	wg.Wait()
}

// minChunk is the fewest items worth a goroutine of their own.
const minChunk = 1024
