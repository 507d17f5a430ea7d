//! Pass options: `key=value` pairs checked against a pass's declared options.
use crate::PassDef;
use std::collections::BTreeMap;
use std::str::FromStr;

/// The options of one pass instance: every declared option, with its given value or
/// its default.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PassOptions {
    pass: &'static str,
    values: BTreeMap<&'static str, String>,
    /// The options given explicitly (not defaulted).
    given: std::collections::BTreeSet<&'static str>,
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
        Self::from_pairs(def, pairs.iter().map(|(k, v)| (k.as_str(), v.as_str())))
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
    pub fn get_str(&self, name: &str) -> Result<&str, String> {
        self.values
            .get(name)
            .map(String::as_str)
            .ok_or_else(|| format!("pass '{}' has no option '{name}'", self.pass))
    }

    /// An option parsed as any `FromStr` type; a bad value is an error naming the option.
    pub fn get<T: FromStr>(&self, name: &str) -> Result<T, String> {
        let raw = self.get_str(name)?;
        raw.trim().parse::<T>().map_err(|_| {
            format!(
                "invalid value '{raw}' for option '{name}' of pass '{}': expected {}",
                self.pass,
                std::any::type_name::<T>()
            )
        })
    }

    pub fn get_usize(&self, name: &str) -> Result<usize, String> {
        self.get::<usize>(name)
    }
    pub fn get_i64(&self, name: &str) -> Result<i64, String> {
        self.get::<i64>(name)
    }
    /// `true`/`false`/`1`/`0`.
    pub fn get_bool(&self, name: &str) -> Result<bool, String> {
        match self.get_str(name)?.trim() {
            "true" | "1" => Ok(true),
            "false" | "0" => Ok(false),
            raw => Err(format!(
                "invalid value '{raw}' for option '{name}' of pass '{}': expected true or false",
                self.pass
            )),
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

/// Splits `a=1 b="x y" c` into pairs.
fn split_option_text(text: &str) -> Result<Vec<(String, String)>, String> {
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
            pairs.push((key, value));
        } else {
            pairs.push((key, "true".to_string()));
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
        let p: Vec<(&str, &str)> = p.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
        assert_eq!(
            p,
            vec![("a", "1"), ("b", "x y"), ("c", "true"), ("d", "e=1 f=2")]
        );
    }

    #[test]
    fn unterminated_quote() {
        assert!(split_option_text("a=\"x")
            .unwrap_err()
            .contains("unterminated"));
    }
}
