package dev.six.eval.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.six.eval.error.EvalError;
import dev.six.eval.hash.HashAlgorithm;
import dev.six.eval.io.EvalIO;
import dev.six.eval.runtime.ContextCollector;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Store paths of the {@link NarWriterTest} tree as the real Nix 2.8 computed them, reading
 * computed paths back through the store's view of the file system, and the list of what was
 * added that registration works from.
 */
class ComputingStoreTest {
  private final ComputingStore store = new ComputingStore("/nix/store", NarWriterTest.tree());

  @Test
  void copiesLikeInterpolation() {
    ContextCollector context = new ContextCollector();
    assertEquals("/nix/store/frqri3rsrgh27xvrh8hy6q49pzf4gv8l-t", store.copyPathToStore("/t", context));
    assertEquals("/nix/store/z3n6ml62lc6l9glpaz6fq7fvi2rks9vq-a.txt",
        store.copyPathToStore("/t/a.txt", context));
    assertEquals("/nix/store/hsfpb0gqgq1qhwi2c1pgrb4vhawrwxld-link", store.copyPathToStore("/t/link", context));
    assertEquals("/nix/store/9ljssglw74jabzzsqsl3lim4d5jgh4ya-empty",
        store.copyPathToStore("/t/sub/empty", context));
    assertEquals("[/nix/store/9ljssglw74jabzzsqsl3lim4d5jgh4ya-empty, /nix/store/frqri3rsrgh27xvrh8hy6q49pzf4gv8l-t, "
        + "/nix/store/hsfpb0gqgq1qhwi2c1pgrb4vhawrwxld-link, /nix/store/z3n6ml62lc6l9glpaz6fq7fvi2rks9vq-a.txt]",
        context.build().toString());
  }

  @Test
  void filteredAndNamed() {
    assertEquals("/nix/store/sfflpsnz908x2is4g9q4j77ifb0jnfbk-t",
        store.addPath("t", "/t", (p, type) -> type != EvalIO.FileType.SYMLINK, FileIngestion.RECURSIVE, null));
    assertEquals("/nix/store/g0q63rkl2vvqc77x0qzflfzqz6djlmsa-src",
        store.addPath("src", "/t", (p, type) -> !p.endsWith("/sub"), FileIngestion.RECURSIVE, null));
    assertEquals("/nix/store/974pyy65p8annw3kp4ibcknbhz1pndwm-x",
        store.addPath("x", "/t/a.txt", PathFilter.ALL, FileIngestion.FLAT, null));
    assertEquals("/nix/store/hgl6cwhlhzpznapan2nfnls2nyyv4lqb-run.sh",
        store.addPath("run.sh", "/t/run.sh", PathFilter.ALL, FileIngestion.RECURSIVE, null));
  }

  @Test
  void expectedHashMustMatch() {
    String message = assertThrows(EvalError.class, () -> store.addPath("t", "/t", PathFilter.ALL,
        FileIngestion.RECURSIVE, dev.six.eval.hash.Hash.zero(dev.six.eval.hash.HashAlgorithm.SHA256))).getMessage();
    assertEquals("store path mismatch in (possibly filtered) path added from '/t'", message);
  }

  @Test
  void computedPathsAreReadable() throws IOException {
    EvalIO io = store.io();
    String src = store.addPath("src", "/t", (p, type) -> !p.endsWith("/sub"), FileIngestion.RECURSIVE, null);
    assertEquals(List.of("a.txt", "link", "run.sh"), io.readDir(src).stream().map(EvalIO.DirEntry::name).toList());
    assertEquals(EvalIO.FileType.MISSING, io.lstat(src + "/sub"));
    assertEquals(EvalIO.FileType.MISSING, io.lstat(src + "/sub/B"));
    assertArrayEquals("hello\n".getBytes(StandardCharsets.US_ASCII), io.read(src + "/a.txt"));
    assertEquals(true, io.isExecutable(src + "/run.sh"));
    String text = store.addText("foo", "bar", List.of(src));
    assertArrayEquals("bar".getBytes(StandardCharsets.US_ASCII), io.read(text));
    assertEquals(List.of(src), List.copyOf(store.references(text)));
    assertEquals(EvalIO.FileType.MISSING, io.lstat("/nix/store/vxjiwkjkn7x4079qvh1jkl5pn05j2aw0-foo"));
  }

  @Test
  void listsWhatWasAddedInOrderOnceEach() throws IOException {
    String src = store.addPath("src", "/t", (p, type) -> !p.endsWith("/sub"), FileIngestion.RECURSIVE, null);
    String flat = store.addPath("x", "/t/a.txt", PathFilter.ALL, FileIngestion.FLAT, null);
    String text = store.addText("foo", "bar", List.of(src));
    store.addPath("src", "/t", (p, type) -> !p.endsWith("/sub"), FileIngestion.RECURSIVE, null);
    List<StoreObject> added = store.added();
    assertEquals(List.of(src, flat, text), added.stream().map(StoreObject::path).toList());
    assertEquals(List.of("src", "x", "foo"), added.stream().map(StoreObject::name).toList());
    assertEquals(List.of(StoreObject.Method.RECURSIVE, StoreObject.Method.FLAT, StoreObject.Method.TEXT),
        added.stream().map(StoreObject::method).toList());
    assertEquals(List.of(List.of(), List.of(), List.of(src)),
        added.stream().map(o -> List.copyOf(o.references())).toList());
    assertArrayEquals("hello\n".getBytes(StandardCharsets.US_ASCII), contents(added.get(1)));
    assertArrayEquals("bar".getBytes(StandardCharsets.US_ASCII), contents(added.get(2)));
    // The archive of the filtered copy is what its path was computed from.
    byte[] nar = contents(added.get(0));
    assertEquals(src, store.paths().makeFixedOutput(FileIngestion.RECURSIVE,
        HashAlgorithm.SHA256.hash(nar), "src", List.of()));
  }

  private static byte[] contents(StoreObject o) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    o.writeContents(out);
    return out.toByteArray();
  }

  @Test
  void missingSource() {
    assertEquals("getting status of '/t/nope': No such file or directory", assertThrows(EvalError.class,
        () -> store.copyPathToStore("/t/nope", new ContextCollector())).getMessage());
  }
}
