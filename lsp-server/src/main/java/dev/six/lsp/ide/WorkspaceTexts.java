package dev.six.lsp.ide;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * The current text of workspace files for one request: an open document's text as the editor has
 * it, else the file on disk, read once per request. The index says where to look; this text says
 * whether the place still holds what the index remembers, so a stale index never yields a wrong edit.
 */
public final class WorkspaceTexts {
  private final Function<Path, SourceText> source;
  private final Map<Path, SourceText> read = new HashMap<>();

  /** {@code source}: the text of a file (null when it cannot be read). */
  public WorkspaceTexts(Function<Path, SourceText> source) {
    this.source = source;
  }

  /** The file's text, or null. */
  public SourceText of(Path file) {
    return read.computeIfAbsent(file, source);
  }

  /** Whether {@code file} holds {@code name} (as written, UTF-8) exactly at {@code span}. */
  public boolean holds(Path file, Span span, String name) {
    SourceText text = of(file);
    if (text == null || span.end() > text.length()) {
      return false;
    }
    String bytewise = new String(name.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
    return span.end() - span.start() == bytewise.length()
        && new String(text.bytewise(), span.start(), span.end() - span.start()).equals(bytewise);
  }

  /** The name a reference's span should hold: the last segment of its key. */
  public static String writtenName(SixReference reference) {
    String key = reference.kind() == SixReference.Kind.PARAMETER || reference.kind() == SixReference.Kind.OUTPUT
        ? reference.member() : reference.key();
    int dot = key.lastIndexOf('.');
    return reference.kind() == SixReference.Kind.ARGUMENT || reference.kind() == SixReference.Kind.SERVICE
        || reference.kind() == SixReference.Kind.PACKAGE || dot < 0 ? key : key.substring(dot + 1);
  }
}
