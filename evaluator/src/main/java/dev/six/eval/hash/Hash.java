package dev.six.eval.hash;

import java.util.Arrays;

/** A digest and the algorithm that made it; immutable. Renders in any {@link HashFormat}. */
public final class Hash {
  private final HashAlgorithm algorithm;
  private final byte[] bytes;

  public Hash(HashAlgorithm algorithm, byte[] bytes) {
    this.algorithm = algorithm;
    this.bytes = bytes.clone();
  }

  /** The all-zero hash Nix assumes for an empty {@code sha256 = ""}. */
  public static Hash zero(HashAlgorithm algorithm) {
    return new Hash(algorithm, new byte[algorithm.size()]);
  }

  public HashAlgorithm algorithm() {
    return algorithm;
  }

  public byte[] bytes() {
    return bytes.clone();
  }

  /** The hash as {@code format}; {@code includeAlgorithm} adds {@code sha256:} (SRI always has its prefix). */
  public String render(HashFormat format, boolean includeAlgorithm) {
    StringBuilder out = new StringBuilder();
    if (format == HashFormat.SRI || includeAlgorithm) {
      out.append(algorithm.nixName()).append(format == HashFormat.SRI ? '-' : ':');
    }
    switch (format) {
      case BASE16:
        out.append(Base16.encode(bytes));
        break;
      case NIX32:
        out.append(Nix32.encode(bytes));
        break;
      case BASE64:
      case SRI:
        out.append(Base64.encode(bytes));
        break;
      default:
        throw new IllegalArgumentException(format.toString());
    }
    return out.toString();
  }

  public String toBase16() {
    return render(HashFormat.BASE16, false);
  }

  public String toNix32() {
    return render(HashFormat.NIX32, false);
  }

  /**
   * Nix's {@code compressHash}: folds the digest into {@code size} bytes by XOR-ing byte {@code i}
   * into byte {@code i % size} (how store paths get their 20-byte hash part).
   */
  public Hash compress(int size) {
    byte[] out = new byte[size];
    for (int i = 0; i < bytes.length; i++) {
      out[i % size] ^= bytes[i];
    }
    return new Hash(algorithm, out);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Hash h && h.algorithm == algorithm && Arrays.equals(h.bytes, bytes);
  }

  @Override
  public int hashCode() {
    return algorithm.hashCode() * 31 + Arrays.hashCode(bytes);
  }

  @Override
  public String toString() {
    return render(HashFormat.SRI, true);
  }
}
