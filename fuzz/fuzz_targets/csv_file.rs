#![no_main]
//! The CSV readers (table, units, register scan) on arbitrary bytes.
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| oj::fuzzing::csv_file(data));
