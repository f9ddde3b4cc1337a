//! The build itself refuses a malformed dataset: runs the compiled `build.rs` (which cargo built
//! for this test run) in a scratch folder holding a broken `data/models.json`.
#![cfg(not(target_arch = "wasm32"))]

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// The newest compiled build script of this crate: `target/<profile>/build/open-model-chooser-*/`.
fn build_script() -> PathBuf {
    let exe = std::env::current_exe().unwrap();
    let build_dir = exe.parent().unwrap().parent().unwrap().join("build");
    std::fs::read_dir(&build_dir)
        .unwrap()
        .filter_map(|entry| {
            let path = entry.ok()?.path().join("build-script-build");
            let name = path.parent()?.file_name()?.to_str()?.to_owned();
            let modified = path.metadata().ok()?.modified().ok()?;
            name.starts_with("open-model-chooser-")
                .then_some((modified, path))
        })
        .max()
        .map(|(_, path)| path)
        .unwrap_or_else(|| panic!("no compiled build script in {}", build_dir.display()))
}

/// Runs the build script in a scratch folder whose `data/models.json` is `dataset`.
fn run_build_script(name: &str, dataset: &str) -> (Output, PathBuf) {
    let dir = std::env::temp_dir().join(format!("omc-build-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(dir.join("data")).unwrap();
    std::fs::create_dir_all(dir.join("out")).unwrap();
    std::fs::write(dir.join("data/models.json"), dataset).unwrap();
    let output = Command::new(build_script())
        .current_dir(&dir)
        .env("OUT_DIR", dir.join("out"))
        .output()
        .unwrap();
    (output, dir)
}

fn shipped() -> String {
    std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("data/models.json")).unwrap()
}

#[test]
fn a_malformed_dataset_fails_the_build_naming_model_and_field() {
    let broken = shipped().replacen(
        "\"url\": \"https://www.apache.org/licenses/LICENSE-2.0\"",
        "\"url\": \"http://www.apache.org/licenses/LICENSE-2.0\"",
        1,
    );
    assert_ne!(broken, shipped(), "the edit applies");
    let (output, dir) = run_build_script("broken", &broken);
    let stdout = String::from_utf8_lossy(&output.stdout);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        !output.status.success(),
        "the build script accepted a broken dataset"
    );
    assert!(
        stdout.contains("cargo:warning=data/models.json: model `")
            && stdout.contains("field `licence.url`: must be an https:// URL"),
        "{stdout}"
    );
    assert!(stderr.contains("data/models.json is invalid."), "{stderr}");
    assert!(!dir.join("out/catalog.bin").exists(), "nothing is embedded");
    std::fs::remove_dir_all(dir).unwrap();
}

#[test]
fn a_valid_dataset_is_packed_whole_for_a_native_build() {
    let (output, dir) = run_build_script("valid", &shipped());
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let packed = std::fs::read(dir.join("out/catalog.bin")).unwrap();
    // Natively (no CARGO_CFG_TARGET_ARCH=wasm32) the compiled-in file is the whole dataset.
    assert_eq!(
        packed,
        std::fs::read(dir.join("out/catalog-full.bin")).unwrap()
    );
    let text = String::from_utf8_lossy(&packed);
    let dataset: serde_json::Value = serde_json::from_str(&shipped()).unwrap();
    for model in dataset["models"].as_array().unwrap() {
        for key in ["id", "description"] {
            let value = model[key].as_str().unwrap();
            assert!(text.contains(value), "{key}: {value}");
        }
    }
    std::fs::remove_dir_all(dir).unwrap();
}

#[test]
fn the_wasm_build_packs_the_models_without_their_details() {
    let dir = std::env::temp_dir().join(format!("omc-build-wasm-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(dir.join("data")).unwrap();
    std::fs::create_dir_all(dir.join("out")).unwrap();
    std::fs::write(dir.join("data/models.json"), shipped()).unwrap();
    let output = Command::new(build_script())
        .current_dir(&dir)
        .env("OUT_DIR", dir.join("out"))
        .env("CARGO_CFG_TARGET_ARCH", "wasm32")
        .output()
        .unwrap();
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let lean =
        String::from_utf8_lossy(&std::fs::read(dir.join("out/catalog.bin")).unwrap()).into_owned();
    let full = std::fs::read(dir.join("out/catalog-full.bin")).unwrap();
    assert!(
        lean.len() * 3 < full.len() * 2,
        "lean {} vs full {}",
        lean.len(),
        full.len()
    );
    let dataset: serde_json::Value = serde_json::from_str(&shipped()).unwrap();
    for model in dataset["models"].as_array().unwrap() {
        assert!(lean.contains(model["name"].as_str().unwrap()));
        assert!(!lean.contains(model["description"].as_str().unwrap()));
    }
    std::fs::remove_dir_all(dir).unwrap();
}
