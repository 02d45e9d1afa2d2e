// The messages (locales/*/*.ftl) are compiled into the binary by fluent-templates'
// `static_loader!`, which sees a file only when the crate is rebuilt: rebuild when a
// message file is added, removed or changed.
fn main() {
    println!("cargo:rerun-if-changed=locales");
}
