//! Fuzzes the safetensors reader: any bytes handed to `runtime::io::read_inputs`
//! as the inputs of one of a few functions (named and positional arguments, each
//! element type the runtime reads) must give tensors of the argument types or an
//! error naming the file, never a panic or an allocation failure.
#![no_main]
use libfuzzer_sys::fuzz_target;
use std::sync::OnceLock;

const MODULES: &[&str] = &[
    "func.func @f(%a: tensor<2x3xf32>, %b: tensor<4xi64>) -> tensor<2x3xf32> {\n  return %a : tensor<2x3xf32>\n}\n",
    "func.func @f(%x: tensor<8xbf16> {nn.name = \"x\"}, %m: tensor<2x2xi1> {nn.name = \"mask\"}) -> tensor<8xbf16> {\n  return %x : tensor<8xbf16>\n}\n",
    "func.func @f(%h: tensor<1x4xf16>, %i: tensor<3xi32>, %s: tensor<f32>) -> tensor<f32> {\n  return %s : tensor<f32>\n}\n",
    "func.func @f(%e: tensor<0x5xf32>) -> tensor<0x5xf32> {\n  return %e : tensor<0x5xf32>\n}\n",
];

fn modules() -> &'static Vec<(ir::Module, ir::OpId)> {
    static PARSED: OnceLock<Vec<(ir::Module, ir::OpId)>> = OnceLock::new();
    PARSED.get_or_init(|| {
        let _ = (func_dialect::DIALECTS, nn_dialect::DIALECT);
        let context = ir::Context::new();
        MODULES
            .iter()
            .map(|text| {
                let m = parse::parse_source(text, "fixed.mlir", &context).expect("parses");
                let func = runtime::entry_function(&m).expect("has a function");
                (m, func)
            })
            .collect()
    })
}

fuzz_target!(|data: &[u8]| {
    let Some((&selector, bytes)) = data.split_first() else { return };
    let (module, func) = &modules()[selector as usize % MODULES.len()];
    match runtime::io::read_inputs(module, *func, bytes, "fuzz.safetensors") {
        Ok(tensors) => {
            let args = module.block(module.entry_block(*func, 0).unwrap()).args.clone();
            assert_eq!(tensors.len(), args.len());
            for (t, a) in tensors.iter().zip(args) {
                let shape = runtime::tensor::shape_of(module.value_type(a)).unwrap();
                assert_eq!(t.shape, shape);
            }
        }
        Err(e) => assert!(e.to_string().contains("fuzz.safetensors"), "{e}"),
    }
});
