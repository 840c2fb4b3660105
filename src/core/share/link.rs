//! Finding the code inside whatever was pasted: a bare code, a fragment or a whole link.

/// Whether `c` is one of the 64 characters of base64url, the only characters in a code.
pub fn is_code_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || c == '-' || c == '_'
}

/// The code part of a pasted link: the text after the last `#`, then after the last `=`
/// (so `…/#CODE`, `#CODE`, `…#r=CODE` and a bare `CODE` all work), without surrounding
/// whitespace or punctuation copied along with it (a sentence's final `.`, quotes, `<>`).
/// A code must therefore be the last thing in its link.
pub fn code_from_link(pasted: &str) -> &str {
    let after_hash = pasted.rsplit('#').next().unwrap_or(pasted);
    let after_eq = after_hash.rsplit('=').next().unwrap_or(after_hash);
    after_eq
        .trim_matches(|c: char| c.is_whitespace() || (c.is_ascii_punctuation() && !is_code_char(c)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_the_code_in_links_fragments_and_bare_codes() {
        let cases = [
            ("AbC-_9", "AbC-_9"),
            ("  AbC-_9\n", "AbC-_9"),
            ("https://example.org/skillcheck/#AbC-_9", "AbC-_9"),
            ("#AbC-_9", "AbC-_9"),
            ("https://example.org/#/result?r=AbC-_9", "AbC-_9"),
            ("See my result: <https://example.org/#AbC-_9>.", "AbC-_9"),
            ("\"https://example.org/#r=AbC-_9\"", "AbC-_9"),
            ("https://example.org/#", ""),
            ("(#AbC-_9),", "AbC-_9"),
            ("-AbC_", "-AbC_"),
            ("", ""),
        ];
        for (pasted, code) in cases {
            assert_eq!(code_from_link(pasted), code, "{pasted:?}");
        }
    }

    #[test]
    fn keeps_inner_junk_for_the_decoder_to_reject() {
        assert_eq!(
            code_from_link("https://example.org/page"),
            "https://example.org/page"
        );
        assert_eq!(code_from_link("Ab C"), "Ab C");
        assert_eq!(code_from_link(" ÄÖÜ "), "ÄÖÜ");
    }
}
