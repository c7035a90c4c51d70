package markup

import (
	"encoding/xml"
	"strings"
	"testing"
)

func TestWrite(t *testing.T) {
	doc := E("html", "xmlns", "http://www.w3.org/1999/xhtml").Add(
		E("head").Add(E("meta", "charset", "utf-8"), E("title").With("济南 & <Jinan>")),
		E("body", "class", "").Add(
			E("p").Add(T("GDP "), E("q").With("一季度济南市生产总值为2027.00亿元"), T(" \"000\"")),
			E("div", "id", "empty"),
		),
	)
	var b strings.Builder
	if err := doc.Write(&b, XHTML); err != nil {
		t.Fatal(err)
	}
	got := b.String()
	for _, want := range []string{
		`<meta charset="utf-8"/>`,
		`<title>济南 &amp; &lt;Jinan&gt;</title>`,
		`<p>GDP <q>一季度济南市生产总值为2027.00亿元</q> &#34;000&#34;</p>`,
		`<div id="empty"></div>`,
		"<body>\n", // an empty attribute is left out
	} {
		if !strings.Contains(got, want) {
			t.Errorf("output lacks %q:\n%s", want, got)
		}
	}
	if err := xml.Unmarshal([]byte(got), new(struct{})); err != nil {
		t.Errorf("output is not XML: %v\n%s", err, got)
	}
	b.Reset()
	_ = E("Ref", "id", "X").Write(&b, XML)
	if b.String() != "<Ref id=\"X\"/>\n" {
		t.Errorf("XML empty element %q", b.String())
	}
}

func TestRaw(t *testing.T) {
	var b strings.Builder
	_ = E("style").Add(Raw(`p > q { font-family: "Noto Sans"; } <&`)).Write(&b, XHTML)
	if got := b.String(); got != "<style>p > q { font-family: \"Noto Sans\"; } </style>\n" {
		t.Errorf("Raw: %q", got)
	}
}
