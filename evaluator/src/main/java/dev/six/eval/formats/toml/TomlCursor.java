package dev.six.eval.formats.toml;

/**
 * A position in a TOML text (one char per byte). Past the end, the current character reads as
 * NUL, which no TOML rule accepts.
 */
final class TomlCursor {
  final String text;
  int pos;

  TomlCursor(String text, int pos) {
    this.text = text;
    this.pos = pos;
  }

  boolean eof() {
    return pos >= text.length();
  }

  char current() {
    return pos < text.length() ? text.charAt(pos) : '\0';
  }

  void advance() {
    pos++;
  }

  /** Moves to {@code end} when it is a match ({@code >= 0}); says whether it was. */
  boolean take(int end) {
    if (end < 0) {
      return false;
    }
    pos = end;
    return true;
  }

  void skipWhitespace() {
    pos = TomlSyntax.ws(text, pos);
  }
}
