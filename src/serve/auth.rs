//! Who may log in: the open demo, or the keys of an `authorized_keys` file.

use anyhow::{Context, Result};
use russh::keys::PublicKey;
use russh::keys::ssh_key::public::KeyData;
use std::path::Path;

/// The access decision, made once per connection from the configured mode.
#[derive(Clone, Debug)]
pub enum Gate {
    /// Anyone, with the "none" method (no password, no key).
    Open,
    /// Only the keys listed here.
    Keys(Vec<KeyData>),
}

impl Gate {
    /// Whether "none" authentication (just a user name) is enough.
    pub fn allows_anyone(&self) -> bool {
        matches!(self, Gate::Open)
    }

    /// Whether this public key may log in. The comment is ignored: only the key material counts.
    pub fn allows_key(&self, key: &PublicKey) -> bool {
        match self {
            Gate::Open => true,
            Gate::Keys(keys) => keys.iter().any(|k| k == key.key_data()),
        }
    }
}

/// Reads an OpenSSH `authorized_keys` file. Returns the keys and one warning per line skipped.
/// Lines with options (`from=…`, `command=…`) are skipped rather than honoured loosely: ignoring
/// a restriction would let in more than the file says.
pub fn read_authorized_keys(path: &Path) -> Result<(Vec<KeyData>, Vec<String>)> {
    let text = std::fs::read_to_string(path)
        .with_context(|| format!("reading authorized keys {}", path.display()))?;
    Ok(parse_authorized_keys(&text))
}

/// Parses `authorized_keys` text; see [`read_authorized_keys`].
pub fn parse_authorized_keys(text: &str) -> (Vec<KeyData>, Vec<String>) {
    let mut keys = Vec::new();
    let mut warnings = Vec::new();
    for (index, line) in text.lines().enumerate() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        if !starts_with_key_type(line) {
            warnings.push(format!(
                "line {}: keys with options are not supported, skipped",
                index + 1
            ));
            continue;
        }
        match PublicKey::from_openssh(line) {
            Ok(key) => keys.push(key.key_data().clone()),
            Err(e) => warnings.push(format!(
                "line {}: not a public key ({e}), skipped",
                index + 1
            )),
        }
    }
    (keys, warnings)
}

/// Whether the line begins with a key algorithm name rather than an options list.
fn starts_with_key_type(line: &str) -> bool {
    let first = line.split_whitespace().next().unwrap_or("");
    ["ssh-", "ecdsa-", "sk-"]
        .iter()
        .any(|prefix| first.starts_with(prefix))
}

#[cfg(test)]
mod tests {
    use super::*;
    use russh::keys::{Algorithm, PrivateKey};

    fn random_public() -> PublicKey {
        PrivateKey::random(&mut rand::rng(), Algorithm::Ed25519)
            .unwrap()
            .public_key()
            .clone()
    }

    #[test]
    fn listed_keys_are_allowed_and_others_refused() {
        let listed = random_public();
        let stranger = random_public();
        let text = format!(
            "# team\n\n{} someone@laptop\n",
            listed.to_openssh().unwrap()
        );
        let (keys, warnings) = parse_authorized_keys(&text);
        assert!(warnings.is_empty());
        let gate = Gate::Keys(keys);
        assert!(gate.allows_key(&listed));
        assert!(!gate.allows_key(&stranger));
        assert!(!gate.allows_anyone());
    }

    #[test]
    fn lines_with_options_or_garbage_are_skipped_with_a_warning() {
        let key = random_public().to_openssh().unwrap();
        let text = format!("from=\"10.0.0.1\" {key}\nssh-ed25519 AAAAnotbase64\n");
        let (keys, warnings) = parse_authorized_keys(&text);
        assert!(keys.is_empty());
        assert_eq!(warnings.len(), 2);
        assert!(warnings[0].starts_with("line 1"));
    }

    #[test]
    fn the_open_gate_lets_anyone_in() {
        assert!(Gate::Open.allows_anyone());
        assert!(Gate::Open.allows_key(&random_public()));
    }
}
