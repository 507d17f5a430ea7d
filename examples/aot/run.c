/* Runs `chunk-translate m.mlir --emit=lib -o libgpt.so`: inputs' bytes in order from
   argv[1], outputs' to argv[2]. cc run.c -I. -L. -lgpt -Wl,-rpath,. -o run */
#include <stdio.h>
#include <stdlib.h>
#ifndef MODEL_HEADER
#define MODEL_HEADER "libgpt.h"
#endif
#include MODEL_HEADER
int main(int argc, char **argv) {
  static const unsigned long long in_bytes[] = AUTOCHUNK_MAIN_INPUT_BYTES;
  static const unsigned long long out_bytes[] = AUTOCHUNK_MAIN_OUTPUT_BYTES;
  const void *inputs[AUTOCHUNK_MAIN_NUM_INPUTS];
  void *outputs[AUTOCHUNK_MAIN_NUM_OUTPUTS];
  FILE *in = argc == 3 ? fopen(argv[1], "rb") : NULL, *out;
  if (!in) return 2;
  for (int i = 0; i < AUTOCHUNK_MAIN_NUM_INPUTS; i++) {
    void *p = malloc(in_bytes[i]);
    if (!p || fread(p, 1, in_bytes[i], in) != in_bytes[i]) return 2;
    inputs[i] = p;
  }
  for (int j = 0; j < AUTOCHUNK_MAIN_NUM_OUTPUTS; j++) outputs[j] = malloc(out_bytes[j]);
  /* The planned arena: every activation of the chunked model lives in it. */
  size_t size = (AUTOCHUNK_MAIN_ARENA_SIZE + 63) / 64 * 64;
  void *arena = aligned_alloc(AUTOCHUNK_MAIN_ARENA_ALIGN, size ? size : 64);
  int status = autochunk_main(inputs, outputs, arena, AUTOCHUNK_MAIN_ARENA_SIZE);
  if (status != AUTOCHUNK_OK) return fprintf(stderr, "status %d\n", status), 1;
  if (!(out = fopen(argv[2], "wb"))) return 2;
  for (int j = 0; j < AUTOCHUNK_MAIN_NUM_OUTPUTS; j++)
    if (fwrite(outputs[j], 1, out_bytes[j], out) != out_bytes[j]) return 2;
  return fclose(out) != 0;
}
