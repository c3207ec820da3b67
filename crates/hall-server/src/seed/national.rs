//! A deterministic synthetic catalogue at the census's scale, for benchmarks:
//! 3,058 halls (19 provincial, 323 prefecture, 2,623 county, 93 township), on average
//! 168 items each (≈514,000 hall-items), the largest hall offering 1,500.
//!
//! Items are variations of the demo items, so every guide is complete and realistic in
//! shape. The same binary always generates the same catalogue (no randomness source
//! but a fixed-seed SplitMix64), so benchmark figures are comparable between runs.

use hall_model::records::{HallRecord, ItemRecord, RegionRecord, WindowRecord};
use hall_model::{CatalogueRecords, GeoPoint, HallLevel, HallServices, Lang, LocalizedText, OpeningHours};

pub const PROVINCIAL_HALLS: usize = 19;
pub const PREFECTURES: usize = 323;
pub const COUNTIES: usize = 2_623;
pub const TOWNSHIPS: usize = 93;
/// Distinct items in the national catalogue.
pub const ITEMS: usize = 6_000;
/// Items offered by the largest hall (the first provincial one).
pub const LARGEST_HALL_ITEMS: usize = 1_500;

/// The 31 provincial-level divisions of the mainland, with their GB/T 2260 codes.
const PROVINCES: [(&str, &str, &str); 31] = [
    ("110000", "北京市", "Beijing"),
    ("120000", "天津市", "Tianjin"),
    ("130000", "河北省", "Hebei"),
    ("140000", "山西省", "Shanxi"),
    ("150000", "内蒙古自治区", "Inner Mongolia"),
    ("210000", "辽宁省", "Liaoning"),
    ("220000", "吉林省", "Jilin"),
    ("230000", "黑龙江省", "Heilongjiang"),
    ("310000", "上海市", "Shanghai"),
    ("320000", "江苏省", "Jiangsu"),
    ("330000", "浙江省", "Zhejiang"),
    ("340000", "安徽省", "Anhui"),
    ("350000", "福建省", "Fujian"),
    ("360000", "江西省", "Jiangxi"),
    ("370000", "山东省", "Shandong"),
    ("410000", "河南省", "Henan"),
    ("420000", "湖北省", "Hubei"),
    ("430000", "湖南省", "Hunan"),
    ("440000", "广东省", "Guangdong"),
    ("450000", "广西壮族自治区", "Guangxi"),
    ("460000", "海南省", "Hainan"),
    ("500000", "重庆市", "Chongqing"),
    ("510000", "四川省", "Sichuan"),
    ("520000", "贵州省", "Guizhou"),
    ("530000", "云南省", "Yunnan"),
    ("540000", "西藏自治区", "Tibet"),
    ("610000", "陕西省", "Shaanxi"),
    ("620000", "甘肃省", "Gansu"),
    ("630000", "青海省", "Qinghai"),
    ("640000", "宁夏回族自治区", "Ningxia"),
    ("650000", "新疆维吾尔自治区", "Xinjiang"),
];

/// SplitMix64: tiny, fast, and the same sequence on every machine.
struct SplitMix64(u64);

impl SplitMix64 {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A number in `low..=high`.
    fn between(&mut self, low: usize, high: usize) -> usize {
        low + (self.next() % (high - low + 1) as u64) as usize
    }
}

fn text(zh: String, en: String) -> LocalizedText {
    LocalizedText([(Lang::ZhCn.tag().to_owned(), zh), (Lang::En.tag().to_owned(), en)].into_iter().collect())
}

/// Generates the national catalogue from the demo items (used as templates).
pub fn generate(templates: &[ItemRecord]) -> CatalogueRecords {
    assert!(!templates.is_empty(), "the national catalogue needs template items");
    let mut rng = SplitMix64(20_230_423);
    let items = generate_items(templates);

    // Spread prefectures and counties over the provinces as evenly as the counts allow.
    let mut regions = Vec::new();
    let mut hall_regions: Vec<(String, HallLevel, LocalizedText)> = Vec::new();
    let mut county_codes = Vec::new();
    let mut prefecture_index = 0;
    let mut county_index = 0;
    for (p, (code, zh, en)) in PROVINCES.iter().enumerate() {
        let prefix = &code[0..2];
        let prefecture_count = PREFECTURES / PROVINCES.len() + usize::from(p < PREFECTURES % PROVINCES.len());
        let mut prefectures = Vec::new();
        for k in 1..=prefecture_count {
            let prefecture_code = format!("{prefix}{k:02}00");
            let prefecture_name = text(format!("{zh}示例第{k}市"), format!("Sample City {k}, {en}"));
            let county_count = COUNTIES / PREFECTURES + usize::from(prefecture_index < COUNTIES % PREFECTURES);
            let mut counties = Vec::new();
            for c in 1..=county_count {
                let county_code = format!("{prefix}{k:02}{c:02}");
                let county_name = text(format!("{zh}示例第{k}市第{c}区"), format!("District {c}, Sample City {k}, {en}"));
                county_codes.push((county_code.clone(), county_name.clone()));
                hall_regions.push((county_code.clone(), HallLevel::County, county_name.clone()));
                counties.push(RegionRecord { code: county_code, name: county_name, children: Vec::new() });
                county_index += 1;
            }
            hall_regions.push((prefecture_code.clone(), HallLevel::Prefecture, prefecture_name.clone()));
            prefectures.push(RegionRecord { code: prefecture_code, name: prefecture_name, children: counties });
            prefecture_index += 1;
        }
        if p < PROVINCIAL_HALLS {
            hall_regions.push((code.to_string(), HallLevel::Provincial, text(zh.to_string(), en.to_string())));
        }
        regions.push(RegionRecord { code: code.to_string(), name: text(zh.to_string(), en.to_string()), children: prefectures });
    }
    debug_assert_eq!(county_index, COUNTIES);

    // One township hall in each of the first 93 counties.
    for (county_code, county_name) in county_codes.iter().take(TOWNSHIPS) {
        let code = format!("{county_code}001");
        let zh = format!("{}示例街道", county_name.resolve(Lang::ZhCn).0);
        let en = format!("Sample Sub-district, {}", county_name.resolve(Lang::En).0);
        let name = text(zh, en);
        hall_regions.push((code.clone(), HallLevel::Township, name.clone()));
        attach_township(&mut regions, county_code, RegionRecord { code, name, children: Vec::new() });
    }

    // Provincial halls first, then by region code: the order lists show them in.
    hall_regions.sort_by(|a, b| (a.1, &a.0).cmp(&(b.1, &b.0)));
    let mut first_provincial = true;
    let halls = hall_regions
        .iter()
        .map(|(region, level, region_name)| {
            let count = match level {
                HallLevel::Provincial if first_provincial => {
                    first_provincial = false;
                    LARGEST_HALL_ITEMS
                }
                HallLevel::Provincial => rng.between(900, 1_100),
                HallLevel::Prefecture => rng.between(250, 350),
                HallLevel::County => rng.between(120, 181),
                HallLevel::Township => rng.between(30, 50),
            };
            hall(region, *level, region_name, count, &items, &mut rng)
        })
        .collect();
    CatalogueRecords { regions, items, halls }
}

fn attach_township(regions: &mut [RegionRecord], county_code: &str, township: RegionRecord) {
    for province in regions.iter_mut().filter(|p| county_code.starts_with(&p.code[0..2])) {
        for prefecture in province.children.iter_mut().filter(|p| county_code.starts_with(&p.code[0..4])) {
            if let Some(county) = prefecture.children.iter_mut().find(|c| c.code == county_code) {
                county.children.push(township);
                return;
            }
        }
    }
}

fn generate_items(templates: &[ItemRecord]) -> Vec<ItemRecord> {
    (0..ITEMS)
        .map(|i| {
            let template = &templates[i % templates.len()];
            let variant = i / templates.len() + 1;
            let mut item = template.clone();
            item.code = format!("9{i:011}");
            item.name =
                text(format!("{}（示例{variant}）", template.name.resolve(Lang::ZhCn).0), format!("{} (sample {variant})", template.name.resolve(Lang::En).0));
            item
        })
        .collect()
}

fn hall(region: &str, level: HallLevel, region_name: &LocalizedText, item_count: usize, items: &[ItemRecord], rng: &mut SplitMix64) -> HallRecord {
    // Distinct items: a walk through the catalogue with a stride coprime to its size.
    let start = rng.between(0, items.len() - 1);
    let stride = 7;
    let codes: Vec<String> = (0..item_count).map(|k| items[(start + k * stride) % items.len()].code.clone()).collect();
    let window_names = [
        ("综合受理窗口", "Comprehensive acceptance"),
        ("企业服务窗口", "Business services"),
        ("社保医保窗口", "Social security and medical insurance"),
        ("出件窗口", "Certificate collection"),
    ];
    let windows = window_names
        .iter()
        .enumerate()
        .map(|(w, (zh, en))| WindowRecord {
            number: format!("A{:02}", w + 1),
            name: text(zh.to_string(), en.to_string()),
            items: codes.iter().skip(w).step_by(window_names.len()).cloned().collect(),
        })
        .collect();
    let (zh, en) = (region_name.resolve(Lang::ZhCn).0, region_name.resolve(Lang::En).0);
    let suffix = match level {
        HallLevel::Township => ("便民服务中心", "Convenience Service Center"),
        _ => ("政务服务中心", "Government Service Center"),
    };
    let street = rng.between(1, 999);
    HallRecord {
        code: format!("{region}-01"),
        region: region.to_owned(),
        level,
        name: text(format!("{zh}{}", suffix.0), format!("{en} {}", suffix.1)),
        address: text(format!("{zh}示例路{street}号"), format!("{street} Sample Road, {en}")),
        location: Some(GeoPoint { lat: 20.0 + rng.between(0, 2_500) as f64 / 100.0, lng: 100.0 + rng.between(0, 2_500) as f64 / 100.0 }),
        opening_hours: vec![
            OpeningHours { weekdays: vec![1, 2, 3, 4, 5], open: "09:00".into(), close: "12:00".into() },
            OpeningHours { weekdays: vec![1, 2, 3, 4, 5], open: "13:30".into(), close: "17:30".into() },
        ],
        hours_note: Some(text("法定节假日除外".into(), "Closed on public holidays".into())),
        hotline: "12345".into(),
        supervision_phone: format!("0{}-{:08}", rng.between(10, 999), rng.between(10_000_000, 99_999_999)),
        services: HallServices {
            appointments: rng.between(0, 999) < 734,
            postal_delivery: rng.between(0, 99) < 30,
            agency_help: rng.between(0, 99) < 28,
            self_service_24h: rng.between(0, 99) < 40,
        },
        windows,
        items: codes,
        transport: None,
        parking: None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_national_catalogue_has_the_census_shape_and_is_valid() {
        let demo = crate::seed::demo::catalogue().expect("demo data parses");
        let national = generate(&demo.items);
        let count = |level: HallLevel| national.halls.iter().filter(|h| h.level == level).count();
        assert_eq!(count(HallLevel::Provincial), PROVINCIAL_HALLS);
        assert_eq!(count(HallLevel::Prefecture), PREFECTURES);
        assert_eq!(count(HallLevel::County), COUNTIES);
        assert_eq!(count(HallLevel::Township), TOWNSHIPS);
        assert_eq!(national.halls.len(), 3_058);
        let hall_items: usize = national.halls.iter().map(|h| h.items.len()).sum();
        let average = hall_items as f64 / national.halls.len() as f64;
        assert!((160.0..=176.0).contains(&average), "average items per hall {average}");
        assert_eq!(national.halls.iter().map(|h| h.items.len()).max(), Some(LARGEST_HALL_ITEMS));
        assert_eq!(national.validate(), Vec::<String>::new());
    }

    #[test]
    fn generation_is_deterministic() {
        let demo = crate::seed::demo::catalogue().expect("demo data parses");
        let a = generate(&demo.items);
        let b = generate(&demo.items);
        assert_eq!(a.halls[100], b.halls[100]);
        assert_eq!(a.items[4_321], b.items[4_321]);
    }
}
