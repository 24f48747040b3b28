pub mod english;
pub mod russian;
