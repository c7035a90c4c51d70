// Package errs holds the type of the module's sentinel errors. A sentinel
// is a constant of type Sentinel, so no caller can reassign it and
// declaring one costs nothing at package init; two sentinels are equal,
// for == and errors.Is, exactly when their texts are, so each text must be
// distinct.
package errs

// Sentinel is an error whose value is its text: ErrUnknownUnit, the error
// of the 英镑 in "3.8亿英镑", is Sentinel("unknown unit").
type Sentinel string

// Error returns the sentinel's text, such as "unknown unit".
func (e Sentinel) Error() string { return string(e) }
