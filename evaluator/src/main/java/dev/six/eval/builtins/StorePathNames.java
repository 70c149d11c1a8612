package dev.six.eval.builtins;

import dev.six.grammar.desugar.PathNames;

/**
 * Which strings name a store path, by current Nix's rules: directly in the store directory (after
 * canonicalisation), a 32-character base-32 hash, a dash, and a name of at most 211 of the
 * characters {@code [A-Za-z0-9+-._?=]} that is not {@code .} or {@code ..} (nor starts with
 * {@code .-} or {@code ..-}).
 */
final class StorePathNames {
  private static final String BASE32 = "0123456789abcdfghijklmnpqrsvwxyz";
  private static final int HASH_LENGTH = 32;
  private static final int MAX_NAME_LENGTH = 211;

  private StorePathNames() {}

  /** The canonical store path {@code path} names, or null when it names none. */
  static String parse(String storeDir, String path) {
    if (!path.startsWith("/")) {
      return null;
    }
    String p = PathNames.canonical(path);
    int slash = p.lastIndexOf('/');
    if (!(slash == 0 ? "/" : p.substring(0, slash)).equals(storeDir)) {
      return null;
    }
    String base = p.substring(slash + 1);
    if (base.length() < HASH_LENGTH + 1 || base.charAt(HASH_LENGTH) != '-') {
      return null;
    }
    for (int i = 0; i < HASH_LENGTH; i++) {
      if (BASE32.indexOf(base.charAt(i)) < 0) {
        return null;
      }
    }
    return validName(base.substring(HASH_LENGTH + 1)) ? p : null;
  }

  private static boolean validName(String name) {
    if (name.isEmpty() || name.length() > MAX_NAME_LENGTH || name.equals(".") || name.equals("..")
        || name.startsWith(".-") || name.startsWith("..-")) {
      return false;
    }
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      boolean ok = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')
          || "+-._?=".indexOf(c) >= 0;
      if (!ok) {
        return false;
      }
    }
    return true;
  }
}
