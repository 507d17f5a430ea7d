#!/usr/bin/env python3
"""The table of scripts/gpu-bench.sh run: our CUDA runs (chunk-run --backend=cuda --json)
next to PyTorch eager on the same shapes (pytorch_anchor.py's JSON lines), and the
longest GPT sequence that ran. Usage: gpu-bench-table.py RESULTS_DIR"""
import json, os, re, sys

R = sys.argv[1]
GIB = 2 ** 30


def load(path):
    try:
        with open(path) as f:
            return json.load(f)
    except (OSError, ValueError):
        return None


torch = {}
try:
    for line in open(os.path.join(R, "anchor.jsonl")):
        line = line.strip()
        if line.startswith("{"):
            r = json.loads(line)
            torch[r["name"]] = r
except OSError:
    pass


def pt(name):
    r = torch.get(name)
    if r is None:
        return None, None, "not run"
    if r.get("oom"):
        return None, None, "OOM"
    return r["peak_gib"], r["ms"], ""


def ratio(a, b):
    return f"{a / b:.2f}" if a is not None and b else "-"


def fmt(x, spec):
    return format(x, spec) if x is not None else "-"


rows = []
for fname in sorted(os.listdir(R)):
    m = re.match(r"(gpt)-L(\d+)(?:-b([\w.]+))?\.json$|(evo)-N(\d+)(?:-b([\w.]+))?\.json$", fname)
    if not m:
        continue
    if m.group(1):
        fam, size, budget = "gpt", int(m.group(2)), m.group(3)
        base, chunked = f"gpt float32 L={size} naive", f"gpt float32 L={size} chunk{size // 16}"
    else:
        fam, size, budget = "evo", int(m.group(5)), m.group(6)
        base, chunked = f"evo fp32 N={size} full", f"evo fp32 N={size} chunk{size // 32}"
    ours = load(os.path.join(R, fname))
    err = ""
    if ours is None:
        try:
            err = open(os.path.join(R, fname[:-5] + ".err")).read().strip().splitlines()[-1]
            err = re.sub(r"^chunk-run: error: '[^']*': ", "", err)[:90]
        except (OSError, IndexError):
            err = "no result"
    order = 1.0 if not budget else (0.0 if budget == "pt" else float(budget))
    rows.append((fam, size, order, budget, ours, err, base, chunked))

rows.sort(key=lambda r: (r[0], r[1], -r[2]))
print()
print(f"date: {open(os.path.join(R, 'date.txt')).read().strip() if os.path.exists(os.path.join(R, 'date.txt')) else '?'}")
hdr = ["shape", "ours", "ours peak GiB", "ours ms", "arena=plan", "free drop GiB",
       "PT unchunked GiB", "PT ms", "PT chunked GiB", "PT ms",
       "mem/PT-unch", "time/PT-unch", "mem/PT-chunk", "time/PT-chunk"]
print("| " + " | ".join(hdr) + " |")
print("|" + "---|" * len(hdr))
for fam, size, _, budget, ours, err, base, chunked in rows:
    shape = f"{fam} {'L' if fam == 'gpt' else 'N'}={size}"
    prog = ("autochunk <= PT chunked peak" if budget == "pt" else f"autochunk {budget}") if budget else "unchunked"
    bp, bms, bnote = pt(base)
    cp, cms, cnote = pt(chunked)
    if ours is None:
        cells = [shape, prog, f"failed: {err}", "-", "-", "-"]
        peak = ms = None
    else:
        peak = (ours["arena_bytes"] + ours.get("scratch_bytes", 0)) / GIB
        ms = ours["gpu_time_s"] * 1e3
        cells = [shape, prog, f"{peak:.2f}", f"{ms:.1f}", "yes" if ours["arena_equals_planned_peak"] else "NO",
                 f"{ours['free_drop_bytes'] / GIB:.2f}"]
    cells += [fmt(bp, ".2f") if bp is not None else bnote, fmt(bms, ".1f"),
              (fmt(cp, ".2f") + f" ({chunked.split()[-1]})") if cp is not None else cnote, fmt(cms, ".1f"),
              ratio(peak, bp), ratio(ms, bms), ratio(peak, cp), ratio(ms, cms)]
    print("| " + " | ".join(cells) + " |")
print()
print("ours peak = device arena + kernel scratch (inputs, weights and the cuBLAS workspace apart, as PyTorch's")
print("peak is above weights and inputs); ms = CUDA events around one run, median of the repeats.")

fits = []
for fname in os.listdir(R):
    m = re.match(r"maxlen-L(\d+)\.json$", fname)
    if m and load(os.path.join(R, fname)) is not None:
        fits.append(int(m.group(1)))
tried = sorted(int(re.match(r"maxlen-L(\d+)", f).group(1)) for f in os.listdir(R) if re.match(r"maxlen-L\d+\.(json|err)$", f))
if tried:
    best = max(fits) if fits else None
    print()
    print(f"longest GPT layer sequence (fp32) that ran, ours with autochunk: {best if best else 'none'} "
          f"(tried {sorted(set(tried))})")
    print("PyTorch eager naive attention, fp32: 24,064 tokens (pytorch_maxlen.py, recorded in "
          "../shared/bench/ANCHORS.md; not re-run here)")
    if best:
        print(f"ratio: {best / 24064:.1f}x")
