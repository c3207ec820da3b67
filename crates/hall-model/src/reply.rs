//! Ready-to-paste replies for hall staff and 12345 hotline operators: a short form that
//! fits one SMS and a full form for WeChat or e-mail.
//!
//! The words come from the caller (the app formats them with Fluent in the chosen
//! language); this module decides what goes in, in what order, and what is dropped so
//! that the short form fits one SMS, link included. It never drops or cuts the link.

/// How an SMS is encoded, which sets how many characters fit in one message.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SmsEncoding {
    /// GSM 03.38 7-bit: 160 characters (those of the extension table count twice).
    Gsm7,
    /// UCS-2, for any other character (Chinese, Uyghur, á í ó ú…): 70 characters.
    Ucs2,
}

impl SmsEncoding {
    pub fn limit(self) -> usize {
        match self {
            SmsEncoding::Gsm7 => 160,
            SmsEncoding::Ucs2 => 70,
        }
    }
}

const GSM7_BASIC: &str = "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";
const GSM7_EXTENSION: &str = "^{}\\[~]|€\x0c";

/// The encoding a phone would pick for `text`.
pub fn sms_encoding(text: &str) -> SmsEncoding {
    if text.chars().all(|c| GSM7_BASIC.contains(c) || GSM7_EXTENSION.contains(c)) { SmsEncoding::Gsm7 } else { SmsEncoding::Ucs2 }
}

/// The length of `text` as one SMS counts it: septets in GSM 7-bit, UTF-16 units in UCS-2.
pub fn sms_length(text: &str) -> usize {
    match sms_encoding(text) {
        SmsEncoding::Gsm7 => text.chars().map(|c| if GSM7_EXTENSION.contains(c) { 2 } else { 1 }).sum(),
        SmsEncoding::Ucs2 => text.encode_utf16().count(),
    }
}

/// Whether `text` fits in one SMS.
pub fn fits_one_sms(text: &str) -> bool {
    sms_length(text) <= sms_encoding(text).limit()
}

/// One material to bring, already worded: "居民身份证（原件 1 份）".
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MaterialLine {
    pub name: String,
    /// The counts, worded: "原件 1 份 · 复印件 1 份".
    pub counts: String,
}

/// Everything a reply can say, already in the reader's language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReplyParts {
    /// "结婚登记", the item's name.
    pub item: String,
    /// "西湖区政务服务中心", when the reply is about one hall.
    pub hall: Option<String>,
    /// "地址：…；办公时间：…", for the full form only.
    pub where_and_when: Option<String>,
    /// "请带 5 种材料：", a heading over the list (full form).
    pub materials_heading: String,
    pub materials: Vec<MaterialLine>,
    /// "带 5 种材料" / "Bring 5 documents": the count alone, for the short form.
    pub materials_summary: String,
    /// "需预约" / "建议预约" / "无需预约".
    pub appointment: String,
    /// The link of the guide with the caller's answers, language included.
    pub link: String,
    /// A short link to the same page, for the SMS; the full link when there is none.
    pub short_link: String,
    /// What separates clauses of the short form: "，" or ", ".
    pub separator: String,
    /// What ends a clause list before the link: "：" or ": ".
    pub lead_in: String,
}

/// The full reply, for WeChat or e-mail: every material with its counts.
pub fn full_reply(parts: &ReplyParts) -> String {
    let mut lines = Vec::new();
    lines.push(match &parts.hall {
        Some(hall) => format!("{}{}{hall}", parts.item, parts.separator),
        None => parts.item.clone(),
    });
    if let Some(where_and_when) = &parts.where_and_when {
        lines.push(where_and_when.clone());
    }
    lines.push(parts.appointment.clone());
    lines.push(parts.materials_heading.clone());
    for (n, material) in parts.materials.iter().enumerate() {
        lines.push(format!("{}. {} ({})", n + 1, material.name, material.counts));
    }
    lines.push(parts.link.clone());
    lines.join("\n")
}

/// The short reply, one SMS with the link: the item, the hall, how many materials, and
/// whether to book, dropping the least useful clause (then the next) until it fits.
/// When even the item's name and the link do not fit, the name is shortened with "…".
pub fn short_reply(parts: &ReplyParts) -> String {
    let link = &parts.short_link;
    // Most useful first. The hall is dropped first (the link shows it anyway), then the
    // appointment advice, then the materials count, which tells the caller to prepare.
    let mut kept = [Some(parts.item.clone()), parts.hall.clone(), Some(parts.materials_summary.clone()), Some(parts.appointment.clone())];
    let text = |kept: &[Option<String>]| {
        let clauses: Vec<&str> = kept.iter().flatten().map(String::as_str).collect();
        format!("{}{}{link}", clauses.join(&parts.separator), parts.lead_in)
    };
    for drop in [None, Some(1), Some(3), Some(2)] {
        if let Some(index) = drop {
            kept[index] = None;
        }
        let candidate = text(&kept);
        if fits_one_sms(&candidate) {
            return candidate;
        }
    }
    // Only the item's name is left: shorten it.
    let mut name: Vec<char> = parts.item.chars().collect();
    while !name.is_empty() {
        name.pop();
        let shortened: String = name.iter().collect::<String>() + "…";
        let candidate = format!("{shortened}{}{link}", parts.lead_in);
        if fits_one_sms(&candidate) {
            return candidate;
        }
    }
    link.clone()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parts(item: &str, hall: Option<&str>, link: &str) -> ReplyParts {
        ReplyParts {
            item: item.into(),
            hall: hall.map(Into::into),
            where_and_when: Some("地址：文三路 508 号".into()),
            materials_heading: "请带齐以下材料：".into(),
            materials: vec![
                MaterialLine { name: "居民身份证".into(), counts: "原件 1 份".into() },
                MaterialLine { name: "户口簿".into(), counts: "原件 1 份 · 复印件 1 份".into() },
            ],
            materials_summary: "带 2 种材料".into(),
            appointment: "需预约".into(),
            link: format!("{link}/halls/330106-01/items/101100000001?a=case.company-llc"),
            short_link: format!("{link}/s/7K3M9QX"),
            separator: "，".into(),
            lead_in: "：".into(),
        }
    }

    #[test]
    fn sms_length_follows_the_encoding_a_phone_picks() {
        let table = [
            ("Bring 5 documents", SmsEncoding::Gsm7, 17),
            ("Lleve 5 documentos: ¿cita? sí", SmsEncoding::Ucs2, 29), // í is not GSM 7-bit
            ("Señor Müller à Zürich", SmsEncoding::Gsm7, 21),
            ("price €5 [x]", SmsEncoding::Gsm7, 15), // € [ ] count twice
            ("结婚登记", SmsEncoding::Ucs2, 4),
            ("ئالدىن ئۇچرىشىش", SmsEncoding::Ucs2, 15),
            ("emoji 🙂", SmsEncoding::Ucs2, 8), // a surrogate pair is two units
        ];
        for (text, encoding, length) in table {
            assert_eq!((sms_encoding(text), sms_length(text)), (encoding, length), "{text}");
        }
    }

    #[test]
    fn a_short_reply_keeps_everything_when_it_fits() {
        let reply = short_reply(&parts("结婚登记", Some("西湖区政务服务中心"), "https://g.cn"));
        assert_eq!(reply, "结婚登记，西湖区政务服务中心，带 2 种材料，需预约：https://g.cn/s/7K3M9QX");
        assert!(fits_one_sms(&reply));
    }

    #[test]
    fn a_short_reply_drops_the_hall_then_the_appointment_then_the_count_to_fit() {
        let long_hall = "浙江省杭州市西湖区人民政府政务服务中心（市民之家）二楼综合受理大厅";
        let reply = short_reply(&parts("企业设立登记", Some(long_hall), "https://guide.example.gov.cn"));
        assert!(fits_one_sms(&reply), "{reply}");
        assert!(!reply.contains(long_hall) && reply.contains("带 2 种材料") && reply.ends_with("/s/7K3M9QX"), "{reply}");
        let long_item = "企业设立、变更、注销登记及营业执照补领换发和经营范围变更备案";
        let reply = short_reply(&parts(long_item, Some(long_hall), "https://guide.example.gov.cn"));
        assert!(fits_one_sms(&reply) && reply.ends_with("https://guide.example.gov.cn/s/7K3M9QX"), "{reply}");
    }

    #[test]
    fn the_name_is_shortened_last_and_the_link_is_never_cut() {
        let name = "一".repeat(90);
        let reply = short_reply(&parts(&name, None, "https://guide.example.gov.cn"));
        assert!(fits_one_sms(&reply), "{reply}");
        assert!(reply.contains("…：https://guide.example.gov.cn/s/7K3M9QX"), "{reply}");
    }

    #[test]
    fn the_full_reply_lists_every_material_and_the_long_link() {
        let reply = full_reply(&parts("结婚登记", Some("西湖区政务服务中心"), "https://g.cn"));
        let lines: Vec<&str> = reply.lines().collect();
        assert_eq!(lines[0], "结婚登记，西湖区政务服务中心");
        assert!(lines.contains(&"1. 居民身份证 (原件 1 份)") && lines.contains(&"2. 户口簿 (原件 1 份 · 复印件 1 份)"));
        assert_eq!(*lines.last().unwrap(), "https://g.cn/halls/330106-01/items/101100000001?a=case.company-llc");
    }
}
