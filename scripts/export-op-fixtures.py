#!/usr/bin/env python3
"""Export one tiny StableHLO fixture per op the frontend importer must support.

Each case is a small JAX function whose lowering contains the op under test. For each
case this writes, into tests/frontends/ops/:
  <case>.mlir                 jax.jit(f, keep_unused=True).lower(*args), pretty text,
                              no locations
  <case>.inputs.safetensors   the @main arguments, in order, keyed arg0, arg1, ...
  <case>.outputs.safetensors  what JAX computed for those inputs, keyed result0, ...
and tests/frontends/ops/CASES.txt: one line per case, `<case> <ops found>` (the
stablehlo./chlo. op names in the module, plus `call` where there is a func.call).

Every case lists a regex the lowered text must match (the op it exists for); the script
fails loudly if it does not. Inputs are small random arrays from a per-case fixed seed.
All values are float32, int32 or bool, except the bf16 convert case.

Run it by hand (not part of CI), from the repository root, with the venv described in
scripts/export-fixtures.py:

    JAX_PLATFORMS=cpu /work/venv-export/bin/python scripts/export-op-fixtures.py [CASE ...]

With no arguments it exports every case; CASES.txt is rebuilt from the .mlir files present.
"""
import os

os.environ.setdefault("JAX_PLATFORMS", "cpu")

import importlib.util
import re
import sys
import zlib

import jax
import jax.numpy as jnp
import numpy as np
from jax import lax
from safetensors.flax import save_file

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "tests", "frontends", "ops")

# The lowering, printing and op-listing rules of export-fixtures.py (its name has a
# dash, so it is loaded by path), so CASES.txt agrees with OPS.txt.
_spec = importlib.util.spec_from_file_location(
    "export_fixtures", os.path.join(HERE, "export-fixtures.py"))
fixtures = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(fixtures)

# --------------------------------------------------------------------------- inputs


class Rand:
    """Random inputs from a per-case seed (adding a case does not change the others)."""

    def __init__(self, name):
        self.rs = np.random.RandomState(zlib.crc32(name.encode()))

    def f32(self, *shape, scale=1.0):
        return (self.rs.standard_normal(shape) * scale).astype(np.float32)

    def pos(self, *shape, lo=0.1, hi=3.0):
        return self.rs.uniform(lo, hi, shape).astype(np.float32)

    def i32(self, *shape, lo=-10, hi=10):
        return self.rs.randint(lo, hi, shape).astype(np.int32)

    def bool(self, *shape):
        return self.rs.rand(*shape) < 0.5


# --------------------------------------------------------------------------- cases
# Each case: (function, args builder(Rand) -> tuple of arrays, regex the text must match).

CASES = {}


def case(name, pattern, fallback=None):
    """fallback: what jax 0.4.38 on CPU lowers the op to instead, where that differs;
    accepted with a NOTE (the case still tests that decomposition)."""
    def deco(build):
        CASES[name] = (build, pattern, fallback)
        return build
    return deco


@case("broadcast_in_dim", r"stablehlo\.broadcast_in_dim")
def _(r):
    # [4] -> [3, 4] and [3, 1] -> [3, 4]
    return (lambda a, b, c: (a[None, :] + b, jnp.broadcast_to(c, (3, 4)))), \
        (r.f32(4), r.f32(3, 4), r.f32(3, 1))


@case("constant", r"stablehlo\.constant dense<\[")
def _(r):
    k = np.array([[1.5, -2.0, 0.25], [3.0, 0.0, -0.5]], np.float32)
    return (lambda x: x * k + 1.0), (r.f32(2, 3),)


def binary(name, fn, op, lhs="f32", rhs="f32"):
    @case(name, rf"stablehlo\.{op}\b")
    def _(r):
        gen = {"f32": r.f32, "pos": r.pos}
        return fn, (gen[lhs](3, 4), gen[rhs](3, 4))


binary("add", lambda a, b: a + b, "add")
binary("subtract", lambda a, b: a - b, "subtract")
binary("multiply", lambda a, b: a * b, "multiply")
binary("divide", lambda a, b: a / b, "divide", rhs="pos")
binary("maximum", jnp.maximum, "maximum")
binary("minimum", jnp.minimum, "minimum")
binary("power", lax.pow, "power", lhs="pos")


def unary(name, fn, op, gen="f32", fallback=None):
    @case(name, rf"(?:stablehlo|chlo)\.{op}\b", fallback)
    def _(r):
        return fn, (getattr(r, gen)(3, 4),)


unary("negate", lambda x: -x, "negate")
unary("exponential", jnp.exp, "exponential")
unary("log", jnp.log, "log", "pos")
unary("rsqrt", lax.rsqrt, "rsqrt", "pos")
unary("sqrt", jnp.sqrt, "sqrt", "pos")
unary("tanh", jnp.tanh, "tanh")
# CPU lowers logistic to 1 / (1 + exp(-x)).
unary("logistic", lax.logistic, "logistic", fallback=r"stablehlo\.exponential")
unary("abs", jnp.abs, "abs")
unary("erf", lax.erf, "erf")
unary("erfc", lax.erfc, "erfc")


@case("and", r"stablehlo\.and\b")
def _(r):
    return (lambda a, b: a & b), (r.bool(3, 4), r.bool(3, 4))


@case("or", r"stablehlo\.or\b")
def _(r):
    return (lambda a, b: a | b), (r.bool(3, 4), r.bool(3, 4))


@case("not", r"stablehlo\.not\b")
def _(r):
    return (lambda a: ~a), (r.bool(3, 4),)


@case("compare", r"stablehlo\.compare\s+GT.*\n(?:.*\n)*.*stablehlo\.compare\s+EQ")
def _(r):
    a, b = r.f32(3, 4), r.f32(3, 4)
    b[0, :2] = a[0, :2]  # some equal elements
    i, j = r.i32(3, 4, lo=-3, hi=3), r.i32(3, 4, lo=-3, hi=3)

    def f(a, b, i, j):
        return a > b, a == b, a <= b, a != b, i < j, i >= j

    return f, (a, b, i, j)


@case("select", r"stablehlo\.select\b")
def _(r):
    return lax.select, (r.bool(3, 4), r.f32(3, 4), r.f32(3, 4))


@case("clamp", r"stablehlo\.clamp\b")
def _(r):
    return (lambda x: lax.clamp(np.float32(-0.5), x, np.float32(0.75))), (r.f32(3, 4),)


@case("convert", r"stablehlo\.convert\b")
def _(r):
    x = r.f32(3, 4, scale=3.0)
    x[0, :2] = 0.0  # zeros for f32 -> bool

    def f(x, i, b):
        return (lax.convert_element_type(x, jnp.int32),   # truncates toward zero
                lax.convert_element_type(i, jnp.float32),
                lax.convert_element_type(x, jnp.bool_),   # lowers to compare NE 0
                lax.convert_element_type(b, jnp.float32))

    return f, (x, r.i32(3, 4, lo=-100, hi=100), r.bool(3, 4))


@case("convert_bf16", r"stablehlo\.convert.*tensor<3x4xbf16>")
def _(r):
    def f(x, h):
        return (lax.convert_element_type(x, jnp.bfloat16),  # f32 -> bf16 (round to nearest even)
                lax.convert_element_type(h, jnp.float32))   # bf16 -> f32

    return f, (r.f32(3, 4), r.f32(3, 4).astype(jnp.bfloat16))


@case("reshape", r"stablehlo\.reshape\b")
def _(r):
    return (lambda x: x.reshape(4, 6)), (r.f32(2, 3, 4),)


@case("transpose", r"stablehlo\.transpose\b")
def _(r):
    return (lambda x: jnp.transpose(x, (2, 0, 1))), (r.f32(2, 3, 4),)


@case("slice", r"stablehlo\.slice .*\[0:6:3, 1:7:2\]")
def _(r):
    return (lambda x: (x[1:5, 2:], lax.slice(x, (0, 1), (6, 7), (3, 2)))), (r.f32(6, 7),)


# jnp indexing with a step other than 1 (x[1:5:2, ::3]) lowers to iota + gather, not slice.
@case("gather_strided_index", r"stablehlo\.\"?gather")
def _(r):
    return (lambda x: x[1:5:2, ::3]), (r.f32(6, 7),)


@case("dynamic_slice", r"stablehlo\.dynamic_slice\b")
def _(r):
    return (lambda x: lax.dynamic_slice(x, (1, 2), (2, 3))), (r.f32(4, 6),)


@case("dynamic_update_slice", r"stablehlo\.dynamic_update_slice\b")
def _(r):
    return (lambda x, u: lax.dynamic_update_slice(x, u, (2, 1))), (r.f32(4, 6), r.f32(2, 3))


@case("concatenate", r"stablehlo\.concatenate\b")
def _(r):
    return (lambda a, b, c: jnp.concatenate([a, b, c], axis=1)), (r.f32(2, 3), r.f32(2, 1), r.f32(2, 2))


@case("pad", r"stablehlo\.pad\b")
def _(r):
    return (lambda x: lax.pad(x, np.float32(0.5), [(1, -1, 0), (-2, 3, 0)])), (r.f32(4, 5),)


@case("iota", r"stablehlo\.iota\b")
def _(r):
    return (lambda x: x + jnp.arange(5, dtype=jnp.float32)), (r.f32(3, 5),)


@case("dot_general", r"stablehlo\.dot_general.*batching_dims = \[0\] x \[0\], contracting_dims = \[2\] x \[1\]")
def _(r):
    return (lambda a, b: jnp.einsum("bij,bjk->bik", a, b)), (r.f32(2, 3, 4), r.f32(2, 4, 5))


@case("reduce_sum", r"stablehlo\.reduce\(.*applies stablehlo\.add")
def _(r):
    return (lambda x: (jnp.sum(x, axis=1), jnp.sum(x))), (r.f32(3, 4, 2),)


@case("reduce_max", r"stablehlo\.reduce\(.*applies stablehlo\.maximum")
def _(r):
    return (lambda x: jnp.max(x, axis=(0, 2))), (r.f32(3, 4, 2),)


@case("reduce_min", r"stablehlo\.reduce\(.*applies stablehlo\.minimum")
def _(r):
    return (lambda x: jnp.min(x, axis=-1)), (r.f32(3, 4, 2),)


@case("reduce_and", r"stablehlo\.reduce\(.*applies stablehlo\.and")
def _(r):
    b = r.bool(4, 3)
    b[0] = True  # one all-true row
    return (lambda b: jnp.all(b, axis=1)), (b,)


@case("reduce_or", r"stablehlo\.reduce\(.*applies stablehlo\.or")
def _(r):
    b = r.bool(4, 3)
    b[0] = False  # one all-false row
    return (lambda b: jnp.any(b, axis=1)), (b,)


@case("gather_embedding", r"stablehlo\.\"?gather")
def _(r):
    return (lambda table, ids: table[ids]), (r.f32(10, 4), r.i32(2, 3, lo=0, hi=10))


@case("gather_take_along_axis", r"stablehlo\.\"?gather")
def _(r):
    return (lambda x, idx: jnp.take_along_axis(x, idx, axis=-1)), (r.f32(3, 5), r.i32(3, 2, lo=0, hi=5))


@case("convolution", r"stablehlo\.convolution")
def _(r):
    def f(x, w):
        return lax.conv_general_dilated(x, w, (1, 1), "SAME",
                                        dimension_numbers=("NHWC", "HWIO", "NHWC"))

    return f, (r.f32(1, 5, 5, 2), r.f32(3, 3, 2, 3))


@case("convolution_grouped", r"stablehlo\.convolution.*feature_group_count = 2")
def _(r):
    def f(x, w):
        return lax.conv_general_dilated(x, w, (2, 2), "SAME", rhs_dilation=(1, 1),
                                        dimension_numbers=("NHWC", "HWIO", "NHWC"),
                                        feature_group_count=2)

    return f, (r.f32(1, 6, 6, 4), r.f32(3, 3, 2, 4))


@case("reduce_window_max", r"stablehlo\.reduce_window")
def _(r):
    import flax.linen as nn
    return (lambda x: nn.max_pool(x, (2, 2), strides=(2, 2))), (r.f32(1, 4, 4, 3),)


@case("reduce_window_avg", r"stablehlo\.reduce_window")
def _(r):
    import flax.linen as nn
    return (lambda x: nn.avg_pool(x, (2, 2), strides=(2, 2))), (r.f32(1, 4, 4, 3),)


@case("top_k", r"top_k")
def _(r):
    return (lambda x: lax.top_k(x, 2)), (r.f32(3, 5),)


@jax.jit
def _inner(a, b):
    return jnp.tanh(a) * b


@case("func_call", r"call @\w+\(")
def _(r):
    return (lambda a, b: _inner(a, b) + _inner(b, a)), (r.f32(3, 4), r.f32(3, 4))


@case("while", r"stablehlo\.while\b")
def _(r):
    def f(x, w):
        def body(i, h):
            return jnp.tanh(h @ w) + i.astype(jnp.float32)

        return lax.fori_loop(0, 3, body, x)

    return f, (r.f32(2, 4), r.f32(4, 4, scale=0.5))


@case("argmax", r"stablehlo\.reduce\(\S+ init: \S+\), \(\S+ init: ")
def _(r):
    return (lambda x: (jnp.argmax(x, axis=-1), jnp.argmin(x, axis=0))), (r.f32(3, 5),)


@case("cumsum", r"stablehlo\.(?:reduce_window|slice|concatenate)")
def _(r):
    return (lambda x: jnp.cumsum(x, axis=-1)), (r.f32(3, 5),)


@case("sort", r"stablehlo\.sort\b")
def _(r):
    return (lambda x: jnp.sort(x, axis=-1)), (r.f32(3, 5),)


@case("scatter", r"stablehlo\.\"?scatter")
def _(r):
    # Repeated index 1: its updates add up.
    idx = np.array([1, 3, 1], np.int32)
    return (lambda x, idx, v: x.at[idx].add(v)), (r.f32(5, 2), idx, r.f32(3, 2))


@case("softmax", r"stablehlo\.exponential")
def _(r):
    return (lambda x: jax.nn.softmax(x, axis=-1)), (r.f32(3, 5, scale=2.0),)


@case("layer_norm", r"stablehlo\.rsqrt")
def _(r):
    def f(x, gamma, beta):
        mu = jnp.mean(x, axis=-1, keepdims=True)
        var = jnp.mean(jnp.square(x - mu), axis=-1, keepdims=True)
        return (x - mu) * lax.rsqrt(var + 1e-5) * gamma + beta

    return f, (r.f32(3, 8), 1.0 + 0.1 * r.f32(8), 0.1 * r.f32(8))


@case("rms_norm", r"stablehlo\.rsqrt")
def _(r):
    def f(x, w):
        var = jnp.mean(jnp.square(x), axis=-1, keepdims=True)
        return w * (x * lax.rsqrt(var + 1e-6))

    return f, (r.f32(3, 8), 1.0 + 0.1 * r.f32(8))


@case("gelu_tanh", r"stablehlo\.tanh")
def _(r):
    return (lambda x: jax.nn.gelu(x, approximate=True)), (r.f32(3, 5, scale=2.0),)


@case("gelu_erf", r"erf")
def _(r):
    return (lambda x: jax.nn.gelu(x, approximate=False)), (r.f32(3, 5, scale=2.0),)


@case("silu", r"stablehlo\.logistic", r"stablehlo\.exponential")
def _(r):
    return jax.nn.silu, (r.f32(3, 5, scale=2.0),)


# --------------------------------------------------------------------------- export

def export(name):
    build, pattern, fallback = CASES[name]
    f, args = build(Rand(name))
    args = tuple(jnp.asarray(a) for a in args)
    jf, lowered = fixtures.lower(f, args)
    text = fixtures.render(lowered)[0]

    m = fixtures.MAIN_RE.search(text)
    n_main = len(re.findall(r"%arg\d+:", m.group(1)))
    if n_main != len(args):
        raise SystemExit(f"{name}: @main has {n_main} arguments, expected {len(args)}")
    note = ""
    if not re.search(pattern, text):
        if fallback and re.search(fallback, text):
            note = f"  (NOTE: no /{pattern}/; lowered to /{fallback}/ instead)"
        else:
            print(text, file=sys.stderr)
            raise SystemExit(f"{name}: lowered text does not match /{pattern}/")

    outs = jax.tree_util.tree_leaves(jf(*args))
    allowed = {np.dtype(np.float32), np.dtype(np.int32), np.dtype(np.bool_)}
    if name == "convert_bf16":
        allowed.add(np.dtype(jnp.bfloat16))
    for y in list(args) + outs:
        if np.dtype(y.dtype) not in allowed:
            raise SystemExit(f"{name}: unexpected dtype {y.dtype}")

    fixtures.write_text(os.path.join(OUT, f"{name}.mlir"), text)
    save_file({f"arg{i}": a for i, a in enumerate(args)},
              os.path.join(OUT, f"{name}.inputs.safetensors"))
    save_file({f"result{i}": jnp.asarray(y) for i, y in enumerate(outs)},
              os.path.join(OUT, f"{name}.outputs.safetensors"))
    print(f"{name:24s} {' '.join(sorted(fixtures.ops_of(text)))}{note}")


def write_cases():
    lines = []
    for name in CASES:
        p = os.path.join(OUT, f"{name}.mlir")
        if os.path.isfile(p):
            lines.append(f"{name} {' '.join(sorted(fixtures.ops_of(open(p).read())))}\n")
    with open(os.path.join(OUT, "CASES.txt"), "w") as fh:
        fh.writelines(lines)


def main():
    names = sys.argv[1:] or list(CASES)
    for n in names:
        if n not in CASES:
            raise SystemExit(f"unknown case {n}; known: {' '.join(CASES)}")
    print(f"jax {jax.__version__}", file=sys.stderr)
    os.makedirs(OUT, exist_ok=True)
    for n in names:
        export(n)
    write_cases()


if __name__ == "__main__":
    main()
