//! uniffi-bindgen pinned to the workspace's uniffi version, so the generated
//! Kotlin and Swift always match the scaffolding compiled into `doctrack_ffi`.

fn main() {
    uniffi::uniffi_bindgen_main()
}
