/* Loads a library compiled by chunk-translate --emit=lib with dlopen, runs its
   @main on inputs read from a safetensors file (by the names the header lists),
   writes the outputs' bytes in order, and checks that every bad argument gets its
   status and leaves the outputs untouched.

   cc aot_check.c -DMODEL_HEADER='"lib.h"' -ldl -o check
   ./check lib.so inputs.safetensors outputs.bin [ids-input-index] */
#include <dlfcn.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include MODEL_HEADER

typedef int32_t (*entry_fn)(const void *const *, void *const *, void *, uint64_t);

static int failed = 0;
#define CHECK(cond, ...)                                  \
  do {                                                    \
    if (!(cond)) {                                        \
      fprintf(stderr, "check failed: " __VA_ARGS__);      \
      fprintf(stderr, "\n");                              \
      failed = 1;                                         \
    }                                                     \
  } while (0)

/* The whole file, or NULL. */
static unsigned char *read_file(const char *path, size_t *len) {
  FILE *f = fopen(path, "rb");
  if (!f) return NULL;
  fseek(f, 0, SEEK_END);
  long n = ftell(f);
  fseek(f, 0, SEEK_SET);
  unsigned char *buf = malloc(n > 0 ? (size_t)n : 1);
  if (!buf || fread(buf, 1, (size_t)n, f) != (size_t)n) return NULL;
  fclose(f);
  *len = (size_t)n;
  return buf;
}

/* The data of tensor `name` in a safetensors file (8-byte header length, JSON
   header, data), checked to be `bytes` long; NULL if absent or of another size. */
static void *find_tensor(unsigned char *file, size_t len, const char *name, size_t bytes) {
  uint64_t header_len = 0;
  for (int i = 7; i >= 0; i--) header_len = header_len << 8 | file[i];
  if (8 + header_len > len) return NULL;
  char *header = malloc(header_len + 1);
  memcpy(header, file + 8, header_len);
  header[header_len] = 0;
  char key[512];
  snprintf(key, sizeof key, "\"%s\":", name);
  char *at = strstr(header, key);
  char *offsets = at ? strstr(at, "\"data_offsets\":[") : NULL;
  void *data = NULL;
  if (offsets) {
    char *p = offsets + strlen("\"data_offsets\":[");
    unsigned long long start = strtoull(p, &p, 10);
    unsigned long long end = strtoull(p + 1, NULL, 10);
    if (end - start == bytes && 8 + header_len + end <= len) data = file + 8 + header_len + start;
  }
  free(header);
  return data;
}

int main(int argc, char **argv) {
  if (argc < 4) return fprintf(stderr, "usage: check lib.so inputs.safetensors out.bin [ids]\n"), 2;
  void *lib = dlopen(argv[1], RTLD_NOW | RTLD_LOCAL);
  if (!lib) return fprintf(stderr, "dlopen: %s\n", dlerror()), 2;
  entry_fn run = (entry_fn)dlsym(lib, "autochunk_main");
  if (!run) return fprintf(stderr, "dlsym: %s\n", dlerror()), 2;
  size_t len = 0;
  unsigned char *file = read_file(argv[2], &len);
  if (!file) return fprintf(stderr, "cannot read %s\n", argv[2]), 2;

  static const char *in_names[] = AUTOCHUNK_MAIN_INPUT_NAMES;
  static const unsigned long long in_bytes[] = AUTOCHUNK_MAIN_INPUT_BYTES;
  static const unsigned long long out_bytes[] = AUTOCHUNK_MAIN_OUTPUT_BYTES;
  const void *inputs[AUTOCHUNK_MAIN_NUM_INPUTS + 1];
  void *outputs[AUTOCHUNK_MAIN_NUM_OUTPUTS + 1];
  for (int i = 0; i < AUTOCHUNK_MAIN_NUM_INPUTS; i++) {
    inputs[i] = find_tensor(file, len, in_names[i], in_bytes[i]);
    if (!inputs[i]) return fprintf(stderr, "no tensor '%s' of %llu bytes\n", in_names[i], in_bytes[i]), 2;
  }
  for (int j = 0; j < AUTOCHUNK_MAIN_NUM_OUTPUTS; j++) {
    outputs[j] = malloc(out_bytes[j]);
    memset(outputs[j], 0x5a, out_bytes[j]);
  }
  uint64_t size = AUTOCHUNK_MAIN_ARENA_SIZE;
  size_t rounded = (size + 2 * AUTOCHUNK_MAIN_ARENA_ALIGN) / AUTOCHUNK_MAIN_ARENA_ALIGN * AUTOCHUNK_MAIN_ARENA_ALIGN;
  unsigned char *arena = aligned_alloc(AUTOCHUNK_MAIN_ARENA_ALIGN, rounded);

  /* Bad arguments: each gets its status, and the outputs stay untouched. */
  CHECK(run(NULL, outputs, arena, size) == AUTOCHUNK_NULL_INPUT, "null inputs");
  CHECK(run(inputs, NULL, arena, size) == AUTOCHUNK_NULL_OUTPUT, "null outputs");
  void *saved = outputs[0];
  outputs[0] = NULL;
  CHECK(run(inputs, outputs, arena, size) == AUTOCHUNK_NULL_OUTPUT, "a null output");
  outputs[0] = saved;
  if (size > 0) {
    CHECK(run(inputs, outputs, NULL, size) == AUTOCHUNK_NULL_ARENA, "null arena");
    CHECK(run(inputs, outputs, arena, size - 1) == AUTOCHUNK_ARENA_TOO_SMALL, "arena one byte short");
    CHECK(run(inputs, outputs, arena + 1, size) == AUTOCHUNK_ARENA_MISALIGNED, "misaligned arena");
  }
  if (argc > 4) {
    /* An embedding id out of range (the table's row count is not known here:
       INT32_MAX is beyond any), then a negative one. */
    int k = atoi(argv[4]);
    int32_t *ids = malloc(in_bytes[k]);
    memcpy(ids, inputs[k], in_bytes[k]);
    const void *original = inputs[k];
    inputs[k] = ids;
    ids[in_bytes[k] / 4 - 1] = INT32_MAX;
    CHECK(run(inputs, outputs, arena, size) == AUTOCHUNK_ID_OUT_OF_RANGE, "id out of range");
    ids[in_bytes[k] / 4 - 1] = 0;
    ids[0] = -1;
    CHECK(run(inputs, outputs, arena, size) == AUTOCHUNK_ID_OUT_OF_RANGE, "negative id");
    inputs[k] = original;
    free(ids);
  }
  for (int j = 0; j < AUTOCHUNK_MAIN_NUM_OUTPUTS; j++)
    for (unsigned long long b = 0; b < out_bytes[j]; b++)
      if (((unsigned char *)outputs[j])[b] != 0x5a) {
        CHECK(0, "output %d written by a refused call", j);
        break;
      }

  /* The real call, twice on the same arena (a reused arena gives the same result). */
  CHECK(run(inputs, outputs, arena, size) == AUTOCHUNK_OK, "the call");
  CHECK(run(inputs, outputs, arena, size) == AUTOCHUNK_OK, "the second call");
  FILE *out = fopen(argv[3], "wb");
  for (int j = 0; j < AUTOCHUNK_MAIN_NUM_OUTPUTS; j++)
    if (!out || fwrite(outputs[j], 1, out_bytes[j], out) != out_bytes[j]) return 2;
  fclose(out);
  dlclose(lib);
  if (!failed) printf("ok\n");
  return failed;
}
