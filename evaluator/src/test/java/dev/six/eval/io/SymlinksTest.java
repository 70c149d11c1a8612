package dev.six.eval.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import org.junit.jupiter.api.Test;

/** Resolving every symbolic link of a path, component by component, as Nix's {@code resolveSymlinks}. */
class SymlinksTest {
  private final MemoryIO io = new MemoryIO()
      .file("/a/b/f", "x")
      .link("/a/up", "..")
      .link("/a/abs", "/a/b")
      .link("/a/rel", "b/f")
      .link("/a/chain", "rel")
      .link("/loop1", "loop2")
      .link("/loop2", "loop1");

  @Test
  void resolves() throws IOException {
    assertEquals("/a/b/f", Symlinks.resolve(io, "/a/rel"));
    assertEquals("/a/b/f", Symlinks.resolve(io, "/a/chain"));
    assertEquals("/a/b/f", Symlinks.resolve(io, "/a/abs/f"));
    assertEquals("/a/b", Symlinks.resolve(io, "/a/up/a/b"));
    assertEquals("/a", Symlinks.resolve(io, "/a/abs/.."));
    assertEquals("/a/b/missing/x", Symlinks.resolve(io, "/a/abs/missing/x"));
    assertEquals("/", Symlinks.resolve(io, "/"));
  }

  @Test
  void loops() {
    assertEquals("infinite symlink recursion in path '/loop1'",
        assertThrows(IOException.class, () -> Symlinks.resolve(io, "/loop1")).getMessage());
  }
}
