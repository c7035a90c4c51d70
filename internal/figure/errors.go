package figure

import (
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/jinanfacts/jinan/internal/errs"
)

// The sentinel errors a *ParseError wraps, for errors.Is. They are
// constants: no caller can reassign them.
const (
	// ErrSyntax reports an input that is not a figure phrase: "4.4.4%",
	// "约超过3000", "十几", invalid UTF-8.
	ErrSyntax = errs.Sentinel("invalid syntax")
	// ErrRange reports a number with more digits than a figure carries
	// (more than 30 significant digits or decimals) or a denominator beyond
	// int64.
	ErrRange = errs.Sentinel("value out of range")
	// ErrUnknownUnit reports a word after the number that is not a unit
	// this package knows: the 英镑 of "3.8亿英镑".
	ErrUnknownUnit = errs.Sentinel("unknown unit")
	// ErrEmpty reports the empty string, which is no figure.
	ErrEmpty = errs.Sentinel("empty input")
)

// maxInput is how much of the input a ParseError keeps: enough to recognise
// the phrase, without copying a megabyte into a message.
const maxInput = 64

// ParseError records why an input is not a figure phrase, as
// strconv.NumError and time.ParseError do. Parse("3.8亿英镑") returns
//
//	jinan: parsing "3.8亿英镑": at byte 6: unknown unit "英镑": unknown unit
type ParseError struct {
	// Input is the input, cut at a rune boundary to at most 64 bytes
	// followed by "..." when longer.
	Input string
	// Offset is the byte offset in the full input where the problem is.
	Offset int
	// Reason says what is wrong at Offset, e.g. "second decimal point".
	Reason string
	// Err is ErrSyntax, ErrRange, ErrUnknownUnit or ErrEmpty.
	Err error
}

// Error returns e.g. `jinan: parsing "4.4.4%": at byte 3: second decimal
// point: invalid syntax`.
func (e *ParseError) Error() string {
	var b strings.Builder
	b.WriteString("jinan: parsing ")
	b.WriteString(strconv.Quote(e.Input))
	b.WriteString(": at byte ")
	b.WriteString(strconv.Itoa(e.Offset))
	if e.Reason != "" {
		b.WriteString(": ")
		b.WriteString(e.Reason)
	}
	if e.Err != nil {
		b.WriteString(": ")
		b.WriteString(e.Err.Error())
	}
	return b.String()
}

// Unwrap returns the sentinel, so errors.Is(err, ErrUnknownUnit) holds for
// the error of Parse("3.8亿英镑").
func (e *ParseError) Unwrap() error { return e.Err }

func newParseError(s string, offset int, err error, reason string) *ParseError {
	return &ParseError{Input: clip(s), Offset: offset, Reason: reason, Err: err}
}

// clip returns a copy of s cut to maxInput bytes at a rune start, so the
// error neither pins a large input in memory nor splits a character.
func clip(s string) string {
	if len(s) <= maxInput {
		return strings.Clone(s)
	}
	n := maxInput
	for k := 0; k < utf8.UTFMax-1 && !utf8.RuneStart(s[n]); k++ {
		n--
	}
	return s[:n] + "..."
}

// firstInvalid returns the offset of the first byte of s that is not valid
// UTF-8, or -1.
func firstInvalid(s string) int {
	if utf8.ValidString(s) {
		return -1
	}
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			return i
		}
		i += size
	}
	return -1
}
