//! What a run says on stderr besides its output: error messages, a progress bar for long runs at
//! a terminal, and a one-line summary at the end.
//!
//! None of it touches standard output, which stays byte for byte the same whatever these options.
//!
//! - The progress bar appears only when stderr is a terminal, standard output is not the same
//!   screen (it would garble the output), `--quiet` is not given, and the run has already taken
//!   [`BAR_DELAY`]: short runs never flash a bar.
//! - The summary is printed when stderr is a terminal or with `--stats`, never with `--quiet`.

use crate::input::Outcome;
use crate::sources::Source;
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::io::IsTerminal;
use std::sync::mpsc;
use std::sync::LazyLock;
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

/// How long a run goes before it shows a progress bar.
const BAR_DELAY: Duration = Duration::from_secs(1);

static START: LazyLock<Instant> = LazyLock::new(Instant::now);

/// Starts the clock the summary's time is measured with (call first thing).
pub fn start_clock() {
    LazyLock::force(&START);
}

/// When the progress bar and the summary are shown.
pub struct Display {
    /// A progress bar may be drawn (stderr is a terminal, nothing on screen to garble, no --quiet).
    pub bar: bool,
    /// The summary line is printed.
    pub summary: bool,
}

impl Display {
    /// `quiet` and `stats` are the flags; `stdout_used` says whether the command writes to
    /// standard output.
    pub fn new(quiet: bool, stats: bool, stdout_used: bool) -> Display {
        let stderr_tty = std::io::stderr().is_terminal();
        Display {
            bar: !quiet && stderr_tty && !(stdout_used && std::io::stdout().is_terminal()),
            summary: !quiet && (stats || stderr_tty),
        }
    }
}

/// Counts for the summary.
#[derive(Debug, Default)]
pub struct Counts {
    pub documents: usize,
    pub bytes: u64,
    pub edits: usize,
    pub edits_by_kind: BTreeMap<&'static str, usize>,
    pub flags: usize,
    pub errors: usize,
    pub skipped: usize,
}

impl Counts {
    /// `mtnorm: 3 documents, 12 edits (teaser 5, whitespace 4, encoding 3), 1 flag, 0.04 s, 2.1 MB/s`
    /// (edit kinds most frequent first). Time and speed are over the whole run, start-up included
    /// (the dictionaries load on first use), so a small input shows a low speed.
    pub fn summary(&self, elapsed: Duration) -> String {
        let mut line = format!(
            "mtnorm: {}, {}",
            plural(self.documents, "document"),
            plural(self.edits, "edit")
        );
        if !self.edits_by_kind.is_empty() {
            let mut kinds: Vec<(&str, usize)> = self.edits_by_kind.iter().map(|(k, n)| (*k, *n)).collect();
            kinds.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
            let kinds: Vec<String> = kinds.iter().map(|(k, n)| format!("{k} {n}")).collect();
            let _ = write!(line, " ({})", kinds.join(", "));
        }
        let _ = write!(line, ", {}", plural(self.flags, "flag"));
        if self.skipped > 0 {
            let _ = write!(line, ", {} skipped", self.skipped);
        }
        if self.errors > 0 {
            let _ = write!(line, ", {}", plural(self.errors, "error"));
        }
        let secs = elapsed.as_secs_f64();
        let _ = write!(line, ", {secs:.2} s");
        if secs > 0.0 {
            let speed = self.bytes as f64 / 1e6 / secs;
            // Two significant digits at least, however slow.
            let digits = if speed >= 10.0 {
                0
            } else if speed >= 1.0 {
                1
            } else {
                2
            };
            let _ = write!(line, ", {speed:.digits$} MB/s");
        }
        line
    }
}

fn plural(n: usize, word: &str) -> String {
    if n == 1 {
        format!("1 {word}")
    } else {
        format!("{n} {word}s")
    }
}

/// Error messages, the progress bar and the summary of one run.
pub struct Reporter {
    bar: Option<DelayedBar>,
    summary: bool,
    pub counts: Counts,
}

impl Reporter {
    pub fn new(display: &Display, sources: &[Source]) -> Reporter {
        // Inputs already known to fail add nothing; one of unknown size (stdin) makes a spinner.
        let total = sources
            .iter()
            .filter(|s| s.error.is_none())
            .try_fold(0u64, |sum, s| s.size.map(|n| sum + n));
        Reporter {
            bar: display.bar.then(|| DelayedBar::start(total)),
            summary: display.summary,
            counts: Counts::default(),
        }
    }

    /// Counts an outcome and moves the bar.
    pub fn outcome(&mut self, outcome: &Outcome) {
        let bytes = match outcome {
            Outcome::Doc { result, bytes, .. } => {
                self.counts.documents += 1;
                self.counts.edits += result.edits.len();
                for edit in &result.edits {
                    *self.counts.edits_by_kind.entry(edit.kind.as_str()).or_default() += 1;
                }
                self.counts.flags += result.flags.len();
                *bytes
            }
            Outcome::Passthrough { raw } => raw.len(),
        };
        self.counts.bytes += bytes as u64;
        if let Some(bar) = &self.bar {
            bar.bar.inc(bytes as u64);
            bar.bar.set_message(plural(self.counts.documents, "document"));
        }
    }

    /// Prints `mtnorm: MESSAGE` on stderr and counts it as an error.
    pub fn error(&mut self, message: &str) {
        self.counts.errors += 1;
        self.print(&format!("mtnorm: {message}"));
    }

    /// Prints a line on stderr, clear of the bar.
    pub fn print(&self, line: &str) {
        #[allow(clippy::print_stderr)]
        let print = || eprintln!("{line}");
        match &self.bar {
            Some(bar) => bar.bar.suspend(print),
            None => print(),
        }
    }

    /// Clears the bar and prints the summary, if it is wanted.
    pub fn finish(mut self) {
        // Dropping the bar clears it.
        drop(self.bar.take());
        if self.summary {
            self.print(&self.counts.summary(START.elapsed()));
        }
    }
}

/// A progress bar that stays hidden until the run has taken [`BAR_DELAY`].
struct DelayedBar {
    bar: ProgressBar,
    stop: mpsc::Sender<()>,
    shower: Option<JoinHandle<()>>,
}

impl DelayedBar {
    /// `total`: the bytes to read, when every input's size is known.
    fn start(total: Option<u64>) -> DelayedBar {
        let bar = ProgressBar::with_draw_target(total, ProgressDrawTarget::hidden());
        // Narrow enough for 80 columns; the bar takes what is left.
        let template = if total.is_some() {
            "{spinner} [{wide_bar}] {bytes}/{total_bytes}, {eta} left, {msg}"
        } else {
            "{spinner} {elapsed} {bytes}, {bytes_per_sec}, {msg}"
        };
        bar.set_style(
            ProgressStyle::with_template(template)
                .unwrap_or_else(|_| ProgressStyle::default_bar())
                .progress_chars("=> "),
        );
        let (stop, stopped) = mpsc::channel::<()>();
        let shown = bar.clone();
        let shower = std::thread::spawn(move || {
            // Woken early (the run ended) or after the delay: only the timeout shows the bar.
            if let Err(mpsc::RecvTimeoutError::Timeout) =
                stopped.recv_timeout(BAR_DELAY.saturating_sub(START.elapsed()))
            {
                shown.set_draw_target(ProgressDrawTarget::stderr());
                shown.enable_steady_tick(Duration::from_millis(120));
            }
        });
        DelayedBar {
            bar,
            stop,
            shower: Some(shower),
        }
    }
}

impl Drop for DelayedBar {
    /// The end of a run, early (an error, a closed pipe) or not, clears the bar.
    fn drop(&mut self) {
        let _ = self.stop.send(());
        if let Some(shower) = self.shower.take() {
            let _ = shower.join();
        }
        self.bar.finish_and_clear();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_summary_reads_as_a_sentence() {
        let mut counts = Counts {
            documents: 3,
            bytes: 2_000_000,
            edits: 12,
            flags: 1,
            ..Counts::default()
        };
        counts.edits_by_kind.insert("whitespace", 4);
        counts.edits_by_kind.insert("teaser", 5);
        counts.edits_by_kind.insert("encoding", 3);
        assert_eq!(
            counts.summary(Duration::from_secs(2)),
            "mtnorm: 3 documents, 12 edits (teaser 5, whitespace 4, encoding 3), 1 flag, 2.00 s, 1.0 MB/s"
        );
        let one = Counts {
            documents: 1,
            errors: 1,
            ..Counts::default()
        };
        assert_eq!(
            one.summary(Duration::from_millis(500)),
            "mtnorm: 1 document, 0 edits, 0 flags, 1 error, 0.50 s, 0.00 MB/s"
        );
    }
}
