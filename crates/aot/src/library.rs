//! A compiled library loaded into a Rust program (`dlopen`, through libloading) and
//! run on `HostTensor`s, with the arena allocated once: what `chunk-run
//! --backend=aot` measures, and the Rust side of the C ABI in [`crate::entry`].
use crate::entry::Status;
use crate::{EntryPoint, Error};
use runtime::{HostTensor, TensorData};
use std::path::Path;

/// `int32_t entry(const void *const *inputs, void *const *outputs, void *arena,
/// uint64_t arena_size)`.
type EntryFn = unsafe extern "C" fn(*const *const u8, *const *mut u8, *mut u8, u64) -> i32;

/// A loaded library and one of its entry points.
pub struct Library {
    entry: EntryPoint,
    function: EntryFn,
    /// The runtime's arena (64-byte aligned), at least one alignment unit.
    arena: runtime::Arena,
    // Last: the function pointer is valid while the library is loaded.
    _library: libloading::Library,
}

fn status_error(status: i32, symbol: &str) -> Error {
    let meaning = Status::ALL
        .iter()
        .find(|s| **s as i32 == status)
        .map_or("an unknown status", |s| s.meaning());
    Error::Llvm(format!("{symbol} returned {status}: {meaning}"))
}

impl Library {
    /// Loads the library at `path` (written by [`crate::link::shared_library`]) and
    /// looks up `entry`'s symbol; allocates its arena.
    pub fn load(path: &Path, entry: &EntryPoint) -> Result<Library, Error> {
        // SAFETY: a library chunk-translate wrote has no initialisers beyond libc's
        // and the Rust runtime's.
        let library = unsafe { libloading::Library::new(path) }
            .map_err(|e| Error::Link(format!("cannot load {}: {e}", path.display())))?;
        // SAFETY: the entry point has the signature of `EntryFn` (entry.rs).
        let function: EntryFn = unsafe {
            *library
                .get::<EntryFn>(entry.symbol.as_bytes())
                .map_err(|e| Error::Link(format!("{}: no {}: {e}", path.display(), entry.symbol)))?
        };
        let arena = runtime::Arena::new(entry.arena_size().max(crate::ARENA_ALIGNMENT))
            .map_err(|e| Error::Llvm(format!("cannot allocate the arena: {e}")))?;
        Ok(Library {
            entry: entry.clone(),
            function,
            arena,
            _library: library,
        })
    }

    /// Bytes of the arena the entry point runs in (the plan's).
    pub fn arena_bytes(&self) -> u64 {
        self.entry.arena_size()
    }

    /// Runs the entry point on `inputs` (shapes and types must match its signature).
    pub fn run(&self, inputs: &[HostTensor]) -> Result<Vec<HostTensor>, Error> {
        let abi = &self.entry.abi;
        abi.check_inputs(inputs)
            .map_err(|e| Error::Llvm(format!("@{}: {e}", abi.name)))?;
        let input_ptrs: Vec<*const u8> = inputs.iter().map(|t| t.data.as_ptr()).collect();
        let mut outputs: Vec<HostTensor> = abi
            .outputs
            .iter()
            .map(|(shape, dtype)| {
                let n = shape.iter().product();
                HostTensor::new(shape.clone(), TensorData::zeros(*dtype, n))
            })
            .collect();
        let output_ptrs: Vec<*mut u8> = outputs.iter_mut().map(|t| t.data.as_mut_ptr()).collect();
        // SAFETY: every pointer points at a tensor of the shape and type the entry
        // point expects (checked above); the arena has the planned size and alignment.
        let status = unsafe {
            (self.function)(
                input_ptrs.as_ptr(),
                output_ptrs.as_ptr(),
                self.arena.ptr(),
                self.entry.arena_size(),
            )
        };
        if status != Status::Ok as i32 {
            return Err(status_error(status, &self.entry.symbol));
        }
        Ok(outputs)
    }
}
