package dev.six.eval.hash;

/**
 * Nix's base-32: an alphabet without {@code e o u t} (so that encodings never spell words), and
 * the bytes read as one little-endian number whose 5-bit digits are written most significant
 * first. Store path hashes and most {@code sha256} attributes use it.
 */
public final class Nix32 {
  public static final String ALPHABET = "0123456789abcdfghijklmnpqrsvwxyz";

  private Nix32() {}

  /** Length of the encoding of {@code size} bytes. */
  public static int encodedLength(int size) {
    return size == 0 ? 0 : (size * 8 - 1) / 5 + 1;
  }

  public static String encode(byte[] bytes) {
    int length = encodedLength(bytes.length);
    StringBuilder out = new StringBuilder(length);
    for (int n = length - 1; n >= 0; n--) {
      int bit = n * 5;
      int i = bit / 8;
      int j = bit % 8;
      int low = (bytes[i] & 0xff) >> j;
      int high = i + 1 < bytes.length ? (bytes[i + 1] & 0xff) << (8 - j) : 0;
      out.append(ALPHABET.charAt((low | high) & 0x1f));
    }
    return out.toString();
  }

  /**
   * The {@code size} bytes a text of {@code encodedLength(size)} characters encodes, or null if it
   * has a character outside the alphabet or encodes a number too big for {@code size} bytes.
   */
  public static byte[] decode(String text, int size) {
    byte[] out = new byte[size];
    int length = text.length();
    for (int n = 0; n < length; n++) {
      int digit = ALPHABET.indexOf(text.charAt(length - n - 1));
      if (digit < 0) {
        return null;
      }
      int bit = n * 5;
      int i = bit / 8;
      int j = bit % 8;
      out[i] |= (byte) (digit << j);
      int carry = digit >> (8 - j);
      if (i < size - 1) {
        out[i + 1] |= (byte) carry;
      } else if (carry != 0) {
        return null;
      }
    }
    return out;
  }
}
