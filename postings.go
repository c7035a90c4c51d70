package jinan

// postings lists facts under small whole-number keys (a handle, a measure,
// a seed's number, a year's offset), in catalogue order, in one backing
// array: the facts under key k are list[start[k]:start[k+1]]. Building one
// costs two walks of the facts and two allocations, where a map of slices
// costs a hash and an append for every fact.
type postings struct {
	start []int32
	list  []*fact
}

// of returns the facts under key k; none for a key out of range.
func (p *postings) of(k int) []*fact {
	if k < 0 || k+1 >= len(p.start) {
		return nil
	}
	return p.list[p.start[k]:p.start[k+1]]
}

// has reports whether any fact is under key k.
func (p *postings) has(k int) bool {
	return k >= 0 && k+1 < len(p.start) && p.start[k] < p.start[k+1]
}

// newPostings files facts under the keys each has: keys appends the
// fact's keys, none of them negative, to buf and returns it, the same keys
// on every call. size is how many keys there are likely to be (a larger
// key is still filed).
func newPostings(facts []fact, size int, keys func(f *fact, buf []int) []int) postings {
	count := make([]int32, size+1) // count[k+1]: the facts under k; then where k starts
	var buf []int
	total := 0
	for i := range facts {
		buf = keys(&facts[i], buf[:0])
		for _, k := range buf {
			for len(count) <= k+1 {
				count = append(count, 0)
			}
			count[k+1]++
		}
		total += len(buf)
	}
	for k := 1; k < len(count); k++ {
		count[k] += count[k-1]
	}
	p := postings{start: count, list: make([]*fact, total)}
	next := make([]int32, len(count))
	copy(next, count)
	for i := range facts {
		buf = keys(&facts[i], buf[:0])
		for _, k := range buf {
			p.list[next[k]] = &facts[i]
			next[k]++
		}
	}
	return p
}
