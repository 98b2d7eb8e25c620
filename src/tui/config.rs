//! The optional user config file (`config.toml` in the platform config directory, e.g.
//! `~/.config/crosscheck/config.toml`): a theme and key remappings.
//!
//! ```toml
//! theme = "light"            # dark | light | no-color
//! [keys]
//! quit = ["q", "ctrl-c"]
//! next_overlap = "]"
//! ```

use super::keymap::Keymap;
use super::theme::ThemeName;
use serde::Deserialize;
use std::collections::BTreeMap;
use std::path::PathBuf;

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct ConfigFile {
    theme: Option<String>,
    #[serde(default)]
    keys: BTreeMap<String, OneOrMany>,
}

#[derive(Debug, Deserialize)]
#[serde(untagged)]
enum OneOrMany {
    One(String),
    Many(Vec<String>),
}

/// What the config file asks for, already applied to a keymap.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Config {
    pub theme: Option<ThemeName>,
    pub keymap: Keymap,
}

/// Where the config file lives on this platform, if there is a home directory.
pub fn default_path() -> Option<PathBuf> {
    directories::ProjectDirs::from("", "", "crosscheck").map(|d| d.config_dir().join("config.toml"))
}

/// Reads the config file at `path`; a missing file is the default config, a broken one an error
/// that says what is wrong.
pub fn load(path: Option<PathBuf>) -> Result<Config, String> {
    let Some(path) = path else {
        return Ok(Config::default());
    };
    match std::fs::read_to_string(&path) {
        Ok(text) => parse(&text).map_err(|e| format!("{}: {e}", path.display())),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(Config::default()),
        Err(e) => Err(format!("{}: {e}", path.display())),
    }
}

/// Parses the config text and applies its key remappings to the default keymap.
pub fn parse(text: &str) -> Result<Config, String> {
    let file: ConfigFile = toml::from_str(text).map_err(|e| e.to_string())?;
    let theme = match file.theme {
        Some(name) => {
            Some(ThemeName::parse(&name).ok_or_else(|| format!("unknown theme '{name}'"))?)
        }
        None => None,
    };
    let mut keymap = Keymap::default();
    for (name, keys) in file.keys {
        let keys = match keys {
            OneOrMany::One(k) => vec![k],
            OneOrMany::Many(ks) => ks,
        };
        keymap.remap(&name, &keys)?;
    }
    Ok(Config { theme, keymap })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_config_picks_a_theme_and_remaps_keys() {
        let c = parse("theme = \"light\"\n[keys]\nquit = [\"x\"]\nswap = \"S\"\n").unwrap();
        assert_eq!(c.theme, Some(ThemeName::Light));
        assert_eq!(c.keymap.key_for("quit"), "x");
        assert_eq!(c.keymap.key_for("swap"), "S");
    }

    #[test]
    fn unknown_themes_and_bindings_are_reported() {
        assert!(parse("theme = \"neon\"").unwrap_err().contains("neon"));
        assert!(
            parse("[keys]\nteleport = \"t\"")
                .unwrap_err()
                .contains("teleport")
        );
    }

    #[test]
    fn a_missing_file_is_the_default_config() {
        let c = load(Some(PathBuf::from("no/such/dir/config.toml"))).unwrap();
        assert_eq!(c, Config::default());
    }
}
