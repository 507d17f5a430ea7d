//! Pass options: `key=value` pairs checked against a pass's declared options.
use crate::PassDef;
use std::collections::BTreeMap;
use std::str::FromStr;

/// Why a pass could not be built from its options: the message, and the option it is
/// about (so a pipeline error can point at that option's column).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OptionError {
    pub option: Option<&'static str>,
    pub message: String,
}

impl From<String> for OptionError {
    fn from(message: String) -> Self {
        OptionError {
            option: None,
            message,
        }
    }
}

impl From<&str> for OptionError {
    fn from(message: &str) -> Self {
        message.to_string().into()
    }
}

impl std::fmt::Display for OptionError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message)
    }
}

/// The options of one pass instance: every declared option, with its given value or
/// its default.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PassOptions {
    pass: &'static str,
    values: BTreeMap<&'static str, String>,
    /// The options given explicitly (not defaulted).
    given: std::collections::BTreeSet<&'static str>,
    /// Where each given option's name starts in the option text (in characters).
    offsets: BTreeMap<&'static str, usize>,
}

impl PassOptions {
    /// The defaults of `def`.
    pub fn defaults(def: &'static PassDef) -> Self {
        let values = def
            .options
            .iter()
            .map(|o| (o.name, o.default.to_string()))
            .collect();
        PassOptions {
            pass: def.name,
            values,
            given: Default::default(),
            offsets: Default::default(),
        }
    }

    /// The defaults of `def` overridden by `pairs`. An unknown name is an error that
    /// names the pass and lists its valid options.
    pub fn from_pairs<'a>(
        def: &'static PassDef,
        pairs: impl IntoIterator<Item = (&'a str, &'a str)>,
    ) -> Result<Self, String> {
        let mut options = Self::defaults(def);
        for (key, value) in pairs {
            let Some(o) = def.option(key) else {
                return Err(unknown_option(def, key));
            };
            if !options.given.insert(o.name) {
                return Err(format!(
                    "option '{}' of pass '{}' is given twice",
                    o.name, def.name
                ));
            }
            options.values.insert(o.name, value.to_string());
        }
        Ok(options)
    }

    /// Parses an option string as written in a pipeline (`{a=1 b=2}` without the
    /// braces) or after a pass flag (`--inline="max-iterations=2"`): `key=value` items
    /// separated by spaces (commas are accepted too). A bare `key` means `key=true`.
    /// Values may be quoted with `"` or `'`, or braced with `{...}`.
    pub fn parse(def: &'static PassDef, text: &str) -> Result<Self, String> {
        let pairs = split_option_text(text)?;
        let mut options =
            Self::from_pairs(def, pairs.iter().map(|(k, v, _)| (k.as_str(), v.as_str())))?;
        for (key, _, offset) in &pairs {
            if let Some(o) = def.option(key) {
                options.offsets.insert(o.name, *offset);
            }
        }
        Ok(options)
    }

    /// Where option `name` starts in the text it was parsed from (in characters), if given.
    pub fn offset_of(&self, name: &str) -> Option<usize> {
        self.offsets.get(name).copied()
    }

    /// The error for a bad value of option `name`: the option, the value and why.
    pub fn invalid(&self, name: &str, why: impl std::fmt::Display) -> OptionError {
        let option = self.values.get_key_value(name).map(|(k, _)| *k);
        let raw = self.values.get(name).map_or("", String::as_str);
        OptionError {
            option,
            message: format!(
                "invalid value '{raw}' for option '{name}' of pass '{}': {why}",
                self.pass
            ),
        }
    }

    /// The pass these options belong to.
    pub fn pass_name(&self) -> &'static str {
        self.pass
    }

    /// Whether the option was given explicitly (an empty value counts as given).
    pub fn is_given(&self, name: &str) -> bool {
        self.given.contains(name)
    }

    /// The raw value of an option (given or default).
    pub fn get_str(&self, name: &str) -> Result<&str, OptionError> {
        self.values
            .get(name)
            .map(String::as_str)
            .ok_or_else(|| format!("pass '{}' has no option '{name}'", self.pass).into())
    }

    /// An option parsed as any `FromStr` type; a bad value is an error naming the
    /// option, its value and `expected` (what a value looks like).
    pub fn get<T: FromStr>(&self, name: &str, expected: &str) -> Result<T, OptionError> {
        let raw = self.get_str(name)?;
        raw.trim()
            .parse::<T>()
            .map_err(|_| self.invalid(name, format!("expected {expected}")))
    }

    pub fn get_usize(&self, name: &str) -> Result<usize, OptionError> {
        self.get::<usize>(name, "a non-negative integer")
    }
    pub fn get_i64(&self, name: &str) -> Result<i64, OptionError> {
        self.get::<i64>(name, "an integer")
    }
    /// `true`/`false`/`1`/`0`.
    pub fn get_bool(&self, name: &str) -> Result<bool, OptionError> {
        match self.get_str(name)?.trim() {
            "true" | "1" => Ok(true),
            "false" | "0" => Ok(false),
            _ => Err(self.invalid(name, "expected true or false")),
        }
    }

    /// `key=value` pairs in name order, as a pipeline would print them.
    pub fn iter(&self) -> impl Iterator<Item = (&'static str, &str)> {
        self.values.iter().map(|(k, v)| (*k, v.as_str()))
    }
}

pub(crate) fn unknown_option(def: &PassDef, key: &str) -> String {
    let valid: Vec<&str> = def.options.iter().map(|o| o.name).collect();
    if valid.is_empty() {
        format!(
            "pass '{}' has no option '{key}'; it takes no options",
            def.name
        )
    } else {
        format!(
            "pass '{}' has no option '{key}'; valid options: {}",
            def.name,
            valid.join(", ")
        )
    }
}

/// Splits `a=1 b="x y" c` into `(key, value, offset of the key in characters)`.
fn split_option_text(text: &str) -> Result<Vec<(String, String, usize)>, String> {
    let chars: Vec<char> = text.chars().collect();
    let mut pairs = Vec::new();
    let mut i = 0;
    let is_sep = |c: char| c.is_whitespace() || c == ',';
    while i < chars.len() {
        if is_sep(chars[i]) {
            i += 1;
            continue;
        }
        let start = i;
        while i < chars.len() && !is_sep(chars[i]) && chars[i] != '=' {
            i += 1;
        }
        let key: String = chars[start..i].iter().collect();
        if key.is_empty() {
            return Err(format!("expected an option name before '=' in '{text}'"));
        }
        if i < chars.len() && chars[i] == '=' {
            i += 1;
            let value = match chars.get(i) {
                Some(&q @ ('"' | '\'')) => {
                    let close = chars[i + 1..]
                        .iter()
                        .position(|&c| c == q)
                        .ok_or_else(|| format!("unterminated quoted value for option '{key}'"))?;
                    let v: String = chars[i + 1..i + 1 + close].iter().collect();
                    i += close + 2;
                    v
                }
                Some('{') => {
                    let mut depth = 0;
                    let vstart = i;
                    loop {
                        match chars.get(i) {
                            None => {
                                return Err(format!(
                                    "unterminated '{{' in the value of option '{key}'"
                                ))
                            }
                            Some('{') => depth += 1,
                            Some('}') => {
                                depth -= 1;
                                if depth == 0 {
                                    i += 1;
                                    break;
                                }
                            }
                            _ => {}
                        }
                        i += 1;
                    }
                    chars[vstart + 1..i - 1].iter().collect()
                }
                _ => {
                    let vstart = i;
                    while i < chars.len() && !is_sep(chars[i]) {
                        i += 1;
                    }
                    chars[vstart..i].iter().collect()
                }
            };
            pairs.push((key, value, start));
        } else {
            pairs.push((key, "true".to_string(), start));
        }
    }
    Ok(pairs)
}

#[cfg(test)]
mod tests {
    use super::split_option_text;

    #[test]
    fn splits_pairs() {
        let p = split_option_text(" a=1  b=\"x y\",c d={e=1 f=2}").unwrap();
        let p: Vec<(&str, &str, usize)> = p
            .iter()
            .map(|(k, v, o)| (k.as_str(), v.as_str(), *o))
            .collect();
        assert_eq!(
            p,
            vec![
                ("a", "1", 1),
                ("b", "x y", 6),
                ("c", "true", 14),
                ("d", "e=1 f=2", 16)
            ]
        );
    }

    #[test]
    fn unterminated_quote() {
        assert!(split_option_text("a=\"x")
            .unwrap_err()
            .contains("unterminated"));
    }
}
