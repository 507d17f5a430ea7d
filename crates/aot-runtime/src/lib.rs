//! What compiled programs call at run time: the packed f32 GEMM behind every
//! contraction `mlir::gemm::outline` turns into a call.
//!
//! One implementation for both ways a program runs: the CPU JIT registers
//! [`autochunk_sgemm_contract`] in its execution engine, and `chunk-translate
//! --emit=lib` links this crate's static library (`libautochunk_aot_runtime.a`, built
//! by `cargo build`) into the shared library it writes, so the library needs no
//! MLIR, no JIT and no Rust toolchain at run time (`docs/aot.md`).
//!
//! It also defines `memrefCopy`, which MLIR's lowering of a `memref.copy` between
//! non-contiguous memrefs calls (in the JIT it comes from MLIR's
//! `libmlir_c_runner_utils`, which a standalone library cannot depend on).
//!
//! The GEMM call's ABI: four `i64` (the number of loop dims and the position maps of A,
//! B and C: 4 bits per loop dim, the position of the dim among the operand's dims or
//! [`ABSENT`]), then one unranked memref `(rank, descriptor*)` per operand, each
//! descriptor MLIR's `StridedMemRefType` (allocated and aligned pointers, offset,
//! sizes, strides).

/// The symbol every outlined contraction calls.
pub const CONTRACT: &str = "autochunk_sgemm_contract";

/// Marks a loop dim an operand does not have, in the 4-bit position maps.
pub const ABSENT: i64 = 0xF;
/// At most this many loop dims fit the `i64` maps.
pub const MAX_LOOPS: usize = 16;
/// Positions up to 14 fit a nibble besides [`ABSENT`]: rank at most 15.
pub const MAX_RANK: usize = 15;

/// A ranked memref descriptor behind an unranked one, read as words: allocated and
/// aligned pointers, offset, `rank` sizes, `rank` strides (`StridedMemRefType` of
/// `mlir/ExecutionEngine/CRunnerUtils.h`).
struct Descriptor {
    base: *mut f32,
    sizes: Vec<i64>,
    strides: Vec<i64>,
}

/// # Safety
/// `desc` must point at a ranked descriptor of rank `rank` with f32 elements.
unsafe fn descriptor(rank: i64, desc: *const i64) -> Descriptor {
    let r = rank.max(0) as usize;
    let words = unsafe { std::slice::from_raw_parts(desc, 3 + 2 * r) };
    // The offset counts elements from the aligned pointer.
    let base = (words[1] as *mut f32).wrapping_offset(words[2] as isize);
    Descriptor {
        base,
        sizes: words[3..3 + r].to_vec(),
        strides: words[3 + r..].to_vec(),
    }
}

/// [`CONTRACT`]: `C += A · B` over the
/// loop dims described by the position maps (see the module doc), reading each loop
/// dim's size and strides from the descriptors. Maps that do not fit the descriptors
/// (impossible for what `mlir::gemm::outline` writes) leave C untouched rather than read out of
/// bounds.
///
/// # Safety
/// The unranked memrefs `(rank, descriptor)` must describe valid f32 memrefs, C not
/// overlapping A or B, and the maps must be those of a valid contraction.
#[allow(clippy::too_many_arguments)]
#[no_mangle]
pub unsafe extern "C" fn autochunk_sgemm_contract(
    loops: i64,
    amap: i64,
    bmap: i64,
    cmap: i64,
    arank: i64,
    adesc: *const i64,
    brank: i64,
    bdesc: *const i64,
    crank: i64,
    cdesc: *const i64,
) {
    let ops = unsafe {
        [
            descriptor(arank, adesc),
            descriptor(brank, bdesc),
            descriptor(crank, cdesc),
        ]
    };
    let maps = [amap, bmap, cmap];
    if !(0..=MAX_LOOPS as i64).contains(&loops) {
        return;
    }
    let (mut batch, mut m, mut n, mut k) = (vec![], vec![], vec![], vec![]);
    for d in 0..loops as usize {
        // (size, stride) of loop dim d in each operand, if it has it.
        let mut at = [None; 3];
        for (x, op) in ops.iter().enumerate() {
            let pos = ((maps[x] >> (4 * d)) & 0xF) as usize;
            if pos as i64 == ABSENT {
                continue;
            }
            if pos >= op.sizes.len() {
                return;
            }
            at[x] = Some((op.sizes[pos], op.strides[pos] as isize));
        }
        let size = match at.iter().flatten().map(|s| s.0).collect::<Vec<_>>()[..] {
            [s, ref rest @ ..] if s >= 0 && rest.iter().all(|&r| r == s) => s as usize,
            _ => return,
        };
        let stride = |x: usize| at[x].map_or(0, |s| s.1);
        match (at[0].is_some(), at[1].is_some(), at[2].is_some()) {
            (true, false, true) => m.push((size, stride(0), stride(2))),
            (false, true, true) => n.push((size, stride(1), stride(2))),
            (_, _, true) => batch.push((size, [stride(0), stride(1), stride(2)])),
            (_, _, false) => k.push((size, stride(0), stride(1))),
        }
    }
    let [a, b, c] = &ops;
    unsafe { runtime::kernels::sgemm_contract(a.base, b.base, c.base, &batch, &m, &n, &k) }
}

/// An unranked memref as MLIR passes it: the rank and a pointer to the ranked
/// descriptor (`UnrankedMemRefType` of `CRunnerUtils.h`).
#[repr(C)]
pub struct UnrankedMemRef {
    pub rank: i64,
    pub descriptor: *const i64,
}

/// MLIR's `memrefCopy` (`CRunnerUtils.cpp`): copies every element of `src` into
/// `dst`, both of rank `rank` with the same sizes, elements of `elem_size` bytes,
/// following each one's offset and strides (in elements). Runs of the innermost
/// dimension that are contiguous in both are copied at once.
///
/// # Safety
/// Both must describe valid memrefs of the same shape with `elem_size`-byte elements.
#[no_mangle]
#[allow(non_snake_case)]
pub unsafe extern "C" fn memrefCopy(
    elem_size: i64,
    src: *const UnrankedMemRef,
    dst: *const UnrankedMemRef,
) {
    let (src, dst) = unsafe { (&*src, &*dst) };
    let rank = src.rank.max(0) as usize;
    if dst.rank != src.rank || elem_size <= 0 {
        return;
    }
    let words = |d: *const i64| unsafe { std::slice::from_raw_parts(d, 3 + 2 * rank) };
    let (s, d) = (words(src.descriptor), words(dst.descriptor));
    let elem = elem_size as isize;
    // Byte address of the first element: aligned pointer plus offset.
    let s_base = (s[1] as *const u8).wrapping_offset(s[2] as isize * elem);
    let d_base = (d[1] as *mut u8).wrapping_offset(d[2] as isize * elem);
    let sizes = &s[3..3 + rank];
    let (s_strides, d_strides) = (&s[3 + rank..], &d[3 + rank..]);
    if sizes.iter().any(|&n| n <= 0) {
        return;
    }
    if rank == 0 {
        unsafe { std::ptr::copy(s_base, d_base, elem as usize) };
        return;
    }
    let inner = rank - 1;
    let contiguous = s_strides[inner] == 1 && d_strides[inner] == 1;
    let run = if contiguous { sizes[inner] } else { 1 };
    let mut index = vec![0i64; rank];
    loop {
        let (mut so, mut dof) = (0isize, 0isize);
        for k in 0..rank {
            so += (index[k] * s_strides[k]) as isize;
            dof += (index[k] * d_strides[k]) as isize;
        }
        unsafe {
            std::ptr::copy(
                s_base.wrapping_offset(so * elem),
                d_base.wrapping_offset(dof * elem),
                (run as isize * elem) as usize,
            )
        };
        // The next index, the innermost dimension stepping by `run`.
        let mut k = inner;
        index[k] += run;
        while index[k] >= sizes[k] {
            if k == 0 {
                return;
            }
            index[k] = 0;
            k -= 1;
            index[k] += 1;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `memrefCopy` of `src` (element offset, sizes, strides) into `dst` (offset,
    /// strides): both described as MLIR does, same sizes, 4-byte elements.
    fn copy(src: &[f32], s: (i64, &[i64]), dst: &mut [f32], d: (i64, &[i64]), sizes: &[i64]) {
        let descriptor = |p: i64, offset: i64, strides: &[i64]| {
            let mut w = vec![p, p, offset];
            w.extend_from_slice(sizes);
            w.extend_from_slice(strides);
            w
        };
        let sd = descriptor(src.as_ptr() as i64, s.0, s.1);
        let dd = descriptor(dst.as_mut_ptr() as i64, d.0, d.1);
        let rank = sizes.len() as i64;
        let unranked = |w: &Vec<i64>| UnrankedMemRef {
            rank,
            descriptor: w.as_ptr(),
        };
        unsafe { memrefCopy(4, &unranked(&sd), &unranked(&dd)) };
    }

    /// A transposed, offset view copied into a contiguous buffer: element (i, j) of
    /// the destination is element (j, i) of the 3 x 4 source after a 1-element offset.
    #[test]
    fn memref_copy_follows_offsets_and_strides() {
        let src: Vec<f32> = (0..13).map(|x| x as f32).collect();
        let mut dst = vec![0f32; 12];
        copy(&src, (1, &[1, 4]), &mut dst, (0, &[3, 1]), &[4, 3]);
        for i in 0..4 {
            for j in 0..3 {
                assert_eq!(dst[i * 3 + j], src[1 + j * 4 + i], "({i}, {j})");
            }
        }
    }

    /// Contiguous rows are copied as runs; a rank-0 memref is one element.
    #[test]
    fn memref_copy_contiguous_rows_and_rank_zero() {
        let src: Vec<f32> = (0..8).map(|x| x as f32).collect();
        let mut dst = vec![-1f32; 8];
        copy(&src, (0, &[4, 1]), &mut dst, (1, &[3, 1]), &[2, 3]);
        assert_eq!(dst, [-1.0, 0.0, 1.0, 2.0, 4.0, 5.0, 6.0, -1.0]);
        let mut out = [0f32];
        copy(&[7.0], (0, &[]), &mut out, (0, &[]), &[]);
        assert_eq!(out, [7.0]);
    }
}
