//! Where `fix` writes: standard output, or a file replaced atomically.

use anyhow::{Context, Result};
use std::fs::File;
use std::io::{self, BufWriter, Write};
use std::path::{Path, PathBuf};

/// The output of `fix`.
pub enum Output {
    Stdout(BufWriter<io::Stdout>),
    /// A temporary file beside the target, renamed over it by [`Output::finish`]; dropped
    /// without `finish` (an error, an interrupt) it is removed, so no partial file is left.
    File {
        writer: BufWriter<File>,
        temp: PathBuf,
        target: PathBuf,
        done: bool,
    },
}

impl Output {
    pub fn open(path: Option<&Path>) -> Result<Output> {
        let Some(target) = path else {
            return Ok(Output::Stdout(BufWriter::with_capacity(1 << 16, io::stdout())));
        };
        let dir = target
            .parent()
            .filter(|p| !p.as_os_str().is_empty())
            .unwrap_or(Path::new("."));
        let name = target
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let temp = dir.join(format!(".{name}.mtnorm-{}.tmp", std::process::id()));
        let file = File::create(&temp).with_context(|| format!("{}", temp.display()))?;
        Ok(Output::File {
            writer: BufWriter::with_capacity(1 << 16, file),
            temp,
            target: target.to_owned(),
            done: false,
        })
    }

    pub fn finish(mut self) -> Result<()> {
        match &mut self {
            Output::Stdout(w) => w.flush()?,
            Output::File {
                writer,
                temp,
                target,
                done,
            } => {
                writer.flush().with_context(|| format!("{}", target.display()))?;
                writer
                    .get_ref()
                    .sync_all()
                    .with_context(|| format!("{}", target.display()))?;
                std::fs::rename(&*temp, &*target).with_context(|| format!("{}", target.display()))?;
                *done = true;
            }
        }
        Ok(())
    }
}

impl Write for Output {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        match self {
            Output::Stdout(w) => w.write(buf),
            Output::File { writer, .. } => writer.write(buf),
        }
    }

    fn flush(&mut self) -> io::Result<()> {
        match self {
            Output::Stdout(w) => w.flush(),
            Output::File { writer, .. } => writer.flush(),
        }
    }
}

impl Drop for Output {
    fn drop(&mut self) {
        if let Output::File { temp, done: false, .. } = self {
            let _ = std::fs::remove_file(temp);
        }
    }
}
