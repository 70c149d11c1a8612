package dev.six.s6.compile;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/** The database's string table: NUL-terminated strings, addressed by byte offset. */
final class StringTable {
  private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

  /** Appends {@code s} (one char per byte) and its NUL; returns its offset. */
  int add(String s) {
    int offset = bytes.size();
    bytes.writeBytes(s.getBytes(StandardCharsets.ISO_8859_1));
    bytes.write(0);
    return offset;
  }

  int length() {
    return bytes.size();
  }

  byte[] toByteArray() {
    return bytes.toByteArray();
  }
}
