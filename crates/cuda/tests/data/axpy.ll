; y[i] = alpha * x[i] + y[i] over 1-D memrefs passed as expanded descriptors
; (allocated, aligned, offset, size, stride), one thread per element.
; axpy.ptx is generated from this file:
;   llc-19 -march=nvptx64 -mcpu=sm_80 -O2 axpy.ll -o axpy.ptx
target datalayout = "e-i64:64-i128:128-v16:16-v32:32-n16:32:64"
target triple = "nvptx64-nvidia-cuda"

declare i32 @llvm.nvvm.read.ptx.sreg.tid.x()
declare i32 @llvm.nvvm.read.ptx.sreg.ctaid.x()
declare i32 @llvm.nvvm.read.ptx.sreg.ntid.x()

define ptx_kernel void @axpy(ptr addrspace(1) %xa, ptr addrspace(1) %x, i64 %xoff, i64 %xsize, i64 %xstride,
                             ptr addrspace(1) %ya, ptr addrspace(1) %y, i64 %yoff, i64 %ysize, i64 %ystride,
                             float %alpha) {
entry:
  %tid = call i32 @llvm.nvvm.read.ptx.sreg.tid.x()
  %bid = call i32 @llvm.nvvm.read.ptx.sreg.ctaid.x()
  %bdim = call i32 @llvm.nvvm.read.ptx.sreg.ntid.x()
  %b = mul i32 %bid, %bdim
  %i32 = add i32 %b, %tid
  %i = zext i32 %i32 to i64
  %in = icmp slt i64 %i, %xsize
  br i1 %in, label %body, label %done
body:
  %xs = mul i64 %i, %xstride
  %xe = add i64 %xoff, %xs
  %px = getelementptr float, ptr addrspace(1) %x, i64 %xe
  %ys = mul i64 %i, %ystride
  %ye = add i64 %yoff, %ys
  %py = getelementptr float, ptr addrspace(1) %y, i64 %ye
  %vx = load float, ptr addrspace(1) %px
  %vy = load float, ptr addrspace(1) %py
  %ax = fmul float %alpha, %vx
  %r = fadd float %ax, %vy
  store float %r, ptr addrspace(1) %py
  br label %done
done:
  ret void
}
