package dev.six.s6.compile;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads an s6-rc list file ({@code dependencies}, {@code contents}, {@code producer-for},
 * {@code consumer-for}, {@code pipeline-name}) as s6-rc-compile does: a name per line, leading
 * blanks skipped but trailing ones kept, empty and {@code #} lines skipped, repeats dropped.
 */
final class ListFile {
  private ListFile() {}

  static List<String> names(String text) {
    Set<String> out = new LinkedHashSet<>();
    int start = 0;
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
        out.add(text.substring(i, stop));
      }
      start = end + 1;
    }
    return new ArrayList<>(out);
  }
}
