package dev.six.eval.formats.toml;

/** The space between TOML values: blanks, newlines and comments, and what must end a line. */
final class TomlLayout {
  private TomlLayout() {}

  /**
   * Skips spaces, tabs, newlines and whole comment lines; returns whether a newline was crossed
   * (or {@code newlineBefore}).
   */
  static boolean skipLines(TomlCursor in, boolean newlineBefore) {
    boolean newline = newlineBefore;
    String s = in.text;
    while (!in.eof()) {
      int comment = TomlSyntax.comment(s, in.pos);
      int end = comment < 0 ? -1 : TomlSyntax.newline(s, comment);
      if (end >= 0) {
        in.pos = end;
        newline = true;
      } else if (in.take(TomlSyntax.newline(s, in.pos))) {
        newline = true;
      } else if (in.current() == ' ' || in.current() == '\t') {
        in.advance();
      } else {
        break;
      }
    }
    return newline;
  }

  /**
   * An optional comment after a value or header, which must then end the line; returns whether
   * there was one (it and its newline are consumed; without one, nothing is).
   */
  static boolean comment(TomlCursor in) {
    int first = in.pos;
    in.skipWhitespace();
    int end = TomlSyntax.comment(in.text, in.pos);
    if (end < 0) {
      in.pos = first;
      return false;
    }
    in.pos = end;
    if (!in.eof() && !in.take(TomlSyntax.newline(in.text, in.pos))) {
      throw TomlErrors.error("toml::parse_comment_line: newline (LF / CRLF) or EOF is expected");
    }
    return true;
  }
}
