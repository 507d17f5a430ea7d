//! Pipeline parsing, options, IR dumps, verification and timing, with test-only passes.
use ir::{Builder, Context, DiagResult, Location, Module, OpDef, OpTrait, OperationState, Type};
use pass::{
    lookup, parse_pipeline, registered_passes, Pass, PassDef, PassManager, PassOptionDef,
    PassOptions, Statistic,
};

ir::inventory::submit! {
    OpDef {
        name: "ptest.module",
        summary: "test module",
        description: "",
        traits: &[OpTrait::NoTerminator, OpTrait::IsolatedFromAbove, OpTrait::SymbolTable],
        verify: None, infer: None, dim_flow: None, cost: None, fold: None, assembly: None,
        attributes: &[],
    }
}
ir::inventory::submit! {
    OpDef {
        name: "ptest.value",
        summary: "test value",
        description: "",
        traits: &[OpTrait::Pure],
        verify: None, infer: None, dim_flow: None, cost: None, fold: None, assembly: None,
        attributes: &[],
    }
}

/// Counts its runs in an attribute on the first top-level op.
struct Mark {
    step: i64,
    runs: u64,
}
impl Pass for Mark {
    fn statistics(&self) -> Vec<Statistic> {
        vec![Statistic::new("runs", "Times the pass ran", self.runs)]
    }
    fn run(&mut self, module: &mut Module, _context: &Context) -> DiagResult<()> {
        self.runs += 1;
        let top = module.top[0];
        let n = module
            .attr(top, "marks")
            .and_then(|a| a.as_int())
            .unwrap_or(0) as i64;
        module.set_attr(top, "marks", ir::Attribute::i64(n + self.step));
        Ok(())
    }
}

pass::inventory::submit! {
    PassDef {
        name: "test-mark",
        title: "TestMark",
        summary: "adds `step` to the `marks` attribute of the module",
        description: "",
        options: &[
            PassOptionDef { name: "step", summary: "increment", default: "1" },
            PassOptionDef { name: "verbose", summary: "unused flag", default: "false" },
        ],
        module_only: false,
        create: |o| {
            o.get_bool("verbose")?;
            Ok(Box::new(Mark { step: o.get_i64("step")?, runs: 0 }))
        },
    }
}

/// Changes nothing; declared as needing the whole module.
struct Whole;
impl Pass for Whole {
    fn run(&mut self, _module: &mut Module, _context: &Context) -> DiagResult<()> {
        Ok(())
    }
}
pass::inventory::submit! {
    PassDef {
        name: "test-whole",
        title: "TestWhole",
        summary: "does nothing, on the whole module",
        description: "",
        options: &[],
        module_only: true,
        create: |_| Ok(Box::new(Whole)),
    }
}

/// Fails after marking the module (so the dump after the failure shows the mark).
struct Fail;
impl Pass for Fail {
    fn run(&mut self, _module: &mut Module, _context: &Context) -> DiagResult<()> {
        Err(ir::Diagnostic::error(
            Location::Unknown,
            "test-fail always fails",
        ))
    }
}
pass::inventory::submit! {
    PassDef {
        name: "test-fail",
        title: "TestFail",
        summary: "always fails",
        description: "",
        options: &[],
        module_only: false,
        create: |_| Ok(Box::new(Fail)),
    }
}

/// Breaks the IR: inserts an op using a value that is not defined before it.
struct Break;
impl Pass for Break {
    fn run(&mut self, module: &mut Module, _context: &Context) -> DiagResult<()> {
        let body = module.entry_block(module.top[0], 0).unwrap();
        let first = module.first_op(body).unwrap();
        let v = module.result(first, 0);
        let user =
            module.create_op(OperationState::new("ptest.value", Location::Unknown).operands(&[v]));
        module.insert_before(first, user);
        Ok(())
    }
}
pass::inventory::submit! {
    PassDef {
        name: "test-break",
        title: "TestBreak",
        summary: "produces invalid IR",
        description: "",
        options: &[],
        module_only: false,
        create: |_| Ok(Box::new(Break)),
    }
}

fn small_module() -> Module {
    let mut m = Module::new();
    let body = m.create_block(&[]);
    let top =
        m.create_op(OperationState::new("ptest.module", Location::Unknown).region(vec![body]));
    m.top.push(top);
    let mut b = Builder::at_end(&mut m, body);
    b.op("ptest.value", &[], &[], &[Type::f32()]);
    m
}

#[test]
fn registry_is_sorted_and_finds_passes() {
    let names: Vec<&str> = registered_passes().iter().map(|d| d.name).collect();
    let mut sorted = names.clone();
    sorted.sort();
    assert_eq!(names, sorted);
    assert!(names.contains(&"test-mark"));
    assert!(lookup("test-mark").is_some());
    assert!(lookup("nope").is_none());
}

#[test]
fn parses_nested_pipelines_with_options() {
    let p = parse_pipeline(
        "builtin.module(test-mark{step=3 verbose=true}, func.func(test-mark), test-mark)",
    )
    .unwrap();
    assert_eq!(p.len(), 3);
    assert_eq!(p[0].options.get_i64("step").unwrap(), 3);
    assert!(p[0].options.get_bool("verbose").unwrap());
    assert_eq!(p[0].anchor, "builtin.module");
    assert_eq!(p[1].anchor, "func.func");
    assert_eq!(p[2].options.get_i64("step").unwrap(), 1);
    // A bare list is anchored on the module; empty pipelines are fine.
    assert_eq!(parse_pipeline("test-mark,test-mark").unwrap().len(), 2);
    assert!(parse_pipeline("builtin.module()").unwrap().is_empty());
    assert!(parse_pipeline("").unwrap().is_empty());
}

#[test]
fn pipeline_errors_give_columns() {
    let e = parse_pipeline("builtin.module(test-mark,nope)").unwrap_err();
    assert_eq!(
        e.to_string(),
        "invalid pass pipeline at column 26: unknown pass 'nope'"
    );
    assert_eq!(
        e.render("builtin.module(test-mark,nope)"),
        "invalid pass pipeline at column 26: unknown pass 'nope'\n  \
         builtin.module(test-mark,nope)\n                           ^"
    );
    let e = parse_pipeline("builtin.module(test-mark")
        .unwrap_err()
        .to_string();
    assert!(e.contains("column 25") && e.contains("expected ')'"), "{e}");
    let e = parse_pipeline("builtin.module(test-mark,)")
        .unwrap_err()
        .to_string();
    assert!(
        e.contains("column 26") && e.contains("expected a pass or anchor name"),
        "{e}"
    );
    let e = parse_pipeline("foo.bar(test-mark)")
        .unwrap_err()
        .to_string();
    assert!(
        e.contains("column 1") && e.contains("not a pipeline anchor"),
        "{e}"
    );
    let e = parse_pipeline("builtin.module(test-mark{step=1)")
        .unwrap_err()
        .to_string();
    assert!(e.contains("column 25") && e.contains("unterminated"), "{e}");
    let e = parse_pipeline("builtin.module(test-mark))")
        .unwrap_err()
        .to_string();
    assert!(e.contains("column 26"), "{e}");
}

#[test]
fn unknown_option_names_pass_and_lists_options() {
    let e = parse_pipeline("builtin.module(test-mark{stp=2})")
        .unwrap_err()
        .to_string();
    assert!(
        e.contains("pass 'test-mark' has no option 'stp'; valid options: step, verbose"),
        "{e}"
    );
    let def = lookup("test-break").unwrap();
    let e = PassOptions::parse(def, "x=1").unwrap_err();
    assert!(e.contains("it takes no options"), "{e}");
}

#[test]
fn bad_option_value_names_the_option() {
    let mut pm = PassManager::new();
    let e = pm.add_pipeline("test-mark{step=abc}").unwrap_err();
    assert_eq!(
        e.to_string(),
        "invalid pass pipeline at column 11: invalid value 'abc' for option 'step' of pass \
         'test-mark': expected an integer"
    );
    // The column is the bad option's, not the pass's.
    let e = pm
        .add_pipeline("builtin.module(test-mark{step=1  verbose=maybe})")
        .unwrap_err();
    assert_eq!(e.column, 34, "{e}");
    assert!(e.message.contains("option 'verbose'"), "{e}");
    assert!(e.message.contains("expected true or false"), "{e}");
    // An option given twice is an error at the pass.
    let e = pm.add_pipeline("test-mark{step=1 step=2}").unwrap_err();
    assert!(e.message.contains("given twice"), "{e}");
}

#[test]
fn module_only_passes_are_refused_under_func_func() {
    let e = parse_pipeline("builtin.module(func.func(test-whole))").unwrap_err();
    assert_eq!(e.column, 26, "{e}");
    assert!(e.message.contains("works on the whole module"), "{e}");
    assert!(parse_pipeline("builtin.module(test-whole)").is_ok());
}

fn dump_headers(out: Vec<u8>) -> Vec<String> {
    String::from_utf8(out)
        .unwrap()
        .lines()
        .filter(|l| l.starts_with("// -----//"))
        .map(str::to_string)
        .collect()
}

#[test]
fn dumps_before_and_after_named_passes_only() {
    let context = Context::new();
    let mut m = small_module();
    let mut pm = PassManager::new();
    pm.add_pipeline("test-mark,test-whole,test-mark").unwrap();
    pm.print_ir_before = vec!["test-whole".into()];
    pm.print_ir_after = vec!["test-mark".into()];
    let mut out = Vec::new();
    pm.run(&mut m, &context, &mut out).unwrap();
    assert_eq!(
        dump_headers(out),
        [
            "// -----// IR Dump After TestMark (test-mark) //----- //",
            "// -----// IR Dump Before TestWhole (test-whole) //----- //",
            "// -----// IR Dump After TestMark (test-mark) //----- //",
        ]
    );
}

#[test]
fn after_change_skips_passes_that_change_nothing() {
    let context = Context::new();
    let mut m = small_module();
    let mut pm = PassManager::new();
    // test-whole leaves the module as it is; test-mark changes an attribute.
    pm.add_pipeline("test-whole,test-mark,test-whole").unwrap();
    pm.print_ir_after_all = true;
    pm.print_ir_after_change = true;
    let mut out = Vec::new();
    pm.run(&mut m, &context, &mut out).unwrap();
    assert_eq!(
        dump_headers(out),
        ["// -----// IR Dump After TestMark (test-mark) //----- //"]
    );
}

#[test]
fn after_failure_dumps_the_ir_the_failing_pass_left() {
    let context = Context::new();
    let mut m = small_module();
    let mut pm = PassManager::new();
    pm.add_pipeline("test-mark,test-fail").unwrap();
    pm.print_ir_after_failure = true;
    let mut out = Vec::new();
    let e = pm.run(&mut m, &context, &mut out).unwrap_err();
    assert_eq!(e.message, "test-fail always fails");
    let text = String::from_utf8(out).unwrap();
    assert!(
        text.starts_with("// -----// IR Dump After TestFail (test-fail) //----- //"),
        "{text}"
    );
    assert!(text.contains("marks = 1"), "{text}");
    // Without the flag, nothing is dumped.
    let mut pm = PassManager::new();
    pm.add_pipeline("test-fail").unwrap();
    let mut out = Vec::new();
    pm.run(&mut small_module(), &context, &mut out).unwrap_err();
    assert!(out.is_empty());
}

#[test]
fn statistics_report_sums_each_pass_instance() {
    let context = Context::new();
    let mut m = small_module();
    let mut pm = PassManager::new();
    pm.add_pipeline("test-mark,test-whole,test-mark").unwrap();
    pm.run(&mut m, &context, &mut std::io::sink()).unwrap();
    pm.run(&mut m, &context, &mut std::io::sink()).unwrap();
    let report = pm.statistics_report();
    assert!(
        report.contains("... Pass statistics report ..."),
        "{report}"
    );
    // Each test-mark ran twice; test-whole counts nothing and is not listed.
    assert_eq!(
        report
            .lines()
            .filter(|l| *l == "  (S) 2 runs - Times the pass ran")
            .count(),
        2,
        "{report}"
    );
    assert!(!report.contains("test-whole"), "{report}");
}

#[test]
fn runs_passes_and_dumps_with_mlir_headers() {
    let context = Context::new();
    let mut m = small_module();
    let mut pm = PassManager::new();
    pm.add_pipeline("builtin.module(test-mark{step=2},test-mark)")
        .unwrap();
    pm.print_ir_before_all = true;
    pm.print_ir_after_all = true;
    pm.print_op_generic = true;
    let mut out = Vec::new();
    pm.run(&mut m, &context, &mut out).unwrap();
    assert_eq!(m.attr(m.top[0], "marks").unwrap().as_int(), Some(3));
    let text = String::from_utf8(out).unwrap();
    let headers: Vec<&str> = text
        .lines()
        .filter(|l| l.starts_with("// -----//"))
        .collect();
    assert_eq!(
        headers,
        [
            "// -----// IR Dump Before TestMark (test-mark) //----- //",
            "// -----// IR Dump After TestMark (test-mark) //----- //",
            "// -----// IR Dump Before TestMark (test-mark) //----- //",
            "// -----// IR Dump After TestMark (test-mark) //----- //",
        ]
    );
    assert!(text.contains("\"ptest.module\""), "{text}");
    assert!(text.contains("marks = 3"), "{text}");
}

#[test]
fn verify_each_names_the_pass() {
    let context = Context::new();
    let mut m = small_module();
    let mut pm = PassManager::new();
    pm.add_pipeline("test-mark,test-break,test-mark").unwrap();
    let e = pm.run(&mut m, &context, &mut std::io::sink()).unwrap_err();
    assert!(
        e.message
            .starts_with("verification failed after pass 'test-break':"),
        "{}",
        e.message
    );
    // Without verification the pipeline runs to the end.
    let mut m = small_module();
    let mut pm = PassManager::new();
    pm.verify_each = false;
    pm.add_pipeline("test-break,test-mark").unwrap();
    pm.run(&mut m, &context, &mut std::io::sink()).unwrap();
}

#[test]
fn timing_report_lists_each_pass() {
    let context = Context::new();
    let mut m = small_module();
    let mut pm = PassManager::new();
    pm.timing = true;
    pm.add_pipeline("test-mark,test-mark").unwrap();
    pm.run(&mut m, &context, &mut std::io::sink()).unwrap();
    let report = pm.timing_report();
    assert!(report.contains("... Execution time report ..."), "{report}");
    assert!(report.starts_with("===---"), "{report}");
    assert!(report.contains("Total Execution Time:"), "{report}");
    assert!(
        report.contains("----Wall Time----  ----Name----"),
        "{report}"
    );
    assert_eq!(
        report.lines().filter(|l| l.ends_with("  TestMark")).count(),
        1,
        "{report}"
    );
    assert!(report.contains("(A) Verifier"), "{report}");
    assert!(report.trim_end().ends_with("(100.0%)  Total"), "{report}");
}
