"""numpy reference for `modelgen evoformer`: AlphaFold 2 Evoformer blocks
(supplement Algorithm 6), or with --only triangle-attention the TriAttn block of
shared/bench/pytorch_models.py (triangle attention around the starting node, then a
transition), written with einsum as in the papers' pseudo-code."""
import numpy as np

import nn_ref as r


def flags(p):
    p.add_argument("--blocks", type=int, default=1)
    p.add_argument("--msa-seqs", type=int, default=4)
    p.add_argument("--residues", type=int, default=8)
    p.add_argument("--c-m", type=int, default=16)
    p.add_argument("--c-z", type=int, default=8)
    p.add_argument("--heads", type=int, default=2)
    p.add_argument("--pair-heads", type=int, default=2)
    p.add_argument("--c-hidden", type=int, default=4)
    p.add_argument("--c-opm", type=int, default=4)
    p.add_argument("--c-tri-mul", type=int, default=8)
    p.add_argument("--only", default="full", choices=["full", "triangle-attention"])


def gated(w, x, p, heads, c, bias=None):
    o = r.mha(w, x, p, heads, c, False, bias=bias)
    return r.linear(w, r.sigmoid(r.linear(w, x, f"{p}.gate")) * o, f"{p}.out")


def transition(w, x, p):
    return r.linear(w, r.relu(r.linear(w, r.layer_norm(w, x, f"{p}.ln"), f"{p}.fc1")), f"{p}.fc2")


def tri_attention(w, z, p, a, ending):
    if ending:
        z = z.transpose(1, 0, 2)
    zn = r.layer_norm(w, z, f"{p}.ln")
    bias = r.linear(w, zn, f"{p}.bias", bias=False).transpose(2, 0, 1)  # [H, j, k]
    o = gated(w, zn, p, a.pair_heads, a.c_hidden, bias)
    return o.transpose(1, 0, 2) if ending else o


def tri_mul(w, z, p, outgoing):
    zn = r.layer_norm(w, z, f"{p}.ln_in")
    av = r.sigmoid(r.linear(w, zn, f"{p}.a_gate")) * r.linear(w, zn, f"{p}.a_proj")
    bv = r.sigmoid(r.linear(w, zn, f"{p}.b_gate")) * r.linear(w, zn, f"{p}.b_proj")
    x = np.einsum("ikc,jkc->ijc", av, bv) if outgoing else np.einsum("kic,kjc->ijc", av, bv)
    x = r.linear(w, r.layer_norm(w, x, f"{p}.ln_out"), f"{p}.out")
    return r.sigmoid(r.linear(w, zn, f"{p}.gate")) * x


def run(a, w):
    z = w["pair"]
    if a.only == "triangle-attention":
        for i in range(a.blocks):
            p = f"blocks.{i}"
            z = z + tri_attention(w, z, f"{p}.tri_attn", a, False)
            z = z + transition(w, z, f"{p}.transition")
        return {"pair_out": z}
    m = w["msa"]
    for i in range(a.blocks):
        p = f"blocks.{i}"
        # Alg. 7: row attention with pair bias.
        q = f"{p}.msa_row_attn"
        bias = r.linear(w, r.layer_norm(w, z, f"{q}.ln_z"), f"{q}.bias", bias=False).transpose(2, 0, 1)
        m = m + gated(w, r.layer_norm(w, m, f"{q}.ln_m"), q, a.heads, a.c_hidden, bias)
        # Alg. 8: column attention.
        q = f"{p}.msa_col_attn"
        mt = r.layer_norm(w, m.transpose(1, 0, 2), f"{q}.ln")
        m = m + gated(w, mt, q, a.heads, a.c_hidden).transpose(1, 0, 2)
        m = m + transition(w, m, f"{p}.msa_transition")
        # Alg. 10: outer product mean.
        q = f"{p}.outer_product_mean"
        mn = r.layer_norm(w, m, f"{q}.ln")
        av, bv = r.linear(w, mn, f"{q}.a"), r.linear(w, mn, f"{q}.b")
        o = np.einsum("sic,sjd->ijcd", av, bv) / m.shape[0]
        z = z + r.linear(w, o.reshape(o.shape[0], o.shape[1], -1), f"{q}.out")
        z = z + tri_mul(w, z, f"{p}.tri_mul_out", True)
        z = z + tri_mul(w, z, f"{p}.tri_mul_in", False)
        z = z + tri_attention(w, z, f"{p}.tri_attn_start", a, False)
        z = z + tri_attention(w, z, f"{p}.tri_attn_end", a, True)
        z = z + transition(w, z, f"{p}.pair_transition")
    return {"msa_out": m, "pair_out": z}


if __name__ == "__main__":
    r.main(__doc__, flags, run)
