//! `OnceLock` for the statics built on first use (the built-in lexicons, the default
//! classifier, the fact lists' tables). Natively it is std's. The .wasm
//! (wasm32-unknown-unknown without the atomics feature) has one thread, so a plain cell does:
//! std's `OnceLock` compiled its `Once::call` state machine, with its poisoning panics, once
//! a static (and `OnceCell` its reentrancy panic).

#[cfg(not(all(target_arch = "wasm32", not(target_feature = "atomics"))))]
pub(crate) use std::sync::OnceLock;

/// A cell set once that may sit in a static: the .wasm runs on one thread.
#[cfg(all(target_arch = "wasm32", not(target_feature = "atomics")))]
pub(crate) struct OnceLock<T>(std::cell::UnsafeCell<Option<T>>);

// SAFETY: without the atomics feature a wasm32 module cannot share its memory between
// threads, so the cell is only ever reached from one.
#[cfg(all(target_arch = "wasm32", not(target_feature = "atomics")))]
unsafe impl<T> Sync for OnceLock<T> {}

#[cfg(all(target_arch = "wasm32", not(target_feature = "atomics")))]
impl<T> OnceLock<T> {
    /// An empty cell.
    pub(crate) const fn new() -> Self {
        Self(std::cell::UnsafeCell::new(None))
    }

    /// The value, made by `f` on the first call. If `f` itself filled the cell (no builder
    /// does), the first value stays and `f`'s is dropped, as with `OnceLock`.
    pub(crate) fn get_or_init(&self, f: impl FnOnce() -> T) -> &T {
        let slot = self.0.get();
        // SAFETY: one thread (see `Sync` above); the cell is only read through shared
        // references and written once, while empty (so no reference to a value exists), and
        // never emptied again.
        unsafe {
            if let Some(value) = &*slot {
                return value;
            }
            let value = f();
            if (*slot).is_none() {
                slot.write(Some(value));
            }
            match &*slot {
                Some(value) => value,
                None => std::hint::unreachable_unchecked(),
            }
        }
    }
}
