//! The build itself refuses a malformed dataset: runs the compiled build script (`build/main.rs`,
//! which cargo built for this test run) in a scratch folder holding a copy of `data/` with one
//! file broken.
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
            let path = entry.ok()?.path().join("build-script-main");
            let name = path.parent()?.file_name()?.to_str()?.to_owned();
            let modified = path.metadata().ok()?.modified().ok()?;
            name.starts_with("open-model-chooser-")
                .then_some((modified, path))
        })
        .max()
        .map(|(_, path)| path)
        .unwrap_or_else(|| panic!("no compiled build script in {}", build_dir.display()))
}

/// The dataset folder this test build compiled in.
fn data() -> &'static Path {
    Path::new(open_model_chooser::sources::DATA_DIR)
}

/// A scratch folder with a copy of the dataset under `data/` and an empty `out/`.
fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("omc-build-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    for sub in ["data/licences", "data/models", "out"] {
        std::fs::create_dir_all(dir.join(sub)).unwrap();
    }
    std::fs::copy(data().join("dataset.json"), dir.join("data/dataset.json")).unwrap();
    for sub in ["licences", "models"] {
        for entry in std::fs::read_dir(data().join(sub)).unwrap() {
            let path = entry.unwrap().path();
            std::fs::copy(
                &path,
                dir.join("data").join(sub).join(path.file_name().unwrap()),
            )
            .unwrap();
        }
    }
    dir
}

/// Runs the build script in `dir`.
fn run_build_script(dir: &Path) -> Output {
    Command::new(build_script())
        .current_dir(dir)
        .env("OUT_DIR", dir.join("out"))
        .env_remove("OMC_DATASET")
        .output()
        .unwrap()
}

fn model_ids() -> Vec<serde_json::Value> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(data().join("models")).unwrap() {
        let text = std::fs::read_to_string(entry.unwrap().path()).unwrap();
        out.push(serde_json::from_str(&text).unwrap());
    }
    out
}

#[test]
fn a_malformed_model_file_fails_the_build_naming_file_model_and_field() {
    let dir = scratch("broken");
    let path = dir.join("data/models/qwen3.json");
    let text = std::fs::read_to_string(&path).unwrap();
    let mut model: serde_json::Value = serde_json::from_str(&text).unwrap();
    model["release"]["weights"]["source"] = "http://example.org/not-https".into();
    std::fs::write(&path, serde_json::to_string_pretty(&model).unwrap()).unwrap();
    let output = run_build_script(&dir);
    let stdout = String::from_utf8_lossy(&output.stdout);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        !output.status.success(),
        "the build script accepted a broken dataset"
    );
    assert!(
        stdout.contains(
            "cargo:warning=data/models/qwen3.json: model `qwen3`, field \
             `release.weights.source`: must be an https:// URL"
        ),
        "{stdout}"
    );
    assert!(
        stderr.contains("the dataset in data/ is invalid."),
        "{stderr}"
    );
    for packed in ["catalog-lean.bin", "catalog-full.bin"] {
        assert!(!dir.join("out").join(packed).exists(), "nothing is packed");
    }
    std::fs::remove_dir_all(dir).unwrap();
}

#[test]
fn a_licence_term_without_its_quote_fails_the_build_naming_the_licence_file() {
    let dir = scratch("unquoted");
    let path = dir.join("data/licences/apache-2.0.json");
    let mut licence: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
    let terms = licence["terms"].as_array_mut().unwrap();
    let (i, term) = terms
        .iter_mut()
        .enumerate()
        .find(|(_, t)| t["kind"] == "commercial-use")
        .unwrap();
    assert_ne!(
        term["confidence"], "unverified",
        "the shipped term is quoted"
    );
    term.as_object_mut().unwrap().remove("quote");
    std::fs::write(&path, serde_json::to_string_pretty(&licence).unwrap()).unwrap();
    let output = run_build_script(&dir);
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(!output.status.success());
    assert!(
        stdout.contains(&format!(
            "cargo:warning=data/licences/apache-2.0.json: licence `apache-2.0`, field \
             `terms[{i}].quote`: a `{}` deciding fact needs `quote`",
            term_confidence(&licence, i)
        )),
        "{stdout}"
    );
    std::fs::remove_dir_all(dir).unwrap();
}

fn term_confidence(licence: &serde_json::Value, i: usize) -> String {
    licence["terms"][i]["confidence"]
        .as_str()
        .unwrap()
        .to_owned()
}

#[test]
fn a_valid_dataset_is_packed_whole_for_the_details() {
    let dir = scratch("valid");
    let output = run_build_script(&dir);
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let packed = std::fs::read(dir.join("out/catalog-full.bin")).unwrap();
    let text = String::from_utf8_lossy(&packed);
    for model in model_ids() {
        for key in ["id", "description"] {
            let value = model[key].as_str().unwrap();
            assert!(text.contains(value), "{key}: {value}");
        }
    }
    std::fs::remove_dir_all(dir).unwrap();
}

#[test]
fn the_catalogue_file_holds_the_models_without_their_details() {
    let dir = scratch("lean");
    let output = run_build_script(&dir);
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let lean = String::from_utf8_lossy(&std::fs::read(dir.join("out/catalog-lean.bin")).unwrap())
        .into_owned();
    let full = std::fs::read(dir.join("out/catalog-full.bin")).unwrap();
    assert!(
        lean.len() * 3 < full.len() * 2,
        "lean {} vs full {}",
        lean.len(),
        full.len()
    );
    for model in model_ids() {
        assert!(lean.contains(model["name"].as_str().unwrap()));
        assert!(!lean.contains(model["description"].as_str().unwrap()));
    }
    // The quotes wait for the whole records.
    let apache: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(data().join("licences/apache-2.0.json")).unwrap(),
    )
    .unwrap();
    let quote = apache["terms"][0]["quote"].as_str().unwrap();
    assert!(!lean.contains(quote), "no quote in the first load's data");
    assert!(String::from_utf8_lossy(&full).contains(quote));
    std::fs::remove_dir_all(dir).unwrap();
}
