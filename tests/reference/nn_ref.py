"""Shared pieces of the numpy reference implementations of the model zoo.

Independent of the compiler: each family's script rebuilds the model from its
definition (the same structure modelgen emits, written the way the PyTorch
reference models are), reads weights and inputs by name from a safetensors file and
writes the outputs by name to another. Everything is computed in float64, so the
result is the "exact" answer the runtime's float32 output is compared against.

safetensors is read and written by hand (an 8-byte little-endian header length, a
JSON header of {name: {dtype, shape, data_offsets}}, then the raw bytes), so numpy
is the only dependency.
"""
import argparse
import json
import math
import struct
import sys

import numpy as np

DTYPES = {"F32": np.float32, "F64": np.float64, "I32": np.int32, "I64": np.int64}


def load_safetensors(path):
    with open(path, "rb") as f:
        data = f.read()
    (n,) = struct.unpack("<Q", data[:8])
    header = json.loads(data[8 : 8 + n])
    base = 8 + n
    out = {}
    for name, info in header.items():
        if name == "__metadata__":
            continue
        start, end = info["data_offsets"]
        arr = np.frombuffer(data[base + start : base + end], dtype=DTYPES[info["dtype"]])
        out[name] = arr.reshape(info["shape"])
    return out


def save_safetensors(path, tensors):
    """Writes float tensors as F32 (the runtime's precision; the rounding is ~6e-8)."""
    header, chunks, offset = {}, [], 0
    for name in sorted(tensors):
        arr = np.ascontiguousarray(tensors[name], dtype=np.float32)
        raw = arr.tobytes()
        header[name] = {"dtype": "F32", "shape": list(arr.shape), "data_offsets": [offset, offset + len(raw)]}
        chunks.append(raw)
        offset += len(raw)
    text = json.dumps(header).encode()
    text += b" " * (-len(text) % 8)  # the format pads the header to 8 bytes
    with open(path, "wb") as f:
        f.write(struct.pack("<Q", len(text)))
        f.write(text)
        for c in chunks:
            f.write(c)


class Weights:
    """Name lookup that converts to float64 and remembers what was used, so a
    script can check that it consumed exactly the tensors the model declares."""

    def __init__(self, tensors):
        self.tensors = tensors
        self.used = set()

    def __getitem__(self, name):
        if name not in self.tensors:
            sys.exit(f"reference: missing tensor '{name}' in the weights file")
        self.used.add(name)
        t = self.tensors[name]
        return t if t.dtype.kind == "i" else t.astype(np.float64)

    def check_all_used(self):
        unused = sorted(set(self.tensors) - self.used)
        if unused:
            sys.exit(f"reference: tensors in the file that the model does not use: {unused[:5]}")


def linear(w, x, prefix, bias=True):
    y = x @ w[prefix + ".weight"]  # weights are [in, out]
    return y + w[prefix + ".bias"] if bias else y


def layer_norm(w, x, prefix, eps=1e-5):
    mu = x.mean(-1, keepdims=True)
    var = ((x - mu) ** 2).mean(-1, keepdims=True)
    return (x - mu) / np.sqrt(var + eps) * w[prefix + ".weight"] + w[prefix + ".bias"]


def group_norm(w, x, prefix, groups, eps=1e-5):
    n, c = x.shape[:2]
    g = x.reshape(n, groups, -1)
    mu = g.mean(-1, keepdims=True)
    var = ((g - mu) ** 2).mean(-1, keepdims=True)
    y = ((g - mu) / np.sqrt(var + eps)).reshape(x.shape)
    shape = (1, c) + (1,) * (x.ndim - 2)
    return y * w[prefix + ".weight"].reshape(shape) + w[prefix + ".bias"].reshape(shape)


_erf = np.vectorize(math.erf)


def gelu(x):
    return 0.5 * x * (1.0 + _erf(x / math.sqrt(2.0)))


def relu(x):
    return np.maximum(x, 0.0)


def sigmoid(x):
    return 1.0 / (1.0 + np.exp(-x))


def silu(x):
    return x * sigmoid(x)


def softmax(x, axis=-1):
    e = np.exp(x - x.max(axis=axis, keepdims=True))
    return e / e.sum(axis=axis, keepdims=True)


def conv2d(w, x, prefix, stride=1, pad=0):
    """Cross-correlation with zero padding, summed one kernel tap at a time."""
    wt, b = w[prefix + ".weight"], w[prefix + ".bias"]
    o, _, kh, kw = wt.shape
    n, _, h, wd = x.shape
    xp = np.pad(x, ((0, 0), (0, 0), (pad, pad), (pad, pad)))
    oh, ow = (h + 2 * pad - kh) // stride + 1, (wd + 2 * pad - kw) // stride + 1
    out = np.zeros((n, o, oh, ow))
    for i in range(kh):
        for j in range(kw):
            patch = xp[:, :, i : i + stride * oh : stride, j : j + stride * ow : stride]
            out += np.einsum("nchw,oc->nohw", patch, wt[:, :, i, j])
    return out + b.reshape(1, o, 1, 1)


def mha(w, x, prefix, heads, head_dim, qkv_bias, bias=None, causal=False):
    """Multi-head self-attention over axis -2 of x [..., L, C] with a fused qkv
    projection laid out [3, heads, head_dim]; returns the merged heads [..., L, H*c]
    (before any output projection). `bias` broadcasts to [..., H, L, L]."""
    qkv = linear(w, x, prefix + ".qkv", qkv_bias)
    qkv = qkv.reshape(x.shape[:-1] + (3, heads, head_dim))
    q, k, v = (np.moveaxis(qkv[..., i, :, :], -2, -3) for i in range(3))  # [..., H, L, c]
    s = np.einsum("...qc,...kc->...qk", q, k) / math.sqrt(head_dim)
    if bias is not None:
        s = s + bias
    if causal:
        length = s.shape[-1]
        s = np.where(np.tril(np.ones((length, length), dtype=bool)), s, -np.inf)
    o = softmax(s) @ v  # [..., H, L, c]
    o = np.moveaxis(o, -3, -2)
    return o.reshape(o.shape[:-2] + (heads * head_dim,))


def main(description, add_flags, run):
    """Common driver: `script.py [modelgen flags] --weights IN --out OUT`."""
    p = argparse.ArgumentParser(description=description)
    add_flags(p)
    p.add_argument("--attention", default="spelled", choices=["spelled", "fused"], help="ignored: same math")
    p.add_argument("--weights", required=True, help="safetensors file of inputs and weights, by nn.name")
    p.add_argument("--out", required=True, help="safetensors file to write the outputs to, by result name")
    args = p.parse_args()
    w = Weights(load_safetensors(args.weights))
    outputs = run(args, w)
    w.check_all_used()
    for name, t in outputs.items():
        if not np.all(np.isfinite(t)):
            sys.exit(f"reference: output '{name}' is not finite")
    save_safetensors(args.out, outputs)
