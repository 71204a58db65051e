//! Normalizes a file (or stdin) and prints the clean text and the report as JSON.
//!
//! `cargo run --example normalize -- examples/dev-002.txt`
use std::io::Read;

fn main() -> std::io::Result<()> {
    let mut input = String::new();
    match std::env::args().nth(1) {
        Some(path) => input = std::fs::read_to_string(path)?,
        None => {
            std::io::stdin().read_to_string(&mut input)?;
        }
    }
    let out = mtnorm::Normalizer::new().normalize(&input);
    println!("{}", serde_json::to_string_pretty(&out).expect("reports serialize"));
    Ok(())
}
