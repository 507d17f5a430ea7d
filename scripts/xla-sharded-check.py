#!/usr/bin/env python3
"""A sharded JAX function through autochunk and back, partitioned by XLA over 2 host
devices: attention over a batch sharded across the devices, exported by jax with each
partitioner's annotations (Shardy's sdy.mesh / sdy.sharding, JAX's default, and GSPMD's
mhlo.sharding), imported, chunked at a budget, exported to StableHLO and compiled by XLA
with SPMD partitioning. Checks the outputs against jax's own sharded run and that the
chunk loops did not split the sharded batch dimension; prints one JSON line per
partitioner with XLA's per-device temp bytes for jax's program and the chunked one.

  scripts/xla-sharded-check.py TOOLS_DIR [BUDGET]

Exit status 2 when jax is not installed, 1 when a check fails."""
import json
import os
import subprocess
import sys
import tempfile

os.environ["XLA_FLAGS"] = os.environ.get("XLA_FLAGS", "") + " --xla_force_host_platform_device_count=2"


def main():
    tools = sys.argv[1]
    budget = sys.argv[2] if len(sys.argv) > 2 else "0.5"
    try:
        import jax
        import numpy as np
        from jax.extend import backend as jax_backend
        from jax._src.lib import xla_client
        from jax.sharding import Mesh, NamedSharding, PartitionSpec as P
    except ImportError as e:
        print(f"xla-sharded-check: jax is not installed ({e})", file=sys.stderr)
        return 2
    failed = False
    for shardy in (True, False):
        failed |= check(jax, np, jax_backend, xla_client, Mesh, NamedSharding, P, tools, budget, shardy)
    return 1 if failed else 0


def check(jax, np, jax_backend, xla_client, Mesh, NamedSharding, P, tools, budget, shardy):
    """One partitioner's round trip; True when a check failed."""
    jax.config.update("jax_use_shardy_partitioner", shardy)
    annotation = "sdy.sharding" if shardy else "mhlo.sharding"
    devices = jax.devices()[:2]
    mesh = Mesh(np.array(devices), ("b",))
    batch = NamedSharding(mesh, P("b", None, None))
    whole = NamedSharding(mesh, P(None, None))

    def attention(x, wq, wk, wv):
        q, k, v = x @ wq, x @ wk, x @ wv
        # An op-level sharding too (a custom call @Sharding, or sdy.sharding_constraint).
        scores = jax.lax.with_sharding_constraint(q @ k.transpose(0, 2, 1) / 8.0, batch)
        return jax.nn.softmax(scores, axis=-1) @ v

    key = jax.random.PRNGKey(0)
    x = jax.random.normal(key, (4, 256, 64))
    ws = [jax.random.normal(jax.random.fold_in(key, i), (64, 64)) / 8.0 for i in range(3)]
    jitted = jax.jit(attention, in_shardings=(batch, whole, whole, whole), out_shardings=batch)
    lowered = jitted.lower(x, *ws)
    want = np.asarray(jitted(x, *ws))
    jax_temp = lowered.compile().memory_analysis().temp_size_in_bytes
    with tempfile.TemporaryDirectory() as d:
        exported = os.path.join(d, "sharded.mlir")
        chunked = os.path.join(d, "chunked.mlir")
        back = os.path.join(d, "chunked.stablehlo.mlir")
        open(exported, "w").write(lowered.as_text())
        for cmd in (
            [f"{tools}/chunk-opt", exported, "--convert-stablehlo-to-nn", f"--autochunk=budget={budget}", "-o", chunked],
            [f"{tools}/chunk-translate", chunked, "--emit=stablehlo", "-o", back],
        ):
            done = subprocess.run(cmd, capture_output=True, text=True)
            if done.returncode != 0:
                print(done.stderr, file=sys.stderr)
                return True
        text = open(back).read()
    constraint = "sdy.sharding_constraint" if shardy else "@Sharding"
    if annotation not in text or "stablehlo.while" not in text or constraint not in text:
        print(f"xla-sharded-check: the export lost the {annotation}s, the constraint or the loops", file=sys.stderr)
        return True
    # The loops slice the sequence (dim 1) or feature dims, never the sharded batch:
    # every dynamic_slice of a rank-3 activation keeps the full batch of 4.
    for line in text.splitlines():
        if "stablehlo.dynamic_slice" in line and "sizes = [" in line:
            sizes = line.split("sizes = [")[1].split("]")[0].split(",")
            if len(sizes) == 3 and int(sizes[0]) != 4:
                print(f"xla-sharded-check: a loop slices the sharded batch: {line.strip()}", file=sys.stderr)
                return True
    backend = jax_backend.get_backend("cpu")
    options = xla_client.CompileOptions()
    build = options.executable_build_options
    build.num_replicas = 1
    build.num_partitions = 2
    build.use_spmd_partitioning = True
    build.use_shardy_partitioner = shardy
    build.device_assignment = xla_client.DeviceAssignment.create(np.array([[0, 1]]))
    executable = backend.compile_and_load(text, xla_client.DeviceList(tuple(devices)), options)
    args = [jax.device_put(x, batch)] + [jax.device_put(w, whole) for w in ws]
    shards = executable.execute_sharded(args).disassemble_into_single_device_arrays()[0]
    got = np.concatenate([np.asarray(s) for s in shards], axis=0)
    error = float(np.abs(got - want).max() / np.abs(want).max())
    temp = executable.get_compiled_memory_stats().temp_size_in_bytes
    print(json.dumps({"partitioner": "shardy" if shardy else "gspmd",
                      "max_rel_error": error, "jax_temp_bytes_per_device": jax_temp,
                      "chunked_temp_bytes_per_device": temp,
                      "shard_shape": list(np.asarray(shards[0]).shape)}))
    return error > 1e-5


if __name__ == "__main__":
    sys.exit(main())
