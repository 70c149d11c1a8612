package dev.six.eval.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.six.eval.hash.Base16;
import dev.six.eval.hash.HashAlgorithm;
import dev.six.eval.io.EvalIO;
import dev.six.eval.io.MemoryIO;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Nix archives of a small tree against {@code nix-store --dump | sha256sum} from the real Nix
 * 2.8. The tree: {@code a.txt} ("hello\n"), executable {@code run.sh}, {@code link -> a.txt},
 * {@code sub/} with an empty directory, an empty file, {@code B} and a UTF-8 name.
 */
class NarWriterTest {
  static MemoryIO tree() {
    return new MemoryIO()
        .file("/t/a.txt", "hello\n")
        .executable("/t/run.sh", "#!/bin/sh\necho hi\n")
        .link("/t/link", "a.txt")
        .directory("/t/sub/empty")
        .file("/t/sub/zero", "")
        .file("/t/sub/B", "b")
        .file("/t/sub/\u00c3\u00a9", "\u00c3\u00bc");
  }

  private static String sha256(EvalIO io, String path, PathFilter filter) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    NarWriter.write(io, path, filter, out);
    return HashAlgorithm.SHA256.hash(out.toByteArray()).toBase16();
  }

  @Test
  void wholeTree() {
    assertEquals("4306ddc7bc7fa76afbc8ad1166b037988df29a12df87a4d5433b5305214dc516", sha256(tree(), "/t", PathFilter.ALL));
  }

  @Test
  void singleNodes() {
    assertEquals("5e0accf02cedede5e4119ffa15e79e79a5fb1fb9bc43c3d434f33227a14477a0",
        sha256(tree(), "/t/run.sh", PathFilter.ALL));
    assertEquals("8d3c00cfa866e4d1b809772afeac240786246221eb2c574d69c4bba168834e81",
        sha256(tree(), "/t/link", PathFilter.ALL));
    assertEquals("a50a5ab6d992f5598edd92105059fae9acfc192981e08bd88534c2167e92526a",
        sha256(tree(), "/t/sub/empty", PathFilter.ALL));
  }

  @Test
  void layoutOfARegularFile() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    NarWriter.write(new MemoryIO().file("/f", "hello\n"), "/f", PathFilter.ALL, out);
    String expected = str("nix-archive-1") + str("(") + str("type") + str("regular") + str("contents")
        + str("hello\n") + str(")");
    assertEquals(expected, Base16.encode(out.toByteArray()));
  }

  @Test
  void filterIsAskedForEveryEntryInArchiveOrder() {
    List<String> asked = new ArrayList<>();
    NarWriter.write(tree(), "/t", (path, type) -> {
      asked.add(path + " " + type);
      return !path.endsWith("/sub");
    }, java.io.OutputStream.nullOutputStream());
    assertEquals(List.of("/t/a.txt REGULAR", "/t/link SYMLINK", "/t/run.sh REGULAR", "/t/sub DIRECTORY"), asked);
  }

  /** A NAR string in hex: length (8 bytes, little-endian), bytes, zero padding to 8. */
  private static String str(String s) {
    StringBuilder hex = new StringBuilder(Base16.encode(new byte[] {(byte) s.length(), 0, 0, 0, 0, 0, 0, 0}));
    hex.append(Base16.encode(s.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1)));
    hex.append("00".repeat((8 - s.length() % 8) % 8));
    return hex.toString();
  }
}
