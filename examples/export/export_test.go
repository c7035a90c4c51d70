package main

import (
	"bytes"
	"strings"
	"testing"
)

// TestRefusals checks that export refuses what it cannot use with status
// 2 and an error that begins "export:" and names the input and why.
func TestRefusals(t *testing.T) {
	for _, tt := range []struct {
		args []string
		want string
	}{
		{[]string{"-format", "xlsx"}, `export: -format "xlsx": unknown format; want jsonl, csv, datapackage, sdmx-csv or sdmx-dsd`},
		{[]string{"facts.csv"}, `export: unexpected argument "facts.csv": export writes to standard output`},
		{[]string{"-derive"}, "export: flag provided but not defined: -derive"},
	} {
		var out, errs bytes.Buffer
		if status := run(tt.args, &out, &errs); status != 2 || out.Len() > 0 {
			t.Errorf("export %v: exit %d with %d bytes of output, want 2 and none", tt.args, status, out.Len())
		}
		if !strings.HasPrefix(errs.String(), tt.want) || !strings.Contains(errs.String(), usage) {
			t.Errorf("export %v: stderr %q, want %q and the usage", tt.args, errs.String(), tt.want)
		}
	}
}
