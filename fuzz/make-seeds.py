#!/usr/bin/env python3
"""Seeds for the cargo-fuzz targets whose first byte selects what runs:
fuzz/seeds/passes (every `// -----` piece of the lit tests and op fixtures, each with
a few selector bytes) and fuzz/seeds/safetensors (a valid inputs file for each of the
target's functions, positional and named, and op fixture inputs, with selector bytes).
Run from the repository root: python3 fuzz/make-seeds.py"""
import glob
import json
import os
import re
import struct

PASSES = "fuzz/seeds/passes"
SAFETENSORS = "fuzz/seeds/safetensors"


def safetensors_file(tensors):
    header, data = {}, b""
    for name, dtype, shape, nbytes in tensors:
        header[name] = {"dtype": dtype, "shape": shape, "data_offsets": [len(data), len(data) + nbytes]}
        data += bytes((i * 37) % 256 for i in range(nbytes))
    h = json.dumps(header).encode()
    h += b" " * ((8 - len(h) % 8) % 8)
    return struct.pack("<Q", len(h)) + h + data


def main():
    os.makedirs(PASSES, exist_ok=True)
    os.makedirs(SAFETENSORS, exist_ok=True)
    files = []
    for d in ["lit-tests/Parser", "lit-tests/Dialect", "lit-tests/Transforms", "lit-tests/StableHLO",
              "lit-tests/Autochunk", "lit-tests/Examples", "tests/frontends/ops"]:
        files += glob.glob(d + "/**/*.mlir", recursive=True)
    n = 0
    for f in sorted(files):
        for piece in re.split(rb"\n// -----\n", open(f, "rb").read()):
            if len(piece) > 8000:
                continue
            for selector in range(8):
                if (n + selector) % 3 == 0:
                    open(f"{PASSES}/s{n}_{selector}", "wb").write(bytes([selector]) + piece)
            n += 1
    seeds = [
        (0, [("arg0", "F32", [2, 3], 24), ("arg1", "I64", [4], 32)]),
        (0, [("a", "F32", [2, 3], 24), ("b", "I64", [4], 32)]),
        (1, [("x", "BF16", [8], 16), ("mask", "BOOL", [2, 2], 4)]),
        (2, [("arg0", "F16", [1, 4], 8), ("arg1", "I32", [3], 12), ("arg2", "F32", [], 4)]),
        (3, [("arg0", "F32", [0, 5], 0)]),
    ]
    for i, (selector, tensors) in enumerate(seeds):
        open(f"{SAFETENSORS}/seed{i}", "wb").write(bytes([selector]) + safetensors_file(tensors))
    for j, f in enumerate(sorted(glob.glob("tests/frontends/ops/*.inputs.safetensors"))[:12]):
        open(f"{SAFETENSORS}/op{j}", "wb").write(bytes([j % 4]) + open(f, "rb").read())
    print(f"{len(os.listdir(PASSES))} seeds in {PASSES}, {len(os.listdir(SAFETENSORS))} in {SAFETENSORS}")


if __name__ == "__main__":
    main()
