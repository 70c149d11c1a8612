package dev.six.cli;

/**
 * A 128-bit fingerprint of a text, to tell whether a file is the one a cache entry was made from
 * without keeping the text: two independent 64-bit multiply-and-mix lanes over its UTF-16 units and
 * its length. Not a cryptographic hash: it guards against edits, not against someone who can write
 * the cache directory (who could write the entries themselves).
 */
record TextFingerprint(long high, long low) {

  static TextFingerprint of(char[] text) {
    long a = 0x9E3779B97F4A7C15L;
    long b = 0xC2B2AE3D27D4EB4FL;
    for (char c : text) {
      a = (a ^ c) * 0x100000001B3L;
      b = Long.rotateLeft(b + c * 0x165667B19E3779F9L, 31) * 0x27D4EB2F165667C5L;
    }
    return new TextFingerprint(mix(a ^ text.length), mix(b + text.length));
  }

  /** The fingerprint as 32 hexadecimal digits. */
  String hex() {
    // Not String.format: its first use costs a run milliseconds of class loading.
    String digits = "0".repeat(16) + Long.toHexString(high);
    String lowDigits = "0".repeat(16) + Long.toHexString(low);
    return digits.substring(digits.length() - 16) + lowDigits.substring(lowDigits.length() - 16);
  }

  /** MurmurHash3's 64-bit finaliser: every input bit affects every output bit. */
  private static long mix(long h) {
    h ^= h >>> 33;
    h *= 0xFF51AFD7ED558CCDL;
    h ^= h >>> 33;
    h *= 0xC4CEB9FE1A85EC53L;
    h ^= h >>> 33;
    return h;
  }
}
