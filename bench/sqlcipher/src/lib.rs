//! Nothing here: the benchmark is `benches/sqlcipher.rs`.
