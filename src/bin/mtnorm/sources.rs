//! From FILE arguments to the list of inputs: `-` for standard input, files, folders walked with
//! `-r`, and patterns (`docs/*.txt`, `corpus/**/*.jsonl`).
//!
//! Patterns are expanded here rather than by the shell, so they also work quoted and on Windows
//! shells, which do not expand them. An argument that names an existing file is taken literally
//! even if it contains `*`, `?` or `[`. Each input keeps a path relative to the folder or pattern
//! it was found through, which is where `fix --out-dir` writes it.
//!
//! Problems found while listing (a pattern that matches nothing, a folder that cannot be read)
//! become inputs that carry their error, so they are reported in argument order with the others
//! and do not stop them.

use crate::args::InputArgs;
use std::collections::HashSet;
use std::path::{Component, Path, PathBuf};
use std::sync::Arc;

/// One input.
#[derive(Debug)]
pub struct Source {
    /// The file, or `None` for standard input.
    pub path: Option<PathBuf>,
    /// How messages name it.
    pub name: Arc<str>,
    /// Its path below the folder or pattern it was found through (its file name when named).
    pub relative: PathBuf,
    /// Its size in bytes, when known (for the progress bar).
    pub size: Option<u64>,
    /// Why it cannot be read, when that is known before reading.
    pub error: Option<String>,
}

impl Source {
    fn stdin() -> Source {
        Source {
            path: None,
            name: Arc::from("<stdin>"),
            relative: PathBuf::new(),
            size: None,
            error: None,
        }
    }

    fn file(path: PathBuf, relative: PathBuf, size: Option<u64>) -> Source {
        Source {
            name: Arc::from(path.display().to_string()),
            path: Some(path),
            relative,
            size,
            error: None,
        }
    }

    fn failed(name: impl std::fmt::Display, error: impl Into<String>) -> Source {
        Source {
            path: None,
            name: Arc::from(name.to_string()),
            relative: PathBuf::new(),
            size: None,
            error: Some(error.into()),
        }
    }
}

/// How the arguments are read.
pub struct Listing<'a> {
    /// Walk folders (`-r`).
    pub recursive: bool,
    /// The extension of the files a walk picks: `txt`, or `jsonl` with `--jsonl`.
    pub extension: &'a str,
    /// A folder never to walk into (`--out-dir`, when it lies inside an input folder).
    pub exclude: Option<PathBuf>,
}

impl Listing<'_> {
    /// The listing the input options ask for; `exclude` as for [`Listing::exclude`].
    pub fn new(args: &InputArgs, exclude: Option<PathBuf>) -> Listing<'static> {
        Listing {
            recursive: args.recursive,
            extension: if args.jsonl { "jsonl" } else { "txt" },
            exclude,
        }
    }
}

/// The inputs the arguments name, in argument order; each file at most once.
pub fn expand(args: &[PathBuf], listing: &Listing<'_>) -> Vec<Source> {
    let mut sources = Vec::new();
    if args.is_empty() {
        sources.push(Source::stdin());
    }
    for arg in args {
        if arg.as_os_str() == "-" {
            sources.push(Source::stdin());
        } else if arg.is_dir() && listing.recursive {
            walk(arg, arg, listing, &mut sources);
        } else if !arg.exists() && is_pattern(arg) {
            expand_pattern(arg, listing, &mut sources);
        } else {
            // A file, or something that will fail to open and say why (missing, a folder
            // without -r): reading it reports the error in its turn.
            let relative = arg.file_name().map(PathBuf::from).unwrap_or_default();
            let size = std::fs::metadata(arg).ok().filter(|m| m.is_file()).map(|m| m.len());
            sources.push(Source::file(arg.clone(), relative, size));
        }
    }
    let mut seen = HashSet::new();
    sources.retain(|s| match &s.path {
        Some(path) => seen.insert(path.clone()),
        None => true,
    });
    sources
}

fn is_pattern(path: &Path) -> bool {
    path.to_str().is_some_and(|s| s.contains(['*', '?', '[']))
}

/// The folder a pattern is rooted in: its components before the first with a wildcard.
fn pattern_base(pattern: &Path) -> PathBuf {
    let mut base = PathBuf::new();
    for component in pattern.components() {
        if let Component::Normal(part) = component {
            if is_pattern(Path::new(part)) {
                break;
            }
        }
        base.push(component);
    }
    base
}

fn expand_pattern(pattern: &Path, listing: &Listing<'_>, sources: &mut Vec<Source>) {
    let text = pattern.to_string_lossy();
    // Like a shell: `*` does not cross `/` (that is what `**` is for) and does not match a
    // leading dot.
    let options = glob::MatchOptions {
        case_sensitive: true,
        require_literal_separator: true,
        require_literal_leading_dot: true,
    };
    let paths = match glob::glob_with(&text, options) {
        Ok(paths) => paths,
        Err(e) => {
            sources.push(Source::failed(&text, format!("invalid pattern: {e}")));
            return;
        }
    };
    let base = pattern_base(pattern);
    let before = sources.len();
    for entry in paths {
        match entry {
            Ok(path) if path.is_dir() => {
                // `docs/*` means the files; with -r, everything below the folders too.
                if listing.recursive {
                    walk(&path, &base, listing, sources);
                }
            }
            Ok(path) => {
                let relative = relative_to(&path, &base);
                let size = std::fs::metadata(&path).ok().map(|m| m.len());
                sources.push(Source::file(path, relative, size));
            }
            Err(e) => sources.push(Source::failed(e.path().display(), e.error().to_string())),
        }
    }
    if sources.len() == before {
        sources.push(Source::failed(&text, "no file matches this pattern"));
    }
}

fn relative_to(path: &Path, base: &Path) -> PathBuf {
    match path.strip_prefix(base) {
        Ok(rel) if !rel.as_os_str().is_empty() => rel.to_owned(),
        _ => path.file_name().map(PathBuf::from).unwrap_or_default(),
    }
}

/// Every file below `dir` with the listing's extension, sorted by name at each level, hidden
/// files and folders skipped; `base` is what their relative paths start from.
fn walk(dir: &Path, base: &Path, listing: &Listing<'_>, sources: &mut Vec<Source>) {
    let exclude = listing.exclude.as_ref().and_then(|p| p.canonicalize().ok());
    let before = sources.len();
    let entries = walkdir::WalkDir::new(dir)
        .sort_by_file_name()
        .into_iter()
        .filter_entry(|e| {
            let hidden = e.depth() > 0 && e.file_name().to_string_lossy().starts_with('.');
            let excluded = e.file_type().is_dir()
                && exclude
                    .as_ref()
                    .is_some_and(|x| e.path().canonicalize().is_ok_and(|p| &p == x));
            !hidden && !excluded
        });
    for entry in entries {
        match entry {
            // Symbolic links to files count; links to folders are not followed (no loops, no
            // file twice).
            Ok(e) if e.path().is_file() && has_extension(e.path(), listing.extension) => {
                let path = e.into_path();
                let relative = relative_to(&path, base);
                let size = std::fs::metadata(&path).ok().map(|m| m.len());
                sources.push(Source::file(path, relative, size));
            }
            Ok(_) => {}
            Err(e) => {
                let name = e.path().unwrap_or(dir).display().to_string();
                let message = e.io_error().map_or_else(|| e.to_string(), ToString::to_string);
                sources.push(Source::failed(name, message));
            }
        }
    }
    if sources.len() == before {
        let hint = if listing.extension == "txt" {
            " (use --jsonl for *.jsonl)"
        } else {
            ""
        };
        sources.push(Source::failed(
            dir.display(),
            format!("no *.{} files here{hint}", listing.extension),
        ));
    }
}

fn has_extension(path: &Path, extension: &str) -> bool {
    path.extension()
        .is_some_and(|e| e.to_string_lossy().eq_ignore_ascii_case(extension))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_pattern_is_rooted_at_its_literal_folders() {
        assert_eq!(pattern_base(Path::new("docs/a/*.txt")), Path::new("docs/a"));
        assert_eq!(pattern_base(Path::new("docs/**/x.txt")), Path::new("docs"));
        assert_eq!(pattern_base(Path::new("*.txt")), Path::new(""));
        assert_eq!(pattern_base(Path::new("/abs/d?/x")), Path::new("/abs"));
    }

    #[test]
    fn relative_paths_fall_back_to_the_file_name() {
        assert_eq!(
            relative_to(Path::new("docs/a/b.txt"), Path::new("docs")),
            Path::new("a/b.txt")
        );
        assert_eq!(relative_to(Path::new("x/b.txt"), Path::new("y")), Path::new("b.txt"));
    }

    #[test]
    fn extensions_match_without_case() {
        assert!(has_extension(Path::new("a/B.TXT"), "txt"));
        assert!(!has_extension(Path::new("a/b.txt.orig"), "txt"));
        assert!(!has_extension(Path::new("a/txt"), "txt"));
    }
}
