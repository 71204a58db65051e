//! The lexicons' embedded tables: the format `build.rs` writes and the lexicon reads.
//!
//! A lexicon of 100,000 words parsed from text at start-up cost a fifth of the CLI's start-up
//! (66 M instructions for one language). Built at compile time instead, a table is bytes in the
//! binary, read in place: loading one costs nothing, and only the pages a run touches are read.
//!
//! A table is its words' slots (two little-endian `u64`s: the word's [`fingerprint`] and its
//! count) sorted by fingerprint, after a directory of where each bucket of slots starts, a bucket
//! being the slots whose fingerprints share their top bits. With about one bucket a word, a
//! lookup reads one entry of the directory (a quarter of a megabyte, which stays in cache) and
//! a slot or two: as few reads as a hash table's, in the space of the words alone (a hash map
//! half full took twice the space, a third of the binary).
//!
//! Layout: the number of top bits `b` (`u64`), then `2^b + 1` bucket starts (`u32`, the last one
//! the number of slots), then the slots.
//!
//! This file is shared with `build.rs` (`#[path]`), so the writer and the reader cannot differ.

/// How many of a list's words go in [`Lexicon::is_frequent`](super::Lexicon::is_frequent)'s
/// list: about the words that cost 10 nats or less, and some (`sono` is Italian's 32nd, `isto`
/// Portuguese's 71st; 2,000 split a few more of the rare words of `tools/eval_rare_words.py`,
/// 3,000 none).
pub const FREQUENT_WORDS: usize = 3000;

/// How many of a list's most frequent words also have a small table of their own, looked up
/// first: 16,384 words are about nine in ten of a news text's words of four letters or more,
/// and their table (half a megabyte) stays in a core's cache where the whole lexicon's cannot
/// (14% less time on the benchmark corpus than the whole table alone, measured with hash maps).
#[allow(dead_code)] // read by build.rs
pub const HOT_WORDS: usize = 16_384;

/// Bytes of a slot: key, then count.
const SLOT_BYTES: usize = 16;

/// A word's 64-bit fingerprint: the word's bytes in eight-byte chunks, each mixed into the state
/// by an exclusive or, a multiplication by an odd constant (2⁶⁴ / φ) and a shift of the high
/// half down (a multiplication carries a difference only upwards: without the shift, words
/// differing in their eighth byte and in the last one collide), the state seeded with the
/// length. Defined here rather than taken from a hashing crate because the tables are written by
/// the build on one machine and read on another: the function must not depend on the platform or
/// a crate's version.
pub fn fingerprint(word: &str) -> u64 {
    const GOLDEN: u64 = 0x9e37_79b9_7f4a_7c15;
    let mix = |state: u64, chunk: [u8; 8]| {
        let state = (state ^ u64::from_le_bytes(chunk)).wrapping_mul(GOLDEN);
        state ^ (state >> 32)
    };
    let mut chunks = word.as_bytes().chunks_exact(8);
    let mut state = (word.len() as u64).wrapping_mul(GOLDEN);
    for chunk in &mut chunks {
        let mut bytes = [0; 8];
        bytes.copy_from_slice(chunk);
        state = mix(state, bytes);
    }
    let rest = chunks.remainder();
    if !rest.is_empty() {
        let mut bytes = [0; 8];
        bytes[..rest.len()].copy_from_slice(rest);
        state = mix(state, bytes);
    }
    // A last multiplication, so that the top bits, which choose the bucket, depend on every byte.
    state.wrapping_mul(GOLDEN)
}

/// The table of `entries` (fingerprint, count) pairs, the fingerprints distinct.
#[allow(dead_code)] // called by build.rs
pub fn write(mut entries: Vec<(u64, u64)>) -> Vec<u8> {
    entries.sort_unstable();
    let bits = entries.len().max(2).ilog2();
    let buckets = 1usize << bits;
    let mut bytes = u64::from(bits).to_le_bytes().to_vec();
    let mut next = 0;
    for bucket in 0..=buckets {
        while next < entries.len() && bucket_of(entries[next].0, bits) < bucket {
            next += 1;
        }
        bytes.extend_from_slice(&(next as u32).to_le_bytes());
    }
    for (print, count) in entries {
        bytes.extend_from_slice(&print.to_le_bytes());
        bytes.extend_from_slice(&count.to_le_bytes());
    }
    bytes
}

/// The bucket of a fingerprint: its top `bits` bits.
fn bucket_of(print: u64, bits: u32) -> usize {
    (print >> (64 - bits)) as usize
}

/// A table read in place from its bytes.
#[derive(Debug, Clone, Copy)]
pub struct Table {
    bits: u32,
    /// The bucket starts.
    directory: &'static [u8],
    slots: &'static [u8],
}

impl Table {
    /// The table in `bytes`, as [`write`] wrote it.
    pub fn new(bytes: &'static [u8]) -> Table {
        let bits = read_u64(bytes, 0) as u32;
        let (directory, slots) = bytes[8..].split_at(((1 << bits) + 1) * 4);
        Table { bits, directory, slots }
    }

    /// The count stored under `print`, if any.
    pub fn get(&self, print: u64) -> Option<u64> {
        let bucket = bucket_of(print, self.bits);
        let start = |b: usize| {
            let mut word = [0; 4];
            word.copy_from_slice(&self.directory[b * 4..b * 4 + 4]);
            u32::from_le_bytes(word) as usize
        };
        (start(bucket)..start(bucket + 1))
            .map(|slot| slot * SLOT_BYTES)
            .find(|&at| read_u64(self.slots, at) == print)
            .map(|at| read_u64(self.slots, at + 8))
    }
}

/// The little-endian `u64` at byte `at` (the embedded bytes have no alignment to rely on).
fn read_u64(bytes: &[u8], at: usize) -> u64 {
    let mut word = [0; 8];
    word.copy_from_slice(&bytes[at..at + 8]);
    u64::from_le_bytes(word)
}
