package dev.six.s6.source;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads an s6-rc list file ({@code dependencies}, {@code contents}, {@code producer-for},
 * {@code consumer-for}, {@code pipeline-name}) as s6-rc-compile does: a name per line, leading
 * blanks skipped but trailing ones kept, a NUL ending the line, empty and {@code #} lines skipped,
 * repeats dropped; and finds the line that lists a name, so an error about it points there.
 */
public final class ListFile {
  private ListFile() {}

  /** A listed name and where it starts (1-based line and column). */
  record Entry(String name, int line, int column) {}

  /** The names of {@code text}, in order, each once. */
  public static List<String> names(String text) {
    Set<String> out = new LinkedHashSet<>();
    for (Entry e : entries(text)) {
      out.add(e.name());
    }
    return new ArrayList<>(out);
  }

  /** Where {@code name} is listed in {@code text} (file {@code file}), or the file's start. */
  static SourceLocation locate(String file, String text, String name) {
    for (Entry e : entries(text)) {
      if (e.name().equals(name)) {
        return new SourceLocation(file, e.line(), e.column());
      }
    }
    return SourceLocation.fileStart(file);
  }

  private static List<Entry> entries(String text) {
    List<Entry> out = new ArrayList<>();
    int start = 0;
    int line = 1;
    while (start < text.length()) {
      int end = text.indexOf('\n', start);
      if (end < 0) {
        end = text.length();
      }
      int i = start;
      while (i < end && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
        i++;
      }
      // a NUL ends the line as the C string it becomes
      int stop = i;
      while (stop < end && text.charAt(stop) != 0) {
        stop++;
      }
      if (stop > i && text.charAt(i) != '#') {
        out.add(new Entry(text.substring(i, stop), line, i - start + 1));
      }
      start = end + 1;
      line++;
    }
    return out;
  }
}
