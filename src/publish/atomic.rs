//! All-or-nothing output: every file of a run is first written to a temporary file in
//! the output directory, and only when all are written are they renamed into place. A
//! failure before that leaves the previous outputs untouched.
//!
//! The renames themselves are one per file, so the previous version of each file is kept
//! as a backup until all of them succeeded; if one rename fails, the ones done are undone.
//! A run killed in the middle leaves temporary files and backups behind: the next run
//! removes the temporary files and puts the backups back before it writes anything, so
//! the directory always ends as one run's complete outputs.

use std::io::Write;
use std::path::{Path, PathBuf};

pub struct Outputs {
    dir: PathBuf,
    pending: Vec<(tempfile::NamedTempFile, PathBuf)>,
}

const TMP_SUFFIX: &str = ".tmp";
const BACKUP_SUFFIX: &str = ".previous";

fn backup_of(path: &Path) -> PathBuf {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    path.with_file_name(format!(".{name}{BACKUP_SUFFIX}"))
}

impl Outputs {
    pub fn new(dir: &Path) -> std::io::Result<Outputs> {
        std::fs::create_dir_all(dir)?;
        recover(dir)?;
        Ok(Outputs {
            dir: dir.to_path_buf(),
            pending: vec![],
        })
    }

    /// Writes `name` to a temporary file; it appears under its name at [`Outputs::commit`].
    pub fn write(&mut self, name: &str, bytes: &[u8]) -> std::io::Result<()> {
        let mut tmp = tempfile::Builder::new()
            .prefix(&format!(".{name}."))
            .suffix(TMP_SUFFIX)
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

    /// Renames every written file into place, or none of them.
    pub fn commit(self) -> std::io::Result<Vec<PathBuf>> {
        let targets: Vec<PathBuf> = self.pending.iter().map(|(_, p)| p.clone()).collect();
        // Keep the previous version of each file until every rename succeeded.
        let mut backed_up = vec![];
        for t in &targets {
            if t.is_file() {
                if let Err(e) = std::fs::rename(t, backup_of(t)) {
                    restore(&backed_up, &[]);
                    return Err(e);
                }
                backed_up.push(t.clone());
            }
        }
        let mut done = vec![];
        for (tmp, path) in self.pending {
            if let Err(e) = tmp.persist(&path) {
                restore(&backed_up, &done);
                return Err(e.error);
            }
            done.push(path);
        }
        for t in &backed_up {
            let _ = std::fs::remove_file(backup_of(t));
        }
        Ok(done)
    }
}

/// Undoes a commit: removes the new files and puts the previous ones back.
fn restore(backed_up: &[PathBuf], done: &[PathBuf]) {
    for p in done {
        let _ = std::fs::remove_file(p);
    }
    for t in backed_up {
        let _ = std::fs::rename(backup_of(t), t);
    }
}

/// After a run that was killed: temporary files are removed, and backups of an
/// interrupted commit are put back (the previous run's outputs are restored whole).
fn recover(dir: &Path) -> std::io::Result<()> {
    for e in std::fs::read_dir(dir)? {
        let e = e?;
        let name = e.file_name().to_string_lossy().into_owned();
        if !name.starts_with('.') {
            continue;
        }
        if name.ends_with(TMP_SUFFIX) {
            std::fs::remove_file(e.path())?;
        } else if let Some(original) = name
            .strip_suffix(BACKUP_SUFFIX)
            .and_then(|n| n.strip_prefix('.'))
        {
            std::fs::rename(e.path(), dir.join(original))?;
        }
    }
    Ok(())
}
