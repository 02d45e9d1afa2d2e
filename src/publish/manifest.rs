//! Provenance: `OUT/manifest.json` names the engine version, the year, the command (without
//! anything that depends on time), and the SHA-256 of every indicator file, codebook and
//! data file read and of every output written, so that a published figure can be traced to
//! exactly what produced it. `oj verify OUT` checks the inputs and recomputes the outputs.

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use std::path::{Path, PathBuf};

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FileHash {
    /// Relative to the indicators directory, the data directory or OUT.
    pub path: String,
    pub sha256: String,
}

/// What wrote the outputs: `oj eval` (results and review) or `oj publish` (also the
/// workbook and JSON). Recorded so that `oj verify` recomputes the same kind of run.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum RunKind {
    Eval,
    Publish,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Manifest {
    pub engine: String,
    pub year: u32,
    pub kind: RunKind,
    /// The command as given, e.g. `oj eval --year 2015 --data data/example --out out/2015`.
    pub command: String,
    /// The directories as given (relative to where the command ran).
    pub indicators_dir: String,
    pub data_dir: String,
    /// Earlier years compared in the workbook (`oj publish --series`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub series: Vec<u32>,
    /// Inputs the run went without, as asked (`--without`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub without: Vec<String>,
    pub indicators: Vec<FileHash>,
    pub data: Vec<FileHash>,
    pub outputs: Vec<FileHash>,
}

pub fn sha256(bytes: &[u8]) -> String {
    let digest = Sha256::digest(bytes);
    digest.iter().map(|b| format!("{b:02x}")).collect()
}

/// The SHA-256 of a file, read in blocks: a register of 10^7 rows is never held in
/// memory to be hashed.
pub fn sha256_file(path: &Path) -> std::io::Result<String> {
    use std::io::Read;
    let mut file = std::fs::File::open(path)?;
    let mut hasher = Sha256::new();
    let mut buf = vec![0u8; 1 << 16];
    loop {
        let n = file.read(&mut buf)?;
        if n == 0 {
            break;
        }
        hasher.update(&buf[..n]);
    }
    Ok(hasher
        .finalize()
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect())
}

/// The hash of each file, named relative to `base` (with `/`), sorted by name.
pub fn hash_files(base: &Path, files: &[PathBuf]) -> std::io::Result<Vec<FileHash>> {
    let base_canon = base.canonicalize()?;
    let mut out = vec![];
    for f in files {
        let canon = f.canonicalize()?;
        let rel = canon.strip_prefix(&base_canon).unwrap_or(&canon);
        let path = rel
            .components()
            .map(|c| c.as_os_str().to_string_lossy().into_owned())
            .collect::<Vec<_>>()
            .join("/");
        out.push(FileHash {
            path,
            sha256: sha256_file(f)?,
        });
    }
    out.sort_by(|a, b| a.path.cmp(&b.path));
    out.dedup();
    Ok(out)
}

impl Manifest {
    pub fn to_json(&self) -> Vec<u8> {
        let mut s = serde_json::to_string_pretty(self).expect("a manifest serialises");
        s.push('\n');
        s.into_bytes()
    }

    pub fn read(path: &Path) -> Result<Manifest, String> {
        let text = std::fs::read_to_string(path).map_err(|e| {
            crate::t!(
                "publish-manifest-unreadable",
                path = path.display().to_string(),
                error = crate::diagnostic::io_error(&e)
            )
        })?;
        serde_json::from_str(&text).map_err(|e| {
            crate::t!(
                "publish-manifest-invalid",
                path = path.display().to_string(),
                error = e.to_string()
            )
        })
    }
}
