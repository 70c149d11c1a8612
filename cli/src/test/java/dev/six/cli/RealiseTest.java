package dev.six.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.six.grammar.oracle.NixInstantiate;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code six realise} on the machine's own Nix store: it registers the {@code .drv} there and has
 * {@code nix-store --realise} build it (sandbox off, one job, no remote builders), printing what
 * nix-store prints; a failed build ends with nix-store's own status and message.
 */
class RealiseTest {
  private static final Path FIXTURE = Path.of("src", "test", "resources", "realise", "hello.nix").toAbsolutePath();

  @TempDir
  Path dir;

  @Test
  void buildsASmallShDerivationAndPrintsItsOutputPath() throws Exception {
    NixInstantiate.require();
    Map<String, String> env = ScratchStore.environment(Files.createDirectories(dir.resolve("home")));
    String nonce = UUID.randomUUID().toString().substring(0, 8);
    ScratchStore.Run run = realise(env, nonce, "0");
    assertEquals(0, run.exitCode(), run.stderr());

    String drv = drvPath(env, nonce, "0");
    String out = run.stdout().strip();
    assertEquals(List.of(out), List.of(run.stdout().split("\n")), "one output path");
    assertTrue(run.stderr().contains("building '" + drv + "'"), run.stderr());
    ScratchStore.Run outputs = ScratchStore.run(List.of(ScratchStore.nix("nix-store"), "--query", "--outputs", drv),
        env, "/");
    assertEquals(out + "\n", outputs.stdout(), "the output nix-store records for the registered .drv");
    assertEquals("hello from six\n", Files.readString(Path.of(out)));
    ScratchStore.Run verify = ScratchStore.run(List.of(ScratchStore.nix("nix-store"), "--verify-path", drv, out), env, "/");
    assertEquals(0, verify.exitCode(), verify.stderr());
  }

  @Test
  void aFailedBuildEndsWithNixStoresStatusAndMessage() throws Exception {
    NixInstantiate.require();
    Map<String, String> env = ScratchStore.environment(Files.createDirectories(dir.resolve("home")));
    String nonce = UUID.randomUUID().toString().substring(0, 8);
    ScratchStore.Run ours = realise(env, nonce, "3");
    String drv = drvPath(env, nonce, "3");
    ScratchStore.Run theirs = ScratchStore.run(List.of(ScratchStore.nix("nix-store"), "--realise", "--option",
        "sandbox", "false", drv), env, "/");
    assertTrue(theirs.exitCode() != 0);
    assertEquals(theirs.exitCode(), ours.exitCode());
    assertEquals("", ours.stdout());
    String message = "error: builder for '" + drv + "' failed with exit code 3";
    assertTrue(theirs.stderr().contains(message), theirs.stderr());
    assertTrue(ours.stderr().contains(message), ours.stderr());
  }

  @Test
  void nixsCommonOptionsReachNixStoreAsSettings() throws Exception {
    NixInstantiate.require();
    Map<String, String> env = ScratchStore.environment(Files.createDirectories(dir.resolve("home")));
    String nonce = UUID.randomUUID().toString().substring(0, 8);
    // --no-sandbox and -K (keep-failed) are settings nix-store must get; without -K no directory is kept
    List<String> args = List.of(FIXTURE.toString(), "--argstr", "nonce", nonce, "--argstr", "exitCode", "4",
        "--no-sandbox", "-K", "-j", "1", "--builders", "", "--cores", "1", "-v");
    ScratchStore.Run run = InProcess.run(RealiseCommand::new, env, dir.toString(), args);
    assertEquals(100, run.exitCode(), run.stderr()); // nix-store's status for a failed build
    java.util.regex.Matcher kept = java.util.regex.Pattern.compile("note: keeping build directory '([^']+)'")
        .matcher(run.stderr());
    assertTrue(kept.find(), run.stderr());
    try (java.util.stream.Stream<Path> walk = Files.walk(Path.of(kept.group(1)))) {
      for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }

  @Test
  void theSystemSettingReachesTheEvaluation() throws Exception {
    NixInstantiate.require();
    Map<String, String> env = ScratchStore.environment(Files.createDirectories(dir.resolve("home")));
    String nonce = UUID.randomUUID().toString().substring(0, 8);
    // builtins.currentSystem is the derivation's system, and so part of its output path; nix-store gets the
    // setting too, so that it builds for that system
    List<String> system = List.of("--argstr", "nonce", nonce, "--option", "system", "six-test-system");
    List<String> args = new ArrayList<>(List.of(FIXTURE.toString(), "--no-sandbox", "-j", "1", "--builders", ""));
    args.addAll(system);
    ScratchStore.Run run = InProcess.run(RealiseCommand::new, env, dir.toString(), args);
    assertEquals(0, run.exitCode(), run.stderr());
    List<String> outPath = new ArrayList<>(List.of("--eval", "-A", "outPath", FIXTURE.toString()));
    outPath.addAll(system);
    ScratchStore.Run expected = InProcess.run(InstantiateCommand::new, env, dir.toString(), outPath);
    assertEquals(0, expected.exitCode(), expected.stderr());
    assertEquals(expected.stdout().strip(), '"' + run.stdout().strip() + '"');
  }

  private ScratchStore.Run realise(Map<String, String> env, String nonce, String exitCode) {
    List<String> args = new ArrayList<>(List.of(FIXTURE.toString(), "--argstr", "nonce", nonce, "--argstr", "exitCode",
        exitCode, "--option", "sandbox", "false", "-j", "1", "--builders", "", "--keep-going"));
    return InProcess.run(RealiseCommand::new, env, dir.toString(), args);
  }

  /** The .drv path, computed without registering anything. */
  private String drvPath(Map<String, String> env, String nonce, String exitCode) {
    ScratchStore.Run run = InProcess.run(InstantiateCommand::new, env, dir.toString(), List.of("--readonly-mode",
        FIXTURE.toString(), "--argstr", "nonce", nonce, "--argstr", "exitCode", exitCode));
    assertEquals(0, run.exitCode(), run.stderr());
    return run.stdout().strip();
  }
}
