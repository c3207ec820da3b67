//! The demo catalogue: two provinces of realistic halls and items, in zh-CN and English.
//! It is plainly demo data (see the app's footer); the file is `data/demo.json`.

use hall_model::CatalogueRecords;

const DEMO_JSON: &str = include_str!("../../data/demo.json");

/// The demo catalogue, parsed. The file is part of the binary, so a parse error is a bug
/// caught by the tests, never a runtime surprise.
pub fn catalogue() -> Result<CatalogueRecords, serde_json::Error> {
    serde_json::from_str(DEMO_JSON)
}
