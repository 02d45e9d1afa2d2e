#![no_main]
//! The indicator language's parser on arbitrary bytes.
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| oj::fuzzing::indicator_file(data));
