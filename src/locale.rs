//! The language of what the engine says to people: diagnostics, CLI help, summaries and
//! errors. Swedish by default (the language of the indicator files, the guide and the
//! workbook), English with `--lang en` or `OJ_LANG=en`.
//!
//! The messages live in Fluent files, `locales/sv/*.ftl` and `locales/en/*.ftl`, compiled
//! into the binary; code names a message by its id ([`t!`](crate::t)) and never holds the
//! text. tests/locale.rs keeps the two languages in step and every id the code names
//! defined in both.
//!
//! The language is per thread, started from the process default, so that the language
//! server and the tests can speak one language on one thread without a global switch.

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use std::borrow::Cow;
use std::cell::Cell;
use std::sync::atomic::{AtomicU8, Ordering};
use std::sync::LazyLock;

// `SV` and `EN`: (file name, text) of every locales/<lang>/*.ftl (build.rs).
include!(concat!(env!("OUT_DIR"), "/locales.rs"));

type Bundle = FluentBundle<FluentResource>;

/// The messages of one language, parsed the first time that language is spoken: a run
/// parses only its own language.
fn bundle(lang: Lang) -> &'static Bundle {
    static SV_BUNDLE: LazyLock<Bundle> = LazyLock::new(|| load(Lang::Sv, SV));
    static EN_BUNDLE: LazyLock<Bundle> = LazyLock::new(|| load(Lang::En, EN));
    match lang {
        Lang::Sv => &SV_BUNDLE,
        Lang::En => &EN_BUNDLE,
    }
}

/// A language's files in one bundle. A file that does not parse, or an id defined twice,
/// is a defect of the program that tests/locale.rs reports with its place; here it ends
/// the run, naming the file.
fn load(lang: Lang, files: &[(&str, &str)]) -> Bundle {
    let id: unic_langid::LanguageIdentifier = lang.tag().parse().expect("a language tag");
    let mut bundle = FluentBundle::new_concurrent(vec![id]);
    // No Unicode isolation marks around arguments: the messages go to terminals, CSV
    // files and snapshot tests, where the invisible marks are noise.
    bundle.set_use_isolating(false);
    for (name, text) in files {
        let resource = FluentResource::try_new(text.to_string())
            .unwrap_or_else(|(_, e)| panic!("locales/{}/{name}: {e:?}", lang.tag()));
        bundle
            .add_resource(resource)
            .unwrap_or_else(|e| panic!("locales/{}/{name}: {e:?}", lang.tag()));
    }
    bundle
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Lang {
    Sv,
    En,
}

impl Lang {
    pub const ALL: [Lang; 2] = [Lang::Sv, Lang::En];

    /// `sv`, `en`, and the forms a locale takes in an environment (`sv_SE.UTF-8`,
    /// `en-GB`); `None` for any other language.
    pub fn parse(tag: &str) -> Option<Lang> {
        let primary = tag
            .split(['-', '_', '.'])
            .next()
            .unwrap_or("")
            .to_ascii_lowercase();
        match primary.as_str() {
            "sv" => Some(Lang::Sv),
            "en" => Some(Lang::En),
            _ => None,
        }
    }

    pub fn tag(self) -> &'static str {
        match self {
            Lang::Sv => "sv",
            Lang::En => "en",
        }
    }
}

/// The process default: 0 Swedish, 1 English. Swedish until the CLI sets it from `--lang`
/// or `OJ_LANG` ([`from_env`]); the library itself never reads the environment, so that
/// what a test or an embedding program gets does not depend on the shell it runs in.
static DEFAULT: AtomicU8 = AtomicU8::new(0);

thread_local! {
    static CURRENT: Cell<Option<Lang>> = const { Cell::new(None) };
}

fn from_u8(v: u8) -> Lang {
    if v == 1 {
        Lang::En
    } else {
        Lang::Sv
    }
}

/// The language of this thread: the one [`set_thread`] chose, else the process default.
pub fn current() -> Lang {
    CURRENT
        .with(|c| c.get())
        .unwrap_or_else(|| from_u8(DEFAULT.load(Ordering::Relaxed)))
}

/// The language `OJ_LANG` names, if it is set and names one we speak.
pub fn from_env() -> Option<Lang> {
    std::env::var("OJ_LANG").ok().and_then(|v| Lang::parse(&v))
}

/// The process default, for every thread that has not chosen its own (the CLI sets it
/// once from `--lang` or `OJ_LANG`).
pub fn set_default(lang: Lang) {
    DEFAULT.store(lang as u8, Ordering::Relaxed);
}

/// The language of this thread only.
pub fn set_thread(lang: Lang) {
    CURRENT.with(|c| c.set(Some(lang)));
}

/// Runs `f` speaking `lang` on this thread, then restores the thread's language (also
/// when `f` panics).
pub fn with<T>(lang: Lang, f: impl FnOnce() -> T) -> T {
    struct Restore(Option<Lang>);
    impl Drop for Restore {
        fn drop(&mut self) {
            CURRENT.with(|c| c.set(self.0));
        }
    }
    let _restore = Restore(CURRENT.with(|c| c.replace(Some(lang))));
    f()
}

/// An argument of a message. Text and whole numbers; a number passed as a number lets the
/// message choose a plural (`{ $n -> [one] … *[other] … }`).
pub enum Arg {
    Text(String),
    Count(i64),
}

impl From<String> for Arg {
    fn from(s: String) -> Arg {
        Arg::Text(s)
    }
}
impl From<&String> for Arg {
    fn from(s: &String) -> Arg {
        Arg::Text(s.clone())
    }
}
impl From<&str> for Arg {
    fn from(s: &str) -> Arg {
        Arg::Text(s.to_string())
    }
}
impl From<&&str> for Arg {
    fn from(s: &&str) -> Arg {
        Arg::Text(s.to_string())
    }
}
impl From<char> for Arg {
    fn from(c: char) -> Arg {
        Arg::Text(c.to_string())
    }
}
macro_rules! count_arg {
    ($($t:ty),*) => {$(
        impl From<$t> for Arg {
            fn from(n: $t) -> Arg {
                Arg::Count(n as i64)
            }
        }
        impl From<&$t> for Arg {
            fn from(n: &$t) -> Arg {
                Arg::Count(*n as i64)
            }
        }
    )*};
}
count_arg!(i32, i64, u32, u64, usize, u16, u8);

/// The message `id` in the language of this thread, with its arguments. An id that is not
/// defined is a defect of the program (tests/locale.rs finds it); it shows as the id itself
/// rather than ending the run.
pub fn message(id: &str, args: &[(&'static str, Arg)]) -> String {
    message_in(current(), id, args)
}

pub fn message_in(lang: Lang, id: &str, args: &[(&'static str, Arg)]) -> String {
    let other = match lang {
        Lang::Sv => Lang::En,
        Lang::En => Lang::Sv,
    };
    try_message_in(lang, id, args)
        .or_else(|_| try_message_in(other, id, args))
        .unwrap_or_else(|_| id.to_string())
}

/// The message `id` in `lang` only, or why it cannot be formatted there (not defined, an
/// argument missing): for tests/locale.rs, which requires every message of both
/// languages to format.
pub fn try_message_in(
    lang: Lang,
    id: &str,
    args: &[(&'static str, Arg)],
) -> Result<String, String> {
    let bundle = bundle(lang);
    let pattern = bundle
        .get_message(id)
        .and_then(|m| m.value())
        .ok_or_else(|| format!("no message `{id}` in locales/{}", lang.tag()))?;
    let mut fluent = FluentArgs::new();
    for (k, v) in args {
        let value = match v {
            // Text is passed through as it is: Fluent would otherwise read digits in it
            // as a number and format it.
            Arg::Text(s) => FluentValue::String(Cow::Owned(s.clone())),
            Arg::Count(n) => FluentValue::from(*n),
        };
        fluent.set(*k, value);
    }
    let mut errors = vec![];
    let text = bundle.format_pattern(pattern, Some(&fluent), &mut errors);
    if errors.is_empty() {
        Ok(text.into_owned())
    } else {
        Err(format!("`{id}` in locales/{}: {errors:?}", lang.tag()))
    }
}

/// `t!("id")`, `t!("id", name = value, count = n)`: the message in the thread's language.
#[macro_export]
macro_rules! t {
    ($id:literal $(,)?) => {
        $crate::locale::message($id, &[])
    };
    ($id:literal, $($name:ident = $value:expr),+ $(,)?) => {
        $crate::locale::message($id, &[$((stringify!($name), $crate::locale::Arg::from($value))),+])
    };
}
