# Writing and reading the outputs of a run (src/publish): errors only; the workbook, the
# legend and Beräkning are publication text.

publish-manifest-unreadable = { $path }: cannot read the manifest: { $error }
publish-manifest-invalid = { $path }: not a manifest written by `oj eval`: { $error }
