//! A bounded, deterministic fuzz run inside `cargo test`: seeded mutations of real inputs
//! (indicator files, and CSV seeds) through the same entry points as the cargo-fuzz
//! targets in `fuzz/` (`oj::fuzzing`). Any panic fails the test. Longer runs with
//! libFuzzer: docs/reliability.md.

use std::path::Path;

/// The engine's own seeded generator: the mutations are the same on every run.
struct Rng(oj::generate::Rng);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0.next_u64()
    }
    fn below(&mut self, n: usize) -> usize {
        self.0.below(n.max(1) as u64) as usize
    }
}

/// Bytes that matter to the parsers.
const INTERESTING: &[&[u8]] = &[
    b"\"",
    b"{",
    b"}",
    b"(",
    b")",
    b"[",
    b"]",
    b",",
    b"\n",
    b"\r\n",
    b"#",
    b"\\",
    b"..",
    b"=",
    b"och",
    b"eller",
    b"inte",
    b"n\xc3\xa4r",
    b"saknas",
    b"-9",
    b"1e400",
    b"\xff",
    b"\xef\xbb\xbf",
    b"\x00",
    b"99999999999999999999999",
    b"\"\"",
    b"x",
    b"0,5",
];

fn mutate(rng: &mut Rng, input: &[u8]) -> Vec<u8> {
    let mut out = input.to_vec();
    for _ in 0..1 + rng.below(4) {
        let at = rng.below(out.len() + 1);
        match rng.below(5) {
            0 if !out.is_empty() => {
                let end = (at + rng.below(16)).min(out.len());
                out.drain(at.min(end)..end);
            }
            1 => {
                let piece = INTERESTING[rng.below(INTERESTING.len())];
                out.splice(at..at, piece.iter().copied());
            }
            2 if !out.is_empty() => {
                let i = rng.below(out.len());
                out[i] = rng.next() as u8;
            }
            3 if !out.is_empty() => {
                // Repeat a slice: deep nesting, long lines.
                let start = rng.below(out.len());
                let end = (start + rng.below(32)).min(out.len());
                let piece = out[start..end].to_vec();
                for _ in 0..rng.below(8) {
                    out.splice(at..at, piece.iter().copied());
                }
            }
            _ => out.truncate(at),
        }
    }
    out
}

fn seeds(dir: &Path) -> Vec<Vec<u8>> {
    let mut paths: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    paths.sort();
    paths.iter().map(|p| std::fs::read(p).unwrap()).collect()
}

#[test]
fn parser_survives_mutated_indicator_files() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut inputs = seeds(&root.join("fuzz/seeds/indicator_file"));
    inputs.extend(
        seeds(&root.join("indicators/2014"))
            .into_iter()
            .filter(|b| b.len() < 40_000),
    );
    let mut rng = Rng(oj::generate::Rng::new(2015));
    for i in 0..3000 {
        let input = &inputs[i % inputs.len()];
        oj::fuzzing::indicator_file(&mutate(&mut rng, input));
    }
}

#[test]
fn csv_readers_survive_mutated_files() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let inputs = seeds(&root.join("fuzz/seeds/csv_file"));
    let mut rng = Rng(oj::generate::Rng::new(2014));
    for i in 0..400 {
        let input = &inputs[i % inputs.len()];
        oj::fuzzing::csv_file(&mutate(&mut rng, input));
    }
}
