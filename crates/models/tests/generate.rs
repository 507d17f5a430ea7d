//! Every family builds and verifies at several sizes, spelled and fused; impossible
//! sizes are clear errors, never panics; names are unique and readable.
use ir::{Context, Module};
use models::*;

fn check(m: Result<Module, String>) -> Module {
    let m = m.expect("the model builds");
    ir::verify::verify(&m, &Context::new()).unwrap_or_else(|d| panic!("does not verify: {d}"));
    m
}

fn count(m: &Module, name: &str) -> usize {
    m.all_ops()
        .into_iter()
        .filter(|&o| m.name(o) == name)
        .count()
}

/// The `nn.name` of every argument of `@main`, in order.
fn arg_names(m: &Module) -> Vec<String> {
    let func = m
        .all_ops()
        .into_iter()
        .find(|&o| m.name(o) == "func.func")
        .unwrap();
    let attrs = m.attr(func, "arg_attrs").unwrap();
    let ir::Attribute::Array(items) = attrs else {
        panic!("arg_attrs is an array")
    };
    items
        .iter()
        .map(|d| {
            let entries = d.as_dictionary().unwrap();
            entries[0].value.as_str().unwrap().to_string()
        })
        .collect()
}

const MODES: [AttentionMode; 2] = [AttentionMode::Spelled, AttentionMode::Fused];

#[test]
fn gpt_sizes_verify() {
    for attention in MODES {
        for (layers, hidden, heads, seq, batch) in
            [(1, 8, 1, 1, 1), (2, 64, 4, 16, 2), (3, 96, 6, 33, 1)]
        {
            for no_embedding in [false, true] {
                let cfg = GptConfig {
                    layers,
                    hidden,
                    heads,
                    ffn: 4 * hidden,
                    seq,
                    batch,
                    vocab: 50,
                    no_embedding,
                    attention,
                };
                let m = check(gpt(&cfg));
                let fused = count(&m, "nn.attention");
                assert_eq!(
                    fused,
                    if attention == AttentionMode::Fused {
                        layers
                    } else {
                        0
                    }
                );
                assert_eq!(count(&m, "nn.softmax"), if fused > 0 { 0 } else { layers });
                assert_eq!(count(&m, "nn.layer_norm"), 2 * layers + 1);
            }
        }
    }
}

#[test]
fn gpt_names_are_stable() {
    let m = check(gpt(&GptConfig {
        layers: 1,
        ..GptConfig::default()
    }));
    let names = arg_names(&m);
    assert_eq!(names[0], "input_ids");
    assert!(names.contains(&"layers.0.attn.qkv.weight".to_string()));
    assert!(names.contains(&"ln_f.bias".to_string()));
    let mut sorted = names.clone();
    sorted.sort();
    sorted.dedup();
    assert_eq!(sorted.len(), names.len(), "argument names are unique");
}

#[test]
fn vit_sizes_verify() {
    for attention in MODES {
        for (image, patch, hidden, heads) in [(8, 8, 8, 2), (32, 8, 64, 4), (24, 4, 48, 3)] {
            let cfg = VitConfig {
                image,
                patch,
                hidden,
                heads,
                ffn: 2 * hidden,
                attention,
                ..VitConfig::default()
            };
            check(vit(&cfg));
        }
    }
}

#[test]
fn evoformer_sizes_verify() {
    for attention in MODES {
        for variant in [EvoformerVariant::Full, EvoformerVariant::TriangleAttention] {
            for (blocks, s, r) in [(1, 1, 1), (1, 4, 8), (2, 5, 7)] {
                let cfg = EvoformerConfig {
                    blocks,
                    msa_seqs: s,
                    residues: r,
                    variant,
                    attention,
                    ..EvoformerConfig::default()
                };
                let m = check(evoformer(&cfg));
                let attentions = if variant == EvoformerVariant::Full {
                    4
                } else {
                    1
                } * blocks;
                let n = if attention == AttentionMode::Fused {
                    count(&m, "nn.attention")
                } else {
                    count(&m, "nn.softmax")
                };
                assert_eq!(n, attentions);
            }
        }
    }
}

#[test]
fn unet_sizes_verify() {
    for attention in MODES {
        for (image, levels, attn, res_blocks) in [
            (8, 1, vec![], 1),
            (16, 3, vec![1, 2], 1),
            (16, 2, vec![0, 1], 2),
        ] {
            let cfg = UnetConfig {
                image,
                levels,
                attention_levels: attn,
                res_blocks,
                attention,
                ..UnetConfig::default()
            };
            check(unet(&cfg));
        }
    }
}

#[test]
fn impossible_sizes_are_clear_errors() {
    let err = |r: Result<Module, String>| r.expect_err("an error");
    let e = err(gpt(&GptConfig {
        hidden: 65,
        ..GptConfig::default()
    }));
    assert!(
        e.contains("hidden (65) must be divisible by heads (4)"),
        "{e}"
    );
    let e = err(gpt(&GptConfig {
        layers: 0,
        ..GptConfig::default()
    }));
    assert!(e.contains("layers must be at least 1"), "{e}");
    let e = err(gpt(&GptConfig {
        seq: 1 << 40,
        ..GptConfig::default()
    }));
    assert!(
        e.contains("too large") && e.contains("attention scores"),
        "{e}"
    );
    let e = err(vit(&VitConfig {
        image: 30,
        ..VitConfig::default()
    }));
    assert!(
        e.contains("image (30) must be divisible by patch (8)"),
        "{e}"
    );
    let e = err(vit(&VitConfig {
        image: usize::MAX / 2 - 7,
        patch: 1,
        ..VitConfig::default()
    }));
    assert!(e.contains("too large"), "{e}");
    let e = err(evoformer(&EvoformerConfig {
        residues: 0,
        ..EvoformerConfig::default()
    }));
    assert!(e.contains("residues must be at least 1"), "{e}");
    let e = err(evoformer(&EvoformerConfig {
        residues: 1 << 20,
        ..EvoformerConfig::default()
    }));
    assert!(e.contains("too large"), "{e}");
    let e = err(unet(&UnetConfig {
        image: 12,
        levels: 4,
        ..UnetConfig::default()
    }));
    assert!(e.contains("divisible by 2^(levels - 1) = 8"), "{e}");
    let e = err(unet(&UnetConfig {
        attention_levels: vec![3],
        ..UnetConfig::default()
    }));
    assert!(e.contains("attention level 3 does not exist"), "{e}");
    let e = err(unet(&UnetConfig {
        groups: 5,
        ..UnetConfig::default()
    }));
    assert!(e.contains("divisible by groups (5)"), "{e}");
    let e = err(unet(&UnetConfig {
        levels: 200,
        image: 1 << 20,
        ..UnetConfig::default()
    }));
    assert!(e.contains("levels (200) too many"), "{e}");
}

#[test]
fn large_sizes_build_quickly() {
    // The benchmark sizes: generating is linear in the layer count and independent of
    // the tensor sizes. (Timing is checked informally in release; see docs/models.md.)
    let cfg = GptConfig {
        layers: 24,
        hidden: 1024,
        heads: 16,
        ffn: 4096,
        seq: 2048,
        ..GptConfig::default()
    };
    let m = check(gpt(&cfg));
    assert!(count(&m, "nn.matmul") >= 24 * 6);
    let cfg = EvoformerConfig {
        blocks: 48,
        msa_seqs: 512,
        residues: 384,
        c_m: 256,
        c_z: 128,
        heads: 8,
        pair_heads: 4,
        c_hidden: 32,
        c_opm: 32,
        c_tri_mul: 128,
        ..EvoformerConfig::default()
    };
    check(evoformer(&cfg));
}
