"""AutoChunk: fit a model's activation memory under a budget by computing regions of
its graph chunk by chunk.

    import autochunk
    chunked, plan = autochunk.chunk(text, budget=0.2)          # MLIR text in the nn dialect
    peak, where = autochunk.estimate_memory(text)
    out = autochunk.run_pipeline(text, "builtin.module(canonicalize,cse)")

    from autochunk.jax import chunk_jit                          # a JAX function, chunked
    f = chunk_jit(fn, *example_args, budget=0.2)                  # and compiled by XLA
    y = f(*args)

Every error is an AutochunkError whose message starts with its file:line:col (a
pipeline string's error shows the pipeline with a caret); a bad argument combination is
a ValueError. docs/embedding.md in the repository is the guide.
"""
from ._autochunk import AutochunkError, chunk, estimate_memory, run_pipeline

__all__ = ["AutochunkError", "chunk", "estimate_memory", "run_pipeline"]
