//! Set-up shared by this crate's integration tests.

/// The module in `path`, parsed and verified with every dialect registered.
pub fn load(path: &std::path::Path) -> ir::Module {
    let _ = (
        func_dialect::DIALECTS,
        nn_dialect::DIALECT,
        chunk_dialect::DIALECT,
    );
    let src = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{path:?}: {e}"));
    let ctx = ir::Context::new();
    let m = parse::parse_source(&src, &path.display().to_string(), &ctx)
        .unwrap_or_else(|e| panic!("{e}"));
    ir::verify::verify(&m, &ctx).unwrap_or_else(|e| panic!("{e}"));
    m
}
