"""The Python package: chunking MLIR text, the plan, errors as exceptions with their
location, and chunk_jit on JAX functions (skipped where jax is missing)."""
import os

import pytest

import autochunk

ROOT = os.path.join(os.path.dirname(__file__), "..", "..")


def read(path):
    with open(os.path.join(ROOT, path)) as f:
        return f.read()


def test_chunk_returns_text_and_a_plan_within_the_budget():
    text = read("lit-tests/Autochunk/autochunk.mlir")
    peak, where = autochunk.estimate_memory(text, file="attention.mlir")
    assert peak == 524288 and where.startswith("'nn.softmax' at attention.mlir:")
    chunked, plan = autochunk.chunk(text, budget=0.3, file="attention.mlir")
    assert '"chunk.for"' in chunked
    assert plan["unchunked_peak"] == peak
    assert plan["predicted_peak"] <= plan["budget"] == int(peak * 0.3)
    assert plan["arena_bytes"] <= plan["budget"]
    region = plan["regions"][0]
    assert region["iterations"] == -(-region["extent"] // region["chunk_size"])
    # The chunked text reads back and its estimate is the predicted peak.
    assert autochunk.estimate_memory(chunked)[0] == plan["predicted_peak"]
    _, by_bytes = autochunk.chunk(text, budget_bytes=200_000)
    assert by_bytes["budget"] == 200_000


def test_report_prints_the_plan(capsys):
    text = read("lit-tests/Autochunk/autochunk.mlir")
    _, plan = autochunk.chunk(text, budget=0.3, report=True, file="attention.mlir")
    err = capsys.readouterr().err
    assert err == plan["report"]
    assert err.startswith("// autochunk plan for @main")
    assert "unchunked peak: 524288 bytes" in err and "region 0:" in err


def test_errors_are_exceptions_with_their_location():
    with pytest.raises(autochunk.AutochunkError, match=r"^bad\.mlir:1:14: error: expected type"):
        autochunk.chunk("func.func @f(", budget=0.3, file="bad.mlir")
    text = read("lit-tests/Autochunk/autochunk.mlir")
    with pytest.raises(autochunk.AutochunkError, match=r"x\.mlir:\d+:\d+: error: autochunk: cannot meet the budget of 16 bytes"):
        autochunk.chunk(text, budget_bytes=16, file="x.mlir")
    with pytest.raises(autochunk.AutochunkError, match=r"at column 20: unknown pass 'nope'\n  builtin.module\(cse,nope\)\n {21}\^"):
        autochunk.run_pipeline(text, "builtin.module(cse,nope)")
    with pytest.raises(ValueError, match="exactly one of"):
        autochunk.chunk(text, budget=0.3, budget_bytes=100)
    with pytest.raises(autochunk.AutochunkError, match=r"must be in \(0, 1\]"):
        autochunk.chunk(text, budget=1.5)


def test_run_pipeline_runs_passes():
    text = read("lit-tests/Autochunk/autochunk.mlir")
    out = autochunk.run_pipeline(text, "builtin.module(canonicalize,autochunk{budget=0.5})")
    assert '"chunk.for"' in out


jax = pytest.importorskip("jax", reason="jax is not installed (scripts/install-deps.sh installs it)")


def test_chunk_jit_matches_jax_and_uses_less_xla_memory():
    import jax.numpy as jnp
    from autochunk.jax import chunk_jit

    def attention(q, k, v):
        scores = q @ k.T / jnp.sqrt(q.shape[-1])
        return jax.nn.softmax(scores, axis=-1) @ v

    key = jax.random.PRNGKey(0)
    q, k, v = (jax.random.normal(jax.random.fold_in(key, i), (512, 32), jnp.float32) for i in range(3))
    chunked = chunk_jit(attention, q, k, v, budget=0.2)
    want = jax.jit(attention)(q, k, v)
    got = chunked(q, k, v)
    assert float(jnp.abs(want - got).max() / jnp.abs(want).max()) <= 1e-5
    assert chunked.plan["predicted_peak"] <= 0.2 * chunked.plan["unchunked_peak"]
    whole = jax.jit(attention).lower(q, k, v).compile().memory_analysis().temp_size_in_bytes
    assert chunked.memory_stats.temp_size_in_bytes <= 0.35 * whole


def test_chunk_jit_keeps_pytrees_and_reports_refusals():
    import jax.numpy as jnp
    from autochunk.jax import chunk_jit

    def mlp(params, x):
        h = jax.nn.gelu(x @ params["w1"], approximate=False)
        return {"y": h @ params["w2"], "h_sum": h.sum(axis=-1)}

    key = jax.random.PRNGKey(1)
    params = {"w1": jax.random.normal(key, (64, 256)), "w2": jax.random.normal(key, (256, 64))}
    x = jax.random.normal(jax.random.fold_in(key, 2), (1024, 64))
    chunked = chunk_jit(mlp, params, x, budget=0.5)
    want = jax.jit(mlp)(params, x)
    got = chunked(params, x)
    assert set(got) == {"y", "h_sum"}
    for name in ("y", "h_sum"):
        err = jnp.abs(want[name] - got[name]).max() / jnp.abs(want[name]).max()
        assert float(err) <= 1e-5, name
    with pytest.raises(autochunk.AutochunkError, match="cannot meet the budget"):
        chunk_jit(mlp, params, x, budget_bytes=64)
