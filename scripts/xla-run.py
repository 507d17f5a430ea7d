#!/usr/bin/env python3
"""Compiles a StableHLO module (chunk-translate --emit=stablehlo) with XLA's CPU
backend through jaxlib, runs it on the inputs of a safetensors file (each argument by
its nn.name, else argN, else in file order) and writes the outputs (result0, result1, ...)
to a safetensors file. Prints XLA's compiled memory statistics as one JSON line.

  scripts/xla-run.py MODULE.mlir INPUTS.safetensors OUTPUTS.safetensors

Exit status 2 (with a message) when jax is not installed, 1 on any other error."""
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from tensor_files import arguments, write_safetensors  # noqa: E402


def main():
    if len(sys.argv) != 4:
        print(__doc__, file=sys.stderr)
        return 1
    try:
        import jax
        from jax.extend import backend as jax_backend
        from jax._src.lib import xla_client
        import numpy as np
    except ImportError as e:
        print(f"xla-run: jax is not installed ({e}); scripts/install-deps.sh installs it",
              file=sys.stderr)
        return 2
    module, inputs, outputs = sys.argv[1:]
    text = open(module).read()
    args = arguments(text, inputs)
    backend = jax_backend.get_backend("cpu")
    device = backend.devices()[0]
    try:
        exe = backend.compile_and_load(text, xla_client.DeviceList((device,)),
                                       xla_client.CompileOptions())
    except Exception as e:  # XLA's own message, with its location in the text
        print(f"xla-run: XLA cannot compile {module}: {e}", file=sys.stderr)
        return 1
    buffers = [jax.device_put(a, device) for a in args]
    results = exe.execute_sharded(buffers).disassemble_into_single_device_arrays()
    write_safetensors(outputs, [(f"result{i}", np.asarray(r[0])) for i, r in enumerate(results)])
    stats = exe.get_compiled_memory_stats()
    print(json.dumps({"temp_size_in_bytes": stats.temp_size_in_bytes,
                      "argument_size_in_bytes": stats.argument_size_in_bytes,
                      "output_size_in_bytes": stats.output_size_in_bytes}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
