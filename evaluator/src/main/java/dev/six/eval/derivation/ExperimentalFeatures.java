package dev.six.eval.derivation;

import dev.six.eval.error.ErrorKind;
import dev.six.eval.error.EvalError;

/**
 * Nix features that six does not enable (it has no {@code experimental-features} setting), such
 * as content-addressed and impure derivations: asking for one is current Nix's error when the
 * feature is off, naming the flag that would enable it there.
 */
final class ExperimentalFeatures {
  private ExperimentalFeatures() {}

  /** The error for {@code feature}, with {@code reason} (or null) saying what needed it. */
  static EvalError disabled(String feature, String reason) {
    String why = reason == null ? "" : " (" + reason + ")";
    return new EvalError(ErrorKind.NOT_AVAILABLE, "experimental Nix feature '" + feature + "' is disabled" + why
        + "; add '--extra-experimental-features " + feature + "' to enable it", null);
  }
}
