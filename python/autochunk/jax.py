"""Chunk a JAX function: lower it to StableHLO, import it, chunk it under a budget,
export it back to StableHLO and compile that with XLA.

    from autochunk.jax import chunk_jit
    f = chunk_jit(attention, q, k, v, budget=0.2)
    out = f(q, k, v)            # same values as jax.jit(attention)(q, k, v)
    f.plan                      # regions, peaks (bytes), arena
    f.memory_stats              # XLA's compiled memory statistics of the chunked program
"""
import jax
import numpy as np
from jax.extend import backend as _backend
from jax._src.lib import xla_client as _xla_client

from . import _autochunk


def lower(fn, *example_args):
    """The StableHLO text JAX writes for `fn` at these argument shapes (every argument
    kept, used or not, so the compiled program takes the same arguments)."""
    return jax.jit(fn, keep_unused=True).lower(*example_args)


def chunk_jit(fn, *example_args, budget=None, budget_bytes=None, device=None):
    """`fn` compiled by XLA after chunking under `budget` (a fraction of its unchunked
    peak activation memory) or `budget_bytes`. The result is called with arguments of
    the example arguments' shapes and dtypes and returns what `fn` returns (the same
    pytree). Raises autochunk.AutochunkError (with the location) when the function
    cannot be imported, chunked under the budget, or exported."""
    if budget is None and budget_bytes is None:
        budget = 0.2
    lowered = lower(fn, *example_args)
    text, plan = _autochunk.chunk(
        lowered.as_text(),
        budget=budget,
        budget_bytes=budget_bytes,
        file=getattr(fn, "__name__", "fn") + ".stablehlo.mlir",
        import_stablehlo=True,
        export_stablehlo=True,
    )
    backend = _backend.get_backend("cpu")
    device = device or backend.devices()[0]
    executable = backend.compile_and_load(
        text, _xla_client.DeviceList((device,)), _xla_client.CompileOptions()
    )
    out_tree = lowered.out_tree

    def call(*args):
        leaves = jax.tree_util.tree_leaves(args)
        buffers = [jax.device_put(np.asarray(x), device) for x in leaves]
        results = executable.execute_sharded(buffers)
        flat = [r[0] for r in results.disassemble_into_single_device_arrays()]
        return jax.tree_util.tree_unflatten(out_tree, flat)

    call.plan = plan
    call.text = text
    call.memory_stats = executable.get_compiled_memory_stats()
    call.__name__ = getattr(fn, "__name__", "chunked")
    call.__doc__ = getattr(fn, "__doc__", None)
    return call
