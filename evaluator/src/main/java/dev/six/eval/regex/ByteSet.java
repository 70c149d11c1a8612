package dev.six.eval.regex;

/**
 * A set of bytes (chars 0-255, as Nix strings hold them): what one automaton step or one
 * java.util.regex character class accepts. Mutable while a bracket expression is built.
 */
final class ByteSet {
  private final long[] bits = new long[4];

  static ByteSet of(char c) {
    ByteSet set = new ByteSet();
    set.add(c);
    return set;
  }

  /** {@code .}: every byte except NUL, as libstdc++'s POSIX any-matcher. */
  static ByteSet anyButNul() {
    ByteSet set = new ByteSet();
    set.addRange(1, 255);
    return set;
  }

  void add(int c) {
    bits[c >>> 6] |= 1L << (c & 63);
  }

  void addRange(int from, int to) {
    for (int c = from; c <= to; c++) {
      add(c);
    }
  }

  boolean contains(int c) {
    return c < 256 && (bits[c >>> 6] & (1L << (c & 63))) != 0;
  }

  void invert() {
    for (int i = 0; i < bits.length; i++) {
      bits[i] = ~bits[i];
    }
  }

  int size() {
    int n = 0;
    for (long word : bits) {
      n += Long.bitCount(word);
    }
    return n;
  }

  /** The only member of a one-byte set. */
  int single() {
    for (int c = 0; c < 256; c++) {
      if (contains(c)) {
        return c;
      }
    }
    throw new IllegalStateException("empty set");
  }
}
