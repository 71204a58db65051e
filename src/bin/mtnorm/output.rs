//! Where output goes: standard output, or a file replaced atomically.
//!
//! A file is never written in place: the output goes to a temporary file in the same folder
//! (so the rename stays on one file system), which is flushed to disk and then renamed over the
//! target. An interrupted run leaves the target as it was, never half written. For
//! `--in-place --backup`, the original is linked (or copied) to its backup name first, so at every
//! moment the original content exists under at least one name.

use anyhow::{Context, Result};
use std::fs::File;
use std::io::{self, BufWriter, Write};
use std::path::{Path, PathBuf};

/// An output stream.
pub enum Output {
    Stdout(BufWriter<io::Stdout>),
    /// A temporary file beside the target, renamed over it by [`Output::finish`]; dropped
    /// without `finish` (an error, an interrupt) it is removed, so no partial file is left.
    File {
        writer: BufWriter<File>,
        temp: PathBuf,
        target: PathBuf,
        /// Where the target's current content is kept before it is replaced.
        backup: Option<PathBuf>,
        done: bool,
    },
}

impl Output {
    /// Standard output, or the file `path` (created or replaced).
    pub fn open(path: Option<&Path>) -> Result<Output> {
        match path {
            None => Ok(Output::Stdout(BufWriter::with_capacity(1 << 16, io::stdout()))),
            Some(target) => Output::file(target, None),
        }
    }

    /// Replaces the existing file `path`, keeping its permissions; with `backup_suffix`, its
    /// content is kept under its name plus the suffix. A symbolic link stays a link: the file it
    /// points to is replaced.
    pub fn replace(path: &Path, backup_suffix: Option<&str>) -> Result<Output> {
        let target = std::fs::canonicalize(path).with_context(|| path.display().to_string())?;
        let backup = backup_suffix.map(|suffix| {
            let mut name = target.clone().into_os_string();
            name.push(suffix);
            PathBuf::from(name)
        });
        let output = Output::file(&target, backup)?;
        if let Output::File { writer, .. } = &output {
            let permissions = std::fs::metadata(&target)
                .with_context(|| path.display().to_string())?
                .permissions();
            writer
                .get_ref()
                .set_permissions(permissions)
                .with_context(|| path.display().to_string())?;
        }
        Ok(output)
    }

    fn file(target: &Path, backup: Option<PathBuf>) -> Result<Output> {
        let temp = temp_beside(target, "tmp");
        let file = File::create(&temp).with_context(|| format!("{}", temp.display()))?;
        Ok(Output::File {
            writer: BufWriter::with_capacity(1 << 16, file),
            temp,
            target: target.to_owned(),
            backup,
            done: false,
        })
    }

    /// Flushes, and puts a file in place.
    pub fn finish(mut self) -> Result<()> {
        match &mut self {
            Output::Stdout(w) => w.flush()?,
            Output::File {
                writer,
                temp,
                target,
                backup,
                done,
            } => {
                let name = || target.display().to_string();
                writer.flush().with_context(name)?;
                writer.get_ref().sync_all().with_context(name)?;
                if let Some(backup) = backup {
                    keep_copy(target, backup).with_context(|| backup.display().to_string())?;
                }
                std::fs::rename(&*temp, &*target).with_context(name)?;
                *done = true;
            }
        }
        Ok(())
    }
}

/// A hidden name in the folder of `target`, unique to this process.
fn temp_beside(target: &Path, what: &str) -> PathBuf {
    let dir = target
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let name = target
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    dir.join(format!(".{name}.mtnorm-{}.{what}", std::process::id()))
}

/// Makes `backup` hold the content of `original`, replacing any older backup in one step: a hard
/// link (or a copy where links are not possible) under a temporary name, renamed into place.
fn keep_copy(original: &Path, backup: &Path) -> io::Result<()> {
    let temp = temp_beside(backup, "bak");
    let _ = std::fs::remove_file(&temp);
    if std::fs::hard_link(original, &temp).is_err() {
        std::fs::copy(original, &temp)?;
    }
    std::fs::rename(&temp, backup).inspect_err(|_| {
        let _ = std::fs::remove_file(&temp);
    })
}

impl Write for Output {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        match self {
            Output::Stdout(w) => w.write(buf),
            Output::File { writer, target, .. } => writer.write(buf).map_err(|e| named(target, e)),
        }
    }

    fn flush(&mut self) -> io::Result<()> {
        match self {
            Output::Stdout(w) => w.flush(),
            Output::File { writer, target, .. } => writer.flush().map_err(|e| named(target, e)),
        }
    }
}

/// A write error that names the file (a full disk while the output is written).
fn named(target: &Path, e: io::Error) -> io::Error {
    io::Error::new(e.kind(), format!("{}: {e}", target.display()))
}

impl Drop for Output {
    fn drop(&mut self) {
        if let Output::File { temp, done: false, .. } = self {
            let _ = std::fs::remove_file(temp);
        }
    }
}
