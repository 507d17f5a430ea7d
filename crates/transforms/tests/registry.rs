//! Linking the crate registers every pass, with the documented options.
use transforms as _;
#[test]
fn all_passes_are_registered() {
    let names: Vec<&str> = pass::registered_passes().iter().map(|d| d.name).collect();
    for n in ["canonicalize", "cse", "dce", "inline", "symbol-dce"] {
        assert!(names.contains(&n), "{n} missing from {names:?}");
    }
    assert_eq!(
        pass::lookup("inline")
            .unwrap()
            .option("max-iterations")
            .unwrap()
            .default,
        "4"
    );
    assert_eq!(
        pass::lookup("canonicalize")
            .unwrap()
            .option("max-iterations")
            .unwrap()
            .default,
        "10"
    );
    let e = pass::parse_pipeline("builtin.module(inline{max-iteration=2})")
        .unwrap_err()
        .to_string();
    assert!(
        e.contains("pass 'inline' has no option 'max-iteration'; valid options: max-iterations"),
        "{e}"
    );
    let e = pass::parse_pipeline("builtin.module(cse,canonicalize{max-iterations=x})");
    assert!(e.is_ok(), "values are checked when the pass is built");
    let mut pm = pass::PassManager::new();
    let e = pm
        .add_pipeline("builtin.module(cse,canonicalize{max-iterations=x})")
        .unwrap_err()
        .to_string();
    assert!(
        e.contains("option 'max-iterations' of pass 'canonicalize'"),
        "{e}"
    );
}
