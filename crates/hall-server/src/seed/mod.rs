//! Filling the database: the demo catalogue, the census-scale synthetic one, and the
//! loader both go through.

pub mod demo;
pub mod load;
pub mod national;

pub use load::{LoadReport, seed_data_dir};
