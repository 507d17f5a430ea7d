"""XLA's temp memory for an attention block chunked at 20% against jax.jit's, at
several sequence lengths (docs/export.md). Run by hand: python3 python/tests/bench_attention.py"""
import jax

from autochunk.jax import chunk_jit


def attention(q, k, v):
    return jax.nn.softmax(q @ k.T / 8.0, axis=-1) @ v


def main():
    print("| L | chunked | jax.jit | ratio |")
    for length in (512, 2048, 4096):
        key = jax.random.PRNGKey(0)
        q, k, v = (jax.random.normal(jax.random.fold_in(key, i), (length, 64)) for i in range(3))
        chunked = chunk_jit(attention, q, k, v, budget=0.2).memory_stats.temp_size_in_bytes
        whole = jax.jit(attention).lower(q, k, v).compile().memory_analysis().temp_size_in_bytes
        ratio = f"{100 * chunked / whole:.0f}%" if whole else "-"
        print(f"| {length} | {chunked:,} | {whole:,} | {ratio} |")


if __name__ == "__main__":
    main()
