//! "Open in maps" for a hall: links that hand the hall's position to the phone's map app,
//! with no map tiles, scripts or keys on our side.
//!
//! Hall positions are stored in GCJ-02, the datum every map published in China uses (and
//! the one 高德, 腾讯 and Apple Maps in China read). Baidu is told so (`coord_type=gcj02`);
//! the `geo:` URI (RFC 5870), which Android hands to any installed map app, is WGS-84 by
//! definition, so its position is converted back with the usual inverse of the GCJ-02
//! offset (good to a few metres; uncorrected it would be 300–500 m off in Hangzhou).

use crate::GeoPoint;
use crate::query_string::encode;

/// A map app a hall's position can be opened in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MapApp {
    /// Any map app on the phone (Android's `geo:` intent).
    Device,
    /// 高德地图
    Amap,
    /// 百度地图
    Baidu,
    /// 腾讯地图
    Tencent,
    /// Apple 地图 (iPhone)
    Apple,
}

impl MapApp {
    pub const ALL: [MapApp; 5] = [MapApp::Device, MapApp::Amap, MapApp::Baidu, MapApp::Tencent, MapApp::Apple];

    /// The link that opens `at` (GCJ-02) named `name` in this app. The web forms open the
    /// app when it is installed and a map page otherwise (also inside WeChat, which blocks
    /// app schemes).
    pub fn link(self, at: GeoPoint, name: &str) -> String {
        let name = encode(name);
        match self {
            MapApp::Device => {
                let wgs = to_wgs84(at);
                format!("geo:{lat:.6},{lng:.6}?q={lat:.6},{lng:.6}({name})", lat = wgs.lat, lng = wgs.lng)
            }
            MapApp::Amap => {
                format!("https://uri.amap.com/marker?position={:.6},{:.6}&name={name}&coordinate=gaode&callnative=1&src=hall-guide", at.lng, at.lat)
            }
            MapApp::Baidu => {
                format!(
                    "https://api.map.baidu.com/marker?location={:.6},{:.6}&title={name}&content={name}&coord_type=gcj02&output=html&src=hall-guide",
                    at.lat, at.lng
                )
            }
            MapApp::Tencent => format!("https://apis.map.qq.com/uri/v1/marker?marker=coord:{:.6},{:.6};title:{name}&referer=hall-guide", at.lat, at.lng),
            MapApp::Apple => format!("https://maps.apple.com/?ll={:.6},{:.6}&q={name}", at.lat, at.lng),
        }
    }
}

const A: f64 = 6_378_245.0;
const EE: f64 = 0.006_693_421_622_965_943;

/// Whether a point is outside mainland China, where GCJ-02 equals WGS-84 (a rough box,
/// as every implementation of the offset uses).
fn outside_china(p: GeoPoint) -> bool {
    !(72.004..=137.8347).contains(&p.lng) || !(0.8293..=55.8271).contains(&p.lat)
}

fn offset(p: GeoPoint) -> (f64, f64) {
    use std::f64::consts::PI;
    let (x, y) = (p.lng - 105.0, p.lat - 35.0);
    let mut lat = -100.0 + 2.0 * x + 3.0 * y + 0.2 * y * y + 0.1 * x * y + 0.2 * x.abs().sqrt();
    lat += (20.0 * (6.0 * x * PI).sin() + 20.0 * (2.0 * x * PI).sin()) * 2.0 / 3.0;
    lat += (20.0 * (y * PI).sin() + 40.0 * (y / 3.0 * PI).sin()) * 2.0 / 3.0;
    lat += (160.0 * (y / 12.0 * PI).sin() + 320.0 * (y * PI / 30.0).sin()) * 2.0 / 3.0;
    let mut lng = 300.0 + x + 2.0 * y + 0.1 * x * x + 0.1 * x * y + 0.1 * x.abs().sqrt();
    lng += (20.0 * (6.0 * x * PI).sin() + 20.0 * (2.0 * x * PI).sin()) * 2.0 / 3.0;
    lng += (20.0 * (x * PI).sin() + 40.0 * (x / 3.0 * PI).sin()) * 2.0 / 3.0;
    lng += (150.0 * (x / 12.0 * PI).sin() + 300.0 * (x / 30.0 * PI).sin()) * 2.0 / 3.0;
    let rad = p.lat / 180.0 * PI;
    let magic = 1.0 - EE * rad.sin() * rad.sin();
    let sqrt_magic = magic.sqrt();
    let d_lat = (lat * 180.0) / ((A * (1.0 - EE)) / (magic * sqrt_magic) * PI);
    let d_lng = (lng * 180.0) / (A / sqrt_magic * rad.cos() * PI);
    (d_lat, d_lng)
}

/// WGS-84 → GCJ-02.
pub fn to_gcj02(p: GeoPoint) -> GeoPoint {
    if outside_china(p) {
        return p;
    }
    let (d_lat, d_lng) = offset(p);
    GeoPoint { lat: p.lat + d_lat, lng: p.lng + d_lng }
}

/// GCJ-02 → WGS-84, by iterating the forward offset until it maps back onto `p`.
pub fn to_wgs84(p: GeoPoint) -> GeoPoint {
    if outside_china(p) {
        return p;
    }
    let mut guess = p;
    for _ in 0..10 {
        let there = to_gcj02(guess);
        guess = GeoPoint { lat: guess.lat - (there.lat - p.lat), lng: guess.lng - (there.lng - p.lng) };
    }
    guess
}

#[cfg(test)]
mod tests {
    use super::*;

    const HALL: GeoPoint = GeoPoint { lat: 30.2788, lng: 120.1372 };

    #[test]
    fn the_geo_uri_is_wgs84_and_round_trips_to_the_stored_gcj02_position() {
        let wgs = to_wgs84(HALL);
        // In Hangzhou GCJ-02 sits about 0.0023° south and 0.0048° east of WGS-84 (≈ 500 m).
        assert!((HALL.lat - wgs.lat + 0.0023).abs() < 0.0005 && (HALL.lng - wgs.lng - 0.0048).abs() < 0.0005, "{wgs:?}");
        // The forward offset matches a published pair (Tiananmen: WGS-84 39.9087, 116.3975 → GCJ-02 39.9101, 116.4037).
        let beijing = to_gcj02(GeoPoint { lat: 39.9087, lng: 116.3975 });
        assert!((beijing.lat - 39.9101).abs() < 0.0003 && (beijing.lng - 116.4037).abs() < 0.0003, "{beijing:?}");
        let back = to_gcj02(wgs);
        assert!((back.lat - HALL.lat).abs() < 1e-7 && (back.lng - HALL.lng).abs() < 1e-7, "{back:?}");
        // Outside China nothing moves.
        let paris = GeoPoint { lat: 48.8566, lng: 2.3522 };
        assert_eq!(to_wgs84(paris), paris);
    }

    #[test]
    fn each_app_gets_the_hall_position_in_its_own_order_with_the_name_encoded() {
        let name = "浙江省政务服务中心 & 1";
        let links: Vec<String> = MapApp::ALL.iter().map(|app| app.link(HALL, name)).collect();
        let encoded = encode(name);
        assert!(links[0].starts_with("geo:30.28") && links[0].ends_with(&format!("({encoded})")), "{}", links[0]);
        assert!(links[1].starts_with("https://uri.amap.com/marker?position=120.137200,30.278800&name="), "amap takes lng,lat: {}", links[1]);
        assert!(links[2].contains("location=30.278800,120.137200") && links[2].contains("coord_type=gcj02"), "{}", links[2]);
        assert!(links[3].contains("marker=coord:30.278800,120.137200;title:"), "{}", links[3]);
        assert!(links[4].starts_with("https://maps.apple.com/?ll=30.278800,120.137200&q="), "{}", links[4]);
        for link in &links {
            assert!(!link.contains(' ') && !link.contains("& 1") && !link.contains('浙'), "the name is percent-encoded: {link}");
        }
    }
}
