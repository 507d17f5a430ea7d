"""Safetensors reading and writing with numpy alone, and the argument names of a
module's @main, shared by xla-run.py and iree-run.py."""
import json
import struct


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


def argument_types(text):
    """(shape, numpy dtype name) of each argument of @main, from its signature."""
    import re
    start = text.find("@main(")
    end = text.find(")", start)
    dtypes = {"f32": "float32", "f16": "float16", "i32": "int32", "i64": "int64",
              "i1": "bool", "f64": "float64"}
    out = []
    for m in re.finditer(r"tensor<((?:\d+x)*)(\w+)>", text[start:end]):
        shape = tuple(int(d) for d in m.group(1).split("x") if d)
        out.append((shape, dtypes.get(m.group(2), m.group(2))))
    return out


def arguments(text, path):
    """The arrays of a safetensors inputs file in @main's argument order: by each
    argument's nn.name, else argN, else the one tensor of the argument's type (the
    upstream MLIR of --emit=mlir keeps no names), else file order."""
    by_name, ordered = read_safetensors(path)
    names = argument_names(text)
    if names and all(n in by_name for n in names):
        return [by_name[n] for n in names]
    if all(f"arg{i}" in by_name for i in range(len(ordered))):
        return [by_name[f"arg{i}"] for i in range(len(ordered))]
    types = argument_types(text)
    chosen, unused = [], list(ordered)
    for shape, dtype in types:
        matches = [a for a in unused if a.shape == shape and a.dtype.name == dtype]
        if len(matches) != 1:
            return ordered
        chosen.append(matches[0])
        unused = [a for a in unused if a is not matches[0]]
    return chosen if len(chosen) == len(ordered) else ordered


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
