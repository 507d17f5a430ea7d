/* autochunk.h: the C API of AutoChunk (crates/capi).
 *
 * In the style of the MLIR C API: opaque handles created by one function and
 * released by its Destroy; strings passed as (data, length) and never required to
 * end in NUL; errors reported through a diagnostic callback, one call per
 * diagnostic, with its location ("file:line:col: error: message", notes on the
 * following lines). A function that fails returns NULL, or a non-zero status.
 * No function aborts or unwinds into the caller; a null handle is an error.
 * Link with -lautochunk_capi (the cdylib) or the staticlib and its dependencies.
 * docs/embedding.md shows a whole program. */
#ifndef AUTOCHUNK_H
#define AUTOCHUNK_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/* A parsed and verified module in the nn, chunk, func and stablehlo dialects. */
typedef struct AutochunkModule AutochunkModule;
/* What autochunkModuleChunk did: peaks, arena, regions. */
typedef struct AutochunkPlan AutochunkPlan;

/* Receives each diagnostic (UTF-8, `length` bytes, not NUL-terminated) and the
 * user data given with the call. May be NULL: diagnostics are then dropped. */
typedef void (*AutochunkDiagnosticCallback)(const char *message, size_t length,
                                            void *user_data);

/* One region rewritten into a chunk.for loop. */
typedef struct AutochunkRegion {
  uint64_t ops;         /* ops in the loop body */
  uint64_t dim;         /* chunked dimension of the region's first output */
  int64_t extent;       /* its size */
  int64_t chunk_size;   /* rows per iteration */
  int64_t iterations;   /* ceil(extent / chunk_size) */
  uint64_t peak_after;  /* predicted peak after this region, bytes */
} AutochunkRegion;

/* Parses and verifies MLIR text; `file_name` (NUL-terminated, may be NULL) names
 * it in locations. NULL on an error, reported through `callback`. */
AutochunkModule *autochunkModuleParse(const char *text, size_t length,
                                      const char *file_name,
                                      AutochunkDiagnosticCallback callback,
                                      void *user_data);

/* Releases a module (NULL is ignored). */
void autochunkModuleDestroy(AutochunkModule *module);

/* Runs a pass pipeline such as "builtin.module(canonicalize,cse)" on the module,
 * verifying after each pass. 0 on success; non-zero on an error (a bad pipeline
 * string is reported with its column), after which the module may be partly
 * transformed. */
int autochunkModuleRunPipeline(AutochunkModule *module, const char *pipeline,
                               size_t length,
                               AutochunkDiagnosticCallback callback,
                               void *user_data);

/* Chunks the module's entry function (@main, else the only function) so its peak
 * activation memory fits the budget: `fraction` of the unchunked peak, in (0, 1],
 * when `budget_bytes` is 0; else `budget_bytes` bytes (then `fraction` must be 0).
 * NULL on an error (an unreachable budget names the smallest peak reached, where,
 * and why); the module is then unchanged. */
AutochunkPlan *autochunkModuleChunk(AutochunkModule *module, double fraction,
                                    uint64_t budget_bytes,
                                    AutochunkDiagnosticCallback callback,
                                    void *user_data);

/* The peak activation bytes of the module's entry function, or UINT64_MAX on an
 * error (reported through `callback`). */
uint64_t autochunkModuleEstimatePeak(const AutochunkModule *module,
                                     AutochunkDiagnosticCallback callback,
                                     void *user_data);

/* The module as MLIR text, NUL-terminated (also `*length` bytes when `length` is
 * not NULL). Release it with autochunkStringDestroy. NULL for a NULL module. */
char *autochunkModulePrint(const AutochunkModule *module, size_t *length);

/* Releases a string from autochunkModulePrint (NULL is ignored). */
void autochunkStringDestroy(char *string);

/* The plan's figures, in bytes (0 for a NULL plan). The arena is what the runtime
 * allocates for the chunked function, at most the budget. */
uint64_t autochunkPlanUnchunkedPeak(const AutochunkPlan *plan);
uint64_t autochunkPlanPredictedPeak(const AutochunkPlan *plan);
uint64_t autochunkPlanBudget(const AutochunkPlan *plan);
uint64_t autochunkPlanArenaBytes(const AutochunkPlan *plan);

/* The number of regions, and region `index` into `*region`: 0 on success,
 * non-zero for an index out of range or a NULL argument. */
size_t autochunkPlanNumRegions(const AutochunkPlan *plan);
int autochunkPlanGetRegion(const AutochunkPlan *plan, size_t index,
                           AutochunkRegion *region);

/* Releases a plan (NULL is ignored). */
void autochunkPlanDestroy(AutochunkPlan *plan);

#ifdef __cplusplus
}
#endif

#endif /* AUTOCHUNK_H */
