package dev.six.eval.hash;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * six's SHA-256 against FIPS 180-4's examples and, as the oracle, the JDK's own: every length
 * around the block and padding boundaries, fed whole and in pieces of every size, and a digest
 * object used again after {@code digest()} (which must start it afresh).
 */
class Sha256Test {
  private static String hex(byte[] digest) {
    return HexFormat.of().formatHex(digest);
  }

  @Test
  void fipsExamples() {
    assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
        hex(new Sha256().digest("abc".getBytes(StandardCharsets.US_ASCII))));
    assertEquals("248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1",
        hex(new Sha256().digest("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"
            .getBytes(StandardCharsets.US_ASCII))));
    Sha256 million = new Sha256();
    byte[] thousand = "a".repeat(1000).getBytes(StandardCharsets.US_ASCII);
    for (int i = 0; i < 1000; i++) {
      million.update(thousand);
    }
    assertEquals("cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0", hex(million.digest()));
  }

  @Test
  void everyLengthUpToFiveBlocksAsTheJdkHashesIt() throws Exception {
    byte[] data = new byte[5 * 64 + 1];
    new Random(180_4).nextBytes(data);
    MessageDigest jdk = MessageDigest.getInstance("SHA-256");
    Sha256 ours = new Sha256();
    for (int length = 0; length <= data.length; length++) {
      jdk.update(data, 0, length);
      ours.update(data, 0, length);
      assertArrayEquals(jdk.digest(), ours.digest(), "length " + length);
    }
  }

  @Test
  void piecesOfEverySizeGiveTheWholeDigest() throws Exception {
    byte[] data = new byte[1000];
    new Random(256).nextBytes(data);
    byte[] expected = MessageDigest.getInstance("SHA-256").digest(data);
    for (int piece = 1; piece <= 130; piece++) {
      Sha256 ours = new Sha256();
      for (int offset = 0; offset < data.length; offset += piece) {
        ours.update(data, offset, Math.min(piece, data.length - offset));
      }
      assertArrayEquals(expected, ours.digest(), "pieces of " + piece);
    }
    Sha256 byByte = new Sha256();
    for (byte b : data) {
      byByte.update(b);
    }
    assertArrayEquals(expected, byByte.digest(), "byte by byte");
  }

  @Test
  void aLargeInputAsTheJdkHashesIt() throws Exception {
    byte[] data = new byte[3 << 20];
    new Random(3).nextBytes(data);
    assertArrayEquals(MessageDigest.getInstance("SHA-256").digest(data), new Sha256().digest(data));
  }

  @Test
  void theAlgorithmNixCallsSha256IsThisOne() {
    assertEquals(Sha256.class, HashAlgorithm.SHA256.newDigest().getClass());
    assertEquals(32, HashAlgorithm.SHA256.newDigest().getDigestLength());
  }
}
