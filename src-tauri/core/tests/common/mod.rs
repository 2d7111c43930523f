pub mod authority;
pub mod leak_set;
pub mod sample_case;
pub mod hostile_images;
