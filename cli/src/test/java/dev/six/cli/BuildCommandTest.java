package dev.six.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code six build}'s command line around the build itself: choosing hosts, the site inside a
 * file ({@code -A}), the layout version, and what it says about a site it cannot use; every
 * refusal exits 1 with one {@code error:} line and writes nothing.
 */
class BuildCommandTest {
  private static final Path SITE = Path.of("..", "corpus", "site").toAbsolutePath().normalize();

  @TempDir
  Path temp;

  @Test
  void buildsOnlyTheChosenHostsInTheChosenLayout() throws IOException {
    ScratchStore.Run run = build("--host", "server", "--s6-rc-version", "0.7", SITE.toString());
    assertEquals(0, run.exitCode(), run.stderr());
    assertTrue(Files.isSymbolicLink(temp.resolve("out/server")));
    assertFalse(Files.exists(temp.resolve("out/router")));
    assertTrue(run.stdout().startsWith("server  "), run.stdout());
  }

  @Test
  void takesTheSiteInsideAFileWithDashA() throws IOException {
    Path wrapper = temp.resolve("wrapper.nix");
    Files.writeString(wrapper, "{ sites.mine = import " + SITE + "; }\n");
    ScratchStore.Run run = build("-A", "sites.mine", "--host", "workstation", wrapper.toString());
    assertEquals(0, run.exitCode(), run.stderr());
    assertTrue(Files.isSymbolicLink(temp.resolve("out/workstation")));
  }

  @Test
  void refusesWhatItCannotBuild() throws IOException {
    Path notASite = temp.resolve("not-a-site.nix");
    Files.writeString(notASite, "{ hosts = { }; }\n");
    assertRefused("error: the site has no host 'nowhere' (its hosts: router, server, workstation)",
        "--host", "nowhere", SITE.toString());
    assertRefused("error: unknown --s6-rc-version '0.6' (known: 0.5, 0.7)", "--s6-rc-version", "0.6", SITE.toString());
    assertRefused("error: the site has no 'descriptions' attribute (a set of host name = s6-rc description)",
        notASite.toString());
  }

  @Test
  void aHostThatCannotBeBuiltFailsAloneAndLeavesItsResult() throws IOException {
    assertEquals(0, build("--host", "server", SITE.toString()).exitCode());
    Path previous = Files.readSymbolicLink(temp.resolve("out/server"));
    Files.createDirectories(temp.resolve("out/router"));
    Files.writeString(temp.resolve("out/router/mine"), "keep");
    ScratchStore.Run run = build(SITE.toString());
    assertEquals(1, run.exitCode());
    assertTrue(run.stderr().startsWith("error: router: " + temp.resolve("out/router") + ": exists and is not a result link"),
        run.stderr());
    assertTrue(run.stdout().contains("router       FAILED"), run.stdout());
    assertTrue(run.stdout().contains("workstation  31 services"), run.stdout());
    assertEquals("keep", Files.readString(temp.resolve("out/router/mine")));
    assertFalse(previous.equals(Files.readSymbolicLink(temp.resolve("out/server"))), "server rebuilt");
  }

  private void assertRefused(String message, String... args) {
    ScratchStore.Run run = build(args);
    assertEquals(1, run.exitCode(), run.stderr());
    assertEquals(message + "\n", run.stderr());
    assertFalse(Files.exists(temp.resolve("out")), "nothing written");
  }

  private ScratchStore.Run build(String... args) {
    List<String> argv = new ArrayList<>(List.of("--no-firmware", "-o", temp.resolve("out").toString()));
    argv.addAll(List.of(args));
    return InProcess.run(BuildCommand::new, Map.of("HOME", "/fake-home"), temp.toString(), argv);
  }
}
