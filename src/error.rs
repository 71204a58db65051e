//! The library's error type.

use std::fmt;
use std::ops::Range;
use std::path::PathBuf;

/// A specialized `Result` for mtnorm.
pub type Result<T, E = Error> = std::result::Result<T, E>;

/// An error from building a [`Normalizer`](crate::Normalizer) or from a stage.
///
/// Errors carry their location: the file and line of a bad dictionary entry, the key of a bad
/// configuration value, the stage and range of a rejected edit.
#[derive(Debug)]
pub struct Error {
    kind: ErrorKind,
}

/// What went wrong.
#[derive(Debug)]
#[non_exhaustive]
pub enum ErrorKind {
    /// A stage asked for an edit that is out of range, unsorted, overlapping or splits a char.
    /// This is a bug in the stage; the pipeline skips the stage's batch and flags it.
    InvalidEdit {
        /// The stage that produced the edit.
        stage: &'static str,
        /// The offending range, in current-text coordinates.
        range: Range<usize>,
        /// Length of the current text.
        len: usize,
    },
    /// A dictionary file could not be parsed.
    Dictionary {
        /// The file (or `builtin:…` for embedded data).
        path: PathBuf,
        /// 1-based line number.
        line: usize,
        /// What is wrong with the line.
        message: String,
    },
    /// A dictionary file could not be read.
    Io {
        /// The file.
        path: PathBuf,
        /// The underlying error.
        source: std::io::Error,
    },
    /// An invalid configuration value.
    Config {
        /// The key, as written in `mtnorm.toml`.
        key: String,
        /// What is wrong.
        message: String,
    },
}

impl Error {
    /// What went wrong.
    pub fn kind(&self) -> &ErrorKind {
        &self.kind
    }

    pub(crate) fn invalid_edit(stage: &'static str, range: Range<usize>, len: usize) -> Error {
        Error {
            kind: ErrorKind::InvalidEdit { stage, range, len },
        }
    }

    pub(crate) fn dictionary(path: impl Into<PathBuf>, line: usize, message: impl Into<String>) -> Error {
        Error {
            kind: ErrorKind::Dictionary {
                path: path.into(),
                line,
                message: message.into(),
            },
        }
    }

    pub(crate) fn io(path: impl Into<PathBuf>, source: std::io::Error) -> Error {
        Error {
            kind: ErrorKind::Io {
                path: path.into(),
                source,
            },
        }
    }

    pub(crate) fn config(key: impl Into<String>, message: impl Into<String>) -> Error {
        Error {
            kind: ErrorKind::Config {
                key: key.into(),
                message: message.into(),
            },
        }
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.kind {
            ErrorKind::InvalidEdit { stage, range, len } => {
                write!(
                    f,
                    "stage {stage} produced an invalid edit at {}..{} (text length {len})",
                    range.start, range.end
                )
            }
            ErrorKind::Dictionary { path, line, message } => write!(f, "{}:{line}: {message}", path.display()),
            ErrorKind::Io { path, source } => write!(f, "{}: {source}", path.display()),
            ErrorKind::Config { key, message } => write!(f, "configuration `{key}`: {message}"),
        }
    }
}

impl std::error::Error for Error {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match &self.kind {
            ErrorKind::Io { source, .. } => Some(source),
            _ => None,
        }
    }
}
