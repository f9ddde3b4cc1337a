//! The page state that lives in the query string (CONTRACT §5): the answers and the settings
//! (`embed`, `theme`, `accent`, `compare`), parsed from `location.search` and printed back.
//!
//! Pure Rust with no web dependency, so it is tested natively; the browser code only reads
//! `location.search`, calls [`parse()`], and writes [`print()`]'s result with `history.replaceState`.
//!
//! Two promises shape this module:
//!
//! - **No input crashes the page.** Links are hand-edited, truncated by chat apps and mangled by
//!   mail clients, so [`parse()`] accepts any string: it decodes bytes, splits only at ASCII
//!   separators (`&`, `=`, `,`), never at a computed position, and turns everything it cannot use
//!   into "ignored" rather than an error.
//!   What it ignores for a known key is reported in [`Parsed::invalid`] so the page can show one
//!   polite notice; unknown keys are ignored silently (other tools add their own, e.g. `utm_*`).
//! - **One state, one URL.** [`print()`] writes a canonical query (fixed key order, defaults left
//!   out), and `parse(&print(&s)).state == s` for every valid state, so the address bar is always
//!   a shareable link that restores exactly what the reader sees.

use crate::questions::{Answers, Question};

/// The colour scheme. `auto` follows the reader's system preference.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Theme {
    #[default]
    Auto,
    Light,
    Dark,
}

impl Theme {
    pub const ALL: [Theme; 3] = [Theme::Auto, Theme::Light, Theme::Dark];

    /// The public id: the `theme=` URL value and the `set-theme` message value (CONTRACT §5, §7).
    pub fn id(self) -> &'static str {
        match self {
            Theme::Auto => "auto",
            Theme::Light => "light",
            Theme::Dark => "dark",
        }
    }

    /// The theme with this id. Case-sensitive, like every contract id.
    pub fn from_id(id: &str) -> Option<Theme> {
        Theme::ALL.into_iter().find(|t| t.id() == id)
    }
}

/// An accent colour chosen by a host page: red, green and blue bytes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Accent(pub [u8; 3]);

const HEX_DIGITS: &[u8; 16] = b"0123456789abcdef";

/// The value of one ASCII hex digit, either case.
fn hex_value(b: u8) -> Option<u8> {
    match b {
        b'0'..=b'9' => Some(b - b'0'),
        b'a'..=b'f' => Some(b - b'a' + 10),
        b'A'..=b'F' => Some(b - b'A' + 10),
        _ => None,
    }
}

impl Accent {
    /// From exactly six hex digits, either case, without `#` (`#` would need escaping in a URL,
    /// and the contract's form is `accent=RRGGBB`). Anything else is `None`.
    pub fn from_hex(s: &str) -> Option<Accent> {
        // Checking bytes (not chars) means a multi-byte character can never pass the length test
        // and then be sliced through.
        let b = s.as_bytes();
        if b.len() != 6 {
            return None;
        }
        let byte = |i: usize| Some(hex_value(b[i])? << 4 | hex_value(b[i + 1])?);
        Some(Accent([byte(0)?, byte(2)?, byte(4)?]))
    }

    /// Six lower-case hex digits, the canonical URL value.
    pub fn hex(&self) -> String {
        let mut s = String::with_capacity(6);
        for b in self.0 {
            // Table lookup rather than `format!`: keeps integer formatting out of the wasm.
            s.push(HEX_DIGITS[usize::from(b >> 4)] as char);
            s.push(HEX_DIGITS[usize::from(b & 0xf)] as char);
        }
        s
    }

    /// The CSS colour, `#rrggbb`. Always exactly that shape, so it is safe to put in a style.
    pub fn css(&self) -> String {
        let mut s = String::with_capacity(7);
        s.push('#');
        s.push_str(&self.hex());
        s
    }
}

/// Everything the URL holds. `UrlState::default()` is the plain page: no answers, not embedded,
/// automatic theme, no accent, nothing compared; it prints as the empty string.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct UrlState {
    /// The answers; [`Answers`] keeps its invariant (a question not asked has no answer).
    pub answers: Answers,
    /// `embed=1`: no page chrome, height messages to the parent.
    pub embed: bool,
    pub theme: Theme,
    pub accent: Option<Accent>,
    /// Up to [`MAX_COMPARE`] distinct ids of models in the catalog, in the order given.
    pub compare: Vec<String>,
    /// `model=ID`: the model whose details are open and brought into view (a link to one model's
    /// facts). The id of a model in the catalog.
    pub model: Option<String>,
    /// `q=TEXT`: the find box's text, plain text of at most [`MAX_FIND`] characters; empty when
    /// the find box is empty.
    pub find: String,
}

/// The longest find text a link may carry, in characters: a name, vendor or licence is far
/// shorter, and a bound keeps a hostile link from costing anything.
pub const MAX_FIND: usize = 100;

/// The most models `compare=` may name (CONTRACT §5).
pub const MAX_COMPARE: usize = 3;

/// The result of [`parse()`]: the state, and which known keys had a value that was ignored.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Parsed {
    pub state: UrlState,
    /// Known keys whose value was ignored, each once, in contract order: the question ids in
    /// [`Question::ALL`] order, then `embed`, `theme`, `accent`, `compare`. Empty when every known
    /// key was usable. The page names these in its notice (as text, never as markup).
    pub invalid: Vec<&'static str>,
}

/// The setting keys, in the order they are printed and reported (after the questions).
const SETTINGS: [&str; 6] = ["embed", "theme", "accent", "compare", "model", "q"];

/// How many known keys there are: one per question, then the settings.
const KEY_COUNT: usize = Question::ALL.len() + SETTINGS.len();

/// A known URL key.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Key {
    Question(Question),
    Embed,
    Theme,
    Accent,
    Compare,
    Model,
    Find,
}

impl Key {
    /// Every key in contract order: the order of [`Parsed::invalid`] and of [`print()`].
    fn all() -> [Key; KEY_COUNT] {
        let q = Question::ALL;
        [
            Key::Question(q[0]),
            Key::Question(q[1]),
            Key::Question(q[2]),
            Key::Question(q[3]),
            Key::Question(q[4]),
            Key::Question(q[5]),
            Key::Question(q[6]),
            Key::Question(q[7]),
            Key::Embed,
            Key::Theme,
            Key::Accent,
            Key::Compare,
            Key::Model,
            Key::Find,
        ]
    }

    fn id(self) -> &'static str {
        match self {
            Key::Question(q) => q.id(),
            Key::Embed => SETTINGS[0],
            Key::Theme => SETTINGS[1],
            Key::Accent => SETTINGS[2],
            Key::Compare => SETTINGS[3],
            Key::Model => SETTINGS[4],
            Key::Find => SETTINGS[5],
        }
    }

    /// Its position in contract order.
    fn index(self) -> usize {
        match self {
            Key::Question(q) => q.index(),
            Key::Embed => Question::ALL.len(),
            Key::Theme => Question::ALL.len() + 1,
            Key::Accent => Question::ALL.len() + 2,
            Key::Compare => Question::ALL.len() + 3,
            Key::Model => Question::ALL.len() + 4,
            Key::Find => Question::ALL.len() + 5,
        }
    }

    /// The key with this (decoded) name. Case-sensitive: `Deploy` is not `deploy`, because ids
    /// are lower-case and a second spelling would give one state two URLs.
    fn from_id(id: &str) -> Option<Key> {
        Key::all().into_iter().find(|k| k.id() == id)
    }
}

/// Decodes one key or value of a query: `+` is a space, `%XX` (hex digits, either case) is the
/// byte XX. `None` when an escape is malformed (a lone `%`, `%4`, `%zz`) or the bytes are not
/// UTF-8: every known value is ASCII, so such a value could never be valid anyway.
fn decode(s: &str) -> Option<String> {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'+' => {
                out.push(b' ');
                i += 1;
            }
            b'%' => {
                // `get` rather than indexing: the escape may be cut short by the end of input.
                let hi = bytes.get(i + 1).copied().and_then(hex_value)?;
                let lo = bytes.get(i + 2).copied().and_then(hex_value)?;
                out.push(hi << 4 | lo);
                i += 3;
            }
            b => {
                out.push(b);
                i += 1;
            }
        }
    }
    String::from_utf8(out).ok()
}

/// Whether a byte may appear as itself in a printed value: ASCII letters and digits and the
/// other unreserved characters of RFC 3986 (`-`, `.`, `_`, `~`), which need no escaping anywhere
/// in a URL and mean nothing in HTML. A link to `q=Qwen+3` stays readable.
fn is_plain(b: u8) -> bool {
    b.is_ascii_alphanumeric() || matches!(b, b'.' | b'-' | b'_' | b'~')
}

/// Appends `s` encoded for a query value: unreserved bytes as themselves, a space as `+` (what
/// browsers write for form text, and what [`parse`] reads back), every other byte as `%XX`. So
/// `print` stays safe (no `&`, `=`, `#`, `<` or raw `+` can leak into the URL) whatever a state
/// holds, and readable for the text a reader types.
fn encode_into(out: &mut String, s: &str) {
    for b in s.bytes() {
        if is_plain(b) {
            out.push(char::from(b));
        } else if b == b' ' {
            out.push('+');
        } else {
            out.push('%');
            out.push(char::from(
                HEX_DIGITS[usize::from(b >> 4)].to_ascii_uppercase(),
            ));
            out.push(char::from(
                HEX_DIGITS[usize::from(b & 0xf)].to_ascii_uppercase(),
            ));
        }
    }
}

/// The `compare=` value as model ids: 1 to [`MAX_COMPARE`] ids separated by `,`, each known and
/// none repeated. `None` when any part is wrong: a partly applied comparison would show something
/// the link's author did not ask for, so the whole value is ignored and reported instead.
fn parse_compare(value: &str, known_model: &impl Fn(&str) -> bool) -> Option<Vec<String>> {
    let mut ids: Vec<String> = Vec::new();
    // The value is decoded before it is split, so `a%2Cb` (as `URLSearchParams` would write
    // `a,b`) names two models too. Model ids never contain `,`, so nothing is lost.
    for id in value.split(',') {
        // Stop at the fourth id rather than collecting them all: a value of a million commas
        // costs no more than one of four.
        if ids.len() == MAX_COMPARE || id.is_empty() || ids.iter().any(|x| x == id) {
            return None;
        }
        if !known_model(id) {
            return None;
        }
        ids.push(id.to_owned());
    }
    // `split` yields at least one part and the caller rejects an empty value, so `ids` is not
    // empty here; the check keeps that true even if the caller changes.
    (!ids.is_empty()).then_some(ids)
}

/// Parses `location.search` (with or without its leading `?`; empty is fine) into the page state.
///
/// `known_model` says whether a model id exists in the catalog (for `compare`); in the page it is
/// `|id| dataset::catalogue().model(id).is_some()`.
///
/// Rules (CONTRACT §5):
/// - Pairs are split on `&`, each on its first `=` (so `=` may appear in a value, which then is
///   invalid, as no valid value contains one); empty pairs are skipped. Keys and values are
///   percent-decoded, `+` meaning space.
/// - Unknown keys, including those whose name does not decode, are ignored silently.
/// - A known key whose value is empty, does not decode, or is not one of its values is ignored and
///   named once in [`Parsed::invalid`]. When a key is repeated, the last valid value wins, and an
///   invalid occurrence still names the key (the link holds something the page did not use).
/// - Answers are applied in [`Question::ALL`] order, whatever their order in the query, so
///   `hardware=gpu&deploy=self` means the same as `deploy=self&hardware=gpu`.
pub fn parse(query: &str, known_model: impl Fn(&str) -> bool) -> Parsed {
    let query = query.strip_prefix('?').unwrap_or(query);
    let mut state = UrlState::default();
    // The answers are collected first and applied afterwards in question order, because whether
    // `hardware` is asked depends on `deploy`, which may come later in the query.
    let mut answers: [Option<&'static str>; Question::ALL.len()] = [None; Question::ALL.len()];
    let mut invalid = [false; KEY_COUNT];

    for pair in query.split('&') {
        if pair.is_empty() {
            continue;
        }
        let (raw_key, raw_value) = pair.split_once('=').unwrap_or((pair, ""));
        let Some(key) = decode(raw_key).as_deref().and_then(Key::from_id) else {
            continue;
        };
        let value = decode(raw_value).unwrap_or_default();
        // Each arm stores the value and says `true` when it is one of the key's values; an
        // empty value is never one (CONTRACT §5: `embed=` is as wrong as `embed=yes`).
        let used = match key {
            _ if value.is_empty() => false,
            Key::Question(q) => match q.choice(&value) {
                Some(c) => {
                    answers[q.index()] = Some(c.id);
                    true
                }
                None => false,
            },
            Key::Embed => match value.as_str() {
                "1" => {
                    state.embed = true;
                    true
                }
                "0" => {
                    state.embed = false;
                    true
                }
                _ => false,
            },
            Key::Theme => match Theme::from_id(&value) {
                Some(theme) => {
                    state.theme = theme;
                    true
                }
                None => false,
            },
            Key::Accent => match Accent::from_hex(&value) {
                Some(accent) => {
                    state.accent = Some(accent);
                    true
                }
                None => false,
            },
            Key::Compare => match parse_compare(&value, &known_model) {
                Some(ids) => {
                    state.compare = ids;
                    true
                }
                None => false,
            },
            Key::Model => {
                let known = known_model(&value);
                if known {
                    state.model = Some(value);
                }
                known
            }
            // Any text, kept as text: the page only ever puts it in an input's value and
            // compares it with names, never renders it as markup. Control characters could
            // only be a mangled link, and a bound keeps the work per keystroke small.
            Key::Find => {
                let usable =
                    value.chars().count() <= MAX_FIND && !value.chars().any(char::is_control);
                if usable {
                    state.find = value;
                }
                usable
            }
        };
        if !used {
            invalid[key.index()] = true;
        }
    }

    for q in Question::ALL {
        if let Some(id) = answers[q.index()] {
            // `set` refuses an answer to a question that is not asked: `hardware` while
            // `deploy=api`. That answer is dropped *silently*, not reported as invalid: the value
            // itself is fine, it just no longer applies (a reader who answered `gpu` and then
            // switched to a hosted API shares a link that may still carry it, e.g. from an older
            // version of the page), and a notice would blame the reader for nothing. Dropping it
            // keeps the invariant, so the state still has one canonical URL.
            state.answers.set(q, id);
        }
    }

    Parsed {
        state,
        invalid: Key::all()
            .into_iter()
            .filter(|k| invalid[k.index()])
            .map(Key::id)
            .collect(),
    }
}

/// The canonical query string for a state, with its leading `?`; the empty string for the default
/// state (so the page's address is then its plain URL).
///
/// Keys come in contract order: the answers in [`Question::ALL`] order (`unsure` included: it is
/// an explicit answer, and the reader's progress depends on it), then `embed=1` when embedded,
/// `theme` unless `auto`, `accent` (lower-case hex) when set, `compare` when not empty. Defaults
/// are left out so that each state has exactly one URL.
pub fn print(state: &UrlState) -> String {
    let mut out = String::new();
    // Starts one `key=` with the right separator; the caller appends the encoded value.
    fn start<'a>(out: &'a mut String, key: &str) -> &'a mut String {
        out.push(if out.is_empty() { '?' } else { '&' });
        out.push_str(key);
        out.push('=');
        out
    }
    for q in Question::ALL {
        if let Some(id) = state.answers.chosen(q) {
            encode_into(start(&mut out, q.id()), id);
        }
    }
    if state.embed {
        start(&mut out, Key::Embed.id()).push('1');
    }
    if state.theme != Theme::Auto {
        encode_into(start(&mut out, Key::Theme.id()), state.theme.id());
    }
    if let Some(accent) = state.accent {
        encode_into(start(&mut out, Key::Accent.id()), &accent.hex());
    }
    if !state.compare.is_empty() {
        let out = start(&mut out, Key::Compare.id());
        for (i, id) in state.compare.iter().enumerate() {
            if i > 0 {
                // The separator is written as itself; each id is encoded on its own.
                out.push(',');
            }
            encode_into(out, id);
        }
    }
    if let Some(id) = &state.model {
        encode_into(start(&mut out, Key::Model.id()), id);
    }
    if !state.find.is_empty() {
        encode_into(start(&mut out, Key::Find.id()), &state.find);
    }
    out
}

#[cfg(test)]
mod tests;
