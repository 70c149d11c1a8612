package dev.six.s6.source;

/**
 * Finds the line of a name in an s6-rc list file ({@code dependencies}, {@code contents}, …), read
 * as s6-rc-compile reads it (leading blanks skipped), so an error about the name points at it.
 */
final class ListFileLines {
  private ListFileLines() {}

  static SourceLocation locate(String file, String text, String name) {
    int line = 1;
    int start = 0;
    while (start <= text.length()) {
      int end = text.indexOf('\n', start);
      if (end < 0) {
        end = text.length();
      }
      int i = start;
      while (i < end && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
        i++;
      }
      if (text.substring(i, end).equals(name)) {
        return new SourceLocation(file, line, i - start + 1);
      }
      line++;
      start = end + 1;
    }
    return SourceLocation.fileStart(file);
  }
}
