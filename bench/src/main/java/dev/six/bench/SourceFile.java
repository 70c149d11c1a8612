package dev.six.bench;

/** One benchmark input: its path (for Nix) and its text, decoded one byte per character. */
record SourceFile(String path, char[] text) {
  int length() {
    return text.length;
  }
}
