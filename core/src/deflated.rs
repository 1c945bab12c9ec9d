//! Data built into the library compressed: the compiled rules and the
//! message catalogs are stored zlib-compressed (about a sixth of their size)
//! and inflated once, at first use (docs/adr/0022). The zlib checksum makes a
//! damaged copy an error rather than wrong text.

/// The most bytes one built-in item may inflate to (the largest is under
/// 1 MB): a bound, so damaged data cannot ask for unbounded memory.
const MAX_INFLATED: usize = 16 * 1024 * 1024;

/// Compresses `bytes` for building into the library (zlib, best
/// compression).
pub(crate) fn deflate(bytes: &[u8]) -> Vec<u8> {
    miniz_oxide::deflate::compress_to_vec_zlib(bytes, 10)
}

/// The bytes `deflate` compressed; `None` if they are damaged or would
/// inflate past the bound.
pub(crate) fn inflate(bytes: &[u8]) -> Option<Vec<u8>> {
    miniz_oxide::inflate::decompress_to_vec_zlib_with_limit(bytes, MAX_INFLATED).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn inflating_gives_back_what_was_deflated() {
        let text = "renew the work permit ".repeat(200);
        let packed = deflate(text.as_bytes());
        assert!(packed.len() < text.len() / 10);
        assert_eq!(inflate(&packed).as_deref(), Some(text.as_bytes()));
    }

    #[test]
    fn damaged_bytes_are_refused() {
        let mut packed = deflate(b"the pink card ends on 13 Feb 2025");
        let last = packed.len() - 1;
        packed[last] ^= 0x55;
        assert_eq!(inflate(&packed), None);
        assert_eq!(inflate(b"not compressed"), None);
    }
}
