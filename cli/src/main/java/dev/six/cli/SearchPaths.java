package dev.six.cli;

import dev.six.eval.runtime.EvalSettings.SearchPathEntry;
import dev.six.grammar.desugar.PathNames;
import java.util.ArrayList;
import java.util.List;

/**
 * The search path for {@code <...>} lookups, as Nix builds it: {@code -I} entries first, then
 * {@code NIX_PATH} (colon-separated; a {@code :} inside a URL such as {@code https://} does not
 * split). Relative directories are made absolute against the working directory.
 */
final class SearchPaths {
  private SearchPaths() {}

  /** {@code -I}'s entries, then {@code nixPath}'s (NIX_PATH split, or the {@code nix-path} setting's). */
  static List<SearchPathEntry> of(List<String> includes, List<String> nixPath, String cwd) {
    List<SearchPathEntry> entries = new ArrayList<>();
    for (String include : includes) {
      entries.add(absolute(SearchPathEntry.parse(include), cwd));
    }
    for (String element : nixPath) {
      if (!element.isEmpty()) {
        entries.add(absolute(SearchPathEntry.parse(element), cwd));
      }
    }
    return entries;
  }

  private static SearchPathEntry absolute(SearchPathEntry e, String cwd) {
    String path = e.path();
    if (path.contains("://") || path.startsWith("/")) {
      return e;
    }
    return new SearchPathEntry(e.prefix(), PathNames.absolute(path, cwd));
  }

  /** Splits at ':' except where the colon starts "//" (a URL scheme). */
  static List<String> split(String nixPath) {
    List<String> parts = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (int i = 0; i < nixPath.length(); i++) {
      char c = nixPath.charAt(i);
      if (c == ':' && !(i + 2 < nixPath.length() && nixPath.charAt(i + 1) == '/' && nixPath.charAt(i + 2) == '/')) {
        parts.add(current.toString());
        current.setLength(0);
      } else {
        current.append(c);
      }
    }
    parts.add(current.toString());
    return parts;
  }
}
