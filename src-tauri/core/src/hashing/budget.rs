//! A memory budget shared by every image decoded at once.
//!
//! How many images are decoded together is bounded by the memory they need,
//! not by the number of cores: before decoding, a file reserves what its
//! header says the decode and the hashes will take
//! ([`super::decode::working_set`]), and waits while the others hold too
//! much. Eight hostile files on eight cores then take turns instead of
//! adding up (issue 18, item 5).

use std::sync::{Condvar, Mutex, OnceLock};

/// Bytes all running decodes may hold together: one image at the largest
/// working set accepted ([`super::decode::MAX_WORKING_SET`]) fits alone.
pub const DECODE_BUDGET_BYTES: u64 = super::decode::MAX_WORKING_SET;

/// A number of bytes shared by concurrent work.
#[derive(Debug)]
pub struct MemoryBudget {
    total: u64,
    used: Mutex<u64>,
    freed: Condvar,
}

/// Bytes held from a [`MemoryBudget`], given back when dropped.
#[derive(Debug)]
pub struct Reservation<'a> {
    budget: &'a MemoryBudget,
    bytes: u64,
}

impl MemoryBudget {
    pub const fn new(total: u64) -> Self {
        Self {
            total,
            used: Mutex::new(0),
            freed: Condvar::new(),
        }
    }

    /// Waits until `bytes` are free and holds them. A request larger than
    /// the whole budget waits for the budget to be empty and runs alone.
    /// Hold one reservation at a time per thread (two could wait on each other).
    pub fn reserve(&self, bytes: u64) -> Reservation<'_> {
        let bytes = bytes.min(self.total);
        let mut used = self.used.lock().unwrap_or_else(|e| e.into_inner());
        while *used + bytes > self.total {
            used = self.freed.wait(used).unwrap_or_else(|e| e.into_inner());
        }
        *used += bytes;
        Reservation {
            budget: self,
            bytes,
        }
    }

    /// Bytes held now.
    pub fn in_use(&self) -> u64 {
        *self.used.lock().unwrap_or_else(|e| e.into_inner())
    }
}

impl Drop for Reservation<'_> {
    fn drop(&mut self) {
        let mut used = self.budget.used.lock().unwrap_or_else(|e| e.into_inner());
        *used -= self.bytes;
        self.budget.freed.notify_all();
    }
}

/// The budget every image decode of this process shares.
pub fn decode_budget() -> &'static MemoryBudget {
    static BUDGET: OnceLock<MemoryBudget> = OnceLock::new();
    BUDGET.get_or_init(|| MemoryBudget::new(DECODE_BUDGET_BYTES))
}

#[cfg(test)]
mod tests {
    use std::sync::atomic::{AtomicU64, Ordering};

    use super::*;

    #[test]
    fn reservations_never_add_up_past_the_budget() {
        let budget = MemoryBudget::new(100);
        let peak = AtomicU64::new(0);
        std::thread::scope(|s| {
            for i in 0..8u64 {
                let (budget, peak) = (&budget, &peak);
                s.spawn(move || {
                    for _ in 0..50 {
                        // 60 + anything: never two at once; 1000 runs alone.
                        let held = budget.reserve(if i == 0 { 1000 } else { 30 + i * 5 });
                        peak.fetch_max(budget.in_use(), Ordering::SeqCst);
                        std::thread::yield_now();
                        drop(held);
                    }
                });
            }
        });
        assert!(peak.load(Ordering::SeqCst) <= 100);
        assert_eq!(budget.in_use(), 0);
    }
}
