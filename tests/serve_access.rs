//! Logins and the host key: the allow list, failed-login bans, and a key that survives restarts.

mod serve_common;

use crosscheck::serve::{Access, Limits};
use russh::keys::{Algorithm, PrivateKey};
use serve_common::*;
use std::time::Duration;

fn new_key() -> PrivateKey {
    PrivateKey::random(&mut rand::rng(), Algorithm::Ed25519).unwrap()
}

/// A server that lets in only `allowed`.
fn key_server(dir: &std::path::Path, allowed: &PrivateKey, limits: Limits) -> TestServer {
    let keys = dir.join("authorized_keys");
    std::fs::write(
        &keys,
        format!("{}\n", allowed.public_key().to_openssh().unwrap()),
    )
    .unwrap();
    let mut config = config(dir, limits);
    config.access = Access::AuthorizedKeys(keys);
    TestServer::start_with(config, stand_in())
}

#[test]
fn with_authorized_keys_a_wrong_key_is_refused_and_the_listed_key_let_in() {
    let dir = tempfile::tempdir().unwrap();
    let (allowed, stranger) = (new_key(), new_key());
    let server = key_server(dir.path(), &allowed, quick_limits());
    runtime().block_on(async {
        let (_conn, ok) = login_key(server.addr, &stranger).await.unwrap();
        assert!(!ok, "a key not in the file is refused");
        let (mut conn, _) = connect(server.addr).await.unwrap();
        let none = conn.authenticate_none("visitor").await.unwrap();
        assert!(!none.success(), "no login without a key");
        let (conn, ok) = login_key(server.addr, &allowed).await.unwrap();
        assert!(ok, "the listed key is let in");
        let mut shell = Shell::open(&conn, 80, 24).await;
        assert!(shell.wait_for("keys=0", Duration::from_secs(10)).await);
    });
}

#[test]
fn an_address_with_too_many_failed_logins_is_refused_for_a_while() {
    let dir = tempfile::tempdir().unwrap();
    let (allowed, stranger) = (new_key(), new_key());
    let limits = Limits {
        max_auth_failures_per_address: 2,
        ..quick_limits()
    };
    let server = key_server(dir.path(), &allowed, limits);
    runtime().block_on(async {
        for _ in 0..2 {
            let (_conn, ok) = login_key(server.addr, &stranger).await.unwrap();
            assert!(!ok);
        }
        let refused = login_key(server.addr, &allowed).await;
        assert!(
            !matches!(refused, Ok((_, true))),
            "even the right key waits out the ban"
        );
    });
}

#[test]
fn the_host_key_is_reused_across_restarts() {
    let dir = tempfile::tempdir().unwrap();
    let fingerprint = |server: &TestServer| {
        runtime().block_on(async {
            let (_conn, key) = connect(server.addr).await.unwrap();
            let key = key.lock().unwrap().clone().expect("server key seen");
            key.fingerprint(Default::default()).to_string()
        })
    };
    let mut first = TestServer::start_with(config(dir.path(), quick_limits()), stand_in());
    let before = fingerprint(&first);
    first.stop();
    let second = TestServer::start_with(config(dir.path(), quick_limits()), stand_in());
    assert_eq!(fingerprint(&second), before);
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&second.host_key)
            .unwrap()
            .permissions()
            .mode();
        assert_eq!(mode & 0o777, 0o600);
    }
}

#[test]
fn an_open_demo_on_a_public_address_does_not_start() {
    let dir = tempfile::tempdir().unwrap();
    let mut config = config(dir.path(), quick_limits());
    config.listen = "0.0.0.0:0".parse().unwrap();
    let started = runtime().block_on(crosscheck::serve::prepare(&config, analysis(), stand_in()));
    let Err(error) = started else {
        panic!("must refuse to start");
    };
    assert!(error.to_string().contains("non-loopback"), "{error}");
    assert!(
        !config.host_key.unwrap().exists(),
        "nothing is created before the check"
    );
}
