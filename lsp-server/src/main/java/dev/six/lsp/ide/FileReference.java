package dev.six.lsp.ide;

import java.nio.file.Path;

/** A {@link SixReference} somewhere in the workspace: the file it is written in, as the index holds it. */
public record FileReference(Path file, SixReference reference) {}
