// Package termtable writes rows of text as aligned columns for a terminal,
// counting East Asian wide characters (济南, ２０２０) as two columns, which
// text/tabwriter does not.
package termtable

import (
	"fmt"
	"io"
	"strings"

	"golang.org/x/text/width"
)

// Write writes rows with each column padded to its widest cell and two
// spaces between columns. The columns whose indexes are in right are
// aligned right (numbers); the others left. Trailing spaces are trimmed.
func Write(w io.Writer, rows [][]string, right ...int) error {
	for _, line := range Format(rows, right...) {
		if _, err := fmt.Fprintln(w, line); err != nil {
			return err
		}
	}
	return nil
}

// Format returns the lines Write writes, one per row.
func Format(rows [][]string, right ...int) []string {
	if len(rows) == 0 {
		return nil
	}
	widths := make([]int, len(rows[0]))
	for _, row := range rows {
		for i, cell := range row {
			if i < len(widths) {
				widths[i] = max(widths[i], Width(cell))
			}
		}
	}
	isRight := make([]bool, len(widths))
	for _, i := range right {
		if i >= 0 && i < len(isRight) {
			isRight[i] = true
		}
	}
	lines := make([]string, 0, len(rows))
	for _, row := range rows {
		var b strings.Builder
		for i, cell := range row {
			pad := ""
			if i < len(widths) {
				pad = strings.Repeat(" ", widths[i]-Width(cell))
			}
			if i < len(isRight) && isRight[i] {
				b.WriteString(pad + cell)
			} else {
				b.WriteString(cell + pad)
			}
			b.WriteString("  ")
		}
		lines = append(lines, strings.TrimRight(b.String(), " "))
	}
	return lines
}

// minCell is the narrowest Fit cuts a column to.
const minCell = 6

// Fit returns a copy of rows whose lines, as Write writes them, are at
// most width columns wide. floors[i] is how far column i gives way first:
// while the lines are too wide, the widest column still above its floor
// loses a column; then, if they still are, the widest column that may be
// cut at all, down to minCell. A negative floor (or a column beyond
// floors) keeps its column whole unless nothing else can give. Cells
// longer than their column are cut with "…".
func Fit(rows [][]string, width int, floors []int) [][]string {
	if len(rows) == 0 {
		return rows
	}
	n := len(rows[0])
	widths := make([]int, n)
	for _, row := range rows {
		for i, cell := range row {
			if i < n {
				widths[i] = max(widths[i], Width(cell))
			}
		}
	}
	floor := func(i int) int {
		if i < len(floors) {
			return floors[i]
		}
		return -1
	}
	total := func() int {
		t := 2 * (n - 1)
		for _, w := range widths {
			t += w
		}
		return t
	}
	// widest returns the widest column above its limit, or -1.
	widest := func(limit func(i int) int) int {
		best := -1
		for i := range widths {
			if l := limit(i); l >= 0 && widths[i] > l && (best < 0 || widths[i] > widths[best]) {
				best = i
			}
		}
		return best
	}
	cuttable := func(i int) int {
		if floor(i) < 0 {
			return -1
		}
		return minCell
	}
	anything := func(int) int { return 1 }
	for total() > width {
		i := widest(floor)
		if i < 0 {
			i = widest(cuttable)
		}
		if i < 0 {
			i = widest(anything)
		}
		if i < 0 {
			break
		}
		widths[i]--
	}
	out := make([][]string, len(rows))
	for r, row := range rows {
		out[r] = make([]string, len(row))
		for i, cell := range row {
			if i < n {
				cell = Truncate(cell, widths[i])
			}
			out[r][i] = cell
		}
	}
	return out
}

// Truncate returns s cut to at most width columns, ending in "…" where it
// was cut.
func Truncate(s string, width int) string {
	if Width(s) <= width {
		return s
	}
	var b strings.Builder
	w := 0
	for _, r := range s {
		rw := Width(string(r))
		if w+rw > width-1 {
			break
		}
		b.WriteRune(r)
		w += rw
	}
	return b.String() + "…"
}

// Wrap breaks s into lines of at most width columns: at spaces between
// words, and between any two characters of Chinese text or of a word
// longer than a line.
func Wrap(s string, width int) []string {
	var lines []string
	var line strings.Builder
	w := 0
	flush := func() {
		lines = append(lines, strings.TrimRight(line.String(), " "))
		line.Reset()
		w = 0
	}
	for _, tok := range tokens(s) {
		tw := Width(tok)
		switch {
		case tok == " " && w == 0:
			continue
		case w+tw <= width:
		case tw <= width:
			flush()
			if tok == " " {
				continue
			}
		default: // a token longer than a line: cut it anywhere
			for _, r := range tok {
				rw := Width(string(r))
				if w+rw > width {
					flush()
				}
				line.WriteRune(r)
				w += rw
			}
			continue
		}
		line.WriteString(tok)
		w += tw
	}
	if line.Len() > 0 || len(lines) == 0 {
		flush()
	}
	return lines
}

// tokens splits s into words of narrow characters, single spaces, and
// single wide characters, which a line may break after.
func tokens(s string) []string {
	var toks []string
	var word strings.Builder
	for _, r := range s {
		switch {
		case r == ' ' || r == '\n':
			if word.Len() > 0 {
				toks, word = append(toks, word.String()), strings.Builder{}
			}
			toks = append(toks, " ")
		case Width(string(r)) == 2:
			if word.Len() > 0 {
				toks, word = append(toks, word.String()), strings.Builder{}
			}
			toks = append(toks, string(r))
		default:
			word.WriteRune(r)
		}
	}
	if word.Len() > 0 {
		toks = append(toks, word.String())
	}
	return toks
}

// Width returns the terminal columns s takes: two for a wide or full-width
// character, one for any other.
func Width(s string) int {
	n := 0
	for _, r := range s {
		switch width.LookupRune(r).Kind() {
		case width.EastAsianWide, width.EastAsianFullwidth:
			n += 2
		default:
			n++
		}
	}
	return n
}
