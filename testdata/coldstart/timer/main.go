// Command timer runs programs in turn, each as a whole process, and prints
// how long each run took, from starting the process to its exit, one line
// per run: the program's name and the nanoseconds. scripts/bench uses it
// to time testdata/coldstart/full against testdata/coldstart/bare.
//
// Usage:
//
//	timer [-n runs] name=program ...
//
// The programs run in rounds, A B A B …, so that a change in the machine's
// load falls on both; one untimed round first brings their files into the
// page cache. A run that fails stops the timer with its error.
package main

import (
	"flag"
	"fmt"
	"os"
	"os/exec"
	"strings"
	"time"
)

func main() {
	runs := flag.Int("n", 21, "timed runs of each program")
	flag.Usage = func() {
		fmt.Fprintln(flag.CommandLine.Output(), "usage: timer [-n runs] name=program ...")
		flag.PrintDefaults()
	}
	flag.Parse()
	if flag.NArg() == 0 || *runs < 1 {
		flag.Usage()
		os.Exit(2)
	}
	type program struct{ name, path string }
	var progs []program
	for _, arg := range flag.Args() {
		name, path, ok := strings.Cut(arg, "=")
		if !ok || name == "" || path == "" {
			fmt.Fprintf(os.Stderr, "timer: %q is not name=program\n", arg)
			os.Exit(2)
		}
		progs = append(progs, program{name, path})
	}
	for round := 0; round <= *runs; round++ {
		for _, p := range progs {
			d, err := run(p.path)
			if err != nil {
				fmt.Fprintf(os.Stderr, "timer: %s: %v\n", p.name, err)
				os.Exit(1)
			}
			if round > 0 { // round 0 warms the page cache
				fmt.Printf("%s %d\n", p.name, d.Nanoseconds())
			}
		}
	}
}

// run starts the program with no arguments and waits for it to exit.
func run(path string) (time.Duration, error) {
	cmd := exec.Command(path)
	cmd.Stderr = os.Stderr
	start := time.Now()
	err := cmd.Run()
	return time.Since(start), err
}
