package dev.six.eval.formats.toml;

import dev.six.eval.formats.FormatException;

/**
 * TOML errors in the words of the parser inside current Nix (the first line of its report, which
 * goes on to quote the offending line).
 */
final class TomlErrors {
  private TomlErrors() {}

  static FormatException error(String title) {
    return new FormatException("[error] " + title);
  }
}
