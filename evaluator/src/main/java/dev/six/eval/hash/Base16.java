package dev.six.eval.hash;

/** Lower-case hexadecimal, as Nix prints hashes; parsing also takes upper-case digits. */
public final class Base16 {
  private static final char[] DIGITS = "0123456789abcdef".toCharArray();

  private Base16() {}

  public static String encode(byte[] bytes) {
    char[] out = new char[bytes.length * 2];
    for (int i = 0; i < bytes.length; i++) {
      out[2 * i] = DIGITS[(bytes[i] >> 4) & 0xf];
      out[2 * i + 1] = DIGITS[bytes[i] & 0xf];
    }
    return new String(out);
  }

  /** Length of the encoding of {@code size} bytes. */
  public static int encodedLength(int size) {
    return size * 2;
  }

  /** The bytes of an even-length hexadecimal text, or null if a character is not a digit. */
  public static byte[] decode(String text) {
    byte[] out = new byte[text.length() / 2];
    for (int i = 0; i < out.length; i++) {
      int hi = digit(text.charAt(2 * i));
      int lo = digit(text.charAt(2 * i + 1));
      if (hi < 0 || lo < 0) {
        return null;
      }
      out[i] = (byte) (hi << 4 | lo);
    }
    return out;
  }

  private static int digit(char c) {
    if (c >= '0' && c <= '9') {
      return c - '0';
    }
    if (c >= 'a' && c <= 'f') {
      return c - 'a' + 10;
    }
    if (c >= 'A' && c <= 'F') {
      return c - 'A' + 10;
    }
    return -1;
  }
}
