//! Normalizing the output again changes nothing (default and all-rules normalizers).
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(input) = std::str::from_utf8(data) else { return };
    for (which, n) in mtnorm_fuzz::NORMALIZERS.iter().take(2) {
        let once = n.normalize(input);
        mtnorm_fuzz::check_report(which, input, &once);
        let twice = n.normalize(&once.text);
        assert_eq!(twice.text, once.text, "[{which}] not idempotent");
        assert!(
            twice.edits.is_empty(),
            "[{which}] second run still edits: {:?}",
            twice.edits
        );
    }
});
