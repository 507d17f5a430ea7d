"""numpy reference for `modelgen gpt`: the GPT layer of shared/bench/pytorch_models.py,
stacked, with token + learned position embeddings and a final layer norm."""
import nn_ref as r


def flags(p):
    p.add_argument("--layers", type=int, default=2)
    p.add_argument("--hidden", type=int, default=64)
    p.add_argument("--heads", type=int, default=4)
    p.add_argument("--ffn", type=int, default=None)
    p.add_argument("--seq", type=int, default=16)
    p.add_argument("--batch", type=int, default=1)
    p.add_argument("--vocab", type=int, default=128)
    p.add_argument("--no-embedding", action="store_true")


def run(a, w):
    if a.no_embedding:
        x = w["hidden_states"]
    else:
        x = w["embed.tokens.weight"][w["input_ids"]] + w["embed.positions.weight"]
    d, h = a.hidden, a.heads
    for l in range(a.layers):
        p = f"layers.{l}"
        y = r.layer_norm(w, x, f"{p}.ln1")
        x = x + r.linear(w, r.mha(w, y, f"{p}.attn", h, d // h, True, causal=True), f"{p}.attn.out")
        y = r.gelu(r.linear(w, r.layer_norm(w, x, f"{p}.ln2"), f"{p}.mlp.fc1"))
        x = x + r.linear(w, y, f"{p}.mlp.fc2")
    return {"last_hidden_state": r.layer_norm(w, x, "ln_f")}


if __name__ == "__main__":
    r.main(__doc__, flags, run)
