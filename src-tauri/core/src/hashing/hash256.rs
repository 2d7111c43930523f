//! A 256-bit hash (PDQ) with the reference's hex format and Hamming distance.

use std::fmt;
use std::str::FromStr;

use crate::error::{CoreError, ErrorKind};

/// 256 bits; bit `k` is bit `k % 64` of `limbs[k / 64]`.
///
/// Hex form (as the PDQ reference prints it): 64 lower-case hex characters,
/// the 256-bit integer with bit `k` worth `2^k`, most significant first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct Hash256(pub [u64; 4]);

impl Hash256 {
    /// All bits clear (the reference's hash of an unhashable image).
    pub const ZERO: Self = Self([0; 4]);

    pub fn set_bit(&mut self, k: usize) {
        self.0[k / 64] |= 1u64 << (k % 64);
    }

    pub fn bit(&self, k: usize) -> bool {
        self.0[k / 64] >> (k % 64) & 1 == 1
    }

    /// Number of differing bits (0..=256).
    pub fn distance(&self, other: &Self) -> u32 {
        super::popcount::distance(&self.0, &other.0)
    }

    /// The 64-character lower-case hex form.
    pub fn to_hex(&self) -> String {
        self.to_string()
    }
}

impl fmt::Display for Hash256 {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for limb in self.0.iter().rev() {
            write!(f, "{limb:016x}")?;
        }
        Ok(())
    }
}

impl FromStr for Hash256 {
    type Err = CoreError;

    /// Parses the 64-hex-character form (either case).
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let s = s.trim();
        if s.len() != 64 || !s.bytes().all(|b| b.is_ascii_hexdigit()) {
            return Err(CoreError::new(
                ErrorKind::InvalidInput,
                format!("not a 256-bit hash (64 hex characters): {s:?}"),
            ));
        }
        let mut limbs = [0u64; 4];
        for (i, limb) in limbs.iter_mut().enumerate() {
            let start = (3 - i) * 16;
            *limb = u64::from_str_radix(&s[start..start + 16], 16)
                .map_err(|e| CoreError::new(ErrorKind::InvalidInput, e.to_string()))?;
        }
        Ok(Self(limbs))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hex_round_trips_and_bit_zero_is_the_last_hex_digit() {
        let mut h = Hash256::ZERO;
        h.set_bit(0);
        h.set_bit(255);
        let hex = h.to_hex();
        assert_eq!(hex.len(), 64);
        assert!(hex.starts_with('8') && hex.ends_with('1'), "{hex}");
        assert_eq!(hex.parse::<Hash256>().unwrap(), h);
        assert!(h.bit(0) && h.bit(255) && !h.bit(1));
    }

    #[test]
    fn bad_hex_is_invalid_input() {
        assert_eq!(
            "xyz".parse::<Hash256>().unwrap_err().kind,
            ErrorKind::InvalidInput
        );
        assert!("0".repeat(63).parse::<Hash256>().is_err());
    }

    #[test]
    fn distance_counts_differing_bits() {
        let a: Hash256 = "f".repeat(64).parse().unwrap();
        assert_eq!(a.distance(&Hash256::ZERO), 256);
        assert_eq!(a.distance(&a), 0);
    }
}
