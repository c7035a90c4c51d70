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
		if _, err := fmt.Fprintln(w, strings.TrimRight(b.String(), " ")); err != nil {
			return err
		}
	}
	return nil
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
