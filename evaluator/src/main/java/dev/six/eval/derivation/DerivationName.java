package dev.six.eval.derivation;

import dev.six.eval.error.ErrorKind;
import dev.six.eval.error.EvalError;

/**
 * The early check current Nix makes of a derivation's {@code name} before evaluating anything
 * else, so that a bad name is reported as such rather than as a store path that cannot be made:
 * non-empty, at most 211 bytes of {@code [A-Za-z0-9+-._?=]}, not {@code .} or {@code ..} (alone
 * or as the first dash-separated part).
 */
final class DerivationName {
  private static final int MAX_LENGTH = 211;

  private DerivationName() {}

  static void check(String name) {
    String problem = problem(name);
    if (problem != null) {
      throw new EvalError(ErrorKind.INVALID_VALUE,
          "invalid derivation name: " + problem + ". Please pass a different 'name'.", null);
    }
  }

  /** What is wrong with {@code name}, in Nix's words, or null. */
  private static String problem(String name) {
    if (name.isEmpty()) {
      return "name must not be empty";
    }
    if (name.length() > MAX_LENGTH) {
      return "name '" + name + "' must be no longer than " + MAX_LENGTH + " characters";
    }
    for (String dots : new String[] {".", ".."}) {
      if (name.equals(dots)) {
        return "name '" + name + "' is not valid";
      }
      if (name.startsWith(dots + "-")) {
        return "name '" + name + "' is not valid: first dash-separated component must not be '" + dots + "'";
      }
    }
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      boolean allowed = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')
          || "+-._?=".indexOf(c) >= 0;
      if (!allowed) {
        return "name '" + name + "' contains illegal character '" + c + "'";
      }
    }
    return null;
  }
}
