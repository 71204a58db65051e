//! Arbitrary bytes; valid UTF-8 goes through every normalizer and every report must be a
//! complete patch (see `mtnorm_fuzz::check_report`).
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(input) = std::str::from_utf8(data) {
        mtnorm_fuzz::normalize_and_check(input);
    }
});
