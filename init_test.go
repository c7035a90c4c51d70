package jinan

import (
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

// initLine matches a line of GODEBUG=inittrace=1:
// "init github.com/jinanfacts/jinan @0.78 ms, 0.029 ms clock, 592 bytes, 6 allocs".
var initLine = regexp.MustCompile(`(?m)^init (\S+) @[0-9.]+ ms, [0-9.]+ ms clock, (\d+) bytes, (\d+) allocs$`)

// TestNothingAtInit builds a program that only imports the package, runs
// it with GODEBUG=inittrace=1, and checks that initialising the package
// allocates nothing: the catalogue, its facts and their tables are built on
// first use, not at init. The runtime prints no line for a package whose
// init does no work, which passes too. The clock time is not checked;
// BenchmarkColdBuild measures the build that init does not do.
func TestNothingAtInit(t *testing.T) {
	if testing.Short() {
		t.Skip("builds and runs a program")
	}
	gobin, err := exec.LookPath("go")
	if err != nil {
		t.Skip("no go command on PATH")
	}
	bin := filepath.Join(t.TempDir(), "inittrace")
	if out, err := exec.Command(gobin, "build", "-o", bin, "./testdata/inittrace").CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	cmd := exec.Command(bin)
	cmd.Env = append(os.Environ(), "GODEBUG=inittrace=1")
	trace, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("%s: %v\n%s", bin, err, trace)
	}
	lines := initLine.FindAllStringSubmatch(string(trace), -1)
	if len(lines) == 0 {
		t.Fatalf("no init trace in the output:\n%s", trace)
	}
	allocs := map[string]int{}
	for _, l := range lines {
		n, err := strconv.Atoi(l[3])
		if err != nil {
			t.Fatal(errors.Join(err, errors.New(l[0])))
		}
		allocs[l[1]] = n
		if strings.HasPrefix(l[1], "github.com/jinanfacts/") {
			t.Log(l[0])
		}
	}
	tests := []struct {
		pkg       string
		maxAllocs int
	}{
		{"github.com/jinanfacts/jinan", 0},
		{"github.com/jinanfacts/jinan/internal/figure", 0},
		{"github.com/jinanfacts/jinan/internal/words", 0},
	}
	for _, tt := range tests {
		if n := allocs[tt.pkg]; n > tt.maxAllocs {
			t.Errorf("initialising %s allocates %d times, want at most %d", tt.pkg, n, tt.maxAllocs)
		}
	}
}
