package dev.six.eval.hash;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Hashes, encodings and parsing against values the real Nix 2.8 computed ({@code builtins.hashString},
 * {@code nix-hash --to-base32}, {@code nix hash to-sri}, {@code nix hash to-base16}).
 */
class HashTest {
  private static Hash hashOfX(HashAlgorithm algorithm) {
    return algorithm.hash("x".getBytes(StandardCharsets.US_ASCII));
  }

  @Test
  void base16OfEachAlgorithm() {
    assertEquals("9dd4e461268c8034f5c8564e155c67a6", hashOfX(HashAlgorithm.MD5).toBase16());
    assertEquals("11f6ad8ec52a2984abaafd7c3b516503785c2072", hashOfX(HashAlgorithm.SHA1).toBase16());
    assertEquals("2d711642b726b04401627ca9fbac32f5c8530fb1903cc4db02258717921a4881",
        hashOfX(HashAlgorithm.SHA256).toBase16());
    assertEquals("a4abd4448c49562d828115d13a1fccea927f52b4d5459297f8b43e42da89238bc13626e43dcb38ddb082488927ec904f"
        + "b42057443983e88585179d50551afe62", hashOfX(HashAlgorithm.SHA512).toBase16());
  }

  @Test
  void nix32OfEachAlgorithm() {
    assertEquals("56cxf1akjnr3sk904c4rhy9m4x", hashOfX(HashAlgorithm.MD5).toNix32());
    assertEquals("f8h5qy03cm8knz7xmamq8a9aqn7avxhi", hashOfX(HashAlgorithm.SHA1).toNix32());
    assertEquals("10a83a91g1r50bdw8g4hn47m7j7m6angpabwc80l9c16nx11cw9d", hashOfX(HashAlgorithm.SHA256).toNix32());
    assertEquals("1igw6jma2fig1c5x21kji2p42s4z47c4y4li0mhvlwcngg44qvc32r3i7d44gmlz2br4ifmni97z4parhgkml8mh612smj9ii"
        + "2d9ax4", hashOfX(HashAlgorithm.SHA512).toNix32());
  }

  @Test
  void nix32BitOrderIsLittleEndian() {
    byte[] one = new byte[20];
    one[19] = 1;
    assertEquals("04000000000000000000000000000000", Nix32.encode(one));
    byte[] high = new byte[20];
    high[0] = (byte) 0x80;
    assertEquals("00000000000000000000000000000040", Nix32.encode(high));
    byte[] all = new byte[20];
    java.util.Arrays.fill(all, (byte) 0xff);
    assertEquals("z".repeat(32), Nix32.encode(all));
  }

  @Test
  void sriAndBase64() {
    assertEquals("sha256-LXEWQrcmsEQBYnyp+6wy9chTD7GQPMTbAiWHF5IaSIE=",
        hashOfX(HashAlgorithm.SHA256).render(HashFormat.SRI, true));
    assertEquals("LXEWQrcmsEQBYnyp+6wy9chTD7GQPMTbAiWHF5IaSIE=",
        hashOfX(HashAlgorithm.SHA256).render(HashFormat.BASE64, false));
    assertEquals("md5-ndTkYSaMgDT1yFZOFVxnpg==", hashOfX(HashAlgorithm.MD5).render(HashFormat.SRI, false));
    assertEquals("sha512-pKvURIxJVi2CgRXROh/M6pJ/UrTVRZKX+LQ+QtqJI4vBNibkPcs43bCCSIkn7JBPtCBXRDmD6IWFF51QVRr+Yg==",
        hashOfX(HashAlgorithm.SHA512).render(HashFormat.SRI, true));
    assertEquals("sha1:f8h5qy03cm8knz7xmamq8a9aqn7avxhi", hashOfX(HashAlgorithm.SHA1).render(HashFormat.NIX32, true));
  }

  @Test
  void parsesEveryForm() {
    Hash x = hashOfX(HashAlgorithm.SHA256);
    assertEquals(x, HashParser.NIX_2_8.parseAny("sha256-LXEWQrcmsEQBYnyp+6wy9chTD7GQPMTbAiWHF5IaSIE=", null));
    assertEquals(x, HashParser.NIX_2_8.parseAny("LXEWQrcmsEQBYnyp+6wy9chTD7GQPMTbAiWHF5IaSIE=", HashAlgorithm.SHA256));
    assertEquals(x, HashParser.NIX_2_8.parseAny("sha256:10a83a91g1r50bdw8g4hn47m7j7m6angpabwc80l9c16nx11cw9d", null));
    assertEquals(x, HashParser.NIX_2_8.parseAny("10a83a91g1r50bdw8g4hn47m7j7m6angpabwc80l9c16nx11cw9d", HashAlgorithm.SHA256));
    assertEquals(x, HashParser.NIX_2_8.parseAny("2D711642B726B04401627CA9FBAC32F5C8530FB1903CC4DB02258717921A4881",
        HashAlgorithm.SHA256));
    assertEquals(x, HashParser.NIX_2_8.parseSri("sha256-LXEWQrcmsEQBYnyp+6wy9chTD7GQPMTbAiWHF5IaSIE"));
    assertEquals(hashOfX(HashAlgorithm.MD5), HashParser.NIX_2_8.parseAny("md5:56cxf1akjnr3sk904c4rhy9m4x", null));
  }

  @Test
  void nix32TopDigitMayNotOverflow() {
    byte[] ones = new byte[16];
    java.util.Arrays.fill(ones, (byte) 0xff);
    assertArrayEquals(ones, HashParser.NIX_2_8.parseAny("7" + "z".repeat(25), HashAlgorithm.MD5).bytes());
    assertMessage("invalid base-32 hash '8zzzzzzzzzzzzzzzzzzzzzzzzz'", "8" + "z".repeat(25), HashAlgorithm.MD5);
    assertMessage("invalid base-32 hash 'ezzzzzzzzzzzzzzzzzzzzzzzzz'", "e" + "z".repeat(25), HashAlgorithm.MD5);
  }

  @Test
  void nixsMessagesForBadHashes() {
    assertMessage("hash 'LXEWQrcmsEQBYnyp+6wy9chTD7GQPMTbAiWHF5IaSIE' has wrong length for hash type 'sha256'",
        "LXEWQrcmsEQBYnyp+6wy9chTD7GQPMTbAiWHF5IaSIE", HashAlgorithm.SHA256);
    assertMessage("hash 'abc' has wrong length for hash type 'md5'", "abc", HashAlgorithm.MD5);
    assertMessage("hash 'sha1:abc' should have type 'sha256'", "sha1:abc", HashAlgorithm.SHA256);
    assertMessage("unknown hash algorithm 'foo'", "foo:abc", null);
    assertMessage("invalid SRI hash 'AAA'", "md5-AAA", HashAlgorithm.MD5);
    assertMessage("hash 'abc' does not include a type, nor is the type otherwise known from context", "abc", null);
    assertMessage("invalid base-16 hash '" + "g".repeat(32) + "'", "g".repeat(32), HashAlgorithm.MD5);
  }

  @Test
  void currentNixWording() {
    assertEquals("hash 'abc' has wrong length for hash algorithm 'md5'", assertThrows(BadHashException.class,
        () -> HashParser.CURRENT.parseAny("abc", HashAlgorithm.MD5)).getMessage());
    assertEquals("unknown hash algorithm 'foo', expect 'md5', 'sha1', 'sha256', or 'sha512'",
        assertThrows(BadHashException.class, () -> HashParser.CURRENT.parseAny("foo:abc", null)).getMessage());
  }

  @Test
  void base64StopsAtPaddingAndSkipsNewlines() {
    assertArrayEquals(new byte[] {(byte) 0xff, (byte) 0xfe}, Base64.decode("//4=trailing"));
    assertArrayEquals(new byte[] {(byte) 0xff, (byte) 0xfe}, Base64.decode("//\n4"));
    // Nix loses the character in its message (see Base64).
    assertEquals("invalid character in Base64 string: ''",
        assertThrows(BadHashException.class, () -> Base64.decode("a!")).getMessage());
  }

  @Test
  void compressFoldsWithXor() {
    byte[] bytes = new byte[32];
    bytes[0] = 1;
    bytes[20] = 3;
    bytes[31] = (byte) 0x80;
    byte[] folded = new Hash(HashAlgorithm.SHA256, bytes).compress(20).bytes();
    assertEquals(20, folded.length);
    assertEquals(2, folded[0]);
    assertEquals((byte) 0x80, folded[11]);
  }

  @Test
  void formatNames() {
    assertEquals(HashFormat.NIX32, HashFormat.byName("base32").orElseThrow());
    assertEquals(HashFormat.NIX32, HashFormat.byName("nix32").orElseThrow());
    assertEquals(HashFormat.SRI, HashFormat.byName("sri").orElseThrow());
    assertEquals(true, HashFormat.byName("hex").isEmpty());
  }

  private static void assertMessage(String message, String text, HashAlgorithm algorithm) {
    assertEquals(message, assertThrows(BadHashException.class, () -> HashParser.NIX_2_8.parseAny(text, algorithm)).getMessage());
  }
}
