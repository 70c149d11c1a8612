package dev.six.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.CRC32C;
import org.junit.jupiter.api.Test;

/** The parse cache's fingerprint is the two checksums of a text's UTF-16 units, and tells texts apart. */
class TextFingerprintTest {
  @Test
  void isTheTwoChecksumsOfTheUtf16Units() {
    for (String text : new String[] {"", "x: x", "{ a = \"é\"; b = \"\u2603\"; c = \"\uD83D\uDE00\"; }"}) {
      byte[] units = text.getBytes(StandardCharsets.UTF_16BE);
      CRC32C castagnoli = new CRC32C();
      castagnoli.update(units);
      CRC32 ieee = new CRC32();
      ieee.update(units);
      assertEquals(castagnoli.getValue() << 32 | ieee.getValue(), TextFingerprint.of(text.toCharArray()).value(), text);
    }
  }

  @Test
  void tellsApartTextsOfOneLength() {
    assertNotEquals(TextFingerprint.of("{ a = 1; b = 2; }".toCharArray()), TextFingerprint.of("{ a = 2; b = 1; }".toCharArray()));
    assertNotEquals(TextFingerprint.of("ab".toCharArray()), TextFingerprint.of("ba".toCharArray()));
    assertNotEquals(TextFingerprint.of("\u0100".toCharArray()), TextFingerprint.of("\u0001".toCharArray()));
  }

  @Test
  void isSixteenHexadecimalDigits() {
    assertEquals("0000000000000abc", new TextFingerprint(0xabcL).hex());
    assertEquals("ffffffffffffffff", new TextFingerprint(-1L).hex());
  }
}
