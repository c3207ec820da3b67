//! One file per page of the app.

pub mod about;
pub mod appointments;
pub mod book;
pub mod hall;
pub mod home;
pub mod item;
pub mod later;
pub mod not_found;
pub mod region;
pub mod staff;
pub mod track;
