package jinan

import "fmt"

// text is a message written only when it is read: a format and its
// arguments, which must not change afterwards. Building the catalogue's
// derived facts states a formula for each and refuses far more
// derivations than it makes; writing those texts eagerly was most of the
// derivation's cost.
type text struct {
	format  string
	args    []any
	written bool // format is the text itself, as written()
}

// lazily returns the text fmt.Sprintf would write, unwritten.
func lazily(format string, args ...any) text { return text{format: format, args: args} }

// written returns s as a text already written.
func written(s string) text { return text{format: s, written: true} }

// String writes the text; the zero text is "".
func (t text) String() string {
	if t.format == "" || t.written {
		return t.format
	}
	return fmt.Sprintf(t.format, t.args...)
}

// lazyError is an error whose message is a text, as fmt.Errorf writes it
// (%w included), and which wraps every error among the text's arguments.
type lazyError struct{ t text }

// Error writes the message.
func (e *lazyError) Error() string { return fmt.Errorf(e.t.format, e.t.args...).Error() }

// Unwrap returns the errors among the arguments, for errors.Is and As.
func (e *lazyError) Unwrap() []error {
	var out []error
	for _, a := range e.t.args {
		if err, ok := a.(error); ok {
			out = append(out, err)
		}
	}
	return out
}
