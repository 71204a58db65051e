//! Running the built `mtnorm` binary from integration tests.

use std::io::Write;
use std::process::{Command, Output, Stdio};

/// The binary, run from the repository root, with colour settings from the environment removed.
pub fn command() -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_mtnorm"));
    cmd.env_remove("NO_COLOR").current_dir(env!("CARGO_MANIFEST_DIR"));
    cmd
}

/// Runs `mtnorm ARGS` with `stdin` as its input and collects its output.
pub fn run(args: &[&str], stdin: &[u8]) -> Output {
    let mut child = command()
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("mtnorm runs");
    // Write from another thread: a large input would otherwise fill the pipes both ways.
    let mut pipe = child.stdin.take().unwrap();
    let data = stdin.to_vec();
    let writer = std::thread::spawn(move || {
        let _ = pipe.write_all(&data);
    });
    let out = child.wait_with_output().unwrap();
    writer.join().unwrap();
    out
}
