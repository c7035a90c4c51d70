// Package markup builds XML and XHTML documents as trees of elements and
// writes them well formed, every text and attribute escaped, so that the
// examples' structure messages and reports parse with encoding/xml.
package markup

import (
	"encoding/xml"
	"io"
	"strings"
)

// Node is an element, or a text node when its Name is empty.
type Node struct {
	Name  string      // the element's name with its prefix ("str:Code", "svg", "Ref"); "" for text
	Attrs [][2]string // attribute names and values, in order
	Text  string      // the text of a text node, or of an element with no children
	Kids  []*Node
	raw   bool // Text is written as it is
}

// E returns an element with attributes given as name, value pairs; an
// attribute with an empty value is left out.
func E(name string, attrs ...string) *Node {
	n := &Node{Name: name}
	for i := 0; i+1 < len(attrs); i += 2 {
		if attrs[i+1] != "" {
			n.Attrs = append(n.Attrs, [2]string{attrs[i], attrs[i+1]})
		}
	}
	return n
}

// T returns a text node.
func T(text string) *Node { return &Node{Text: text} }

// Raw returns a text node written as it is, for the content of an HTML
// style element, which an HTML parser does not unescape. Its text must
// hold neither "<" nor "&", so that it is XML text too; Raw drops any
// that it does.
func Raw(text string) *Node {
	return &Node{Text: strings.NewReplacer("<", "", "&", "").Replace(text), raw: true}
}

// Add appends children, skipping nil ones, and returns n.
func (n *Node) Add(kids ...*Node) *Node {
	for _, k := range kids {
		if k != nil {
			n.Kids = append(n.Kids, k)
		}
	}
	return n
}

// With sets the text of an element that has no children and returns it.
func (n *Node) With(text string) *Node {
	n.Text = text
	return n
}

// Attr returns the value of the attribute name, or "".
func (n *Node) Attr(name string) string {
	for _, a := range n.Attrs {
		if a[0] == name {
			return a[1]
		}
	}
	return ""
}

// Style says how a document writes empty elements.
type Style uint8

const (
	// XML writes every empty element as <name/>.
	XML Style = iota
	// XHTML writes the void elements of HTML (meta, br, hr, img, link,
	// input, col) as <name/> and every other empty element as
	// <name></name>, so that an HTML parser reads the same tree as an XML
	// parser.
	XHTML
)

var voidElements = map[string]bool{"meta": true, "br": true, "hr": true, "img": true, "link": true, "input": true, "col": true}

// Write writes n indented, an element per line, except where an element
// holds text: then its content stays on one line, as mixed content must.
func (n *Node) Write(w io.Writer, style Style) error {
	var b strings.Builder
	n.write(&b, style, 0, true)
	_, err := io.WriteString(w, b.String())
	return err
}

// escape writes s with the characters XML reserves escaped.
func escape(b *strings.Builder, s string) {
	_ = xml.EscapeText(b, []byte(s)) // a strings.Builder does not fail
}

func (n *Node) mixed() bool {
	for _, k := range n.Kids {
		if k.Name == "" {
			return true
		}
	}
	return false
}

func (n *Node) write(b *strings.Builder, style Style, depth int, pretty bool) {
	indent := ""
	if pretty {
		indent = strings.Repeat("  ", depth)
	}
	if n.Name == "" {
		if n.raw {
			b.WriteString(n.Text)
		} else {
			escape(b, n.Text)
		}
		return
	}
	b.WriteString(indent + "<" + n.Name)
	for _, a := range n.Attrs {
		b.WriteString(" " + a[0] + `="`)
		escape(b, a[1])
		b.WriteString(`"`)
	}
	nl := ""
	if pretty {
		nl = "\n"
	}
	switch {
	case len(n.Kids) > 0 && pretty && !n.mixed():
		b.WriteString(">\n")
		for _, k := range n.Kids {
			k.write(b, style, depth+1, true)
		}
		b.WriteString(indent + "</" + n.Name + ">" + nl)
	case len(n.Kids) > 0:
		b.WriteString(">")
		for _, k := range n.Kids {
			k.write(b, style, 0, false)
		}
		b.WriteString("</" + n.Name + ">" + nl)
	case n.Text != "":
		b.WriteString(">")
		escape(b, n.Text)
		b.WriteString("</" + n.Name + ">" + nl)
	case style == XML || voidElements[n.Name]:
		b.WriteString("/>" + nl)
	default:
		b.WriteString("></" + n.Name + ">" + nl)
	}
}
