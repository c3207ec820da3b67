//! Which materials a citizen must bring, and how many documents that makes.

use crate::{ItemGuide, Material};

/// The materials of an item, sorted the way a citizen acts on them.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct MaterialGroups<'a> {
    /// Needed in the chosen situation (or, with none chosen, in every situation): bring these.
    pub required: Vec<&'a Material>,
    /// With no situation chosen: needed only in some situations (it says which). Empty
    /// once a situation is chosen, since its materials are then known exactly.
    pub situational: Vec<&'a Material>,
    /// Needed only when their `condition` holds.
    pub conditional: Vec<&'a Material>,
    /// Fetched by the hall through data sharing: listed, but nothing to bring.
    pub exempt: Vec<&'a Material>,
}

/// The figures at the top of a checklist: "bring 5 documents: 4 originals, 7 copies".
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct MaterialTotals {
    /// Materials to bring (required ones; situational, conditional and exempt ones are not counted).
    pub documents: u32,
    pub originals: u32,
    pub copies: u32,
    /// Materials the citizen need not bring thanks to data sharing.
    pub exempt: u32,
    /// Materials that may be needed depending on their condition.
    pub conditional: u32,
    /// Materials needed only in some situations (no situation chosen yet).
    pub situational: u32,
}

/// Whether `material` applies in `situation`; with no situation chosen, every material does.
pub fn applies_in(material: &Material, situation: Option<&str>) -> bool {
    match situation {
        None => true,
        Some(id) => material.situations.is_empty() || material.situations.iter().any(|s| s == id),
    }
}

impl<'a> MaterialGroups<'a> {
    /// Groups the guide's materials for a situation (`None`: all situations).
    pub fn for_situation(guide: &'a ItemGuide, situation: Option<&str>) -> MaterialGroups<'a> {
        let mut groups = MaterialGroups::default();
        for material in guide.materials.iter().filter(|m| applies_in(m, situation)) {
            if material.exempt_by_sharing {
                groups.exempt.push(material);
            } else if material.required && situation.is_none() && !material.situations.is_empty() {
                groups.situational.push(material);
            } else if material.required {
                groups.required.push(material);
            } else {
                groups.conditional.push(material);
            }
        }
        groups
    }

    pub fn totals(&self) -> MaterialTotals {
        MaterialTotals {
            documents: self.required.len() as u32,
            originals: self.required.iter().map(|m| m.originals).sum(),
            copies: self.required.iter().map(|m| m.copies).sum(),
            exempt: self.exempt.len() as u32,
            conditional: self.conditional.len() as u32,
            situational: self.situational.len() as u32,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{ItemCategory, ItemKind, Lang, MaterialFormat, Situation};

    fn material(id: &str, originals: u32, copies: u32, required: bool, exempt: bool, situations: &[&str]) -> Material {
        Material {
            id: id.to_owned(),
            name: id.to_owned(),
            originals,
            copies,
            format: MaterialFormat::Paper,
            source: "申请人自备".to_owned(),
            required,
            condition: (!required).then(|| "条件".to_owned()),
            exempt_by_sharing: exempt,
            notes: None,
            situations: situations.iter().map(|s| (*s).to_owned()).collect(),
        }
    }

    fn guide() -> ItemGuide {
        let situation = |id: &str| Situation { id: id.to_owned(), name: id.to_owned(), description: String::new() };
        ItemGuide {
            lang: Lang::ZhCn,
            code: "330000001001".into(),
            name: "企业设立登记".into(),
            department: "市场监督管理局".into(),
            kind: ItemKind::AdministrativeLicensing,
            category: ItemCategory::Business,
            legal_limit_days: 15,
            promised_limit_days: 1,
            on_the_spot: false,
            fee_fen: 0,
            fee_note: None,
            online: true,
            legal_basis: String::new(),
            situations: vec![situation("in-person"), situation("agent")],
            materials: vec![
                material("application-form", 1, 0, true, false, &[]),
                material("id-card", 1, 1, true, false, &[]),
                material("power-of-attorney", 1, 0, true, false, &["agent"]),
                material("agent-id-card", 1, 2, true, false, &["agent"]),
                material("business-licence", 1, 0, true, true, &[]),
                material("foreign-approval", 1, 1, false, false, &[]),
            ],
            hall: None,
            windows: vec![],
        }
    }

    fn ids(list: &[&Material]) -> Vec<String> {
        list.iter().map(|m| m.id.clone()).collect()
    }

    #[test]
    fn each_situation_gets_its_own_materials_and_shared_ones() {
        let guide = guide();
        let table: [(Option<&str>, &[&str], &[&str], MaterialTotals); 3] = [
            (
                Some("in-person"),
                &["application-form", "id-card"],
                &[],
                MaterialTotals { documents: 2, originals: 2, copies: 1, exempt: 1, conditional: 1, situational: 0 },
            ),
            (
                Some("agent"),
                &["application-form", "id-card", "power-of-attorney", "agent-id-card"],
                &[],
                MaterialTotals { documents: 4, originals: 4, copies: 3, exempt: 1, conditional: 1, situational: 0 },
            ),
            // With no situation chosen, what every situation needs is counted, and the
            // agent's materials wait in their own group until the citizen says.
            (
                None,
                &["application-form", "id-card"],
                &["power-of-attorney", "agent-id-card"],
                MaterialTotals { documents: 2, originals: 2, copies: 1, exempt: 1, conditional: 1, situational: 2 },
            ),
        ];
        for (situation, required, situational, totals) in table {
            let groups = MaterialGroups::for_situation(&guide, situation);
            assert_eq!(ids(&groups.required), required, "{situation:?}");
            assert_eq!(ids(&groups.situational), situational, "{situation:?}");
            assert_eq!(ids(&groups.exempt), ["business-licence"], "{situation:?}");
            assert_eq!(ids(&groups.conditional), ["foreign-approval"], "{situation:?}");
            assert_eq!(groups.totals(), totals, "{situation:?}");
        }
    }

    #[test]
    fn an_unknown_situation_keeps_only_materials_for_every_situation() {
        let guide = guide();
        let groups = MaterialGroups::for_situation(&guide, Some("no-such-situation"));
        assert_eq!(ids(&groups.required), ["application-form", "id-card"]);
    }
}
