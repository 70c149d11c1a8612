package dev.six.eval.store;

/**
 * What may follow the hash in a store path: at most 211 of {@code [A-Za-z0-9+-._?=]}, and (as
 * current Nix insists) not {@code .} or {@code ..}, alone or as the first dash-separated part.
 * Messages are Nix 2.8's, and current Nix's for the rules 2.8 lacks.
 */
public final class StorePathName {
  static final int MAX_LENGTH = 211;

  private StorePathName() {}

  /** Checks {@code name}, the name part of the store path {@code baseName}. */
  public static void check(String baseName, String name) {
    if (name.isEmpty()) {
      throw new StoreException("store path '" + baseName + "' has an empty name");
    }
    if (name.length() > MAX_LENGTH) {
      throw new StoreException("store path '" + baseName + "' has a name longer than 211 characters");
    }
    String dots = name.equals(".") || name.startsWith(".-") ? "." : name.equals("..") || name.startsWith("..-") ? ".."
        : null;
    if (dots != null) {
      String detail = name.equals(dots) ? "" : ": first dash-separated component must not be '" + dots + "'";
      throw new StoreException("path '" + baseName + "' is not a valid store path: name '" + name + "' is not valid"
          + detail);
    }
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (!isAllowed(c)) {
        throw new StoreException("store path '" + baseName + "' contains illegal character '" + c + "'");
      }
    }
  }

  static boolean isAllowed(char c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')
        || c == '+' || c == '-' || c == '.' || c == '_' || c == '?' || c == '=';
  }
}
