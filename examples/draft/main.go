// Command draft drafts the curated entries of a new page: for every figure
// of a Chinese economic text it proposes the subject, indicator, measure,
// period, status, benchmark, figure and verbatim quote, each field with a
// confidence and a reason, and writes them as a data file in the format of
// internal/data/seed_NNN.go, and as JSON Lines. The curator edits the data
// file and adds it beside the others; the provenance tests then prove each
// kept entry like any other.
//
// Usage:
//
//	go run ./examples/draft [FILE | -] [-date 2021-12-27] [-name Seed005] [-o DIR] [-jsonl]
//
// The flags may come before or after FILE.
//
// With no FILE it drafts the built-in seed 000 (so it runs with no input);
// "-" reads standard input. A FILE named as one of the seeds takes that
// seed's publication date unless -date is given; any other page needs
// -date to date the periods that print no year (一季度, 今年以来), and without
// it those are left for the curator. With -o the data file and the JSON
// Lines are written into DIR as seed_NNN.go and seed_NNN.jsonl (NNN from
// the file's name, or "draft"); without it the data file goes to standard
// output, or with -jsonl the JSON Lines.
package main

import (
	"bufio"
	"flag"
	"fmt"
	"go/format"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/jinanfacts/jinan"
)

// builtin is the seed drafted when no FILE is given.
const builtin = "000_7d0ca8f784bc605c.txt"

func main() {
	date := flag.String("date", "", "the page's publication date, YYYY-MM-DD")
	name := flag.String("name", "", "the Go variable of the data file (default Seed and the file's number)")
	dir := flag.String("o", "", "write seed_NNN.go and seed_NNN.jsonl into this directory")
	jsonl := flag.Bool("jsonl", false, "write the JSON Lines to standard output instead of the data file")
	flag.Usage = func() {
		fmt.Fprintln(flag.CommandLine.Output(), "usage: draft [-date YYYY-MM-DD] [-name Seed005] [-o DIR] [-jsonl] [FILE | -]")
		flag.PrintDefaults()
	}
	flag.Parse()
	// The page may come before the flags, as in draft PAGE.txt -date 2021-12-27.
	var args []string
	for flag.NArg() > 0 {
		args = append(args, flag.Arg(0))
		if err := flag.CommandLine.Parse(flag.Args()[1:]); err != nil {
			os.Exit(2)
		}
	}
	if len(args) > 1 || *dir != "" && *jsonl {
		flag.Usage()
		os.Exit(2)
	}
	page := ""
	if len(args) == 1 {
		page = args[0]
	}
	if err := run(os.Stdout, page, *date, *name, *dir, *jsonl); err != nil {
		fmt.Fprintln(os.Stderr, "draft:", err)
		os.Exit(1)
	}
}

// run drafts the page arg (a file, "-" or "" for the built-in seed) and
// writes what main's flags ask for.
func run(stdout io.Writer, arg, date, name, dir string, jsonl bool) error {
	doc, text, err := input(arg)
	if err != nil {
		return err
	}
	if date != "" {
		var d jinan.Date
		if err := d.UnmarshalText([]byte(date)); err != nil {
			return fmt.Errorf("-date: %w", err)
		}
		doc.Published, doc.Evidence = d, "the date given with -date"
	}
	drafts, err := jinan.Draft(string(text), doc)
	if err != nil {
		return err
	}
	number := fileNumber(doc.File)
	if name == "" {
		name = "Seed" + strings.ToUpper(number[:1]) + number[1:]
	}
	src, err := drafts.GoSource(name)
	if err == nil {
		src, err = format.Source(src)
	}
	if err != nil {
		return err
	}
	if dir == "" {
		w := bufio.NewWriter(stdout)
		if jsonl {
			err = drafts.WriteJSONL(w)
		} else {
			_, err = w.Write(src)
		}
		if err == nil {
			err = w.Flush()
		}
		return err
	}
	goFile := filepath.Join(dir, "seed_"+number+".go")
	if err := os.WriteFile(goFile, src, 0o644); err != nil {
		return err
	}
	f, err := os.Create(filepath.Join(dir, "seed_"+number+".jsonl"))
	if err != nil {
		return err
	}
	if err := drafts.WriteJSONL(f); err != nil {
		f.Close()
		return err
	}
	if err := f.Close(); err != nil {
		return err
	}
	_, err = fmt.Fprintf(stdout, "draft: %d proposals for %s in %s and %s\n", len(drafts.Proposals), doc.File, goFile, f.Name())
	return err
}

// input returns the page's metadata and text: a seed's Document for the
// built-in seed or a file named as a seed, else a Document of the file's
// name alone.
func input(arg string) (jinan.Document, []byte, error) {
	switch arg {
	case "":
		doc, err := jinan.DocumentByFile(builtin)
		if err != nil {
			return doc, nil, err
		}
		text, err := doc.Text()
		return doc, text, err
	case "-":
		text, err := io.ReadAll(os.Stdin)
		return jinan.Document{File: "stdin.txt"}, text, err
	}
	text, err := os.ReadFile(arg)
	if err != nil {
		return jinan.Document{}, nil, err
	}
	doc, err := jinan.DocumentByFile(filepath.Base(arg))
	if err != nil {
		doc = jinan.Document{File: filepath.Base(arg)}
	}
	return doc, text, nil
}

// fileNumber returns the NNN of a seed's name NNN_<hash>.txt, or "draft".
func fileNumber(file string) string {
	if n, _, ok := strings.Cut(file, "_"); ok && n != "" && strings.Trim(n, "0123456789") == "" {
		return n
	}
	return "draft"
}
