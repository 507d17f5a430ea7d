//! Fuzzes parse + verify + print: any bytes must give a module or a located
//! diagnostic, never a panic, a hang or a stack overflow; and printing a module
//! that parsed and verified must give text that parses to the same printout.
//! A verified module is also converted with `convert-stablehlo-to-nn`: that must
//! end in a verified module or a diagnostic, never a panic.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let _ = (func_dialect::DIALECTS, nn_dialect::DIALECT);
    frontends::register();
    let mut context = ir::Context::new();
    context.allow_unregistered = data.first().is_some_and(|b| b & 1 == 1);
    let Ok(module) = parse::parse_bytes(data, "fuzz.mlir", &context) else { return };
    if ir::verify::verify(&module, &context).is_err() {
        return;
    }
    for generic in [false, true] {
        let options = ir::PrintOptions { generic, debug_info: true, ..Default::default() };
        let printed = ir::print_module(&module, &context, options);
        let reparsed = parse::parse_source(&printed, "printed.mlir", &context)
            .unwrap_or_else(|e| panic!("printed module does not parse: {e}\n{printed}"));
        let again = ir::print_module(&reparsed, &context, options);
        assert_eq!(printed, again, "print(parse(x)) is not a fixpoint");
    }
    let mut converted = module;
    if frontends::convert_stablehlo_to_nn(&mut converted, &context).is_ok() {
        if let Err(e) = ir::verify::verify(&converted, &context) {
            panic!("convert-stablehlo-to-nn produced an invalid module: {e}");
        }
    }
});
