"""numpy reference for `modelgen vit`: conv patch embedding, class token, learned
positions, pre-LN encoder layers, final layer norm."""
import numpy as np

import nn_ref as r


def flags(p):
    p.add_argument("--image", type=int, default=32)
    p.add_argument("--patch", type=int, default=8)
    p.add_argument("--channels", type=int, default=3)
    p.add_argument("--hidden", type=int, default=64)
    p.add_argument("--heads", type=int, default=4)
    p.add_argument("--layers", type=int, default=2)
    p.add_argument("--ffn", type=int, default=None)
    p.add_argument("--batch", type=int, default=1)


def run(a, w):
    d, h = a.hidden, a.heads
    x = r.conv2d(w, w["pixel_values"], "embed.patch", stride=a.patch)  # [B, D, s, s]
    b = x.shape[0]
    x = x.reshape(b, d, -1).transpose(0, 2, 1)
    cls = np.broadcast_to(w["embed.cls_token"], (b, 1, d))
    x = np.concatenate([cls, x], axis=1) + w["embed.positions.weight"]
    for l in range(a.layers):
        p = f"layers.{l}"
        y = r.layer_norm(w, x, f"{p}.ln1")
        x = x + r.linear(w, r.mha(w, y, f"{p}.attn", h, d // h, True), f"{p}.attn.out")
        y = r.gelu(r.linear(w, r.layer_norm(w, x, f"{p}.ln2"), f"{p}.mlp.fc1"))
        x = x + r.linear(w, y, f"{p}.mlp.fc2")
    return {"last_hidden_state": r.layer_norm(w, x, "ln_f")}


if __name__ == "__main__":
    r.main(__doc__, flags, run)
