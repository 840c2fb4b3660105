//! Bit-level writing and reading for share codes: fixed-width fields, most significant
//! bit first, and a small variable-length number (see `docs/share-format.md`).

/// Bits per group of a variable-length number, not counting its "more follows" flag.
const VARINT_GROUP_BITS: u32 = 4;
/// A `u32` needs at most this many groups.
const VARINT_MAX_GROUPS: u32 = u32::BITS / VARINT_GROUP_BITS;

/// Reading went past the end, or a field held a value the format never writes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Malformed;

/// Appends bits to a byte buffer, most significant bit of each byte first.
#[derive(Default)]
pub struct BitWriter {
    bytes: Vec<u8>,
    len: usize,
}

impl BitWriter {
    /// Writes the low `width` bits of `value`, highest first.
    pub fn write(&mut self, value: u32, width: u32) {
        debug_assert!(width <= 32 && (width == 32 || value >> width == 0));
        for i in (0..width).rev() {
            if self.len.is_multiple_of(8) {
                self.bytes.push(0);
            }
            if (value >> i) & 1 == 1 {
                let last = self.bytes.len() - 1;
                self.bytes[last] |= 0x80 >> (self.len % 8);
            }
            self.len += 1;
        }
    }

    /// Writes `value` in groups of four bits, lowest group first, each group preceded by
    /// a flag bit that says whether another group follows.
    pub fn write_varint(&mut self, mut value: u32) {
        loop {
            let group = value & ((1 << VARINT_GROUP_BITS) - 1);
            value >>= VARINT_GROUP_BITS;
            self.write(u32::from(value != 0), 1);
            self.write(group, VARINT_GROUP_BITS);
            if value == 0 {
                return;
            }
        }
    }

    /// The bytes written so far; unused bits of the last byte are zero.
    pub fn into_bytes(self) -> Vec<u8> {
        self.bytes
    }
}

/// Reads bits back in the order [`BitWriter`] wrote them.
pub struct BitReader<'a> {
    bytes: &'a [u8],
    pos: usize,
}

impl<'a> BitReader<'a> {
    pub fn new(bytes: &'a [u8]) -> Self {
        BitReader { bytes, pos: 0 }
    }

    /// Reads a `width`-bit field (at most 32 bits).
    pub fn read(&mut self, width: u32) -> Result<u32, Malformed> {
        debug_assert!(width <= 32);
        let mut value = 0u32;
        for _ in 0..width {
            let byte = *self.bytes.get(self.pos / 8).ok_or(Malformed)?;
            let bit = (byte >> (7 - self.pos % 8)) & 1;
            value = (value << 1) | u32::from(bit);
            self.pos += 1;
        }
        Ok(value)
    }

    /// Reads a number written by [`BitWriter::write_varint`]. Rejects numbers too large
    /// for a `u32` and needless trailing zero groups, so every number has one spelling.
    pub fn read_varint(&mut self) -> Result<u32, Malformed> {
        let mut value = 0u32;
        for index in 0..VARINT_MAX_GROUPS {
            let more = self.read(1)? == 1;
            let group = self.read(VARINT_GROUP_BITS)?;
            if index > 0 && !more && group == 0 {
                return Err(Malformed);
            }
            value |= group << (index * VARINT_GROUP_BITS);
            if !more {
                return Ok(value);
            }
        }
        Err(Malformed)
    }

    /// Succeeds only when what is left is the zero padding of the last byte.
    pub fn finish(self) -> Result<(), Malformed> {
        let total = self.bytes.len() * 8;
        if total - self.pos >= 8 {
            return Err(Malformed);
        }
        let mut rest = self;
        while rest.pos < total {
            if rest.read(1)? != 0 {
                return Err(Malformed);
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fields_come_back_in_order_msb_first() {
        let mut w = BitWriter::default();
        w.write(0b101, 3);
        w.write(0b1, 1);
        w.write(0b0_1100_1101, 9);
        let bytes = w.into_bytes();
        assert_eq!(bytes, [0b1011_0110, 0b0110_1000]);
        let mut r = BitReader::new(&bytes);
        assert_eq!(r.read(3), Ok(0b101));
        assert_eq!(r.read(1), Ok(1));
        assert_eq!(r.read(9), Ok(0b0_1100_1101));
        assert_eq!(r.finish(), Ok(()));
    }

    #[test]
    fn reading_past_the_end_is_malformed() {
        let mut r = BitReader::new(&[0xff]);
        assert_eq!(r.read(8), Ok(0xff));
        assert_eq!(r.read(1), Err(Malformed));
    }

    #[test]
    fn varints_round_trip_and_small_ones_take_five_bits() {
        for value in [0, 1, 15, 16, 255, 256, 70_000, u32::MAX] {
            let mut w = BitWriter::default();
            w.write_varint(value);
            w.write(1, 1);
            let bytes = w.into_bytes();
            let mut r = BitReader::new(&bytes);
            assert_eq!(r.read_varint(), Ok(value), "{value}");
            assert_eq!(r.read(1), Ok(1), "{value}");
        }
        let mut w = BitWriter::default();
        w.write_varint(15);
        assert_eq!(w.into_bytes(), [0b0111_1000]);
    }

    #[test]
    fn varint_rejects_trailing_zero_group_and_overflow() {
        // 1 written as two groups: "more, 0001" then "end, 0000".
        let mut r = BitReader::new(&[0b1000_1000, 0b0000_0000]);
        assert_eq!(r.read_varint(), Err(Malformed));
        // Nine groups all flagged "more": too big for u32.
        let mut r = BitReader::new(&[0xff; 6]);
        assert_eq!(r.read_varint(), Err(Malformed));
    }

    #[test]
    fn finish_rejects_leftover_bytes_and_set_padding() {
        let r = BitReader::new(&[0, 0]);
        assert_eq!(r.finish(), Err(Malformed));
        let mut r = BitReader::new(&[0b1000_0001]);
        r.read(1).unwrap();
        assert_eq!(r.finish(), Err(Malformed));
        let mut r = BitReader::new(&[0b1000_0000]);
        r.read(1).unwrap();
        assert_eq!(r.finish(), Ok(()));
    }
}
