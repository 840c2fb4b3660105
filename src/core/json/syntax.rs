//! Where text stops being JSON, for the error messages: miniserde only says that it does.
//! A plain scan with an explicit stack (no recursion, so no nesting depth can overflow it).

use std::fmt;

/// The first place the text breaks JSON's grammar.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SyntaxError {
    /// What was expected there, in serde_json's words.
    pub message: &'static str,
    /// 1-based line, and the byte's column within it.
    pub line: usize,
    pub column: usize,
    /// The text ended early (a file cut off) rather than holding a wrong character.
    pub at_end: bool,
}

impl fmt::Display for SyntaxError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (message, line, column) = (self.message, self.line, self.column);
        write!(f, "{message} at line {line} column {column}")
    }
}

/// The first syntax error in `text`, or `None` when it is one well-formed JSON value.
pub fn syntax_error(text: &str) -> Option<SyntaxError> {
    Scanner {
        bytes: text.as_bytes(),
        at: 0,
    }
    .document()
    .err()
}

struct Scanner<'a> {
    bytes: &'a [u8],
    at: usize,
}

type Scan = Result<(), SyntaxError>;

impl Scanner<'_> {
    fn document(&mut self) -> Scan {
        // The open containers, innermost last: b'{' or b'['.
        let mut open: Vec<u8> = Vec::new();
        'value: loop {
            self.skip_space();
            match self.next() {
                None => return self.end("EOF while parsing a value"),
                Some(b'{') => {
                    self.skip_space();
                    if self.peek() == Some(b'}') {
                        self.at += 1;
                    } else {
                        open.push(b'{');
                        self.key()?;
                        continue 'value;
                    }
                }
                Some(b'[') => {
                    self.skip_space();
                    if self.peek() == Some(b']') {
                        self.at += 1;
                    } else {
                        open.push(b'[');
                        continue 'value;
                    }
                }
                Some(b'"') => self.string()?,
                Some(b't') => self.word(b"rue")?,
                Some(b'f') => self.word(b"alse")?,
                Some(b'n') => self.word(b"ull")?,
                Some(c @ (b'-' | b'0'..=b'9')) => self.number(c)?,
                Some(_) => return self.wrong("expected value"),
            }
            // A value is complete: close containers until one goes on with a comma.
            loop {
                self.skip_space();
                let Some(&container) = open.last() else {
                    return match self.peek() {
                        None => Ok(()),
                        Some(_) => {
                            self.at += 1;
                            self.wrong("trailing characters")
                        }
                    };
                };
                let (close, eof, expected) = if container == b'{' {
                    (b'}', "EOF while parsing an object", "expected `,` or `}`")
                } else {
                    (b']', "EOF while parsing a list", "expected `,` or `]`")
                };
                match self.next() {
                    None => return self.end(eof),
                    Some(b',') => {
                        self.skip_space();
                        if self.peek() == Some(close) {
                            self.at += 1;
                            return self.wrong("trailing comma");
                        }
                        if container == b'{' {
                            self.key()?;
                        }
                        continue 'value;
                    }
                    Some(c) if c == close => {
                        open.pop();
                    }
                    Some(_) => return self.wrong(expected),
                }
            }
        }
    }

    /// An object's key and its colon.
    fn key(&mut self) -> Scan {
        self.skip_space();
        match self.next() {
            None => return self.end("EOF while parsing an object"),
            Some(b'"') => self.string()?,
            Some(_) => return self.wrong("key must be a string"),
        }
        self.skip_space();
        match self.next() {
            None => self.end("EOF while parsing an object"),
            Some(b':') => Ok(()),
            Some(_) => self.wrong("expected `:`"),
        }
    }

    /// The rest of a string, after its opening quote.
    fn string(&mut self) -> Scan {
        loop {
            match self.next() {
                None => return self.end("EOF while parsing a string"),
                Some(b'"') => return Ok(()),
                Some(b'\\') => match self.next() {
                    None => return self.end("EOF while parsing a string"),
                    Some(b'"' | b'\\' | b'/' | b'b' | b'f' | b'n' | b'r' | b't') => {}
                    Some(b'u') => {
                        for _ in 0..4 {
                            match self.next() {
                                None => return self.end("EOF while parsing a string"),
                                Some(c) if c.is_ascii_hexdigit() => {}
                                Some(_) => return self.wrong("invalid escape"),
                            }
                        }
                    }
                    Some(_) => return self.wrong("invalid escape"),
                },
                Some(c) if c < 0x20 => {
                    return self
                        .wrong("control character (\\u0000-\\u001F) found while parsing a string")
                }
                Some(_) => {}
            }
        }
    }

    /// The rest of a number after its first byte: digits without a leading zero, then an
    /// optional fraction and exponent.
    fn number(&mut self, first: u8) -> Scan {
        let first = if first == b'-' {
            match self.next() {
                None => return self.end("EOF while parsing a value"),
                Some(c @ b'0'..=b'9') => c,
                Some(_) => return self.wrong("invalid number"),
            }
        } else {
            first
        };
        if first == b'0' {
            if let Some(b'0'..=b'9') = self.peek() {
                self.at += 1;
                return self.wrong("invalid number");
            }
        } else {
            self.digits();
        }
        if self.peek() == Some(b'.') {
            self.at += 1;
            self.digit()?;
            self.digits();
        }
        if let Some(b'e' | b'E') = self.peek() {
            self.at += 1;
            if let Some(b'+' | b'-') = self.peek() {
                self.at += 1;
            }
            self.digit()?;
            self.digits();
        }
        Ok(())
    }

    fn digit(&mut self) -> Scan {
        match self.next() {
            None => self.end("EOF while parsing a value"),
            Some(b'0'..=b'9') => Ok(()),
            Some(_) => self.wrong("invalid number"),
        }
    }

    fn digits(&mut self) {
        while let Some(b'0'..=b'9') = self.peek() {
            self.at += 1;
        }
    }

    fn word(&mut self, rest: &[u8]) -> Scan {
        for &expected in rest {
            match self.next() {
                None => return self.end("EOF while parsing a value"),
                Some(c) if c == expected => {}
                Some(_) => return self.wrong("expected ident"),
            }
        }
        Ok(())
    }

    fn skip_space(&mut self) {
        while let Some(b' ' | b'\n' | b'\r' | b'\t') = self.peek() {
            self.at += 1;
        }
    }

    fn peek(&self) -> Option<u8> {
        self.bytes.get(self.at).copied()
    }

    fn next(&mut self) -> Option<u8> {
        let c = self.peek()?;
        self.at += 1;
        Some(c)
    }

    /// An error at the byte just read.
    fn wrong(&self, message: &'static str) -> Scan {
        Err(self.error(message, false))
    }

    /// An error at the end of the text.
    fn end(&self, message: &'static str) -> Scan {
        Err(self.error(message, true))
    }

    fn error(&self, message: &'static str, at_end: bool) -> SyntaxError {
        let before = &self.bytes[..self.at];
        let line_start = before
            .iter()
            .rposition(|&c| c == b'\n')
            .map_or(0, |i| i + 1);
        SyntaxError {
            message,
            line: 1 + before.iter().filter(|&&c| c == b'\n').count(),
            column: self.at - line_start,
            at_end,
        }
    }
}
