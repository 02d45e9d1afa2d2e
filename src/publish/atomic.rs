//! All-or-nothing output: every file of a run is first written to a temporary file in
//! the output directory, and only when all are written are they renamed into place. A
//! failure before that leaves the previous outputs untouched.

use std::io::Write;
use std::path::{Path, PathBuf};

pub struct Outputs {
    dir: PathBuf,
    pending: Vec<(tempfile::NamedTempFile, PathBuf)>,
}

impl Outputs {
    pub fn new(dir: &Path) -> std::io::Result<Outputs> {
        std::fs::create_dir_all(dir)?;
        Ok(Outputs {
            dir: dir.to_path_buf(),
            pending: vec![],
        })
    }

    /// Writes `name` to a temporary file; it appears under its name at [`Outputs::commit`].
    pub fn write(&mut self, name: &str, bytes: &[u8]) -> std::io::Result<()> {
        let mut tmp = tempfile::Builder::new()
            .prefix(&format!(".{name}."))
            .suffix(".tmp")
            .tempfile_in(&self.dir)?;
        tmp.write_all(bytes)?;
        // Temporary files are private (0600); a published file is readable like any other.
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            tmp.as_file()
                .set_permissions(std::fs::Permissions::from_mode(0o644))?;
        }
        tmp.as_file().sync_all()?;
        self.pending.push((tmp, self.dir.join(name)));
        Ok(())
    }

    /// Renames every written file into place.
    pub fn commit(self) -> std::io::Result<Vec<PathBuf>> {
        let mut done = vec![];
        for (tmp, path) in self.pending {
            tmp.persist(&path).map_err(|e| e.error)?;
            done.push(path);
        }
        Ok(done)
    }
}
