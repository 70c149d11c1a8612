package dev.six.grammar.desugar;

/**
 * Nix's purely textual path arithmetic ({@code absPath} and {@code canonPath} without following
 * symlinks): path literals are made absolute against the directory of the file they appear in.
 */
public final class PathNames {
  private PathNames() {}

  /** {@code path} made absolute against {@code base} (an absolute directory) and canonicalised. */
  public static String absolute(String path, String base) {
    if (!path.startsWith("/")) {
      path = base + "/" + path;
    }
    return canonical(path);
  }

  /** Removes empty components, {@code .} and {@code ..} (which stops at the root). */
  public static String canonical(String path) {
    StringBuilder s = new StringBuilder(path.length());
    int i = 0;
    int n = path.length();
    while (true) {
      while (i < n && path.charAt(i) == '/') {
        i++;
      }
      if (i >= n) {
        break;
      }
      int slash = path.indexOf('/', i);
      int end = slash < 0 ? n : slash;
      int length = end - i;
      if (length == 1 && path.charAt(i) == '.') {
        i = end;
      } else if (length == 2 && path.charAt(i) == '.' && path.charAt(i + 1) == '.') {
        int last = s.lastIndexOf("/");
        if (last >= 0) {
          s.setLength(last);
        }
        i = end;
      } else {
        s.append('/').append(path, i, end);
        i = end;
      }
    }
    return s.length() == 0 ? "/" : s.toString();
  }

  /** The directory part of an absolute path, as Nix's {@code dirOf}. */
  public static String directoryOf(String path) {
    int slash = path.lastIndexOf('/');
    if (slash <= 0) {
      return "/";
    }
    return path.substring(0, slash);
  }
}
