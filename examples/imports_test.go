// Package examples_test checks that the programs under examples/ use the
// module as a user would: through its public API, and through helpers of
// their own under examples/internal, never through the module's internal
// packages, which a user cannot import.
package examples_test

import (
	"go/parser"
	"go/token"
	"io/fs"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
)

// rootInternal is the import path of the module's internal packages.
const rootInternal = "github.com/jinanfacts/jinan/internal"

// internalImports returns the imports of the Go source src (named name in
// errors) that reach the module's internal packages.
func internalImports(name string, src any) ([]string, error) {
	f, err := parser.ParseFile(token.NewFileSet(), name, src, parser.ImportsOnly)
	if err != nil {
		return nil, err
	}
	var bad []string
	for _, spec := range f.Imports {
		path, err := strconv.Unquote(spec.Path.Value)
		if err != nil {
			return nil, err
		}
		if path == rootInternal || strings.HasPrefix(path, rootInternal+"/") {
			bad = append(bad, path)
		}
	}
	return bad, nil
}

func TestInternalImports(t *testing.T) {
	tests := []struct {
		src  string
		want []string
	}{
		{`package main; import "github.com/jinanfacts/jinan"`, nil},
		{`package main; import "github.com/jinanfacts/jinan/examples/internal/termtable"`, nil},
		{`package main; import "github.com/jinanfacts/jinanx/internal/figure"`, nil},
		{`package main; import "github.com/jinanfacts/jinan/internal/figure"`, []string{"github.com/jinanfacts/jinan/internal/figure"}},
		{`package main; import t "github.com/jinanfacts/jinan/internal"`, []string{"github.com/jinanfacts/jinan/internal"}},
		{`package main; import ("fmt"; _ "github.com/jinanfacts/jinan/internal/tables")`, []string{"github.com/jinanfacts/jinan/internal/tables"}},
	}
	for _, tt := range tests {
		got, err := internalImports("src.go", tt.src)
		if err != nil {
			t.Errorf("internalImports(%q): %v", tt.src, err)
			continue
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("internalImports(%q) = %q, want %q", tt.src, got, tt.want)
		}
	}
}

// TestExamplesUsePublicAPI parses every .go file under examples/, tests
// included, and fails on any import of the module's internal packages.
func TestExamplesUsePublicAPI(t *testing.T) {
	var files []string
	err := filepath.WalkDir(".", func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() || !strings.HasSuffix(path, ".go") {
			return nil
		}
		files = append(files, filepath.ToSlash(path))
		bad, err := internalImports(path, nil)
		if err != nil {
			return err
		}
		for _, imp := range bad {
			t.Errorf("%s imports %s; examples may use only the public API and examples/internal", path, imp)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	// The walk must have seen the programs, or the check above proves nothing.
	for _, want := range []string{"report/main.go", "tables/main_test.go", "internal/termtable/termtable.go"} {
		if !slices.Contains(files, want) {
			t.Errorf("walked %q, which lacks %s", files, want)
		}
	}
}
