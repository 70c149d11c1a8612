package dev.six.cli;

import dev.six.eval.error.NixError;
import dev.six.eval.source.Pos;
import dev.six.eval.source.SourceFile;

/**
 * Renders an evaluation error as Nix 2.8 does: {@code error: message}, the position with a source
 * excerpt, and with {@code --show-trace} the "… while ..." frames (innermost first), each with its
 * position.
 */
final class EvalErrorRenderer {
  private static final String INDENT = "       ";
  /** "… " as the UTF-8 bytes Nix writes (output is written one char per byte). */
  private static final String ELLIPSIS = SourceInput.bytewise("… ");

  private EvalErrorRenderer() {}

  static String render(NixError error, boolean showTrace) {
    StringBuilder out = new StringBuilder();
    out.append("error: ").append(error.getMessage()).append('\n');
    position(out, error.pos());
    if (showTrace) {
      for (NixError.Frame frame : error.trace()) {
        out.append('\n').append(INDENT).append(ELLIPSIS).append(frame.message()).append('\n');
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
