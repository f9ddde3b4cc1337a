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
    assert!(
        !dir.join("out/models.min.json").exists(),
        "nothing is embedded"
    );
    std::fs::remove_dir_all(dir).unwrap();
}

#[test]
fn a_valid_dataset_is_embedded_without_indentation() {
    let (output, dir) = run_build_script("valid", &shipped());
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let embedded = std::fs::read_to_string(dir.join("out/models.min.json")).unwrap();
    assert!(!embedded.contains("\n  "), "indentation is removed");
    let a: serde_json::Value = serde_json::from_str(&embedded).unwrap();
    let b: serde_json::Value = serde_json::from_str(&shipped()).unwrap();
    assert_eq!(a, b, "the embedded JSON is the same data");
    std::fs::remove_dir_all(dir).unwrap();
}
