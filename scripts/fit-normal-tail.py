#!/usr/bin/env python3
"""Fits the two polynomials of `nn_dialect::scalar::normal_tail` (the GELU's normal
tail Q(a) = P(Z > a) = e^(-a^2/2) / sqrt(2 pi) * M(a), M the Mills ratio) and prints them
as Rust constants: M(a) for 0 <= a < 2 as a degree-10 polynomial in a - 1, and a M(a) for
2 <= a <= 20 as a degree-10 polynomial in 1/a - 1/4. Weighted least squares on 4000
Chebyshev nodes against math.erfc (double precision); it prints the largest relative
error of each fit in double and in f32 Horner evaluation.

  python3 scripts/fit-normal-tail.py"""
import math

import numpy as np


def mills(a):
    return 0.5 * math.erfc(a / math.sqrt(2)) / (math.exp(-a * a / 2) / math.sqrt(2 * math.pi))


def fit(f, lo, hi, deg, var):
    n = 4000
    k = np.arange(n)
    a = (lo + hi) / 2 + (hi - lo) / 2 * np.cos((2 * k + 1) * np.pi / (2 * n))
    y = np.array([f(v) for v in a])
    v = np.array([var(t) for t in a])
    w = 1 / np.abs(y)
    c, *_ = np.linalg.lstsq(np.vander(v, deg + 1, increasing=True) * w[:, None], y * w, rcond=None)
    grid = np.linspace(lo, hi, 200001)
    want = np.array([f(t) for t in grid])
    x32 = np.array([var(t) for t in grid]).astype(np.float32)
    c32 = c.astype(np.float32)
    acc = np.full_like(x32, c32[-1])
    for ci in c32[-2::-1]:
        acc = (acc * x32 + ci).astype(np.float32)
    double = np.max(np.abs(np.polyval(c[::-1], np.array([var(t) for t in grid])) / want - 1))
    single = np.max(np.abs(acc.astype(np.float64) / want - 1))
    return c32, double, single


def main():
    for name, f, lo, hi, var in [
        ("NEAR", mills, 0.0, 2.0, lambda a: a - 1.0),
        ("FAR", lambda a: a * mills(a), 2.0, 20.0, lambda a: 1.0 / a - 0.25),
    ]:
        c, double, single = fit(f, lo, hi, 10, var)
        print(f"// max relative error: {double:.2e} (double), {single:.2e} (f32 Horner)")
        print(f"const {name}: [f32; {len(c)}] = [")
        for ci in c:
            print(f"    {np.format_float_scientific(np.float32(ci), unique=True, exp_digits=1)},")
        print("];")


if __name__ == "__main__":
    main()
