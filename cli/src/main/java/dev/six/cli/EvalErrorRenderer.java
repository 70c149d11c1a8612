package dev.six.cli;

import dev.six.eval.error.NixError;
import dev.six.eval.source.Pos;
import dev.six.eval.source.SourceFile;

/**
 * Renders an evaluation error as Nix 2.8 does: {@code error: message}, the position with a source
 * excerpt, and with {@code --show-trace} the "… while ..." frames (outermost first), each with its
 * position.
 */
final class EvalErrorRenderer {
  private static final String INDENT = "       ";

  private EvalErrorRenderer() {}

  static String render(NixError error, boolean showTrace) {
    StringBuilder out = new StringBuilder();
    out.append("error: ").append(error.getMessage()).append('\n');
    position(out, error.pos());
    if (showTrace) {
      for (int i = error.trace().size() - 1; i >= 0; i--) {
        NixError.Frame frame = error.trace().get(i);
        out.append('\n').append(INDENT).append("… ").append(frame.message()).append('\n');
        position(out, frame.pos());
      }
    }
    return out.toString();
  }

  private static void position(StringBuilder out, Pos pos) {
    if (pos == null) {
      return;
    }
    SourceFile file = pos.file();
    boolean stream = file.origin() != SourceFile.Origin.FILE;
    char[] text = file.text();
    NixErrorFormatter.position(out, file.name(), text, text.length, pos.offset(), stream);
  }
}
