//! Writing a file whole or not at all: a temporary file beside it, then a
//! rename, with the mode (and, where the system allows it, the owner) the
//! replaced file had. What a path names decides how it is written: see
//! [`write_atomic`].

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
/// What `path` names decides how it is written, and nothing but a regular
/// file is ever replaced:
///
/// - a symbolic link is followed (to any depth), and the file it points to
///   is written as below; the link stays a link;
/// - a device (`/dev/null`, `/dev/stdout`, a terminal) or a FIFO is written
///   through, never replaced: its errors are reported (`/dev/full`: "No
///   space left on device"), and a FIFO that no program reads is refused at
///   once rather than waited on;
/// - a socket or a directory is refused;
/// - a regular file with more than one name (hard links) is rewritten in
///   place once the whole output has been written beside it, so every name
///   keeps showing the same file; that last step is not atomic.
///
/// On Unix the file gets the mode a plain [`File::create`](std::fs::File::create)
/// would give it: a new file `0o666` less the process's umask (`0o644`
/// under the usual umask `022`), and a file that is replaced keeps its
/// permission bits (`0o640` stays `0o640`; set-user-ID, set-group-ID and
/// sticky bits are not carried over) and, when the writer may give it
/// (root may), its owner and group.
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
/// writable, the disk (or the device) is full, a link loops, a FIFO has no
/// reader, or `path` names a socket or a directory.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> Result<(), ExportError> {
    write_atomic_with(path, bytes, |file| file)
}

/// What writing to a path does, by what the path (its links followed)
/// names.
#[derive(Debug, PartialEq, Eq)]
enum Target {
    /// Nothing yet, or a regular file with one name: replaced by a rename.
    Replace,
    /// A regular file with other names: rewritten in place.
    Linked,
    /// A device or a FIFO: written through.
    Through,
    /// Something that cannot take a file's bytes (a socket, a directory);
    /// why, in words.
    Refused(&'static str),
}

/// How `target` (a path with no link left to follow) is written. Only
/// looks: never opens, creates or changes anything.
fn target_kind(target: &Path) -> Target {
    let Ok(meta) = std::fs::symlink_metadata(target) else {
        return Target::Replace;
    };
    let kind = meta.file_type();
    if kind.is_file() {
        #[cfg(unix)]
        {
            use std::os::unix::fs::MetadataExt;
            if meta.nlink() > 1 {
                return Target::Linked;
            }
        }
        return Target::Replace;
    }
    if kind.is_dir() {
        return Target::Refused("it is a directory");
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        if kind.is_socket() {
            return Target::Refused("it is a socket; write to a regular file");
        }
        if kind.is_fifo() || kind.is_char_device() || kind.is_block_device() {
            return Target::Through;
        }
    }
    Target::Refused("it is not a regular file")
}

/// The deepest links the system itself follows (Linux's `MAXSYMLINKS`).
const MAX_LINKS: usize = 40;

/// `path` with its symbolic links followed: the path the bytes go to. A
/// link to a missing file gives that file's path, which is then created.
fn follow_links(path: &Path) -> std::io::Result<PathBuf> {
    let mut at = path.to_owned();
    for _ in 0..MAX_LINKS {
        match std::fs::symlink_metadata(&at) {
            Ok(meta) if meta.file_type().is_symlink() => {
                let to = std::fs::read_link(&at)?;
                at = match at.parent() {
                    Some(dir) if to.is_relative() => dir.join(to),
                    _ => to,
                };
            }
            _ => return Ok(at),
        }
    }
    Err(std::io::Error::other(format!(
        "more than {MAX_LINKS} symbolic links in a row (a loop?)"
    )))
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
    let target = follow_links(path).map_err(error)?;
    match target_kind(&target) {
        Target::Refused(why) => Err(error(std::io::Error::other(why))),
        Target::Through => write_through(&target, bytes).map_err(error),
        Target::Linked => {
            // The whole output beside it first, so that a full disk is
            // found before the file is touched.
            let temp = write_temporary(&target, bytes, wrap).map_err(error)?;
            rewrite_in_place(&target, bytes).map_err(error)?;
            drop(temp);
            Ok(())
        }
        Target::Replace => {
            let temp = write_temporary(&target, bytes, wrap).map_err(error)?;
            // Looked at again just before the rename: whatever took the
            // name meanwhile is replaced only if it is a regular file.
            if let Target::Refused(_) | Target::Through | Target::Linked = target_kind(&target) {
                return Err(error(std::io::Error::other(
                    "the file changed into another kind while it was written; nothing was replaced",
                )));
            }
            temp.persist(&target).map_err(|e| error(e.error))?;
            Ok(())
        }
    }
}

/// The output written whole into a new temporary file beside `target`, with
/// the mode (and owner) `target` has; removed again when dropped.
fn write_temporary<W, F>(
    target: &Path,
    bytes: &[u8],
    wrap: F,
) -> std::io::Result<tempfile::TempPath>
where
    W: Write + Syncable,
    F: FnOnce(std::fs::File) -> W,
{
    let dir = match target.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_owned(),
        _ => PathBuf::from("."),
    };
    let name = target
        .file_name()
        .ok_or_else(|| std::io::Error::other("the path names no file"))?;
    // The mode of the file replaced, if there is one.
    let kept = kept_mode(target);
    // A name of its own for every call, also between threads of one
    // process; the temporary file is removed when anything fails.
    let prefix = format!(".{}.", name.to_string_lossy());
    let mut builder = tempfile::Builder::new();
    builder.prefix(&prefix).suffix(".tmp");
    #[cfg(unix)]
    builder.permissions(created_mode(kept));
    let temp = builder.tempfile_in(&dir).map_err(without_temporary_path)?;
    let (file, temp_path) = temp.into_parts();
    keep_mode(&file, kept)?;
    keep_owner(&file, target);
    let mut file = wrap(file);
    let written = (|| {
        file.write_all(bytes)?;
        file.flush()?;
        file.sync()
    })();
    drop(file);
    written?;
    Ok(temp_path)
}

/// The error without the temporary file's name, which `tempfile` adds
/// ("… at path "/out/.a.pdf.eSbVJ4.tmp""): the reader knows only the
/// output, which the caller names (issue 20).
fn without_temporary_path(e: std::io::Error) -> std::io::Error {
    // tempfile's wrapper hides the cause from `source()`; its text is the
    // cause's, then the path.
    let text = e.to_string();
    match text.rfind(" at path ") {
        Some(at) if e.raw_os_error().is_none() => std::io::Error::new(e.kind(), &text[..at]),
        _ => e,
    }
}

/// Writes into a file with other names, keeping it (and so its names, mode
/// and owner).
fn rewrite_in_place(target: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let mut file = std::fs::OpenOptions::new()
        .write(true)
        .truncate(true)
        .open(target)?;
    file.write_all(bytes)?;
    file.sync_all()
}

/// Writes through a device or a FIFO. Opened without blocking, so that a
/// FIFO no program reads is an error at once (`ENXIO`) and not a wait for
/// ever; then blocking again for the writes, which a slow reader may hold
/// up.
fn write_through(target: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let mut options = std::fs::OpenOptions::new();
    options.write(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.custom_flags(libc::O_NONBLOCK | libc::O_NOCTTY);
    }
    let mut file = options.open(target).map_err(|e| {
        #[cfg(unix)]
        if e.raw_os_error() == Some(libc::ENXIO) {
            // A FIFO that no program has open for reading.
            return std::io::Error::other(
                "it is a FIFO that no program reads; start its reader first",
            );
        }
        e
    })?;
    // What was opened is what was looked at: not a regular file, which
    // writing through would truncate nothing of and leave half old.
    if file.metadata()?.is_file() {
        return Err(std::io::Error::other(
            "the device changed into a regular file while it was opened; nothing was written",
        ));
    }
    #[cfg(unix)]
    crate::limits::set_blocking(&file)?;
    file.write_all(bytes)?;
    file.flush()
}

/// Gives the new file the owner and group of the one it replaces, where the
/// writer may (root may; others may keep only their own groups). Best
/// effort: a file the writer may not give away stays the writer's.
fn keep_owner(file: &std::fs::File, target: &Path) {
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        if let Ok(meta) = std::fs::metadata(target) {
            let _ = std::os::unix::fs::fchown(file, Some(meta.uid()), Some(meta.gid()));
        }
    }
    #[cfg(not(unix))]
    let _ = (file, target);
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

    /// Looks only: `/dev/null` is never opened for writing here, let alone
    /// replaced (the tests may run as root).
    #[cfg(unix)]
    #[test]
    fn devices_are_written_through_and_only_regular_files_replaced() {
        assert_eq!(target_kind(Path::new("/dev/null")), Target::Through);
        assert_eq!(
            target_kind(Path::new("/")),
            Target::Refused("it is a directory")
        );
        let dir = scratch("kinds");
        assert_eq!(target_kind(&dir.join("missing")), Target::Replace);
        let one = dir.join("one");
        std::fs::write(&one, b"x").unwrap();
        assert_eq!(target_kind(&one), Target::Replace);
        std::fs::hard_link(&one, dir.join("two")).unwrap();
        assert_eq!(target_kind(&one), Target::Linked);
        // A link to `/dev/null` leads to the device.
        let link = dir.join("null");
        std::os::unix::fs::symlink("/dev/null", &link).unwrap();
        assert_eq!(follow_links(&link).unwrap(), Path::new("/dev/null"));
    }
}
