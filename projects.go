package jinan

// The companies of the seeds. Subjects of kind Company; Within names the
// place of their head office.
var (
	QiluPharma = Subject{id: "qilu-pharma", kind: Company, zh: "齐鲁制药集团", en: "Qilu Pharmaceutical Group", within: "jinan"}
	Inspur     = Subject{id: "inspur", kind: Company, zh: "浪潮集团", en: "Inspur Group", within: "jinan"}
	Sinotruk   = Subject{id: "sinotruk", kind: Company, zh: "中国重汽", en: "Sinotruk (China National Heavy Duty Truck Group)", within: "jinan"}
)
