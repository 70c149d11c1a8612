package dev.six.eval.nixstore;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Collection;

/**
 * Writes the data types of Nix's worker protocol ({@code serialise.hh}): a number is 8 bytes,
 * little-endian; a string is its length as a number, its bytes, and zeros up to a multiple of 8; a
 * set of strings is its size and its elements. Strings hold one byte per char, as six's strings do.
 */
final class WireWriter {
  private static final byte[] PADDING = new byte[8];

  private final OutputStream out;
  private final byte[] number = new byte[8];

  WireWriter(OutputStream out) {
    this.out = out;
  }

  WireWriter number(long n) throws IOException {
    for (int i = 0; i < 8; i++) {
      number[i] = (byte) (n >>> (8 * i));
    }
    out.write(number);
    return this;
  }

  WireWriter string(String s) throws IOException {
    byte[] bytes = s.getBytes(StandardCharsets.ISO_8859_1);
    number(bytes.length);
    out.write(bytes);
    out.write(PADDING, 0, (8 - bytes.length % 8) % 8);
    return this;
  }

  WireWriter strings(Collection<String> strings) throws IOException {
    number(strings.size());
    for (String s : strings) {
      string(s);
    }
    return this;
  }

  /** The raw stream, for data sent in frames after a request. */
  OutputStream stream() {
    return out;
  }

  void flush() throws IOException {
    out.flush();
  }
}
