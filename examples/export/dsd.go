package main

import (
	"encoding/xml"
	"io"
	"slices"
	"strconv"
	"strings"

	"github.com/jinanfacts/jinan"
)

// The namespaces of SDMX-ML 2.1 structure messages.
const (
	nsMessage   = "http://www.sdmx.org/resources/sdmxml/schemas/v2_1/message"
	nsStructure = "http://www.sdmx.org/resources/sdmxml/schemas/v2_1/structure"
	nsCommon    = "http://www.sdmx.org/resources/sdmxml/schemas/v2_1/common"
)

// node is an element of the structure message; its name carries its
// namespace prefix (mes:, str:, com:), and Ref elements have none, as
// SDMX-ML 2.1 writes them.
type node struct {
	name  string
	attrs [][2]string
	text  string
	kids  []*node
}

// el returns an element with attributes given as name, value pairs.
func el(name string, attrs ...string) *node {
	n := &node{name: name}
	for i := 0; i+1 < len(attrs); i += 2 {
		n.attrs = append(n.attrs, [2]string{attrs[i], attrs[i+1]})
	}
	return n
}

// add appends children and returns n.
func (n *node) add(kids ...*node) *node {
	n.kids = append(n.kids, kids...)
	return n
}

// with sets the text of n and returns it.
func (n *node) with(text string) *node {
	n.text = text
	return n
}

// write writes n as indented XML.
func (n *node) write(b *strings.Builder, depth int) {
	indent := strings.Repeat("  ", depth)
	b.WriteString(indent + "<" + n.name)
	for _, a := range n.attrs {
		b.WriteString(" " + a[0] + `="`)
		_ = xml.EscapeText(b, []byte(a[1])) // a strings.Builder does not fail
		b.WriteString(`"`)
	}
	switch {
	case len(n.kids) > 0:
		b.WriteString(">\n")
		for _, k := range n.kids {
			k.write(b, depth+1)
		}
		b.WriteString(indent + "</" + n.name + ">\n")
	case n.text != "":
		b.WriteString(">")
		_ = xml.EscapeText(b, []byte(n.text)) // a strings.Builder does not fail
		b.WriteString("</" + n.name + ">\n")
	default:
		b.WriteString("/>\n")
	}
}

// names returns com:Name elements in English and, where given, Chinese.
func names(en, zh string) []*node {
	ns := []*node{el("com:Name", "xml:lang", "en").with(en)}
	if zh != "" {
		ns = append(ns, el("com:Name", "xml:lang", "zh").with(zh))
	}
	return ns
}

// maintainable returns a maintainable artefact of the agency.
func maintainable(name, id string) *node {
	return el(name, "id", id, "agencyID", agency, "version", sdmxVersion, "isFinal", "true")
}

// ref returns a Ref element to an artefact of the agency.
func ref(class, pkg, id string, parent ...string) *node {
	r := el("Ref", "id", id)
	if len(parent) > 0 {
		r.attrs = append(r.attrs, [2]string{"maintainableParentID", parent[0]},
			[2]string{"maintainableParentVersion", sdmxVersion})
	} else {
		r.attrs = append(r.attrs, [2]string{"version", sdmxVersion})
	}
	r.attrs = append(r.attrs, [2]string{"agencyID", agency}, [2]string{"package", pkg}, [2]string{"class", class})
	return r
}

// codelist is a code list: its ID, names and codes.
type codelist struct {
	id, en, zh string
	codes      []sdmxCode
}

// sdmxCode is a code of a code list.
type sdmxCode struct {
	id, en, zh string
	desc       string // an English description, or ""
	parent     string // the code of the enclosing code, or ""
	gbt2260    string // a GB/T 2260 administrative division code, or ""
}

// codelists returns the code lists of the data structure, built from the
// catalogue's vocabulary (every subject and indicator its facts use, every
// measure and bound the library has) and from sdmxVariants.
func codelists(c jinan.Catalogue) []codelist {
	area := codelist{id: "CL_AREA", en: "Subjects: areas, zones, companies, projects and groups", zh: "主体"}
	inArea := map[string]bool{}
	for s := range c.Subjects() {
		inArea[code(s.ID())] = true
	}
	for s := range c.Subjects() {
		sc := sdmxCode{id: code(s.ID()), en: s.English(), zh: s.Chinese(), gbt2260: s.Code(),
			desc: "A " + s.Kind().String() + "; the library's subject " + s.ID()}
		if w := s.Within(); w.IsValid() && inArea[code(w.ID())] {
			sc.parent = code(w.ID())
		}
		area.codes = append(area.codes, sc)
	}
	area.codes = append(area.codes, sdmxCode{id: notApplicable, en: "Not applicable", zh: "不适用"})

	indicator := codelist{id: "CL_INDICATOR", en: "Indicators", zh: "指标"}
	for i := range c.Indicators() {
		indicator.codes = append(indicator.codes, sdmxCode{id: code(i.ID()), en: i.English(), zh: i.Chinese(), desc: "The library's indicator " + i.ID()})
	}

	measure := codelist{id: "CL_MEASURE", en: "Measures", zh: "口径"}
	for _, m := range enumNames[jinan.Measure]() {
		var jm jinan.Measure
		_ = jm.UnmarshalText([]byte(m)) // m is a name the library wrote
		measure.codes = append(measure.codes, sdmxCode{id: code(m), en: strings.ReplaceAll(m, "_", " "), zh: jm.Chinese()})
	}

	bound := codelist{id: "CL_BOUND", en: "Bounds of a printed figure", zh: "限定词"}
	boundZh := map[string]string{"exact": "确数", "over": "超过", "at_least": "以上", "about": "约", "nearly": "近",
		"at_most": "以下", "under": "不到", "range": "区间"}
	for _, b := range enumNames[jinan.Bound]() {
		bound.codes = append(bound.codes, sdmxCode{id: code(b), en: strings.ReplaceAll(b, "_", " "), zh: boundZh[b]})
	}

	unit := codelist{id: "CL_UNIT", en: "Units of measure", zh: "计量单位"}
	for _, u := range sdmxUnits {
		unit.codes = append(unit.codes, sdmxCode{id: u.code, en: u.en, zh: u.zh})
	}
	obsStatus := codelist{id: "CL_OBS_STATUS", en: "Observation status", zh: "观测值状态"}
	for _, s := range obsStatuses {
		obsStatus.codes = append(obsStatus.codes, sdmxCode{id: s[0], en: s[1], zh: s[2]})
	}
	status := codelist{id: "CL_STATUS", en: "Observed or target", zh: "实际或目标"}
	for _, s := range statuses {
		status.codes = append(status.codes, sdmxCode{id: s[0], en: s[1], zh: s[2]})
	}

	variant := codelist{id: "CL_VARIANT", en: "Variants of an observation", zh: "变体"}
	var vs []string
	for _, v := range sdmxVariants(c) {
		if !slices.Contains(vs, v) {
			vs = append(vs, v)
		}
	}
	slices.Sort(vs)
	variant.codes = append(variant.codes, sdmxCode{id: notApplicable, en: "Not applicable: the only observation of its key", zh: "不适用"})
	for _, v := range vs {
		variant.codes = append(variant.codes, sdmxCode{id: v, en: strings.ToLower(strings.ReplaceAll(v, "_", " "))})
	}
	return []codelist{area, indicator, measure, bound, unit, obsStatus, status, variant}
}

// structure returns the SDMX-ML 2.1 structure message: the agency, the
// dataflow, the code lists, the concepts and the data structure.
func structure(c jinan.Catalogue) *node {
	latest := jinan.Date{}
	for _, d := range jinan.Documents() {
		if latest.Before(d.Published) {
			latest = d.Published
		}
	}
	header := el("mes:Header").add(
		el("mes:ID").with("JINAN_STRUCTURE"),
		el("mes:Test").with("false"),
		// The catalogue is fixed: the message is dated by its latest page.
		el("mes:Prepared").with(latest.String()+"T00:00:00"),
		el("mes:Sender", "id", agency).add(names("jinanfacts: the jinan Go module", "")...),
	)

	agencies := el("str:AgencyScheme", "id", "AGENCIES", "agencyID", "SDMX", "version", "1.0", "isFinal", "false").
		add(names("Agencies", "")...).
		add(el("str:Agency", "id", agency).add(names("jinanfacts, the maintainers of github.com/jinanfacts/jinan", "")...))

	dataflow := maintainable("str:Dataflow", dataflowID).
		add(names("Figures of five newspaper pages about Jinan's economy (2020–2021)", "济南经济：五个报纸版面的数据（2020—2021）")...).
		add(el("str:Structure").add(ref("DataStructure", "datastructure", dsdID)))

	lists := el("str:Codelists")
	for _, cl := range codelists(c) {
		n := maintainable("str:Codelist", cl.id).add(names(cl.en, cl.zh)...)
		for _, sc := range cl.codes {
			cn := el("str:Code", "id", sc.id)
			if sc.gbt2260 != "" {
				cn.add(el("com:Annotations").add(el("com:Annotation").add(
					el("com:AnnotationTitle").with(sc.gbt2260),
					el("com:AnnotationType").with("GB_T_2260"),
				)))
			}
			cn.add(names(sc.en, sc.zh)...)
			if sc.desc != "" {
				cn.add(el("com:Description", "xml:lang", "en").with(sc.desc))
			}
			if sc.parent != "" {
				cn.add(el("str:Parent").add(el("Ref", "id", sc.parent)))
			}
			n.add(cn)
		}
		lists.add(n)
	}

	scheme := maintainable("str:ConceptScheme", schemeID).add(names("Concepts of the Jinan facts", "")...)
	for _, comp := range components {
		scheme.add(el("str:Concept", "id", comp.id).add(names(comp.name, "")...).
			add(el("com:Description", "xml:lang", "en").with(comp.desc)))
	}

	representation := func(comp component) *node {
		if comp.codelist != "" {
			return el("str:LocalRepresentation").add(el("str:Enumeration").add(ref("Codelist", "codelist", comp.codelist)))
		}
		return el("str:LocalRepresentation").add(el("str:TextFormat", "textType", comp.textType))
	}
	concept := func(comp component) *node {
		return el("str:ConceptIdentity").add(ref("Concept", "conceptscheme", comp.id, schemeID))
	}
	dims := el("str:DimensionList", "id", "DimensionDescriptor")
	attrs := el("str:AttributeList", "id", "AttributeDescriptor")
	measures := el("str:MeasureList", "id", "MeasureDescriptor")
	position := 0
	for _, comp := range components {
		switch comp.role {
		case dimension, timeDimension:
			position++
			name := "str:Dimension"
			if comp.role == timeDimension {
				name = "str:TimeDimension"
			}
			dims.add(el(name, "id", comp.id, "position", strconv.Itoa(position)).add(concept(comp), representation(comp)))
		case primaryMeasure:
			measures.add(el("str:PrimaryMeasure", "id", comp.id).add(concept(comp), representation(comp)))
		case attribute:
			status := "Conditional"
			if comp.mandatory {
				status = "Mandatory"
			}
			attrs.add(el("str:Attribute", "id", comp.id, "assignmentStatus", status).add(concept(comp), representation(comp),
				el("str:AttributeRelationship").add(el("str:PrimaryMeasure").add(el("Ref", "id", "OBS_VALUE")))))
		}
	}
	dsd := maintainable("str:DataStructure", dsdID).
		add(names("Jinan facts: figures of newspaper pages, typed and sourced", "")...).
		add(el("str:DataStructureComponents").add(dims, attrs, measures))

	// The order of the children of mes:Structures is the order the
	// SDMX-ML 2.1 schema requires.
	structures := el("mes:Structures").add(
		el("str:OrganisationSchemes").add(agencies),
		el("str:Dataflows").add(dataflow),
		lists,
		el("str:Concepts").add(scheme),
		el("str:DataStructures").add(dsd),
	)
	return el("mes:Structure", "xmlns:mes", nsMessage, "xmlns:str", nsStructure, "xmlns:com", nsCommon).add(header, structures)
}

// writeDSD writes the structure message.
func writeDSD(w io.Writer, c jinan.Catalogue) error {
	var b strings.Builder
	b.WriteString(xml.Header)
	structure(c).write(&b, 0)
	_, err := io.WriteString(w, b.String())
	return err
}
