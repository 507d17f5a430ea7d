//! Token recognisers, written with nom. Each takes the remaining input and returns
//! the rest and the recognised slice; the parser keeps byte offsets for locations.
use nom::branch::alt;
use nom::bytes::complete::{tag, take_while};
use nom::character::complete::{char, digit1, hex_digit1, one_of, satisfy};
use nom::combinator::{opt, recognize};
use nom::sequence::{pair, preceded, tuple};
use nom::IResult;

fn is_id_start(c: char) -> bool {
    c.is_ascii_alphabetic() || c == '_'
}
fn is_id_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || matches!(c, '_' | '$' | '.')
}
fn is_suffix_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || matches!(c, '_' | '$' | '.' | '-')
}

/// `bare-id ::= (letter|[_]) (letter|digit|[_$.])*`
pub fn bare_id(i: &str) -> IResult<&str, &str> {
    recognize(pair(satisfy(is_id_start), take_while(is_id_char)))(i)
}

/// `suffix-id ::= digit+ | (letter|[$._-]) (letter|digit|[$._-])*` (after `%`, `^`, `#`, `!`).
pub fn suffix_id(i: &str) -> IResult<&str, &str> {
    alt((
        digit1,
        recognize(pair(one_of_suffix_start, take_while(is_suffix_char))),
    ))(i)
}

fn one_of_suffix_start(i: &str) -> IResult<&str, char> {
    satisfy(|c| c.is_ascii_alphabetic() || matches!(c, '$' | '.' | '_' | '-'))(i)
}

/// `0x1F`, `-12`, `1.5`, `-2.0e-3`: the text of a numeric literal (sign included).
pub fn number(i: &str) -> IResult<&str, &str> {
    alt((
        recognize(tuple((opt(char('-')), tag("0x"), hex_digit1))),
        recognize(tuple((
            opt(one_of("+-")),
            digit1,
            opt(tuple((
                char('.'),
                take_while(|c: char| c.is_ascii_digit()),
                opt(exponent),
            ))),
        ))),
    ))(i)
}

fn exponent(i: &str) -> IResult<&str, &str> {
    recognize(tuple((one_of("eE"), opt(one_of("+-")), digit1)))(i)
}

/// Whitespace and `//` comments.
pub fn trivia(i: &str) -> &str {
    let mut rest = i;
    loop {
        let trimmed = rest.trim_start_matches([' ', '\t', '\n', '\r']);
        match preceded::<_, _, _, nom::error::Error<&str>, _, _>(
            tag("//"),
            take_while(|c| c != '\n'),
        )(trimmed)
        {
            Ok((after, _)) => rest = after,
            Err(_) => return trimmed,
        }
    }
}

/// The first token-ish run, for error messages.
pub fn token_preview(i: &str) -> &str {
    let end = i
        .char_indices()
        .find(|&(n, c)| n > 0 && (c.is_whitespace() || "(){}[]<>,:=".contains(c)))
        .map_or(i.len(), |(n, _)| n);
    let first = i.chars().next().map_or(0, char::len_utf8);
    &i[..end.max(first).min(i.len())]
}

/// `text` for an error message, with invisible characters (NUL and other controls, a
/// byte-order mark, zero-width and other format characters) written as escapes
/// (`\0`, `\u{feff}`), so a message never quotes something the reader cannot see.
pub fn visible(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        let escaped: String = c.escape_debug().collect();
        let invisible =
            c != ' ' && (c.is_control() || (escaped.len() > 1 && !matches!(c, '\'' | '"' | '\\')));
        if invisible {
            out.push_str(&escaped);
        } else {
            out.push(c);
        }
    }
    out
}

/// A note for an error at an invisible character a file should not hold.
pub fn invisible_hint(text: &str) -> &'static str {
    match text.chars().next() {
        Some('\u{feff}') => " (a UTF-8 byte-order mark; save the file without it)",
        Some('\0') => " (a NUL byte; is this a binary file?)",
        _ => "",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn invisible_characters_are_escaped() {
        assert_eq!(visible("\u{feff}func.func"), "\\u{feff}func.func");
        assert_eq!(visible("\0f32"), "\\0f32");
        assert_eq!(visible("a\u{200b}b\tc"), "a\\u{200b}b\\tc");
        // Visible text, quotes and non-ASCII letters stay as they are.
        assert_eq!(visible("'x' \"é\" \\"), "'x' \"é\" \\");
    }

    #[test]
    fn recognises_tokens() {
        assert_eq!(bare_id("func.func @x"), Ok((" @x", "func.func")));
        assert_eq!(suffix_id("arg0: f32"), Ok((": f32", "arg0")));
        assert_eq!(suffix_id("12#1"), Ok(("#1", "12")));
        assert_eq!(number("-1.5e-3 :"), Ok((" :", "-1.5e-3")));
        assert_eq!(number("0x7FC00000"), Ok(("", "0x7FC00000")));
        assert_eq!(number("42x"), Ok(("x", "42")));
        assert_eq!(trivia("  // c\n  // d\n x"), "x");
    }
}
