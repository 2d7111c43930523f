//! The few DER (ASN.1) pieces RFC 3161 needs: writing a time-stamp request
//! and walking a response. Single-byte tags only, which is all RFC 3161
//! uses.

pub const SEQUENCE: u8 = 0x30;
pub const SET: u8 = 0x31;
pub const INTEGER: u8 = 0x02;
pub const BOOLEAN: u8 = 0x01;
pub const OCTET_STRING: u8 = 0x04;
pub const NULL: u8 = 0x05;
pub const OID: u8 = 0x06;
pub const GENERALIZED_TIME: u8 = 0x18;
/// `[0]` constructed, context-specific.
pub const CONTEXT_0: u8 = 0xA0;

/// Encodes one TLV.
pub fn tlv(tag: u8, value: &[u8]) -> Vec<u8> {
    let mut out = vec![tag];
    let len = value.len();
    if len < 0x80 {
        out.push(len as u8);
    } else {
        let bytes = len.to_be_bytes();
        let skip = bytes.iter().take_while(|b| **b == 0).count();
        out.push(0x80 | (bytes.len() - skip) as u8);
        out.extend_from_slice(&bytes[skip..]);
    }
    out.extend_from_slice(value);
    out
}

/// A constructed value from already-encoded parts.
pub fn constructed(tag: u8, parts: &[&[u8]]) -> Vec<u8> {
    tlv(tag, &parts.concat())
}

/// A non-negative INTEGER from big-endian bytes (leading zeros trimmed, a 0
/// byte added when the top bit is set).
pub fn unsigned_integer(be: &[u8]) -> Vec<u8> {
    let trimmed: &[u8] = {
        let skip = be.iter().take_while(|b| **b == 0).count();
        if skip == be.len() {
            &[0]
        } else {
            &be[skip..]
        }
    };
    let mut value = Vec::with_capacity(trimmed.len() + 1);
    if trimmed[0] & 0x80 != 0 {
        value.push(0);
    }
    value.extend_from_slice(trimmed);
    tlv(INTEGER, &value)
}

/// One parsed TLV: its tag and its value bytes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Tlv<'a> {
    pub tag: u8,
    pub value: &'a [u8],
}

/// Reads TLVs one after another from a byte slice.
pub struct Reader<'a> {
    rest: &'a [u8],
}

impl<'a> Reader<'a> {
    pub fn new(bytes: &'a [u8]) -> Self {
        Reader { rest: bytes }
    }

    pub fn is_empty(&self) -> bool {
        self.rest.is_empty()
    }

    /// The next TLV, or an error if the bytes are not DER.
    pub fn read(&mut self) -> Result<Tlv<'a>, String> {
        let bytes = self.rest;
        let (&tag, after_tag) = bytes.split_first().ok_or("unexpected end of data")?;
        if tag & 0x1F == 0x1F {
            return Err("multi-byte tags are not supported".into());
        }
        let (&first, after_len) = after_tag.split_first().ok_or("unexpected end of data")?;
        let (len, body) = if first < 0x80 {
            (first as usize, after_len)
        } else {
            let n = (first & 0x7F) as usize;
            if n == 0 || n > 4 || after_len.len() < n {
                return Err("bad length".into());
            }
            let len = after_len[..n]
                .iter()
                .fold(0usize, |acc, b| (acc << 8) | *b as usize);
            (len, &after_len[n..])
        };
        if body.len() < len {
            return Err("value runs past the end of the data".into());
        }
        self.rest = &body[len..];
        Ok(Tlv {
            tag,
            value: &body[..len],
        })
    }

    /// The next TLV, which must have `tag`.
    pub fn expect(&mut self, tag: u8, what: &str) -> Result<Tlv<'a>, String> {
        let tlv = self.read().map_err(|e| format!("{what}: {e}"))?;
        if tlv.tag != tag {
            return Err(format!(
                "{what}: expected tag {tag:#04x}, found {:#04x}",
                tlv.tag
            ));
        }
        Ok(tlv)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_lengths_round_trip() {
        let value = vec![7u8; 300];
        let encoded = tlv(OCTET_STRING, &value);
        assert_eq!(&encoded[..4], &[0x04, 0x82, 0x01, 0x2C]);
        let mut reader = Reader::new(&encoded);
        let parsed = reader.read().unwrap();
        assert_eq!(parsed.value, value.as_slice());
        assert!(reader.is_empty());
    }

    #[test]
    fn integers_are_minimal_and_non_negative() {
        assert_eq!(unsigned_integer(&[0, 0, 1]), vec![0x02, 0x01, 0x01]);
        assert_eq!(unsigned_integer(&[0x80]), vec![0x02, 0x02, 0x00, 0x80]);
        assert_eq!(unsigned_integer(&[0, 0]), vec![0x02, 0x01, 0x00]);
    }

    #[test]
    fn truncated_data_is_an_error_not_a_panic() {
        let encoded = tlv(SEQUENCE, &[1, 2, 3, 4]);
        for cut in 0..encoded.len() {
            assert!(Reader::new(&encoded[..cut]).read().is_err());
        }
    }
}
