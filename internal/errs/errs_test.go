package errs_test

import (
	"errors"
	"fmt"
	"testing"

	"github.com/jinanfacts/jinan/internal/errs"
)

// TestSentinel checks that a sentinel's text is its Error, and that
// errors.Is finds it through wrapping by its text alone: equal texts are
// one error, different texts two.
func TestSentinel(t *testing.T) {
	const unknown = errs.Sentinel("unknown unit")
	if got := unknown.Error(); got != "unknown unit" {
		t.Errorf("Error() = %q, want %q", got, "unknown unit")
	}
	wrapped := fmt.Errorf("parsing %q: %w", "3.8亿英镑", unknown)
	tests := []struct {
		target error
		want   bool
	}{
		{unknown, true},
		{errs.Sentinel("unknown unit"), true},
		{errs.Sentinel("invalid syntax"), false},
		{errors.New("unknown unit"), false},
	}
	for _, tt := range tests {
		if got := errors.Is(wrapped, tt.target); got != tt.want {
			t.Errorf("errors.Is(%v, %#v) = %v, want %v", wrapped, tt.target, got, tt.want)
		}
	}
}
