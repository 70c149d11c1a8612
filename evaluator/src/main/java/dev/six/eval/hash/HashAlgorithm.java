package dev.six.eval.hash;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Optional;

/** The hash algorithms Nix knows by name ({@code md5 sha1 sha256 sha512}) and their digest sizes. */
public enum HashAlgorithm {
  MD5("md5", 16, "MD5"),
  SHA1("sha1", 20, "SHA-1"),
  SHA256("sha256", 32, "SHA-256"),
  SHA512("sha512", 64, "SHA-512");

  private final String nixName;
  private final int size;
  private final String javaName;

  HashAlgorithm(String nixName, int size, String javaName) {
    this.nixName = nixName;
    this.size = size;
    this.javaName = javaName;
  }

  /** The name Nix uses: in {@code hashString}'s first argument, prefixes and SRI hashes. */
  public String nixName() {
    return nixName;
  }

  /** Digest size in bytes. */
  public int size() {
    return size;
  }

  /** The algorithm Nix calls {@code name}, if any (names are case-sensitive, as in Nix). */
  public static Optional<HashAlgorithm> byName(String name) {
    for (HashAlgorithm a : values()) {
      if (a.nixName.equals(name)) {
        return Optional.of(a);
      }
    }
    return Optional.empty();
  }

  /** A fresh digest; every Java runtime provides these four. */
  public MessageDigest newDigest() {
    if (this == SHA256) {
      return new Sha256();
    }
    try {
      return MessageDigest.getInstance(javaName);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the Java runtime lacks " + javaName, e);
    }
  }

  /** The hash of {@code data}. */
  public Hash hash(byte[] data) {
    return new Hash(this, newDigest().digest(data));
  }
}
