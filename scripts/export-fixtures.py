#!/usr/bin/env python3
"""Export small StableHLO test fixtures from JAX for the frontend tests.

Writes, for each model, into tests/frontends/<name>/:
  model.mlir           jax.jit(f).lower(*args).as_text()            (pretty StableHLO)
  model.debug.mlir     .as_text(debug_info=True)                    (name locations)
  model.generic.mlir   the same module in generic op form, no locations
  inputs.safetensors   every @main argument, in flattened order, keyed arg0, arg1, ...
                       (metadata "arg_paths": JSON list, entry i = argi's pytree path)
  outputs.safetensors  what JAX computed for those inputs, keyed result0, result1, ...
and tests/frontends/OPS.txt: each op name that appears in some model.mlir, with the
models that use it.

f takes the parameter pytree as its first argument (weights are function arguments,
not constants), then the inputs. All models use random weights from configs; nothing
is downloaded.

Run it by hand (not part of CI), from the repository root:

    python3 -m venv /work/venv-export
    /work/venv-export/bin/pip install jax==0.4.38 jaxlib==0.4.38 flax==0.10.2 \
        'transformers>=4.40,<4.50' safetensors numpy
    JAX_PLATFORMS=cpu /work/venv-export/bin/python scripts/export-fixtures.py [MODEL ...]

(transformers 4.4x: the last with Flax models.) No MODEL: every model, else the named
ones (OPS.txt is rebuilt). --long: long/<name>.mlir (see LONG); --deep: long/gpt2_24.mlir;
--torch, --torch-args: torch_gpt2(_args)/ through torch-mlir, another venv (see the end).
"""
import os

os.environ.setdefault("JAX_PLATFORMS", "cpu")

import inspect
import json
import re
import sys

import jax
import jax.numpy as jnp
import numpy as np
from safetensors.flax import save_file

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tests", "frontends")

# --------------------------------------------------------------------------- models
# Each builder returns (f, args): f(params, *inputs) -> array or tuple of arrays.
# The keyword arguments set the sequence (or image, pair) size: their defaults give the
# small fixtures, LONG below the long-sequence variants.


def gpt2(dtype=jnp.float32, seq=16, max_pos=32):
    from transformers import FlaxGPT2LMHeadModel, GPT2Config

    cfg = GPT2Config(vocab_size=100, n_positions=max_pos, n_embd=32, n_layer=2, n_head=2)
    m = FlaxGPT2LMHeadModel(cfg, seed=0, dtype=dtype)
    params = jax.tree_util.tree_map(lambda x: x.astype(dtype), m.params)
    ids = np.random.RandomState(1).randint(0, cfg.vocab_size, (1, seq)).astype(np.int32)

    def f(params, input_ids):
        return m(input_ids, params=params).logits

    return f, (params, jnp.asarray(ids))


def gpt2_bf16(**size):
    return gpt2(jnp.bfloat16, **size)


def vit(image=32):
    from transformers import FlaxViTModel, ViTConfig

    cfg = ViTConfig(image_size=image, patch_size=8, num_channels=3, hidden_size=32,
                    num_hidden_layers=2, num_attention_heads=2, intermediate_size=64)
    # add_pooling_layer=False: the pooler is not part of last_hidden_state.
    m = FlaxViTModel(cfg, seed=0, add_pooling_layer=False)
    # HF's Flax ViT takes NCHW and transposes to NHWC itself.
    px = np.random.RandomState(1).standard_normal((1, 3, image, image)).astype(np.float32)

    def f(params, pixel_values):
        return m(pixel_values, params=params).last_hidden_state

    return f, (m.params, jnp.asarray(px))


def bert(seq=16, max_pos=32):
    from transformers import BertConfig, FlaxBertModel

    cfg = BertConfig(vocab_size=100, hidden_size=32, num_hidden_layers=2, num_attention_heads=2,
                     intermediate_size=64, max_position_embeddings=max_pos)
    m = FlaxBertModel(cfg, seed=0, add_pooling_layer=False)
    ids = np.random.RandomState(1).randint(0, cfg.vocab_size, (1, seq)).astype(np.int32)
    mask = np.ones((1, seq), np.int32)
    mask[0, seq * 3 // 4:] = 0  # padding at the end

    def f(params, input_ids, attention_mask):
        return m(input_ids, attention_mask=attention_mask, params=params).last_hidden_state

    return f, (m.params, jnp.asarray(ids), jnp.asarray(mask))


def llama(seq=16, max_pos=32):
    from transformers import FlaxLlamaModel, LlamaConfig

    # max_position_embeddings is kept small: the RoPE sin/cos table and the causal mask
    # are baked into the module as constants of that size.
    cfg = LlamaConfig(vocab_size=100, hidden_size=32, intermediate_size=64, num_hidden_layers=2,
                      num_attention_heads=4, num_key_value_heads=2, max_position_embeddings=max_pos)
    m = FlaxLlamaModel(cfg, seed=0)
    ids = np.random.RandomState(1).randint(0, cfg.vocab_size, (1, seq)).astype(np.int32)

    def f(params, input_ids):
        return m(input_ids, params=params).last_hidden_state

    return f, (m.params, jnp.asarray(ids))


def triangle_attention(N=16):
    """AlphaFold-2 triangle attention around the starting node (Algorithm 13)."""
    c, H, ch = 16, 2, 8  # pair channels, heads, channels per head (N: pair size)
    rs = np.random.RandomState(0)

    def w(*shape, scale=None):
        scale = 1.0 / np.sqrt(shape[0]) if scale is None else scale
        return jnp.asarray(rs.standard_normal(shape).astype(np.float32) * scale)

    params = {
        "ln_scale": jnp.asarray(1.0 + 0.1 * rs.standard_normal(c).astype(np.float32)),
        "ln_bias": jnp.asarray(0.1 * rs.standard_normal(c).astype(np.float32)),
        "wq": w(c, H, ch), "wk": w(c, H, ch), "wv": w(c, H, ch),
        "wb": w(c, H),
        "wg": w(c, H, ch), "bg": jnp.ones((H, ch), jnp.float32),
        "wo": w(H, ch, c, scale=1.0 / np.sqrt(H * ch)), "bo": jnp.zeros((c,), jnp.float32),
    }
    z = jnp.asarray(rs.standard_normal((N, N, c)).astype(np.float32))

    def f(p, z):
        mu = jnp.mean(z, axis=-1, keepdims=True)
        var = jnp.mean(jnp.square(z - mu), axis=-1, keepdims=True)
        zn = (z - mu) * jax.lax.rsqrt(var + 1e-5) * p["ln_scale"] + p["ln_bias"]
        q = jnp.einsum("ijc,chd->ijhd", zn, p["wq"]) * (ch ** -0.5)
        k = jnp.einsum("ijc,chd->ijhd", zn, p["wk"])
        v = jnp.einsum("ijc,chd->ijhd", zn, p["wv"])
        b = jnp.einsum("jkc,ch->hjk", zn, p["wb"])  # pair bias [H, N, N]
        # row i: node j attends to node k along the edges starting at i
        logits = jnp.einsum("ijhd,ikhd->ihjk", q, k) + b[None]
        a = jax.nn.softmax(logits, axis=-1)
        o = jnp.einsum("ihjk,ikhd->ijhd", a, v)
        g = jax.nn.sigmoid(jnp.einsum("ijc,chd->ijhd", zn, p["wg"]) + p["bg"])
        return jnp.einsum("ijhd,hdc->ijc", g * o, p["wo"]) + p["bo"]

    return f, (params, z)


def conv_attention(hw=8):
    import flax.linen as nn

    class ConvAttention(nn.Module):
        features: int = 16
        heads: int = 2

        @nn.compact
        def __call__(self, x):  # x: [B, H, W, C]
            x = nn.Conv(self.features, kernel_size=(3, 3), padding="SAME")(x)
            x = nn.gelu(x)
            b, h, w, c = x.shape
            t = x.reshape(b, h * w, c)
            t = t + nn.MultiHeadDotProductAttention(num_heads=self.heads, qkv_features=c,
                                                    deterministic=True)(t)
            return nn.LayerNorm()(t)

    mod = ConvAttention()
    x = jnp.asarray(np.random.RandomState(1).standard_normal((1, hw, hw, 4)).astype(np.float32))
    params = mod.init(jax.random.PRNGKey(0), x)

    def f(params, x):
        return mod.apply(params, x)

    return f, (params, x)


MODELS = {
    "gpt2": gpt2,
    "gpt2_bf16": gpt2_bf16,
    "vit": vit,
    "bert": bert,
    "llama": llama,
    "triangle_attention": triangle_attention,
    "conv_attention": conv_attention,
}

# Long-sequence variants (--long), for testing memory chunking: the same tiny widths, but
# the attention scores [heads, L, L] dominate memory. Only model.mlir is written for them,
# as long/<name>.mlir.
LONG = {
    "gpt2": dict(seq=256, max_pos=256),
    "gpt2_bf16": dict(seq=256, max_pos=256),
    "vit": dict(image=128),  # patch 8: 16x16 patches + [CLS] = 257 tokens
    "bert": dict(seq=256, max_pos=256),
    "llama": dict(seq=256, max_pos=256),
    "triangle_attention": dict(N=128),  # pair activations dominate the whole-needed [N, N, c] ones from here on
    "conv_attention": dict(hw=32),  # 1024 tokens
}

# --------------------------------------------------------------------------- export

# An op name at an op position (not an attribute like #stablehlo.gather<...>).
OP_RE = re.compile(r"(?<![#\w.!])((?:stablehlo|chlo)\.[a-z_]+)")
CALL_RE = re.compile(r"(?:=|^)\s*(?:func\.)?call\s+@", re.M)
MAIN_RE = re.compile(r"func\.func public @main\((.*?)\)\s*->", re.S)


def ops_of(text):
    ops = set(OP_RE.findall(text))
    if CALL_RE.search(text):
        ops.add("call")
    return ops


def path_str(f, path):
    """A leaf's path named like JAX's argument locations: params['h']['0']['kernel']."""
    names = list(inspect.signature(f).parameters)
    return names[path[0].idx] + jax.tree_util.keystr(tuple(path[1:]))


def render(lowered):
    """(pretty, pretty with locations, generic without locations) texts of the module."""
    try:  # newer jax
        text = lowered.as_text(debug_info=False)
        debug = lowered.as_text(debug_info=True)
    except TypeError:  # jax 0.4.x: as_text() has no debug_info; print the module itself
        op = lowered.compiler_ir("stablehlo").operation
        text = op.get_asm(enable_debug_info=False)
        debug = op.get_asm(enable_debug_info=True)
    generic = lowered.compiler_ir("stablehlo").operation.get_asm(
        print_generic_op_form=True, enable_debug_info=False)
    return text, debug, generic


def lower(f, args):
    """(jitted f, its lowering for args)."""
    # keep_unused=True: otherwise jit may prune arguments the computation does not read,
    # and @main would no longer match the flattened argument list.
    jf = jax.jit(f, keep_unused=True)
    return jf, jf.lower(*args)


def write_text(path, body):
    with open(path, "w") as fh:
        fh.write(body if body.endswith("\n") else body + "\n")


def export(name):
    f, args = MODELS[name]()
    out_dir = os.path.join(ROOT, name)
    os.makedirs(out_dir, exist_ok=True)

    jf, lowered = lower(f, args)
    text, debug, generic = render(lowered)

    leaves = jax.tree_util.tree_flatten_with_path(args)[0]
    m = MAIN_RE.search(text)
    n_main = len(re.findall(r"%arg\d+:", m.group(1)))
    if n_main != len(leaves):
        raise SystemExit(f"{name}: @main has {n_main} arguments, pytree has {len(leaves)} leaves")

    outs = jax.tree_util.tree_leaves(jf(*args))
    res_types = re.search(r"->\s*\((.*?)\)\s*\{\n", text[m.start():], re.S)
    n_res = res_types.group(1).count("tensor<") if res_types else 1
    if n_res != len(outs):
        raise SystemExit(f"{name}: @main has {n_res} results, JAX returned {len(outs)}")

    for fname, body in [("model.mlir", text), ("model.debug.mlir", debug),
                        ("model.generic.mlir", generic)]:
        write_text(os.path.join(out_dir, fname), body)
    inputs = {f"arg{i}": jnp.asarray(x) for i, (_, x) in enumerate(leaves)}
    # One metadata key (safetensors writes a metadata map in no fixed order, so one key per
    # argument would make the file differ from run to run): a JSON list, entry i names argi.
    meta = {"arg_paths": json.dumps([path_str(f, p) for p, _ in leaves])}
    save_file(inputs, os.path.join(out_dir, "inputs.safetensors"), metadata=meta)
    save_file({f"result{i}": jnp.asarray(y) for i, y in enumerate(outs)},
              os.path.join(out_dir, "outputs.safetensors"))

    sizes = {fn: os.path.getsize(os.path.join(out_dir, fn)) for fn in sorted(os.listdir(out_dir))}
    print(f"== {name}: {len(leaves)} args, {len(outs)} results "
          f"{[(tuple(y.shape), str(y.dtype)) for y in outs]}")
    print("   sizes: " + ", ".join(f"{k} {v}" for k, v in sizes.items())
          + f"; total {sum(sizes.values())}")
    print("   ops: " + " ".join(sorted(ops_of(text))))


def export_long(name):
    f, args = MODELS[name](**LONG[name])
    text = render(lower(f, args)[1])[0]
    path = os.path.join(ROOT, "long", f"{name}.mlir")
    os.makedirs(os.path.dirname(path), exist_ok=True)
    write_text(path, text)
    print(f"== long/{name}.mlir: {LONG[name]}, {os.path.getsize(path)} bytes")


def write_ops():
    users = {}
    for name in sorted(os.listdir(ROOT)):
        p = os.path.join(ROOT, name, "model.mlir")
        if os.path.isfile(p):
            for op in ops_of(open(p).read()):
                users.setdefault(op, []).append(name)
    with open(os.path.join(ROOT, "OPS.txt"), "w") as fh:
        for op in sorted(users):
            fh.write(f"{op} {' '.join(users[op])}\n")
    print(f"== OPS.txt: {len(users)} ops")


def main():
    args = sys.argv[1:]
    long = "--long" in args
    names = [a for a in args if a != "--long"] or list(MODELS)
    for n in names:
        if n not in MODELS:
            raise SystemExit(f"unknown model {n}; known: {' '.join(MODELS)}")
    print(f"jax {jax.__version__}", file=sys.stderr)
    for n in names:
        export_long(n) if long else export(n)
    if not long:
        write_ops()


if __name__ == "__main__" and not {"--torch", "--torch-args", "--deep"} & set(sys.argv):
    main()


# --------------------------------------------------------------------------- PyTorch
# --torch: a random-weight PyTorch GPT-2 through torch-mlir's FX importer, into
# tests/frontends/torch_gpt2/ (model.mlir, inputs.safetensors, outputs.safetensors; OPS.txt
# is rebuilt). Its weights stay in the module as dense_resource<...> constants with their
# bytes in the trailing {-# dialect_resources #-} section. torch-mlir needs its own venv:
#
#     python3 -m venv /work/venv-torch
#     /work/venv-torch/bin/pip install torch torch-mlir 'transformers>=4.40,<4.50' \
#         safetensors numpy jax==0.4.38 jaxlib==0.4.38
#     JAX_PLATFORMS=cpu /work/venv-torch/bin/python scripts/export-fixtures.py --torch
#
# (jax only because this file imports it at the top.) This section sits below main()
# because model.debug.mlir records the line numbers of the call stack through this file:
# code added above main() would change every debug fixture.
#
# --torch-args: the same GPT-2 (config, seed, ids) with its parameters as arguments of
# @main instead: tests/frontends/torch_gpt2_args/ (model.mlir, inputs.safetensors keyed
# arg0.. in @main order, weights then ids; outputs.safetensors) and the long variant
# tests/frontends/long/torch_gpt2_args.mlir (n_positions 256, ids [1, 256]; module text
# only). Why: under the nn memory contract a constant is activation memory (it lives in
# the arena like any intermediate), so embedded dense_resource weights inflate the peak
# that chunking works against; weights as arguments are inputs, outside that budget.
# This is the recipe to use for PyTorch models meant for chunking.


def torch_ops(text):
    return " ".join(sorted(set(re.findall(r"(?:stablehlo|chlo|arith|tensor)\.[a-z_]+", text))))


def write_torch_fixture(name, text, args, logits):
    """tests/frontends/<name>/: the module, its arguments [(name, tensor)] keyed arg0.. in
    @main order (their names in the "arg_paths" metadata), and PyTorch's logits."""
    import torch
    from safetensors.numpy import save_file as save_np

    out_dir = os.path.join(ROOT, name)
    os.makedirs(out_dir, exist_ok=True)
    write_text(os.path.join(out_dir, "model.mlir"), text)
    save_np({f"arg{i}": t.numpy() for i, (_, t) in enumerate(args)},
            os.path.join(out_dir, "inputs.safetensors"),
            metadata={"arg_paths": json.dumps([n for n, _ in args])})
    save_np({"result0": logits.numpy().astype(np.float32)},
            os.path.join(out_dir, "outputs.safetensors"))
    sizes = {fn: os.path.getsize(os.path.join(out_dir, fn)) for fn in sorted(os.listdir(out_dir))}
    print(f"torch {torch.__version__}", file=sys.stderr)
    print(f"== {name}: {len(args)} args, logits {tuple(logits.shape)}; "
          + ", ".join(f"{k} {v}" for k, v in sizes.items()))
    print("   ops: " + torch_ops(text))


def export_torch():
    import torch
    from torch_mlir import fx
    from transformers import GPT2Config, GPT2LMHeadModel

    torch.manual_seed(0)
    cfg = GPT2Config(n_layer=2, n_embd=64, n_head=4, vocab_size=100, n_positions=32)
    model = GPT2LMHeadModel(cfg).eval()
    # The causal-mask buffers are registered non-persistent, so they are not in the
    # state_dict, where torch-mlir looks every buffer up ("Could not find state mapping").
    for m in model.modules():
        m._non_persistent_buffers_set.clear()

    class Logits(torch.nn.Module):
        def __init__(self, lm):
            super().__init__()
            self.lm = lm

        def forward(self, input_ids):
            return self.lm(input_ids, use_cache=False).logits

    f = Logits(model).eval()
    ids = torch.from_numpy(np.random.RandomState(1).randint(0, cfg.vocab_size, (1, 16)))
    with torch.no_grad():
        logits = f(ids)
        module = fx.export_and_import(f, ids, output_type="stablehlo")
    text = module.operation.get_asm(large_elements_limit=None)
    if "__elided__" in text:
        raise SystemExit("torch_gpt2: resource blobs were elided")
    main_args = re.search(r"func\.func (?:public )?@main\((.*?)\)\s*->", text, re.S).group(1)
    if re.findall(r"%arg\d+:", main_args) != ["%arg0:"]:
        raise SystemExit(f"torch_gpt2: @main takes ({main_args}), expected just the ids")

    write_torch_fixture("torch_gpt2", text, [("input_ids", ids)], logits)
    write_ops()


if __name__ == "__main__" and "--torch" in sys.argv:
    export_torch()


def torch_gpt2_args(n_positions=32, seq=16):
    """(module text, [(name, tensor)] in @main order, logits) of the --torch GPT-2 with
    its parameters as @main arguments."""
    import torch
    from torch_mlir import fx
    from transformers import GPT2Config, GPT2LMHeadModel

    torch.manual_seed(0)
    cfg = GPT2Config(n_layer=2, n_embd=64, n_head=4, vocab_size=100, n_positions=n_positions)
    model = GPT2LMHeadModel(cfg).eval()
    # named_parameters() drops duplicates: lm_head.weight is tied to transformer.wte.weight
    # and is passed once, as the latter; functional_call (tie_weights=True) ties it back.
    params = [(n, p.detach()) for n, p in model.named_parameters()]
    names = [n for n, _ in params]

    class Logits(torch.nn.Module):
        def __init__(self, lm):
            super().__init__()
            # Not a submodule: torch.export would lift its parameters into the module as
            # constants. Buffers functional_call leaves alone would still be captured as
            # constants (GPT-2 under sdpa reads none; its causal mask is iota/compare).
            self.__dict__["lm"] = lm

        def forward(self, weights, input_ids):
            return torch.func.functional_call(self.lm, dict(zip(names, weights)), (input_ids,),
                                              {"use_cache": False}).logits

    f = Logits(model).eval()
    weights = tuple(p for _, p in params)
    ids = torch.from_numpy(np.random.RandomState(1).randint(0, cfg.vocab_size, (1, seq)))
    with torch.no_grad():
        logits = f(weights, ids)
        module = fx.export_and_import(f, weights, ids, output_type="stablehlo")
    text = module.operation.get_asm(large_elements_limit=None)

    what = f"torch_gpt2_args (n_positions {n_positions}, seq {seq})"
    args = params + [("input_ids", ids)]
    main_args = re.search(r"func\.func (?:public )?@main\((.*?)\)\s*->", text, re.S).group(1)
    got = re.findall(r"%arg(\d+): tensor<([^>]*)>", main_args)
    want = [(str(i), "x".join([str(d) for d in t.shape] + [{torch.float32: "f32", torch.int64: "i64"}[t.dtype]]))
            for i, (_, t) in enumerate(args)]
    if got != want:
        raise SystemExit(f"{what}: @main takes ({main_args}),\nexpected {want} ({[n for n, _ in args]})")
    if "dense_resource" in text or "dialect_resources" in text:
        raise SystemExit(f"{what}: the module still embeds resource constants")
    # Splats and a few scalars only: a non-splat constant of more than 64 elements would be
    # a weight or buffer left in the module.
    for value, ty in re.findall(r"constant dense<(.*?)> : tensor<([^>]*)>", text):
        n = int(np.prod([int(d) for d in ty.split("x")[:-1]]))
        if value.startswith(("[", '"')) and n > 64:
            raise SystemExit(f"{what}: a {ty} constant is left in the module")
    return text, args, logits


def export_torch_args():
    text, args, logits = torch_gpt2_args()
    write_torch_fixture("torch_gpt2_args", text, args, logits)

    text, args, _ = torch_gpt2_args(n_positions=256, seq=256)
    path = os.path.join(ROOT, "long", "torch_gpt2_args.mlir")
    write_text(path, text)
    print(f"== long/torch_gpt2_args.mlir: {len(args)} args, ids [1, 256], "
          f"{os.path.getsize(path)} bytes")
    print("   ops: " + torch_ops(text))
    write_ops()


if __name__ == "__main__" and "--torch-args" in sys.argv:
    export_torch_args()


# --------------------------------------------------------------------------- deep
# --deep: a 24-layer GPT-2 (the depth of gpt2-medium; tiny widths, sequence 256) into
# tests/frontends/long/gpt2_24.mlir, for timing the importer on a deep export
# (docs/benchmarks.md). Below main() for the same reason as the PyTorch section.


def export_deep():
    from transformers import FlaxGPT2LMHeadModel, GPT2Config

    cfg = GPT2Config(vocab_size=100, n_positions=256, n_embd=32, n_layer=24, n_head=2)
    m = FlaxGPT2LMHeadModel(cfg, seed=0)
    ids = jnp.asarray(np.random.RandomState(1).randint(0, cfg.vocab_size, (1, 256)).astype(np.int32))

    def f(params, input_ids):
        return m(input_ids, params=params).logits

    text = render(lower(f, (m.params, ids))[1])[0]
    path = os.path.join(ROOT, "long", "gpt2_24.mlir")
    write_text(path, text)
    print(f"== long/gpt2_24.mlir: 24 layers, {os.path.getsize(path)} bytes")


if __name__ == "__main__" and "--deep" in sys.argv:
    export_deep()
