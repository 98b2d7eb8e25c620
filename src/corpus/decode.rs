//! Bytes to text: UTF-8 (with or without BOM), UTF-16 (with BOM), and Windows-1252 with a
//! warning; binary files are refused.
//!
//! For UTF-8 the text is the file's bytes exactly (BOM, CRLF and lone CR kept) so that every
//! span is also a byte range of the file. Anything else is re-encoded and says so: the caller
//! marks such text as not the file's bytes, and the warning names what was done.

use encoding_rs::{Encoding, UTF_8, UTF_16BE, UTF_16LE, WINDOWS_1252};

/// How the bytes were turned into text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SourceEncoding {
    Utf8,
    Utf8Bom,
    Utf16Le,
    Utf16Be,
    Windows1252,
    /// Another legacy encoding, declared by the document (an HTML `charset`).
    Declared(&'static str),
}

/// Decoded text plus what a reader should know about how it was obtained.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Decoded {
    pub text: String,
    pub encoding: SourceEncoding,
    /// True when `text` is the input bytes unchanged.
    pub text_is_file: bool,
    /// Said to the user when the text is not plain UTF-8 as stored (re-encoded, repaired).
    pub caveat: Option<String>,
}

/// Why bytes could not be read as text.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum DecodeError {
    #[error("the file is empty")]
    Empty,
    #[error("the file contains only white space")]
    Blank,
    #[error("binary file ({0}), not text")]
    Binary(&'static str),
    #[error("UTF-32 text is not supported; save it as UTF-8")]
    Utf32,
}

const UTF8_BOM: &[u8] = b"\xEF\xBB\xBF";

/// Decodes article bytes (see the module documentation).
pub fn decode(bytes: &[u8]) -> Result<Decoded, DecodeError> {
    decode_with_fallback(bytes, None)
}

/// Like [`decode`], but bytes that are not UTF-8 are decoded with `declared` (an HTML page's
/// `charset`) when given, instead of Windows-1252.
pub fn decode_with_fallback(
    bytes: &[u8],
    declared: Option<&'static Encoding>,
) -> Result<Decoded, DecodeError> {
    if bytes.is_empty() {
        return Err(DecodeError::Empty);
    }
    if bytes.starts_with(b"\xFF\xFE\x00\x00") || bytes.starts_with(b"\x00\x00\xFE\xFF") {
        return Err(DecodeError::Utf32);
    }
    let decoded = if let Some(rest) = bytes.strip_prefix(b"\xFF\xFE") {
        utf16(rest, SourceEncoding::Utf16Le)
    } else if let Some(rest) = bytes.strip_prefix(b"\xFE\xFF") {
        utf16(rest, SourceEncoding::Utf16Be)
    } else {
        if let Some(kind) = binary_kind(bytes) {
            return Err(DecodeError::Binary(kind));
        }
        utf8_or_legacy(bytes, declared)
    };
    let body = decoded.text.trim_start_matches('\u{FEFF}');
    if body.trim().is_empty() {
        return Err(DecodeError::Blank);
    }
    Ok(decoded)
}

fn utf16(rest: &[u8], encoding: SourceEncoding) -> Decoded {
    let codec = if encoding == SourceEncoding::Utf16Le {
        UTF_16LE
    } else {
        UTF_16BE
    };
    let (text, had_errors) = codec.decode_without_bom_handling(rest);
    let name = codec.name();
    let caveat = if had_errors {
        format!("decoded from {name}; some invalid sequences were replaced by U+FFFD")
    } else {
        format!("decoded from {name}; offsets refer to the decoded text")
    };
    Decoded {
        text: text.into_owned(),
        encoding,
        text_is_file: false,
        caveat: Some(caveat),
    }
}

fn utf8_or_legacy(bytes: &[u8], declared: Option<&'static Encoding>) -> Decoded {
    match std::str::from_utf8(bytes) {
        Ok(text) => Decoded {
            text: text.to_string(),
            encoding: if bytes.starts_with(UTF8_BOM) {
                SourceEncoding::Utf8Bom
            } else {
                SourceEncoding::Utf8
            },
            text_is_file: true,
            caveat: None,
        },
        Err(e) => {
            let at = e.valid_up_to();
            let codec = declared.filter(|c| *c != UTF_8).unwrap_or(WINDOWS_1252);
            let (text, _) = codec.decode_without_bom_handling(bytes);
            let (encoding, name, why) = if codec == WINDOWS_1252 {
                (SourceEncoding::Windows1252, "Windows-1252", "")
            } else {
                let name = codec.name();
                (
                    SourceEncoding::Declared(name),
                    name,
                    " (as the page declares)",
                )
            };
            Decoded {
                text: text.into_owned(),
                encoding,
                text_is_file: false,
                caveat: Some(format!(
                    "not valid UTF-8 (first bad byte at offset {at}); decoded as {name}{why}, \
                     offsets refer to the decoded text"
                )),
            }
        }
    }
}

/// The encoding an HTML page declares (`<meta charset="…">` or `content="…; charset=…"`) in
/// its first few kilobytes, when it is one `encoding_rs` knows.
pub fn declared_charset(bytes: &[u8]) -> Option<&'static Encoding> {
    let head = &bytes[..bytes.len().min(4096)];
    let lower: Vec<u8> = head.to_ascii_lowercase();
    let at = lower.windows(8).position(|w| w == b"charset=")? + 8;
    let rest = &lower[at..];
    let rest = rest
        .strip_prefix(b"\"")
        .or_else(|| rest.strip_prefix(b"'"))
        .unwrap_or(rest);
    let end = rest
        .iter()
        .position(|b| !(b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b':' | b'.')))
        .unwrap_or(rest.len());
    Encoding::for_label(&rest[..end])
}

/// Names the kind of binary file, from its magic number or from NUL / control bytes.
fn binary_kind(bytes: &[u8]) -> Option<&'static str> {
    const MAGIC: &[(&[u8], &str)] = &[
        (b"\x89PNG\r\n\x1a\n", "PNG image"),
        (b"\xFF\xD8\xFF", "JPEG image"),
        (b"GIF87a", "GIF image"),
        (b"GIF89a", "GIF image"),
        (b"%PDF-", "PDF document"),
        (b"PK\x03\x04", "ZIP archive or office document"),
        (b"\x1F\x8B", "gzip archive"),
        (b"\x7FELF", "executable"),
        (b"RIFF", "RIFF media file"),
    ];
    if let Some((_, name)) = MAGIC.iter().find(|(magic, _)| bytes.starts_with(magic)) {
        return Some(name);
    }
    let head = &bytes[..bytes.len().min(8192)];
    if bytes.contains(&0) {
        return Some("contains NUL bytes");
    }
    let controls = head
        .iter()
        .filter(|&&b| b < 0x20 && !matches!(b, b'\t' | b'\n' | b'\r' | 0x0C))
        .count();
    (controls * 10 > head.len()).then_some("mostly control characters")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf8_is_kept_byte_for_byte() {
        let d = decode("Ĺuboš said so.\n".as_bytes()).unwrap();
        assert_eq!(d.text, "Ĺuboš said so.\n");
        assert!(d.text_is_file);
        assert_eq!(d.caveat, None);
    }

    #[test]
    fn a_utf8_bom_stays_in_the_text() {
        let d = decode(b"\xEF\xBB\xBFHeadline\n").unwrap();
        assert_eq!(d.text.as_bytes(), b"\xEF\xBB\xBFHeadline\n");
        assert_eq!(d.encoding, SourceEncoding::Utf8Bom);
        assert!(d.text_is_file);
    }

    #[test]
    fn crlf_and_lone_cr_are_kept() {
        let bytes = b"One\r\nTwo\rThree\n";
        let d = decode(bytes).unwrap();
        assert_eq!(d.text.as_bytes(), bytes);
        assert!(d.text_is_file);
    }

    #[test]
    fn utf16_with_a_bom_is_decoded_with_a_caveat() {
        let mut le = vec![0xFF, 0xFE];
        let mut be = vec![0xFE, 0xFF];
        for u in "Zoë\r\n".encode_utf16() {
            le.extend_from_slice(&u.to_le_bytes());
            be.extend_from_slice(&u.to_be_bytes());
        }
        for (bytes, enc) in [(le, SourceEncoding::Utf16Le), (be, SourceEncoding::Utf16Be)] {
            let d = decode(&bytes).unwrap();
            assert_eq!(d.text, "Zoë\r\n");
            assert_eq!(d.encoding, enc);
            assert!(!d.text_is_file);
            assert!(d.caveat.unwrap().contains("UTF-16"));
        }
    }

    #[test]
    fn invalid_utf8_is_read_as_windows_1252_and_says_so() {
        let d = decode(b"Caf\xe9 \x93quoted\x94\n").unwrap();
        assert_eq!(d.text, "Café “quoted”\n");
        assert_eq!(d.encoding, SourceEncoding::Windows1252);
        assert!(!d.text_is_file);
        let caveat = d.caveat.unwrap();
        assert!(
            caveat.contains("Windows-1252") && caveat.contains("offset 3"),
            "{caveat}"
        );
    }

    #[test]
    fn a_declared_charset_is_used_for_bytes_that_are_not_utf8() {
        let page = b"<meta charset=\"iso-8859-2\"><p>\xa9koda</p>";
        let enc = declared_charset(page);
        assert_eq!(enc.map(Encoding::name), Some("ISO-8859-2"));
        let d = decode_with_fallback(page, enc).unwrap();
        assert!(d.text.contains("Škoda"), "{}", d.text);
        assert_eq!(d.encoding, SourceEncoding::Declared("ISO-8859-2"));
        assert!(d.caveat.unwrap().contains("as the page declares"));
        let meta = b"<meta http-equiv=Content-Type content='text/html; charset=windows-1251'>";
        assert_eq!(
            declared_charset(meta).map(Encoding::name),
            Some("windows-1251")
        );
        assert_eq!(declared_charset(b"<p>no declaration</p>"), None);
    }

    #[test]
    fn binary_files_are_refused_with_their_kind() {
        assert_eq!(
            decode(b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR"),
            Err(DecodeError::Binary("PNG image"))
        );
        assert_eq!(
            decode(b"text\0more"),
            Err(DecodeError::Binary("contains NUL bytes"))
        );
        assert!(matches!(
            decode(b"\x01\x02\x03\x04abc"),
            Err(DecodeError::Binary(_))
        ));
    }

    #[test]
    fn empty_and_blank_files_are_refused() {
        assert_eq!(decode(b""), Err(DecodeError::Empty));
        assert_eq!(decode(b" \r\n\t\n"), Err(DecodeError::Blank));
        assert_eq!(decode(b"\xEF\xBB\xBF \n"), Err(DecodeError::Blank));
    }

    #[test]
    fn utf32_is_refused_rather_than_misread() {
        assert_eq!(decode(b"\xFF\xFE\0\0A\0\0\0"), Err(DecodeError::Utf32));
    }
}
