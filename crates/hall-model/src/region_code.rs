//! GB/T 2260-style administrative division codes and the levels they encode.

use serde::{Deserialize, Serialize};

/// The level of a region in the administrative tree.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RegionLevel {
    /// 省级: province, autonomous region or municipality (`330000`).
    Province,
    /// 地市级: prefecture-level city (`330100`).
    Prefecture,
    /// 县级: county or district (`330106`).
    County,
    /// 乡镇级: township or sub-district (`330106001`).
    Township,
}

impl RegionLevel {
    pub const ALL: [RegionLevel; 4] = [RegionLevel::Province, RegionLevel::Prefecture, RegionLevel::County, RegionLevel::Township];

    pub fn as_str(self) -> &'static str {
        match self {
            RegionLevel::Province => "province",
            RegionLevel::Prefecture => "prefecture",
            RegionLevel::County => "county",
            RegionLevel::Township => "township",
        }
    }
}

/// A validated region code: six digits for province, prefecture and county, nine for a
/// township. Its level and its parent follow from the digits alone.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct RegionCode(String);

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RegionCodeError {
    /// Not 6 or 9 ASCII digits.
    Malformed,
    /// A province part of `00`, or a lower part set while a higher one is zero.
    Inconsistent,
}

impl std::fmt::Display for RegionCodeError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            RegionCodeError::Malformed => f.write_str("a region code is 6 or 9 digits"),
            RegionCodeError::Inconsistent => f.write_str("the digits of this region code do not describe a region"),
        }
    }
}

impl RegionCode {
    pub fn parse(code: &str) -> Result<RegionCode, RegionCodeError> {
        if !(code.len() == 6 || code.len() == 9) || !code.bytes().all(|b| b.is_ascii_digit()) {
            return Err(RegionCodeError::Malformed);
        }
        let province = &code[0..2];
        let prefecture = &code[2..4];
        let county = &code[4..6];
        let township = code.get(6..9).unwrap_or("000");
        let consistent = province != "00" && !(prefecture == "00" && county != "00") && !(code.len() == 9 && (county == "00" || township == "000"));
        if !consistent {
            return Err(RegionCodeError::Inconsistent);
        }
        Ok(RegionCode(code.to_owned()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    pub fn level(&self) -> RegionLevel {
        let c = &self.0;
        if c.len() == 9 {
            RegionLevel::Township
        } else if &c[2..6] == "0000" {
            RegionLevel::Province
        } else if &c[4..6] == "00" {
            RegionLevel::Prefecture
        } else {
            RegionLevel::County
        }
    }

    /// The region this one belongs to, or `None` for a province.
    ///
    /// Counties directly under a province (省直辖县, `429004`) have the province as parent
    /// only when the code says so; for ordinary counties the parent is the prefecture.
    pub fn parent(&self) -> Option<RegionCode> {
        let c = &self.0;
        match self.level() {
            RegionLevel::Province => None,
            RegionLevel::Prefecture => Some(RegionCode(format!("{}0000", &c[0..2]))),
            RegionLevel::County => Some(RegionCode(format!("{}00", &c[0..4]))),
            RegionLevel::Township => Some(RegionCode(c[0..6].to_owned())),
        }
    }

    /// The prefix that every code inside this region (itself included) starts with.
    pub fn descendant_prefix(&self) -> &str {
        let c = &self.0;
        match self.level() {
            RegionLevel::Province => &c[0..2],
            RegionLevel::Prefecture => &c[0..4],
            RegionLevel::County | RegionLevel::Township => c,
        }
    }

    /// Whether `other` is this region or lies inside it.
    pub fn contains(&self, other: &RegionCode) -> bool {
        other.0.starts_with(self.descendant_prefix())
    }
}

impl std::fmt::Display for RegionCode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn levels_and_parents_follow_from_the_digits() {
        let table = [
            ("330000", RegionLevel::Province, None),
            ("330100", RegionLevel::Prefecture, Some("330000")),
            ("330106", RegionLevel::County, Some("330100")),
            ("330106001", RegionLevel::Township, Some("330106")),
        ];
        for (code, level, parent) in table {
            let code = RegionCode::parse(code).unwrap();
            assert_eq!(code.level(), level, "{code}");
            assert_eq!(code.parent().as_ref().map(RegionCode::as_str), parent, "{code}");
        }
    }

    #[test]
    fn malformed_and_inconsistent_codes_are_refused() {
        let table = [
            ("", RegionCodeError::Malformed),
            ("33000", RegionCodeError::Malformed),
            ("33010a", RegionCodeError::Malformed),
            ("3301060011", RegionCodeError::Malformed),
            ("000000", RegionCodeError::Inconsistent),
            ("330006", RegionCodeError::Inconsistent),
            ("330100001", RegionCodeError::Inconsistent),
            ("330106000", RegionCodeError::Inconsistent),
        ];
        for (code, error) in table {
            assert_eq!(RegionCode::parse(code), Err(error), "{code:?}");
        }
    }

    #[test]
    fn containment_covers_the_whole_subtree_and_nothing_else() {
        let zhejiang = RegionCode::parse("330000").unwrap();
        let hangzhou = RegionCode::parse("330100").unwrap();
        let xihu = RegionCode::parse("330106").unwrap();
        let beishan = RegionCode::parse("330106001").unwrap();
        let ningbo = RegionCode::parse("330200").unwrap();
        assert!(zhejiang.contains(&beishan));
        assert!(hangzhou.contains(&xihu));
        assert!(hangzhou.contains(&hangzhou));
        assert!(xihu.contains(&beishan));
        assert!(!hangzhou.contains(&ningbo));
        assert!(!beishan.contains(&xihu));
    }
}
