package jinan

import (
	"errors"
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"maps"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// sentinels are the exported sentinel errors of the package, by name.
var sentinels = map[string]error{
	"ErrSyntax": ErrSyntax, "ErrRange": ErrRange, "ErrEmpty": ErrEmpty, "ErrUnknownUnit": ErrUnknownUnit,
	"ErrIncompatible": ErrIncompatible, "ErrInexact": ErrInexact, "ErrNoRate": ErrNoRate,
	"ErrComparablePrices": ErrComparablePrices, "ErrNotFound": ErrNotFound, "ErrQuote": ErrQuote, "ErrInconsistent": ErrInconsistent, "ErrDomain": ErrDomain,
	"ErrNoBasis": ErrNoBasis, "ErrRatePeriod": ErrRatePeriod, "ErrInvalidRate": ErrInvalidRate,
}

// TestSentinelsAreConstants reads the package's source and checks that
// every exported Err… is declared const, so no caller can reassign it, and
// that the sentinels tested below are all of them.
func TestSentinelsAreConstants(t *testing.T) {
	fset := token.NewFileSet()
	var consts []string
	for _, dir := range []string{".", "internal/figure"} {
		files, err := filepath.Glob(filepath.Join(dir, "*.go"))
		if err != nil {
			t.Fatal(err)
		}
		for _, file := range files {
			if strings.HasSuffix(file, "_test.go") {
				continue
			}
			f, err := parser.ParseFile(fset, file, nil, 0)
			if err != nil {
				t.Fatal(err)
			}
			for _, d := range f.Decls {
				gd, ok := d.(*ast.GenDecl)
				if !ok || (gd.Tok != token.VAR && gd.Tok != token.CONST) {
					continue
				}
				for _, spec := range gd.Specs {
					for _, name := range spec.(*ast.ValueSpec).Names {
						switch {
						case !name.IsExported() || !strings.HasPrefix(name.Name, "Err"):
						case gd.Tok == token.VAR:
							t.Errorf("%s: %s is a variable, want a constant", fset.Position(name.Pos()), name.Name)
						case dir == ".":
							consts = append(consts, name.Name)
						}
					}
				}
			}
		}
	}
	if len(consts) == 0 {
		t.Fatal("no sentinel found in the source")
	}
	slices.Sort(consts)
	if want := slices.Sorted(maps.Keys(sentinels)); !slices.Equal(consts, want) {
		t.Errorf("exported sentinels in the source: %v; tested: %v", consts, want)
	}
}

// TestSentinelsDistinct checks that no two sentinels are equal, for ==
// and errors.Is, and that their texts differ: constants with the same text
// would be the same error.
func TestSentinelsDistinct(t *testing.T) {
	texts := map[string]string{}
	for name, err := range sentinels {
		if other, ok := texts[err.Error()]; ok {
			t.Errorf("%s and %s have the same text %q", name, other, err.Error())
		}
		texts[err.Error()] = name
		wrapped := fmt.Errorf("jinan: context: %w", err)
		for other, o := range sentinels {
			want := name == other || (name == "ErrRatePeriod" && other == "ErrNoRate")
			if got := errors.Is(wrapped, o); got != want {
				t.Errorf("errors.Is(wrapped %s, %s) = %v, want %v", name, other, got, want)
			}
		}
	}
}
