//! Writing a file whole or not at all: a temporary file beside it, then a
//! rename, with the mode a plain create or the replaced file gives.

use std::io::Write;
use std::path::{Path, PathBuf};

use super::ExportError;

/// Writes `bytes` to `path` atomically: into a temporary file in the same
/// directory, flushed to disk, then renamed over `path`. On any failure the
/// temporary file is removed and an existing `path` is left untouched.
/// Each call has a temporary file of its own, so threads may write the same
/// path at once; the last rename wins, and the file is always one whole
/// write.
///
/// On Unix the file gets the mode a plain [`File::create`](std::fs::File::create)
/// would give it: a new file `0o666` less the process's umask (`0o644`
/// under the usual umask `022`), and a file that is replaced keeps its
/// permission bits (`0o640` stays `0o640`; set-user-ID, set-group-ID and
/// sticky bits are not carried over). The replacement is a new file, so it
/// has the writer's owner and group.
///
/// ```
/// let path = std::env::temp_dir().join("sopimus-write-atomic-example.txt");
/// sopimus::export::write_atomic(&path, b"first")?;
/// sopimus::export::write_atomic(&path, b"second")?;
/// assert_eq!(std::fs::read(&path)?, b"second");
/// # std::fs::remove_file(&path)?;
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
///
/// # Errors
///
/// [`ExportError::Write`] when the directory does not exist, is not
/// writable, or the disk is full.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> Result<(), ExportError> {
    write_atomic_with(path, bytes, |file| file)
}

/// [`write_atomic`] with the temporary file wrapped by `wrap`, so that tests
/// can put a failing writer (a full disk) in its place.
fn write_atomic_with<W, F>(path: &Path, bytes: &[u8], wrap: F) -> Result<(), ExportError>
where
    W: Write + Syncable,
    F: FnOnce(std::fs::File) -> W,
{
    let error = |cause| ExportError::Write {
        path: path.to_owned(),
        cause,
    };
    let dir = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_owned(),
        _ => PathBuf::from("."),
    };
    let name = path
        .file_name()
        .ok_or_else(|| error(std::io::Error::other("the path names no file")))?;
    // The mode of the file replaced, if there is one.
    let kept = kept_mode(path);
    // A name of its own for every call, also between threads of one
    // process; the temporary file is removed when anything fails.
    let prefix = format!(".{}.", name.to_string_lossy());
    let mut builder = tempfile::Builder::new();
    builder.prefix(&prefix).suffix(".tmp");
    #[cfg(unix)]
    builder.permissions(created_mode(kept));
    let temp = builder.tempfile_in(&dir).map_err(error)?;
    let (file, temp_path) = temp.into_parts();
    keep_mode(&file, kept).map_err(error)?;
    let mut file = wrap(file);
    let written = (|| {
        file.write_all(bytes)?;
        file.flush()?;
        file.sync()
    })();
    drop(file);
    written.map_err(error)?;
    temp_path.persist(path).map_err(|e| error(e.error))?;
    Ok(())
}

/// The permission bits of the file at `path`, which a replacement keeps;
/// none when there is no file (or it cannot be looked at), and always none
/// where files have no Unix mode.
fn kept_mode(path: &Path) -> Option<u32> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::metadata(path)
            .ok()
            .map(|m| m.permissions().mode() & 0o777)
    }
    #[cfg(not(unix))]
    {
        let _ = path;
        None
    }
}

/// The permissions the temporary file is created with: those of the file it
/// replaces, or `0o666` as `File::create` asks for. The system takes the
/// umask off (so a new file gets exactly what `File::create` would give it,
/// read without a race), and the file is never readable by more people than
/// the one it replaces, not even while it is written.
#[cfg(unix)]
fn created_mode(kept: Option<u32>) -> std::fs::Permissions {
    use std::os::unix::fs::PermissionsExt;
    std::fs::Permissions::from_mode(kept.unwrap_or(0o666))
}

/// Gives the temporary file the replaced file's mode exactly, which the
/// umask may have narrowed at its creation.
fn keep_mode(file: &std::fs::File, kept: Option<u32>) -> std::io::Result<()> {
    #[cfg(unix)]
    if let Some(mode) = kept {
        use std::os::unix::fs::PermissionsExt;
        file.set_permissions(std::fs::Permissions::from_mode(mode))?;
    }
    #[cfg(not(unix))]
    let _ = (file, kept);
    Ok(())
}

/// A writer whose data can be forced to disk.
trait Syncable {
    fn sync(&self) -> std::io::Result<()>;
}

impl Syncable for std::fs::File {
    fn sync(&self) -> std::io::Result<()> {
        self.sync_all()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A file on a disk that fills up after `room` bytes.
    struct FullDisk {
        file: std::fs::File,
        room: usize,
    }

    impl Write for FullDisk {
        fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
            if self.room == 0 {
                return Err(std::io::Error::from_raw_os_error(28)); // ENOSPC
            }
            let n = buf.len().min(self.room);
            self.room -= n;
            self.file.write(&buf[..n])
        }
        fn flush(&mut self) -> std::io::Result<()> {
            self.file.flush()
        }
    }

    impl Syncable for FullDisk {
        fn sync(&self) -> std::io::Result<()> {
            self.file.sync_all()
        }
    }

    fn scratch(name: &str) -> PathBuf {
        let dir =
            std::env::temp_dir().join(format!("sopimus-export-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        dir
    }

    fn entries(dir: &Path) -> Vec<String> {
        let mut names: Vec<String> = std::fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        names.sort();
        names
    }

    #[test]
    fn a_full_disk_leaves_the_old_file_and_no_temporary() {
        let dir = scratch("full");
        let out = dir.join("agreement.pdf");
        std::fs::write(&out, b"old version").unwrap();
        let result = write_atomic_with(&out, &[7u8; 100_000], |file| FullDisk { file, room: 4096 });
        let e = result.unwrap_err();
        let message = e.to_string();
        assert!(message.contains("agreement.pdf"), "{message}");
        // The cause is the source (issue 22), not in the message.
        let cause = std::error::Error::source(&e).map(ToString::to_string);
        assert!(
            cause
                .as_deref()
                .is_some_and(|c| c.contains("No space left on device")),
            "{message}: {cause:?}"
        );
        assert_eq!(std::fs::read(&out).unwrap(), b"old version");
        assert_eq!(entries(&dir), ["agreement.pdf"]);
    }

    #[test]
    fn a_full_disk_without_an_old_file_leaves_nothing() {
        let dir = scratch("full-new");
        let out = dir.join("new.pdf");
        let result = write_atomic_with(&out, b"0123456789", |file| FullDisk { file, room: 3 });
        assert!(result.is_err());
        assert!(entries(&dir).is_empty());
    }

    #[test]
    fn a_success_replaces_the_whole_file() {
        let dir = scratch("replace");
        let out = dir.join("agreement.pdf");
        std::fs::write(&out, vec![b'x'; 10_000]).unwrap();
        write_atomic(&out, b"short").unwrap();
        assert_eq!(std::fs::read(&out).unwrap(), b"short");
        assert_eq!(entries(&dir), ["agreement.pdf"]);
    }

    #[cfg(unix)]
    fn mode(path: &Path) -> u32 {
        use std::os::unix::fs::PermissionsExt;
        std::fs::metadata(path).unwrap().permissions().mode() & 0o7777
    }

    #[cfg(unix)]
    #[test]
    fn a_new_file_gets_the_mode_file_create_gives() {
        // Whatever the umask of the test process: `File::create` asks for
        // 0o666 and the system takes the umask off; so does `write_atomic`.
        let dir = scratch("mode-new");
        let probe = dir.join("probe");
        std::fs::File::create(&probe).unwrap();
        let out = dir.join("new.pdf");
        write_atomic(&out, b"data").unwrap();
        assert_eq!(mode(&out), mode(&probe), "{:o}", mode(&out));
    }

    #[cfg(unix)]
    #[test]
    fn a_replaced_file_keeps_its_mode() {
        use std::os::unix::fs::PermissionsExt;
        let dir = scratch("mode-kept");
        let out = dir.join("agreement.pdf");
        for kept in [0o640, 0o600, 0o664, 0o604, 0o444] {
            std::fs::write(&out, b"old").unwrap();
            std::fs::set_permissions(&out, std::fs::Permissions::from_mode(kept)).unwrap();
            write_atomic(&out, b"new").unwrap();
            assert_eq!(std::fs::read(&out).unwrap(), b"new");
            assert_eq!(mode(&out), kept, "{kept:o} became {:o}", mode(&out));
            std::fs::set_permissions(&out, std::fs::Permissions::from_mode(0o644)).unwrap();
        }
    }

    #[test]
    fn unwritable_places_fail_with_the_path() {
        // `/proc` refuses new files even to root; a file cannot hold a
        // directory; a missing directory is missing.
        for path in [
            Path::new("/proc/sopimus-test.pdf").to_owned(),
            // sysfs takes no new files, not even from root, for whom
            // directory permissions would not apply.
            Path::new("/sys/sopimus-test.pdf").to_owned(),
            PathBuf::from("/etc/hostname/agreement.pdf"),
            std::env::temp_dir().join("sopimus-no-such-dir/a/b.pdf"),
        ] {
            let message = write_atomic(&path, b"data").unwrap_err().to_string();
            assert!(message.contains(&path.display().to_string()), "{message}");
            assert!(!path.exists());
        }
    }

    #[test]
    fn threads_writing_one_path_each_leave_a_whole_file() {
        // Each call has its own temporary file: 8 threads × 25 writes of
        // distinct contents to one path all succeed, and the file ends as
        // one of them, whole.
        let dir = scratch("threads");
        let out = dir.join("agreement.pdf");
        let contents: Vec<Vec<u8>> = (0..8u8).map(|t| vec![t; 50_000 + usize::from(t)]).collect();
        std::thread::scope(|scope| {
            for content in &contents {
                let out = &out;
                scope.spawn(move || {
                    for _ in 0..25 {
                        write_atomic(out, content).expect("every write succeeds");
                    }
                });
            }
        });
        let last = std::fs::read(&out).unwrap();
        assert!(contents.contains(&last), "the file is one write, whole");
        assert_eq!(
            entries(&dir),
            ["agreement.pdf"],
            "no temporary file is left"
        );
    }
}
