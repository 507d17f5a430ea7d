//! `modelgen` CLI: output is verified MLIR headed by its command, `-o` writes the
//! same text, and bad sizes exit 1 with a message on stderr and no file.
use std::process::Command;

fn modelgen(args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_modelgen"))
        .args(args)
        .output()
        .expect("modelgen runs")
}

#[test]
fn writes_a_headed_module_to_stdout_or_a_file() {
    let out = modelgen(&["gpt", "--layers", "1", "--seq", "4"]);
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(
        text.starts_with("// modelgen gpt --layers 1 --seq 4\nmodule {\n"),
        "{text}"
    );
    let path = std::env::temp_dir().join(format!("modelgen-cli-{}.mlir", std::process::id()));
    let p = path.to_str().unwrap();
    assert!(modelgen(&["gpt", "--layers", "1", "-o", p, "--seq", "4"])
        .status
        .success());
    assert_eq!(
        std::fs::read_to_string(&path).unwrap(),
        text,
        "-o is left out of the header"
    );
    std::fs::remove_file(&path).unwrap();
}

#[test]
fn every_family_and_mode_generates() {
    for family in ["gpt", "vit", "evoformer", "unet"] {
        for mode in ["spelled", "fused"] {
            let out = modelgen(&[family, "--attention", mode, "--print-op-generic"]);
            assert!(
                out.status.success(),
                "{family} {mode}: {}",
                String::from_utf8_lossy(&out.stderr)
            );
        }
    }
    assert!(modelgen(&["evoformer", "--only", "triangle-attention"])
        .status
        .success());
}

#[test]
fn impossible_sizes_fail_cleanly() {
    let path = std::env::temp_dir().join(format!("modelgen-cli-bad-{}.mlir", std::process::id()));
    let out = modelgen(&["gpt", "--hidden", "65", "-o", path.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        String::from_utf8_lossy(&out.stderr),
        "modelgen: error: hidden (65) must be divisible by heads (4)\n"
    );
    assert!(!path.exists(), "no output file on error");
    let out = modelgen(&["unet", "--image", "12", "--levels", "4"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("2^(levels - 1) = 8"));
    assert!(out.stdout.is_empty());
}
