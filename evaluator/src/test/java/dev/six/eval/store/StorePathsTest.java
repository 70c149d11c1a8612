package dev.six.eval.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.six.eval.hash.HashAlgorithm;
import dev.six.eval.hash.HashParser;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The store path formulas against paths the real Nix 2.8 computed ({@code nix-instantiate --eval}, dummy store). */
class StorePathsTest {
  private final StorePaths paths = new StorePaths("/nix/store");

  @Test
  void sourcePathFromNarHash() {
    // nix-hash --type sha256 --base32 of the test tree (see NarWriterTest), and "${./t}".
    assertEquals("/nix/store/frqri3rsrgh27xvrh8hy6q49pzf4gv8l-t", paths.makeFixedOutput(FileIngestion.RECURSIVE,
        HashParser.NIX_2_8.parseAny("05n59lhhalrv8gas91yz2adg53cq6yq6c4ddr3xnm9vzpk3xs1j3", HashAlgorithm.SHA256), "t",
        List.of()));
  }

  @Test
  void flatPathUsesTheFixedOutputFormula() {
    // builtins.path { path = ./t/a.txt; recursive = false; } where a.txt is "hello\n".
    assertEquals("/nix/store/fdwm55r4skpypx1gwzb7x69ckav1rv09-a.txt", paths.makeFixedOutput(FileIngestion.FLAT,
        HashAlgorithm.SHA256.hash("hello\n".getBytes(StandardCharsets.US_ASCII)), "a.txt", List.of()));
  }

  @Test
  void textPaths() {
    assertEquals("/nix/store/vxjiwkjkn7x4079qvh1jkl5pn05j2aw0-foo", text("foo", "bar"));
    assertEquals("/nix/store/3z5jmrizpdn0k9mi2qfpbn7g4bn542y0-foo", text("foo", ""));
    // builtins.toFile "foo" "${./t/a.txt} ${./t}": references are part of the type, sorted.
    String a = "/nix/store/z3n6ml62lc6l9glpaz6fq7fvi2rks9vq-a.txt";
    String t = "/nix/store/frqri3rsrgh27xvrh8hy6q49pzf4gv8l-t";
    assertEquals("/nix/store/556krhisbgfnj31nv8k7ms03190wvv3r-foo", paths.makeText("foo",
        HashAlgorithm.SHA256.hash((a + " " + t).getBytes(StandardCharsets.US_ASCII)), List.of(t, a)));
  }

  @Test
  void storeDirIsPartOfTheHash() {
    StorePaths other = new StorePaths("/gnu/store");
    assertFalse(other.makeText("foo", HashAlgorithm.SHA256.hash(new byte[0]), List.of()).endsWith(
        text("foo", "").substring("/nix/store".length())));
  }

  @Test
  void nameRules() {
    assertEquals("store path 'dm85kbl5cy82j2dzvy1874s14y3salv3-a b' contains illegal character ' '",
        assertThrows(StoreException.class, () -> text("a b", "x")).getMessage());
    assertThrows(StoreException.class, () -> text("", "x"));
    assertThrows(StoreException.class, () -> text("a".repeat(212), "x"));
    text("a".repeat(211), "x");
    assertThrows(StoreException.class, () -> text(".", "x"));
    assertThrows(StoreException.class, () -> text("..-x", "x"));
    text(".hidden", "x");
    text("+-._?=", "x");
  }

  @Test
  void parsingStorePaths() {
    String p = "/nix/store/frqri3rsrgh27xvrh8hy6q49pzf4gv8l-t";
    assertTrue(paths.isStorePath(p));
    assertFalse(paths.isStorePath(p + "/sub"));
    assertTrue(paths.isInStore(p + "/sub"));
    assertEquals(p, paths.storePathOf(p + "/sub/x"));
    assertFalse(paths.isInStore("/nix/store"));
    assertFalse(paths.isInStore("/nix/storefoo"));
    assertFalse(paths.isStorePath("/nix/store/eeeeeeeeeeeeeeeeeeeeeeeeeeeeeeee-t"));
    assertEquals("'abc' is too short to be a valid store path",
        assertThrows(StoreException.class, () -> paths.storePathOf("/nix/store/abc/d")).getMessage());
  }

  private String text(String name, String contents) {
    return paths.makeText(name, HashAlgorithm.SHA256.hash(contents.getBytes(StandardCharsets.ISO_8859_1)), List.of());
  }
}
