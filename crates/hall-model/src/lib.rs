//! hall-model: the types of hall-guide's public API and all of its pure domain logic.
//!
//! Both the Leptos app (compiled to wasm32) and the reference server (native) depend on
//! this crate, so the API contract cannot drift between them. Nothing here performs I/O,
//! touches the DOM, or knows about HTTP frameworks or SQL: every function is a plain
//! computation that is tested natively with table-driven tests.

pub mod applications;
pub mod appointments;
pub mod calendar;
pub mod catalogue;
pub mod console;
pub mod display;
pub mod error;
pub mod fees;
pub mod identity;
pub mod item_filter;
pub mod lang;
pub mod links;
pub mod localized;
pub mod maps;
pub mod materials;
pub mod online_url;
pub mod opening;
pub mod query_string;
pub mod questionnaire;
pub mod records;
pub mod region_code;
pub mod reply;
pub mod route;
pub mod standard;

pub use applications::{ApplicationView, FeedbackRequest, LookupRequest, NewApplication, Status, StatusEvent};
pub use appointments::{Appointment, AppointmentStatus, Booking, BookingPolicy, BookingRequest, HallSlots, RescheduleRequest, Slot, SlotDay};
pub use calendar::{Date, HolidayCalendar, HolidayNotice, HolidayRange};
pub use catalogue::*;
pub use console::{
    AffectedAppointment, AuditEntry, AuditLog, CalendarImport, CalendarPreview, CapacityChange, ClosureDone, ConsoleSession, DayAppointment, DayCounts,
    DayState, HallDay, HallStaff, LoginRequest, LogoutRequest, NewClosure, NewStaff, NoShowPolicy, PasswordChange, StaffAdded, StaffMember, StaffRole,
    StateChange,
};
pub use error::{ApiError, ApiErrorBody, AttemptsLeft, ErrorCode, FieldProblem, Problem};
pub use fees::FeeDue;
pub use item_filter::{ItemFilter, ItemIndex};
pub use lang::{Direction, Lang};
pub use links::{NewLink, ShortLink};
pub use localized::LocalizedText;
pub use materials::{Checklist, ChecklistTotals, Progress};
pub use questionnaire::{Answers, Walk};
pub use records::CatalogueRecords;
pub use region_code::{RegionCode, RegionCodeError};
pub use route::Route;
