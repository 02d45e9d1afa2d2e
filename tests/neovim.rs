//! `oj lsp` with a real editor: Neovim headless (Debian's `neovim`, installed by .ci/run)
//! starts the server on an indicator file with a misspelt variable, and prints the
//! diagnostics and a hover it received (tests/editor/neovim.lua). Without Neovim the test
//! fails, unless OJ_SKIP_EDITOR=1 says to skip it.

mod common;

use std::path::Path;
use std::process::Command;

#[test]
fn neovim_shows_the_diagnostics_and_a_hover() {
    if Command::new("nvim").arg("--version").output().is_err() {
        if std::env::var_os("OJ_SKIP_EDITOR").is_some() {
            eprintln!("OJ_SKIP_EDITOR is set: not testing with Neovim");
            return;
        }
        panic!("Neovim is not installed (apt-get install neovim; .ci/run does it), or set OJ_SKIP_EDITOR=1");
    }
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let tmp = tempfile::tempdir().unwrap();
    let indicators = tmp.path().join("indicators");
    common::copy_tree(&root.join("indicators"), &indicators);
    let file = indicators.join("2015/11_kompetens.oj");
    let text = std::fs::read_to_string(&file).unwrap().replace(
        "fråga g7 = G7_handlaggare_arsarbetare",
        "fråga g7 = G7_handlaggare_arsarbetar",
    );
    std::fs::write(&file, text).unwrap();
    let out = tmp.path().join("out.txt");
    let status = Command::new("nvim")
        .args(["--headless", "-n", "-i", "NONE", "-u"])
        .arg(root.join("tests/editor/neovim.lua"))
        .env("OJ", env!("CARGO_BIN_EXE_oj"))
        // Swedish, whatever language the shell or Neovim would announce to the server.
        .env("OJ_LANG", "sv")
        .env("OJ_FILE", &file)
        .env("OJ_OUT", &out)
        .env("XDG_STATE_HOME", tmp.path())
        .env("XDG_DATA_HOME", tmp.path())
        .status()
        .unwrap();
    assert!(status.success());
    let got = std::fs::read_to_string(&out).expect("Neovim wrote what it received");
    let lines: Vec<&str> = got.lines().collect();
    assert_eq!(
        lines,
        [
            // Neovim counts columns in bytes: `fråga` has a two-byte å.
            "diagnostic 19:17 E0101 `G7_handlaggare_arsarbetar` är inte en variabel i kodboken för 2015",
            "hover **G6_arbetsledning_1** (number)",
        ]
    );
}
