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
    message(out, error.getMessage());
    position(out, error.pos());
    if (showTrace) {
      for (NixError.Frame frame : error.trace()) {
        out.append('\n').append(INDENT).append(ELLIPSIS)
            .append(stripTrailing(frame.message()).replace("\n", "\n" + INDENT)).append('\n');
        position(out, frame.pos());
      }
    }
    // Nix lays the whole error out line by line, each line without trailing blanks.
    String text = stripTrailingOfEveryLine(out);
    if (text.equals("error:\n")) {
      // Nothing to say at all: Nix's layout then drops even the "error:" (throw "").
      text = "\n";
    }
    if (!showTrace && error.hasTraceWithoutShowTrace()) {
      text += "(use '--show-trace' to show detailed location information)\n";
    }
    return text;
  }

  /**
   * {@code error: } and the message, as Nix lays it out: without trailing blanks, its later lines
   * indented under the first, each without trailing blanks.
   */
  private static void message(StringBuilder out, String message) {
    String[] lines = stripTrailing(message).split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      out.append(stripTrailing((i == 0 ? "error: " : INDENT) + lines[i])).append('\n');
    }
  }

  private static String stripTrailingOfEveryLine(CharSequence text) {
    StringBuilder out = new StringBuilder(text.length());
    for (String line : text.toString().split("\n", -1)) {
      out.append(stripTrailing(line)).append('\n');
    }
    // The split's last piece is what follows the final newline: nothing.
    out.setLength(out.length() - 1);
    return out.toString();
  }

  private static String stripTrailing(String s) {
    int end = s.length();
    while (end > 0 && " \t\n\r".indexOf(s.charAt(end - 1)) >= 0) {
      end--;
    }
    return s.substring(0, end);
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
