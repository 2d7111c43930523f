//! The custody log of a bundle (`custody.jsonl`): the same entries and chain
//! as the case's log, defined once in [`crate::model::custody`].

pub use crate::model::custody::{
    from_jsonl, to_jsonl, verify_chain, ChainBreak, CustodyEntry, CUSTODY_GENESIS as GENESIS_HASH,
};
