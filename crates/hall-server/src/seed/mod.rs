//! Filling the database: the demo catalogue and the census-scale synthetic one. Writing
//! them is the store's (`store/load.rs`, re-exported here as `seed::load`).

pub mod demo;
pub mod national;

pub use crate::store::load;
pub use crate::store::load::{LoadReport, seed_data_dir};
