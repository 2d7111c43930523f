pub mod authority;
pub mod sample_case;
