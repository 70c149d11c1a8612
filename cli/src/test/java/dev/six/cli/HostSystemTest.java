package dev.six.cli;

import dev.six.eval.runtime.HostSystem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.six.grammar.oracle.NixInstantiate;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** six's {@code builtins.currentSystem} is the one Nix reports on this machine. */
class HostSystemTest {
  @Test
  void currentSystemIsNixs() throws Exception {
    Path nix = NixInstantiate.require();
    NixInstantiate.Run run = NixInstantiate.run(nix, List.of("--eval", "-E", "builtins.currentSystem"), Map.of(), "/");
    assertEquals(run.stdout().strip(), "\"" + HostSystem.current() + "\"");
  }

  @Test
  void jvmNamesMapToNixNames() {
    assertEquals("x86_64-linux", HostSystem.of("amd64", "Linux"));
    assertEquals("aarch64-darwin", HostSystem.of("aarch64", "Mac OS X"));
    assertEquals("i686-linux", HostSystem.of("x86", "Linux"));
    assertEquals("powerpc64le-linux", HostSystem.of("ppc64le", "Linux"));
  }
}
