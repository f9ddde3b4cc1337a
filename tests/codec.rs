//! The packed dataset's decoder (`src/codec.rs`) against the files the build wrote: every
//! truncation and damaged byte refused without a panic, and the lean form the wasm compiles in
//! equal to the models without their details.
#![cfg(not(target_arch = "wasm32"))]

use open_model_chooser::codec::decode_catalog;
use open_model_chooser::dataset;

fn packed() -> &'static [u8] {
    dataset::FULL_FILE
}

#[test]
fn every_truncation_of_the_file_is_refused_without_a_panic() {
    let file = packed();
    // Every cut in the first few KB and then every 97th: each gives `None`.
    for cut in (0..file.len()).filter(|c| *c < 4096 || c % 97 == 0) {
        assert!(
            decode_catalog(&file[..cut], false).is_none(),
            "cut at {cut}"
        );
    }
    assert!(decode_catalog(file, false).is_some());
}

#[test]
fn damaged_bytes_are_refused_or_decoded_without_a_panic() {
    let file = packed();
    // About 300 places, spread over the file (each damaged copy is leaked).
    for at in (0..file.len()).step_by(file.len() / 300 + 1) {
        let mut damaged = file.to_vec();
        damaged[at] ^= 0xa5;
        // Leaked: decoded text borrows the file for `'static`.
        let damaged: &'static [u8] = Box::leak(damaged.into_boxed_slice());
        let _ = decode_catalog(damaged, false);
        let _ = decode_catalog(damaged, true);
    }
}

#[test]
fn bytes_left_over_are_refused() {
    let mut longer = packed().to_vec();
    longer.push(b'x');
    assert!(decode_catalog(Box::leak(longer.into_boxed_slice()), false).is_none());
}

/// The lean form the wasm compiles in decodes to exactly the models without their details:
/// the packer and this decoder leave out the same fields.
#[test]
fn the_lean_form_is_the_catalogue_without_details() {
    let lean = decode_catalog(dataset::LEAN_FILE, true).expect("the lean file decodes");
    assert_eq!(lean, dataset::catalogue().without_details());
    assert!(
        dataset::LEAN_FILE.len() * 3 < packed().len(),
        "the lean form is small"
    );
    for cut in (0..dataset::LEAN_FILE.len()).step_by(7) {
        assert!(decode_catalog(&dataset::LEAN_FILE[..cut], true).is_none());
    }
}
