//! The share code's checksum: CRC-16/IBM-3740 (also called CRC-16/CCITT-FALSE).
//!
//! Sixteen bits catch every change of up to 16 consecutive bits, so any single mistyped
//! character, and all but about 1 in 65,536 other damage.

/// Polynomial x^16 + x^12 + x^5 + 1, processed most significant bit first.
const POLY: u16 = 0x1021;
const INIT: u16 = 0xFFFF;

/// CRC-16/IBM-3740 of `bytes`: no reflection, no final XOR.
pub fn crc16(bytes: &[u8]) -> u16 {
    let mut crc = INIT;
    for &byte in bytes {
        crc ^= u16::from(byte) << 8;
        for _ in 0..8 {
            crc = if crc & 0x8000 != 0 {
                (crc << 1) ^ POLY
            } else {
                crc << 1
            };
        }
    }
    crc
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn matches_the_published_check_value() {
        // The catalogue check value of CRC-16/IBM-3740 for the ASCII digits 1 to 9.
        assert_eq!(crc16(b"123456789"), 0x29B1);
        assert_eq!(crc16(b""), 0xFFFF);
    }
}
