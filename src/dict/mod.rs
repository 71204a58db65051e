//! Dictionary files: the built-in ones embedded in the binary, and users' folders on top.
//!
//! Every dictionary is a plain-text table under `dictionaries/` (see `dictionaries/README.md`).
//! The built-in copy is compiled in with `include_str!`, so the binary needs no data files; a
//! user folder given with `--dict DIR` (or `dictionaries = [...]` in `mtnorm.toml`) may hold files
//! with the same relative paths, whose rows are read after the built-in ones and win.

pub mod tsv;

use crate::error::{Error, Result};
use std::borrow::Cow;
use std::path::{Path, PathBuf};

/// One dictionary file's text and where it came from (for error messages).
#[derive(Debug)]
pub struct Source {
    /// `builtin:artifacts/chrome.tsv` or the user file's path.
    pub origin: PathBuf,
    /// The file's text.
    pub text: Cow<'static, str>,
}

macro_rules! builtin {
    ($($path:literal),* $(,)?) => {
        /// The embedded dictionary files, by path relative to `dictionaries/`.
        const BUILTIN: &[(&str, &str)] = &[
            $(($path, include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/dictionaries/", $path))),)*
        ];
    };
}

builtin!(
    "artifacts/teaser_labels.tsv",
    "artifacts/chrome.tsv",
    "artifacts/agencies.txt",
    "names/people.tsv",
    "names/places.tsv",
    "names/keep.tsv",
);

/// The built-in file at `relative` (a path under `dictionaries/`).
pub fn builtin(relative: &str) -> Option<&'static str> {
    BUILTIN.iter().find(|(p, _)| *p == relative).map(|(_, text)| *text)
}

/// The built-in file at `relative` followed by the same file from each user folder that has it.
pub fn sources(relative: &str, user_dirs: &[PathBuf]) -> Result<Vec<Source>> {
    let mut out = Vec::new();
    if let Some(text) = builtin(relative) {
        out.push(Source {
            origin: PathBuf::from(format!("builtin:{relative}")),
            text: Cow::Borrowed(text),
        });
    }
    for dir in user_dirs {
        let path = dir.join(relative);
        if path.is_file() {
            let text = std::fs::read_to_string(&path).map_err(|e| Error::io(&path, e))?;
            out.push(Source {
                origin: path,
                text: Cow::Owned(text),
            });
        }
    }
    Ok(out)
}

/// Checks that each user folder exists, so a typo in `--dict` is an error, not a no-op.
pub fn check_dirs(user_dirs: &[PathBuf]) -> Result<()> {
    for dir in user_dirs {
        if !Path::new(dir).is_dir() {
            return Err(Error::io(
                dir,
                std::io::Error::new(std::io::ErrorKind::NotFound, "no such dictionary folder"),
            ));
        }
    }
    Ok(())
}
