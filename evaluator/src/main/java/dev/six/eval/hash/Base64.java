package dev.six.eval.hash;

/**
 * Standard base-64 with padding for output; input is read as Nix reads it: decoding stops at the
 * first {@code =} and skips newlines, so missing padding is fine.
 */
public final class Base64 {
  private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

  private Base64() {}

  public static String encode(byte[] bytes) {
    return java.util.Base64.getEncoder().encodeToString(bytes);
  }

  /** Length of the (padded) encoding of {@code size} bytes. */
  public static int encodedLength(int size) {
    return (size + 2) / 3 * 4;
  }

  /** The bytes {@code text} encodes; a character outside the alphabet is a {@link BadHashException}. */
  public static byte[] decode(String text) {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(text.length() * 3 / 4 + 3);
    int bits = 0;
    int buffer = 0;
    for (int k = 0; k < text.length(); k++) {
      char c = text.charAt(k);
      if (c == '=') {
        break;
      }
      if (c == '\n') {
        continue;
      }
      int digit = ALPHABET.indexOf(c);
      if (digit < 0) {
        // Nix formats the character with '%c' around a colouring wrapper, which keeps only the
        // escape sequence's first byte; once colours are stripped the quotes are empty.
        throw new BadHashException("invalid character in Base64 string: ''");
      }
      buffer = (buffer << 6 | digit) & 0xffff;
      bits += 6;
      if (bits >= 8) {
        bits -= 8;
        out.write((buffer >> bits) & 0xff);
      }
    }
    return out.toByteArray();
  }
}
