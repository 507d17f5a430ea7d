# lit configuration for the autochunk test suite.
# Tools come from CHUNK_TOOLS_DIR (set by `cargo test`; defaults to target/debug),
# FileCheck and friends from LLVM_TOOLS_DIR (default /usr/lib/llvm-19/bin).
import os

import lit.formats

config.name = "autochunk"
config.test_format = lit.formats.ShTest()
config.suffixes = [".mlir"]
config.excludes = ["Inputs", "lit.cfg.py"]
config.test_source_root = os.path.dirname(__file__)

root = os.path.dirname(config.test_source_root)
tools_dir = os.environ.get("CHUNK_TOOLS_DIR", os.path.join(root, "target", "debug"))
llvm_dir = os.environ.get("LLVM_TOOLS_DIR", "/usr/lib/llvm-19/bin")
config.environment["PATH"] = os.pathsep.join([tools_dir, llvm_dir, config.environment.get("PATH", os.environ["PATH"])])
config.environment["FILECHECK_OPTS"] = "-enable-var-scope --allow-unused-prefixes=false"
