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
    arena: Arena,
    // Last: the function pointer is valid while the library is loaded.
    _library: libloading::Library,
}

/// The arena: `size` bytes aligned to [`crate::ARENA_ALIGNMENT`].
struct Arena {
    ptr: *mut u8,
    size: u64,
    layout: std::alloc::Layout,
}

impl Drop for Arena {
    fn drop(&mut self) {
        // SAFETY: allocated in `Library::load` with this layout.
        unsafe { std::alloc::dealloc(self.ptr, self.layout) }
    }
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
        let size = entry.arena_size();
        let layout = std::alloc::Layout::from_size_align(
            (size as usize).max(crate::ARENA_ALIGNMENT as usize),
            crate::ARENA_ALIGNMENT as usize,
        )
        .map_err(|e| Error::Llvm(format!("cannot allocate the arena: {e}")))?;
        // SAFETY: the layout has a non-zero size.
        let ptr = unsafe { std::alloc::alloc_zeroed(layout) };
        if ptr.is_null() {
            return Err(Error::Llvm(format!(
                "cannot allocate the arena ({size} bytes)"
            )));
        }
        Ok(Library {
            entry: entry.clone(),
            function,
            arena: Arena { ptr, size, layout },
            _library: library,
        })
    }

    /// Bytes of the arena the entry point runs in (the plan's).
    pub fn arena_bytes(&self) -> u64 {
        self.arena.size
    }

    /// Runs the entry point on `inputs` (shapes and types must match its signature).
    pub fn run(&self, inputs: &[HostTensor]) -> Result<Vec<HostTensor>, Error> {
        let abi = &self.entry.abi;
        if inputs.len() != abi.inputs.len() {
            return Err(Error::Llvm(format!(
                "@{} takes {} inputs, {} given",
                abi.name,
                abi.inputs.len(),
                inputs.len()
            )));
        }
        let mut input_ptrs = Vec::with_capacity(inputs.len());
        for (i, (t, (shape, dtype))) in inputs.iter().zip(&abi.inputs).enumerate() {
            let complete = t.data.len() == shape.iter().product::<usize>();
            if &t.shape != shape || t.dtype() != *dtype || !complete {
                return Err(Error::Llvm(format!(
                    "input #{i} is {} but @{} expects {shape:?} {dtype:?}",
                    t.type_string(),
                    abi.name
                )));
            }
            input_ptrs.push(data_ptr(&t.data));
        }
        let mut outputs: Vec<HostTensor> = abi
            .outputs
            .iter()
            .map(|(shape, dtype)| {
                let n = shape.iter().product();
                HostTensor::new(shape.clone(), TensorData::zeros(*dtype, n))
            })
            .collect();
        let output_ptrs: Vec<*mut u8> = outputs
            .iter_mut()
            .map(|t| data_ptr(&t.data) as *mut u8)
            .collect();
        // SAFETY: every pointer points at a tensor of the shape and type the entry
        // point expects (checked above); the arena has the planned size and alignment.
        let status = unsafe {
            (self.function)(
                input_ptrs.as_ptr(),
                output_ptrs.as_ptr(),
                self.arena.ptr,
                self.arena.size,
            )
        };
        if status != Status::Ok as i32 {
            return Err(status_error(status, &self.entry.symbol));
        }
        Ok(outputs)
    }
}

fn data_ptr(d: &TensorData) -> *const u8 {
    match d {
        TensorData::F32(v) => v.as_ptr() as *const u8,
        TensorData::I32(v) => v.as_ptr() as *const u8,
        TensorData::I64(v) => v.as_ptr() as *const u8,
        TensorData::I1(v) => v.as_ptr(),
        TensorData::F16(v) => v.as_ptr() as *const u8,
        TensorData::BF16(v) => v.as_ptr() as *const u8,
    }
}
