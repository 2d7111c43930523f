pub mod authority;
pub mod hostile_images;
pub mod leak_set;
pub mod sample_case;
pub mod vault_case;
