"""numpy reference for `modelgen unet`: a Stable-Diffusion-style UNet (residual
blocks with time embedding, self-attention at chosen levels, stride-2 conv
downsampling, nearest upsampling, skip concatenation)."""
import numpy as np

import nn_ref as r


def flags(p):
    p.add_argument("--image", type=int, default=16)
    p.add_argument("--in-channels", type=int, default=4)
    p.add_argument("--channels", type=int, default=32)
    p.add_argument("--levels", type=int, default=3)
    p.add_argument("--attention-levels", default="1,2")
    p.add_argument("--res-blocks", type=int, default=1)
    p.add_argument("--heads", type=int, default=2)
    p.add_argument("--groups", type=int, default=8)
    p.add_argument("--batch", type=int, default=1)


def run(a, w):
    attn_levels = {int(s) for s in a.attention_levels.split(",") if s.strip()}
    g = a.groups

    def res(x, temb, p, cout):
        h = r.conv2d(w, r.silu(r.group_norm(w, x, f"{p}.norm1", g)), f"{p}.conv1", pad=1)
        h = h + r.linear(w, r.silu(temb), f"{p}.time_proj")[:, :, None, None]
        h = r.conv2d(w, r.silu(r.group_norm(w, h, f"{p}.norm2", g)), f"{p}.conv2", pad=1)
        skip = r.conv2d(w, x, f"{p}.skip") if x.shape[1] != cout else x
        return skip + h

    def attn(x, p):
        b, c, hh, ww = x.shape
        h = r.group_norm(w, x, f"{p}.norm", g).reshape(b, c, hh * ww).transpose(0, 2, 1)
        o = r.linear(w, r.mha(w, h, p, a.heads, c // a.heads, True), f"{p}.out")
        return x + o.transpose(0, 2, 1).reshape(b, c, hh, ww)

    def chans(l):
        return a.channels * min(2**l, 4)

    t = r.linear(w, w["time_embedding"], "time_embed.fc1")
    temb = r.linear(w, r.silu(t), "time_embed.fc2")
    x = r.conv2d(w, w["sample"], "conv_in", pad=1)
    skips = [x]
    for l in range(a.levels):
        for i in range(a.res_blocks):
            x = res(x, temb, f"down.{l}.res.{i}", chans(l))
            if l in attn_levels:
                x = attn(x, f"down.{l}.attn.{i}")
            skips.append(x)
        if l + 1 < a.levels:
            x = r.conv2d(w, x, f"down.{l}.downsample", stride=2, pad=1)
            skips.append(x)
    top = chans(a.levels - 1)
    x = attn(res(x, temb, "mid.res.0", top), "mid.attn")
    x = res(x, temb, "mid.res.1", top)
    for l in reversed(range(a.levels)):
        for i in range(a.res_blocks + 1):
            x = res(np.concatenate([x, skips.pop()], axis=1), temb, f"up.{l}.res.{i}", chans(l))
            if l in attn_levels:
                x = attn(x, f"up.{l}.attn.{i}")
        if l > 0:
            x = x.repeat(2, axis=2).repeat(2, axis=3)
            x = r.conv2d(w, x, f"up.{l}.upsample", pad=1)
    x = r.silu(r.group_norm(w, x, "norm_out", g))
    return {"out": r.conv2d(w, x, "conv_out", pad=1)}


if __name__ == "__main__":
    r.main(__doc__, flags, run)
