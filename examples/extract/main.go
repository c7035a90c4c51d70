// Command extract lists every number of a Chinese economic text: the
// figures with their value, magnitude, unit, bound, sign, measure hint and
// period, and the dates, clock times, names and wording it does not read as
// figures. A maintainer pastes a new article and starts curating from it.
//
// Usage:
//
//	go run ./examples/extract [-json] [FILE | -]
//	go run ./examples/extract -check
//
// With no FILE it reads the built-in seed 000 (so it runs with no input);
// "-" reads standard input. Input that is not UTF-8 text (a stray byte, a
// NUL) is still read, with a warning on standard error that names the
// first offending byte. The default output is an aligned table; -json
// writes the figures as JSON Lines of jinan.Record, the export's format,
// with sources holding byte offsets into the text read ("-" as the file
// name for standard input). A figure Extract cannot read exactly is flagged
// (FLAGS: malformed, vague, unit, direction) and its reading left for the
// curator. -check prints the recall and accuracy of jinan.Extract against
// the curated catalogue, and the facts it misses; it exits 1 when either is
// under 99%.
package main

import (
	"bufio"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"unicode/utf8"

	"github.com/jinanfacts/jinan"
	"github.com/jinanfacts/jinan/examples/internal/termtable"
)

// builtin is the seed read when no FILE is given.
const builtin = "000_7d0ca8f784bc605c.txt"

func main() {
	asJSON := flag.Bool("json", false, "write the figures as JSON Lines of jinan.Record")
	check := flag.Bool("check", false, "score jinan.Extract against the curated catalogue")
	flag.Usage = func() {
		fmt.Fprintln(flag.CommandLine.Output(), "usage: extract [-json] [FILE | -]\n       extract -check")
		flag.PrintDefaults()
	}
	flag.Parse()
	if flag.NArg() > 1 || *check && (flag.NArg() > 0 || *asJSON) {
		flag.Usage()
		os.Exit(2)
	}
	w := bufio.NewWriter(os.Stdout)
	var err error
	status := 0
	if *check {
		status = writeCheck(w)
	} else {
		var name string
		var text []byte
		if name, text, err = input(flag.Arg(0)); err == nil {
			if warning := notText(name, text); warning != "" {
				fmt.Fprintln(os.Stderr, "extract: warning:", warning)
			}
			items := jinan.ExtractBytes(text)
			if *asJSON {
				err = writeJSONL(w, name, items)
			} else {
				writeTable(w, name, items)
			}
		}
	}
	if err == nil {
		err = w.Flush()
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "extract:", err)
		os.Exit(1)
	}
	os.Exit(status)
}

// notText returns why text does not look like UTF-8 text, naming the
// input and the offset of the first byte that is not, or "" when it does:
// Extract reads any bytes, and on bytes that are not text its "figures"
// are noise.
func notText(name string, text []byte) string {
	for i := 0; i < len(text); {
		r, size := utf8.DecodeRune(text[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			return fmt.Sprintf("%s is not valid UTF-8 text: byte %d (0x%02x) begins no UTF-8 character; what follows may be noise", name, i, text[i])
		case r == 0:
			return fmt.Sprintf("%s is not text: byte %d is NUL; what follows may be noise", name, i)
		}
		i += size
	}
	return ""
}

// input returns the name and bytes of the text to read: the built-in seed
// for "", standard input for "-", else the file.
func input(arg string) (string, []byte, error) {
	switch arg {
	case "":
		doc, err := jinan.DocumentByFile(builtin)
		if err != nil {
			return "", nil, err
		}
		text, err := doc.Text()
		return doc.File, text, err
	case "-":
		text, err := io.ReadAll(os.Stdin)
		return "-", text, err
	}
	text, err := os.ReadFile(arg)
	return filepath.Base(arg), text, err
}

func writeJSONL(w io.Writer, name string, items []jinan.Extracted) error {
	return jinan.WriteJSONLines(w, func(yield func(jinan.Record) bool) {
		for _, e := range items {
			if e.Kind == jinan.FigureKind && !yield(e.Record(name)) {
				return
			}
		}
	})
}

// writeTable writes one row per number, aligned for a terminal where a
// Chinese character is two columns wide.
func writeTable(w io.Writer, name string, items []jinan.Extracted) {
	rows := [][]string{{"AT", "KIND", "TEXT", "VALUE", "×10^", "UNIT", "BOUND", "SIGN", "MEASURE", "PERIOD", "FLAGS", "NOTE"}}
	figures, flagged := 0, 0
	for _, e := range items {
		row := []string{fmt.Sprint(e.Start), e.Kind.String(), oneLine(e.Text), "", "", "", "", "", "", e.Period, e.Flags.String(), note(e)}
		if e.Flags != 0 {
			flagged++
		}
		if q := e.Quantity; !q.IsZero() {
			figures++
			value := q.ValueText()
			if q.Bound() == jinan.Range {
				value += "—" + q.HighText()
			}
			if d := q.Denominator(); d > 1 {
				value += fmt.Sprintf("/%d", d)
			}
			unit, _ := q.Unit().MarshalText()
			row[3], row[4], row[5], row[6] = value, fmt.Sprint(int(q.Magnitude())), string(unit), q.Bound().String()
			row[7] = fmt.Sprintf("%+d", e.Sign)
			if e.Sign == 0 {
				row[7] = "0"
			}
			row[8] = e.Measure.String()
		}
		rows = append(rows, row)
	}
	termtable.Write(w, rows, 0, 4, 7) // numbers align right
	fmt.Fprintf(w, "%s: %d numbers, %d figures read, %d flagged\n", name, len(items), figures, flagged)
}

// note describes what is not in the other columns: the benchmark, what
// was inferred, or why a number is not a figure.
func note(e jinan.Extracted) string {
	var parts []string
	if e.Benchmark != "" {
		parts = append(parts, "vs "+e.Benchmark)
	}
	if e.Inferred != 0 {
		parts = append(parts, "inferred "+e.Inferred.String())
	}
	if e.Note != "" {
		parts = append(parts, e.Note)
	}
	return strings.Join(parts, "; ")
}

func oneLine(s string) string { return strings.ReplaceAll(s, "\n", "⏎") }

// writeCheck prints the score of Extract against the catalogue and its
// misses, and returns 1 when recall or accuracy is under 99%.
func writeCheck(w io.Writer) int {
	sc := jinan.Default().ScoreExtract()
	fmt.Fprintln(w, sc)
	for _, m := range sc.Misses {
		fmt.Fprintln(w, "miss:", m)
	}
	if sc.Found*100 < 99*sc.Facts || sc.Right*100 < 99*sc.Found {
		return 1
	}
	return 0
}
