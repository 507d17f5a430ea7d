//! Spatial ops on NCHW tensors: `nn.conv2d`, `nn.max_pool2d`, `nn.avg_pool2d` and
//! `nn.upsample_nearest2d`. The window geometry (kernel, stride, padding, dilation)
//! is checked so that every output position has at least one input position.
use crate::helpers::{hooks, Elem, List, OpView, Tensor};
use ir::{inventory, OpDef, Type};

/// Checks operand `i` is rank 4 and names the layout in the error.
fn rank4(v: &OpView, i: usize, t: &Tensor, what: &str, layout: &str) -> ir::DiagResult<()> {
    if t.rank() == 4 {
        Ok(())
    } else {
        Err(v.err(format!(
            "{what} (operand #{i}) must have rank 4 ({layout}), got {}",
            t.ty
        )))
    }
}

/// Output size of a sliding window along one spatial axis:
/// `(size + pad - effective_kernel) / stride + 1`, where the effective kernel is the
/// dilated one. Errors when the window does not fit in the padded input.
fn window_out(
    v: &OpView,
    axis: &str,
    size: i64,
    pad: i64,
    kernel: i64,
    dilation: i64,
    stride: i64,
) -> ir::DiagResult<i64> {
    let overflow = || v.err(format!("window geometry along {axis} overflows i64"));
    let effective = (kernel - 1)
        .checked_mul(dilation)
        .and_then(|k| k.checked_add(1))
        .ok_or_else(overflow)?;
    let padded = size.checked_add(pad).ok_or_else(overflow)?;
    if effective > padded {
        return Err(v.err(format!(
            "effective kernel {axis} {effective} is larger than the padded input {axis} {padded}"
        )));
    }
    Ok((padded - effective) / stride + 1)
}

/// `padding = [top, left, bottom, right]` (default all 0), as `(pad_h, pad_w)` totals.
fn padding(v: &OpView) -> ir::DiagResult<(Vec<i64>, i64, i64)> {
    let p = v.ints_len("padding", 4)?.unwrap_or_else(|| vec![0; 4]);
    v.all_non_negative("padding", &p)?;
    let overflow = || v.err("attribute 'padding' overflows i64");
    let h = p[0].checked_add(p[2]).ok_or_else(overflow)?;
    let w = p[1].checked_add(p[3]).ok_or_else(overflow)?;
    Ok((p, h, w))
}

/// A two-entry list of positive integers, defaulting to `default`.
fn pair(v: &OpView, name: &str, default: [i64; 2]) -> ir::DiagResult<[i64; 2]> {
    let p = v.ints_len(name, 2)?.unwrap_or_else(|| default.to_vec());
    v.all_positive(name, &p)?;
    Ok([p[0], p[1]])
}

// ----- conv2d ---------------------------------------------------------------------

fn check_conv2d(v: &OpView) -> ir::DiagResult<Type> {
    v.operands(2, 3)?;
    v.one_result()?;
    let x = v.tensor(0, Elem::Float)?;
    let w = v.tensor(1, Elem::Float)?;
    v.same_elem(0, &x, 1, &w)?;
    rank4(v, 0, &x, "input", "[N, Cin, H, W]")?;
    rank4(v, 1, &w, "weight", "[Cout, Cin/groups, KH, KW]")?;
    let strides = pair(v, "strides", [1, 1])?;
    let dilations = pair(v, "dilations", [1, 1])?;
    let (_, pad_h, pad_w) = padding(v)?;
    let groups = v.int("groups")?.unwrap_or(1);
    let groups = v.positive("groups", groups)?;
    let (n, cin, h, wd) = (x.shape[0], x.shape[1], x.shape[2], x.shape[3]);
    let (cout, cin_g, kh, kw) = (w.shape[0], w.shape[1], w.shape[2], w.shape[3]);
    if cin % groups != 0 {
        return Err(v.err(format!(
            "groups = {groups} does not divide the {cin} input channels"
        )));
    }
    if cout % groups != 0 {
        return Err(v.err(format!(
            "groups = {groups} does not divide the {cout} output channels"
        )));
    }
    if cin_g != cin / groups {
        return Err(v.err(format!(
            "weight dimension 1 is {cin_g} but input channels / groups is {cin} / {groups} = {}",
            cin / groups
        )));
    }
    if kh == 0 || kw == 0 {
        return Err(v.err(format!("kernel size must be positive, got weight {}", w.ty)));
    }
    if v.num_operands() == 3 {
        let b = v.tensor(2, Elem::Float)?;
        v.same_elem(0, &x, 2, &b)?;
        if b.shape != [cout] {
            return Err(v.err(format!(
                "bias (operand #2) must have shape [{cout}] ([Cout]), got {}",
                b.ty
            )));
        }
    }
    let oh = window_out(v, "height", h, pad_h, kh, dilations[0], strides[0])?;
    let ow = window_out(v, "width", wd, pad_w, kw, dilations[1], strides[1])?;
    v.make_result(vec![n, cout, oh, ow], x.elem)
}
hooks!(check_conv2d => verify_conv2d, infer_conv2d);

inventory::submit! {
    OpDef {
        dim_flow: Some(crate::dim_flow::conv2d),
        verify: Some(verify_conv2d),
        infer: Some(infer_conv2d),
        attributes: &[
            ("strides", false, "`[sh, sw]`, positive (default `[1, 1]`)"),
            ("padding", false, "`[top, left, bottom, right]`, non-negative zero padding (default all 0)"),
            ("dilations", false, "`[dh, dw]`, positive (default `[1, 1]`)"),
            ("groups", false, "`g`, positive, divides `Cin` and `Cout` (default 1)"),
        ],
        ..OpDef::new(
            "nn.conv2d",
            "2-D convolution (cross-correlation), NCHW",
            "Operands: `x` `[N, Cin, H, W]`, `w` `[Cout, Cin/groups, KH, KW]`, optional `bias` \
             `[Cout]`, float, same element type. Result: `[N, Cout, OH, OW]` with \
             `OH = (H + top + bottom - dh*(KH-1) - 1) / sh + 1` and likewise `OW`. Zero padding.",
        )
    }
}

// ----- pools ----------------------------------------------------------------------

fn check_pool(v: &OpView) -> ir::DiagResult<Type> {
    v.operands(1, 1)?;
    v.one_result()?;
    // An average divides, so it needs floats; a maximum works on integers too.
    let elem = if v.name() == "nn.avg_pool2d" {
        Elem::Float
    } else {
        Elem::Numeric
    };
    let x = v.tensor(0, elem)?;
    rank4(v, 0, &x, "input", "[N, C, H, W]")?;
    let kernel = v
        .ints_len("kernel", 2)?
        .ok_or_else(|| v.err("requires attribute 'kernel'"))?;
    v.all_positive("kernel", &kernel)?;
    let strides = pair(v, "strides", [kernel[0], kernel[1]])?;
    let (p, pad_h, pad_w) = padding(v)?;
    // A window lying wholly in the padding would have no input element to pool.
    if p[0] >= kernel[0] || p[2] >= kernel[0] || p[1] >= kernel[1] || p[3] >= kernel[1] {
        return Err(v.err(format!(
            "padding {} must be smaller than the kernel {} on each side",
            List(&p),
            List(&kernel)
        )));
    }
    let oh = window_out(v, "height", x.shape[2], pad_h, kernel[0], 1, strides[0])?;
    let ow = window_out(v, "width", x.shape[3], pad_w, kernel[1], 1, strides[1])?;
    v.make_result(vec![x.shape[0], x.shape[1], oh, ow], x.elem)
}
hooks!(check_pool => verify_pool, infer_pool);

const POOL: OpDef = OpDef {
    dim_flow: Some(crate::dim_flow::spatial),
    verify: Some(verify_pool),
    infer: Some(infer_pool),
    attributes: &[
        ("kernel", true, "`[kh, kw]`, positive"),
        (
            "strides",
            false,
            "`[sh, sw]`, positive (default = `kernel`)",
        ),
        (
            "padding",
            false,
            "`[top, left, bottom, right]`, each smaller than the kernel (default all 0)",
        ),
    ],
    ..OpDef::new("", "", "")
};

inventory::submit! {
    OpDef {
        name: "nn.max_pool2d",
        summary: "2-D max pooling, NCHW",
        description: "Operands: `x` `[N, C, H, W]`. Result: `[N, C, OH, OW]` with \
            `OH = (H + top + bottom - kh) / sh + 1` and likewise `OW`. Padded positions never \
            win the maximum.",
        ..POOL
    }
}

inventory::submit! {
    OpDef {
        name: "nn.avg_pool2d",
        summary: "2-D average pooling, NCHW",
        description: "Operands: `x` `[N, C, H, W]`, float. Result: `[N, C, OH, OW]` with \
            `OH = (H + top + bottom - kh) / sh + 1` and likewise `OW`. The average counts \
            padded zeros out: it divides by the number of real input elements in the window.",
        ..POOL
    }
}

// ----- upsample -------------------------------------------------------------------

fn check_upsample(v: &OpView) -> ir::DiagResult<Type> {
    v.operands(1, 1)?;
    v.one_result()?;
    let x = v.tensor(0, Elem::Any)?;
    rank4(v, 0, &x, "input", "[N, C, H, W]")?;
    let s = v.req_int("scale")?;
    let s = v.positive("scale", s)?;
    let scaled = |d: i64| {
        d.checked_mul(s)
            .ok_or_else(|| v.err(format!("scaled size {d} * {s} overflows i64")))
    };
    let shape = vec![
        x.shape[0],
        x.shape[1],
        scaled(x.shape[2])?,
        scaled(x.shape[3])?,
    ];
    v.make_result(shape, x.elem)
}
hooks!(check_upsample => verify_upsample, infer_upsample);

inventory::submit! {
    OpDef {
        dim_flow: Some(crate::dim_flow::spatial),
        verify: Some(verify_upsample),
        infer: Some(infer_upsample),
        attributes: &[("scale", true, "integer factor `s`, positive, applied to H and W")],
        ..OpDef::new(
            "nn.upsample_nearest2d",
            "Nearest-neighbour 2-D upsampling, NCHW",
            "Operands: `x` `[N, C, H, W]`. Result: `[N, C, H*s, W*s]`, same element type; \
             element `[n, c, i, j]` is `x[n, c, i / s, j / s]`.",
        )
    }
}
