package main

import (
	"os"
	"strings"
	"testing"

	"github.com/jinanfacts/jinan"
)

// TestREADMETables fails when the README's tables of what the catalogue
// holds differ from what the catalogue counts: regenerate them with
// go run ./examples/tables.
func TestREADMETables(t *testing.T) {
	b, err := os.ReadFile("../../README.md")
	if err != nil {
		t.Fatal(err)
	}
	_, rest, ok1 := strings.Cut(string(b), "<!-- tables -->\n")
	got, _, ok2 := strings.Cut(rest, "<!-- /tables -->")
	if !ok1 || !ok2 {
		t.Fatal("README.md has no <!-- tables --> … <!-- /tables --> markers")
	}
	if want := markdown(jinan.Default(), minFacts); got != want {
		t.Errorf("README.md tables are stale; run go run ./examples/tables. Want:\n%s", want)
	}
}
