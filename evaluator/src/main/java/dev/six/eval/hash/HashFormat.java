package dev.six.eval.hash;

import java.util.Optional;

/** How a hash is written: hexadecimal, Nix's base-32, base-64, or SRI ({@code sha256-<base64>}). */
public enum HashFormat {
  BASE16("base16"),
  NIX32("nix32"),
  BASE64("base64"),
  SRI("sri");

  private final String nixName;

  HashFormat(String nixName) {
    this.nixName = nixName;
  }

  public String nixName() {
    return nixName;
  }

  /**
   * The format Nix calls {@code name}; {@code base32} is the deprecated alias of {@code nix32}
   * (callers warn about it, see {@link #isDeprecatedAlias}).
   */
  public static Optional<HashFormat> byName(String name) {
    if (name.equals("base32")) {
      return Optional.of(NIX32);
    }
    for (HashFormat f : values()) {
      if (f.nixName.equals(name)) {
        return Optional.of(f);
      }
    }
    return Optional.empty();
  }

  /** Whether Nix warns that {@code name} is deprecated. */
  public static boolean isDeprecatedAlias(String name) {
    return name.equals("base32");
  }
}
