pub mod sample_case;
