//! The server's host key: generated once, then kept, so returning clients never see a
//! changed-key warning.
//!
//! The key is an Ed25519 key in OpenSSH format, written with mode 0600 (owner only) and never
//! overwritten: a file that exists but cannot be read is an error, not a reason to make a new key.

use anyhow::{Context, Result};
use russh::keys::ssh_key::LineEnding;
use russh::keys::{Algorithm, PrivateKey};
use std::fs::{self, OpenOptions};
use std::io::Write;
use std::path::{Path, PathBuf};

/// File name of the key inside the platform data directory.
const DEFAULT_FILE_NAME: &str = "ssh_host_ed25519_key";

/// The default location, e.g. `~/.local/share/crosscheck/ssh_host_ed25519_key` on Linux.
pub fn default_path() -> Option<PathBuf> {
    directories::ProjectDirs::from("", "", "crosscheck")
        .map(|dirs| dirs.data_dir().join(DEFAULT_FILE_NAME))
}

/// Reads the key at `path`, or creates it (and its directory) when there is no file yet.
/// Returns the key and whether it was just generated.
pub fn load_or_create(path: &Path) -> Result<(PrivateKey, bool)> {
    if path.exists() {
        let key = PrivateKey::read_openssh_file(path)
            .with_context(|| format!("reading the host key {}", path.display()))?;
        return Ok((key, false));
    }
    let key = PrivateKey::random(&mut rand::rng(), Algorithm::Ed25519)
        .context("generating a host key")?;
    write_private(path, &key)?;
    Ok((key, true))
}

/// Writes a new key file readable by its owner only. `create_new` makes a race with another
/// starting server fail loudly instead of silently replacing its key.
fn write_private(path: &Path, key: &PrivateKey) -> Result<()> {
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
        fs::create_dir_all(dir).with_context(|| format!("creating {}", dir.display()))?;
    }
    let text = key
        .to_openssh(LineEnding::LF)
        .context("encoding the host key")?;
    let mut options = OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    let mut file = options
        .open(path)
        .with_context(|| format!("creating the host key {}", path.display()))?;
    file.write_all(text.as_bytes())
        .and_then(|()| file.sync_all())
        .with_context(|| format!("writing the host key {}", path.display()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_key_is_generated_once_and_then_reused() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("sub").join("key");
        let (first, created) = load_or_create(&path).unwrap();
        assert!(created);
        let (second, created_again) = load_or_create(&path).unwrap();
        assert!(!created_again);
        assert_eq!(first.public_key(), second.public_key());
    }

    #[cfg(unix)]
    #[test]
    fn the_key_file_is_readable_by_its_owner_only() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("key");
        load_or_create(&path).unwrap();
        let mode = fs::metadata(&path).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o600);
    }

    #[test]
    fn an_unreadable_key_file_is_an_error_and_is_not_replaced() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("key");
        fs::write(&path, "not a key").unwrap();
        assert!(load_or_create(&path).is_err());
        assert_eq!(fs::read_to_string(&path).unwrap(), "not a key");
    }
}
