/* A C embedder: parse a module, estimate its peak, chunk it under 30%, check the
 * plan, print the chunked text; then bad input through every call. Exits 0 when
 * every check holds; prints what failed otherwise. Usage: chunk MODEL.mlir */
#include "autochunk.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static char last[4096];
static int diagnostics;

static void collect(const char *message, size_t length, void *user_data) {
  (void)user_data;
  size_t n = length < sizeof last - 1 ? length : sizeof last - 1;
  memcpy(last, message, n);
  last[n] = 0;
  diagnostics++;
}

#define CHECK(cond)                                                         \
  do {                                                                      \
    if (!(cond)) {                                                          \
      fprintf(stderr, "check failed at line %d: %s (last diagnostic: %s)\n", \
              __LINE__, #cond, last);                                       \
      return 1;                                                             \
    }                                                                       \
  } while (0)

static char *read_file(const char *path, size_t *length) {
  FILE *f = fopen(path, "rb");
  if (!f) return NULL;
  fseek(f, 0, SEEK_END);
  long n = ftell(f);
  fseek(f, 0, SEEK_SET);
  char *text = malloc((size_t)n);
  *length = fread(text, 1, (size_t)n, f);
  fclose(f);
  return text;
}

int main(int argc, char **argv) {
  CHECK(argc == 2);
  size_t length = 0;
  char *text = read_file(argv[1], &length);
  CHECK(text != NULL);

  AutochunkModule *module =
      autochunkModuleParse(text, length, argv[1], collect, NULL);
  CHECK(module != NULL);
  uint64_t peak = autochunkModuleEstimatePeak(module, collect, NULL);
  CHECK(peak != UINT64_MAX && peak > 0);

  AutochunkPlan *plan = autochunkModuleChunk(module, 0.3, 0, collect, NULL);
  CHECK(plan != NULL);
  CHECK(autochunkPlanUnchunkedPeak(plan) == peak);
  CHECK(autochunkPlanPredictedPeak(plan) <= autochunkPlanBudget(plan));
  CHECK(autochunkPlanArenaBytes(plan) <= autochunkPlanBudget(plan));
  CHECK(autochunkPlanNumRegions(plan) >= 1);
  AutochunkRegion region;
  CHECK(autochunkPlanGetRegion(plan, 0, &region) == 0);
  CHECK(region.chunk_size > 0 &&
        region.iterations == (region.extent + region.chunk_size - 1) / region.chunk_size);
  CHECK(autochunkPlanGetRegion(plan, 1000, &region) != 0);
  CHECK(autochunkModuleEstimatePeak(module, collect, NULL) ==
        autochunkPlanPredictedPeak(plan));

  size_t printed_length = 0;
  char *printed = autochunkModulePrint(module, &printed_length);
  CHECK(printed != NULL && strlen(printed) == printed_length);
  CHECK(strstr(printed, "\"chunk.for\"") != NULL);
  printf("%s", printed);
  autochunkStringDestroy(printed);
  autochunkPlanDestroy(plan);

  /* Bad input: each an error through the callback, with its location. */
  diagnostics = 0;
  const char *bad = "func.func @f() {\n  return %x : tensor<f32>\n}\n";
  CHECK(autochunkModuleParse(bad, strlen(bad), "bad.mlir", collect, NULL) == NULL);
  CHECK(diagnostics == 1 && strncmp(last, "bad.mlir:2:", 11) == 0);
  CHECK(autochunkModuleChunk(module, 0.0, 16, collect, NULL) == NULL);
  CHECK(strstr(last, "cannot meet the budget of 16 bytes") != NULL);
  CHECK(autochunkModuleChunk(module, 0.5, 16, collect, NULL) == NULL);
  CHECK(strstr(last, "not both") != NULL);
  const char *pipeline = "builtin.module(cse,nope)";
  CHECK(autochunkModuleRunPipeline(module, pipeline, strlen(pipeline), collect, NULL) != 0);
  CHECK(strstr(last, "at column 20: unknown pass 'nope'") != NULL);
  CHECK(autochunkModuleChunk(NULL, 0.5, 0, collect, NULL) == NULL);
  CHECK(strstr(last, "the module is NULL") != NULL);
  CHECK(autochunkModuleParse(NULL, 5, "x", collect, NULL) == NULL);
  CHECK(autochunkModulePrint(NULL, NULL) == NULL);
  CHECK(autochunkPlanNumRegions(NULL) == 0);
  /* Text with a NUL byte is read by length, and refused where the parser stops. */
  CHECK(autochunkModuleParse("func.func\0", 10, "nul.mlir", collect, NULL) == NULL);
  CHECK(strncmp(last, "nul.mlir:1:", 11) == 0);
  const char *good = "builtin.module(canonicalize,cse)";
  CHECK(autochunkModuleRunPipeline(module, good, strlen(good), collect, NULL) == 0);

  autochunkModuleDestroy(module);
  autochunkModuleDestroy(NULL);
  autochunkPlanDestroy(NULL);
  free(text);
  return 0;
}
