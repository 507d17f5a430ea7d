#!/usr/bin/env python3
"""Compiles a StableHLO module (chunk-translate --emit=stablehlo) with XLA's CPU
backend through jaxlib, runs it on the inputs of a safetensors file (in argument
order: by name argN, else file order) and writes the outputs (result0, result1, ...)
to a safetensors file. Prints XLA's compiled memory statistics as one JSON line.

  scripts/xla-run.py MODULE.mlir INPUTS.safetensors OUTPUTS.safetensors

Exit status 2 (with a message) when jax is not installed, 1 on any other error."""
import json
import struct
import sys


def read_safetensors(path):
    import numpy as np
    data = open(path, "rb").read()
    (n,) = struct.unpack("<Q", data[:8])
    header = json.loads(data[8:8 + n])
    header.pop("__metadata__", None)
    dtypes = {"F32": np.float32, "F16": np.float16, "I32": np.int32, "I64": np.int64,
              "BOOL": np.bool_, "F64": np.float64}
    tensors = []
    for name, info in header.items():
        start, end = info["data_offsets"]
        array = np.frombuffer(data[8 + n + start:8 + n + end], dtype=dtypes[info["dtype"]])
        tensors.append((start, name, array.reshape(info["shape"])))
    tensors.sort()
    by_name = {name: a for _, name, a in tensors}
    return by_name, [a for _, _, a in tensors]


def argument_names(text):
    """The name each argument of @main is looked up by, as chunk-run does: its
    nn.name, else argN."""
    import re
    start = text.find("@main(")
    if start < 0:
        return []
    depth, i = 0, start + len("@main")
    for i in range(start + len("@main"), len(text)):
        depth += {"(": 1, ")": -1}.get(text[i], 0)
        if depth == 0:
            break
    signature = text[start + len("@main("):i]
    names = []
    for m in re.finditer(r"%[\w]+\s*:\s*[^,{]+(\{[^}]*\})?", signature):
        attrs = m.group(1) or ""
        named = re.search(r'nn\.name\s*=\s*"([^"]*)"', attrs)
        names.append(named.group(1) if named else f"arg{len(names)}")
    return names


def write_safetensors(path, named):
    import numpy as np
    names = {np.dtype(np.float32): "F32", np.dtype(np.float16): "F16",
             np.dtype(np.int32): "I32", np.dtype(np.int64): "I64",
             np.dtype(np.bool_): "BOOL", np.dtype(np.float64): "F64"}
    header, blobs, offset = {}, [], 0
    for name, a in named:
        a = np.ascontiguousarray(a)
        b = a.tobytes()
        header[name] = {"dtype": names[a.dtype], "shape": list(a.shape),
                        "data_offsets": [offset, offset + len(b)]}
        blobs.append(b)
        offset += len(b)
    h = json.dumps(header).encode()
    h += b" " * ((8 - len(h) % 8) % 8)
    with open(path, "wb") as f:
        f.write(struct.pack("<Q", len(h)) + h + b"".join(blobs))


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
    by_name, ordered = read_safetensors(inputs)
    names = argument_names(text)
    if names and all(n in by_name for n in names):
        args = [by_name[n] for n in names]
    else:
        args = [by_name.get(f"arg{i}", a) for i, a in enumerate(ordered)]
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
