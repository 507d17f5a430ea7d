#!/usr/bin/env python3
"""Compiles a module with IREE (llvm-cpu, the host CPU) and runs it on the inputs of a
safetensors file, writing the outputs (result0, result1, ...) to a safetensors file.
The module is what chunk-translate writes: upstream MLIR (--emit=mlir: linalg, tensor,
scf on tensors) or StableHLO (--emit=stablehlo). Prints one JSON line: IREE's device
allocator peak (bytes; IREE counts the buffers it allocates through the HAL allocator,
the arguments here), the process's peak RSS before and after the call (bytes; the
module is compiled in a child process, so the difference is the run's), compile and
run seconds.

  scripts/iree-run.py MODULE.mlir INPUTS.safetensors OUTPUTS.safetensors

Exit status 2 (with a message) when IREE is not installed, 1 on any other error."""
import json
import os
import resource
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from tensor_files import arguments, write_safetensors  # noqa: E402


def main():
    if len(sys.argv) != 4:
        print(__doc__, file=sys.stderr)
        return 1
    try:
        import iree.compiler  # noqa: F401 (the child process compiles with it)
        import iree.runtime as runtime
        import numpy as np
    except ImportError as e:
        print(f"iree-run: IREE is not installed ({e}); pip install iree-base-compiler "
              "iree-base-runtime (scripts/install-deps.sh does)", file=sys.stderr)
        return 2
    module, inputs, outputs = sys.argv[1:]
    text = open(module).read()
    input_type = "stablehlo" if "stablehlo." in text else "auto"
    start = time.perf_counter()
    # Compiled in a child process, so the peak RSS measured here is the run's alone.
    import subprocess
    import tempfile
    with tempfile.TemporaryDirectory() as tmp:
        vmfb = os.path.join(tmp, "module.vmfb")
        compile_script = (
            "import sys, iree.compiler as c; "
            "open(sys.argv[2], 'wb').write(c.compile_file(sys.argv[1], target_backends=['llvm-cpu'], "
            f"input_type={input_type!r}, extra_args=['--iree-llvmcpu-target-cpu=host']))"
        )
        done = subprocess.run([sys.executable, "-c", compile_script, module, vmfb],
                              capture_output=True, text=True)
        if done.returncode != 0:  # IREE's own diagnostics, located in the text
            print(f"iree-run: IREE cannot compile {module}:\n{done.stderr}", file=sys.stderr)
            return 1
        flatbuffer = open(vmfb, "rb").read()
    compiled = time.perf_counter()
    args = arguments(text, inputs)
    config = runtime.Config("local-task")
    context = runtime.SystemContext(config=config)
    vm_module = runtime.VmModule.copy_buffer(config.vm_instance, flatbuffer)
    context.add_vm_module(vm_module)
    # The module's name is the MLIR module's (`module @jit_f` from JAX), else "module".
    function = context.modules[vm_module.name]["main"]
    rss_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
    results = function(*args)
    if not isinstance(results, (list, tuple)):
        results = [results]
    arrays = [np.asarray(r.to_host() if hasattr(r, "to_host") else r) for r in results]
    ran = time.perf_counter()
    write_safetensors(outputs, [(f"result{i}", a) for i, a in enumerate(arrays)])
    stats = config.device.allocator.statistics
    print(json.dumps({
        "device_bytes_peak": stats.get("device_bytes_peak", 0) + stats.get("host_bytes_peak", 0),
        "max_rss_bytes": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024,
        "rss_before_run_bytes": rss_before,
        "compile_s": round(compiled - start, 3),
        "run_s": round(ran - compiled, 3),
    }))
    return 0


if __name__ == "__main__":
    sys.exit(main())
