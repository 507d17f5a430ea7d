// The committed examples in examples/ parse, verify and have the expected structure,
// and modelgen still produces each of them byte for byte (so they cannot drift).

// RUN: chunk-opt %S/../../examples/gpt-tiny.mlir | FileCheck %s --check-prefix=GPT
// RUN: modelgen gpt --layers 2 --hidden 32 --heads 4 --ffn 64 --seq 8 --batch 1 --vocab 64 | diff - %S/../../examples/gpt-tiny.mlir
// GPT-LABEL: func.func @main(
// GPT-SAME: tensor<1x8xi32> {nn.name = "input_ids"}
// GPT-SAME: {nn.name = "layers.0.attn.qkv.weight"}
// GPT-SAME: {nn.name = "layers.1.mlp.fc2.bias"}
// GPT-SAME: -> (tensor<1x8x32xf32> {nn.name = "last_hidden_state"})
// GPT: "nn.embedding"
// GPT: "nn.layer_norm"
// GPT: "nn.iota"() {dimension = 0 : i64} : () -> tensor<8x8xi32>
// GPT: "nn.compare"({{.*}}) {direction = "LE"}
// GPT: "nn.select"({{.*}}) : (tensor<8x8xi1>, tensor<1x4x8x8xf32>, tensor<f32>) -> tensor<1x4x8x8xf32>
// GPT: "nn.softmax"
// GPT: "nn.gelu"
// GPT-NOT: "nn.attention"
// GPT: func.return

// RUN: chunk-opt %S/../../examples/gpt-tiny-fused.mlir | FileCheck %s --check-prefix=FUSED
// RUN: modelgen gpt --layers 2 --hidden 32 --heads 4 --ffn 64 --seq 8 --batch 1 --vocab 64 --attention fused | diff - %S/../../examples/gpt-tiny-fused.mlir
// FUSED-NOT: "nn.softmax"
// FUSED: "nn.attention"({{.*}}) {causal = true} : (tensor<1x4x8x8xf32>, tensor<1x4x8x8xf32>, tensor<1x4x8x8xf32>) -> tensor<1x4x8x8xf32>
// FUSED: "nn.attention"
// FUSED-NOT: "nn.softmax"

// RUN: chunk-opt %S/../../examples/vit-tiny.mlir | FileCheck %s --check-prefix=VIT
// RUN: modelgen vit --image 16 --patch 8 --channels 3 --hidden 32 --heads 2 --layers 1 --ffn 64 | diff - %S/../../examples/vit-tiny.mlir
// VIT-LABEL: func.func @main(
// VIT-SAME: tensor<1x3x16x16xf32> {nn.name = "pixel_values"}
// VIT: "nn.conv2d"({{.*}}) {strides = array<i64: 8, 8>} : (tensor<1x3x16x16xf32>, tensor<32x3x8x8xf32>, tensor<32xf32>) -> tensor<1x32x2x2xf32>
// VIT: "nn.concat"({{.*}}) {dimension = 1 : i64} : (tensor<1x1x32xf32>, tensor<1x4x32xf32>) -> tensor<1x5x32xf32>
// VIT: "nn.softmax"({{.*}}) {axis = -1 : i64} : (tensor<1x2x5x5xf32>) -> tensor<1x2x5x5xf32>
// VIT-NOT: "nn.select"

// RUN: chunk-opt %S/../../examples/evoformer-tiny.mlir | FileCheck %s --check-prefix=EVO
// RUN: modelgen evoformer --blocks 1 --msa-seqs 4 --residues 8 --c-m 16 --c-z 8 --heads 2 --pair-heads 2 --c-hidden 4 --c-opm 4 --c-tri-mul 8 | diff - %S/../../examples/evoformer-tiny.mlir
// EVO-LABEL: func.func @main(
// EVO-SAME: tensor<4x8x16xf32> {nn.name = "msa"}, %{{.*}}: tensor<8x8x8xf32> {nn.name = "pair"}
// EVO-SAME: -> (tensor<4x8x16xf32> {nn.name = "msa_out"}, tensor<8x8x8xf32> {nn.name = "pair_out"})
// Row attention with pair bias, column attention (over the 4 sequences), then the pair track.
// EVO: "nn.add"({{.*}}) : (tensor<4x2x8x8xf32>, tensor<2x8x8xf32>) -> tensor<4x2x8x8xf32>
// EVO: "nn.softmax"({{.*}}) {axis = -1 : i64} : (tensor<8x2x4x4xf32>) -> tensor<8x2x4x4xf32>
// EVO: "nn.dot_general"{{.*}} : (tensor<4x8x4xf32>, tensor<4x8x4xf32>) -> tensor<8x4x8x4xf32>
// EVO: "nn.dot_general"{{.*}} : (tensor<8x8x8xf32>, tensor<8x8x8xf32>) -> tensor<8x8x8xf32>
// EVO: "nn.dot_general"
// EVO: "nn.softmax"({{.*}}) {axis = -1 : i64} : (tensor<8x2x8x8xf32>) -> tensor<8x2x8x8xf32>
// EVO: "nn.softmax"({{.*}}) {axis = -1 : i64} : (tensor<8x2x8x8xf32>) -> tensor<8x2x8x8xf32>
// EVO: "nn.relu"
// EVO: func.return

// RUN: chunk-opt %S/../../examples/evoformer-tri-tiny.mlir | FileCheck %s --check-prefix=TRI
// RUN: modelgen evoformer --only triangle-attention --blocks 1 --residues 8 --c-z 16 --pair-heads 4 --c-hidden 4 | diff - %S/../../examples/evoformer-tri-tiny.mlir
// TRI-LABEL: func.func @main(%{{.*}}: tensor<8x8x16xf32> {nn.name = "pair"}
// TRI-SAME: {nn.name = "blocks.0.tri_attn.qkv.weight"}
// TRI: "nn.add"({{.*}}) : (tensor<8x4x8x8xf32>, tensor<4x8x8xf32>) -> tensor<8x4x8x8xf32>
// TRI: "nn.sigmoid"
// TRI: "nn.relu"
// TRI-NOT: "nn.softmax"

// RUN: chunk-opt %S/../../examples/unet-tiny.mlir | FileCheck %s --check-prefix=UNET
// RUN: modelgen unet --image 8 --in-channels 4 --channels 8 --levels 2 --attention-levels 1 --heads 2 --groups 4 | diff - %S/../../examples/unet-tiny.mlir
// UNET-LABEL: func.func @main(
// UNET-SAME: tensor<1x4x8x8xf32> {nn.name = "sample"}, %{{.*}}: tensor<1x8xf32> {nn.name = "time_embedding"}
// UNET: "nn.group_norm"({{.*}}) {epsilon = 1.0e-5 : f32, groups = 4 : i64}
// UNET: "nn.silu"
// UNET: "nn.conv2d"({{.*}}) {padding = array<i64: 1, 1, 1, 1>, strides = array<i64: 2, 2>} : (tensor<1x8x8x8xf32>, tensor<8x8x3x3xf32>, tensor<8xf32>) -> tensor<1x8x4x4xf32>
// UNET: "nn.softmax"({{.*}}) {axis = -1 : i64} : (tensor<1x2x16x16xf32>) -> tensor<1x2x16x16xf32>
// UNET: "nn.concat"({{.*}}) {dimension = 1 : i64}
// UNET: "nn.upsample_nearest2d"({{.*}}) {scale = 2 : i64} : (tensor<1x16x4x4xf32>) -> tensor<1x16x8x8xf32>
// UNET: func.return %{{.*}} : tensor<1x4x8x8xf32>
