package dev.six.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.six.eval.io.DiskIO;
import dev.six.eval.nixstore.NixStoreException;
import dev.six.eval.nixstore.NixTools;
import dev.six.eval.nixstore.StoreRegistration;
import dev.six.eval.runtime.EvalSettings;
import dev.six.eval.runtime.Evaluator;
import dev.six.eval.source.SourceFile;
import dev.six.eval.store.StoreObject;
import dev.six.grammar.oracle.NixInstantiate;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * How registration fails, against the real Nix on stores of their own: at the first path Nix
 * refuses, named, with nothing after it registered (the store stays closed under references);
 * when a source changed after evaluation; and without Nix. Paths already valid are not sent again.
 */
class StoreRegistrationTest {
  private static final String MISSING = "/nix/store/aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa-missing";

  @TempDir
  Path dir;

  @Test
  void stopsAtThePathNixRefusesAndRegistersNothingThatNeedsIt() throws Exception {
    NixInstantiate.require();
    Map<String, String> env = ScratchStore.environment(Files.createDirectories(dir.resolve("home")));
    ScratchStore store = new ScratchStore(dir.resolve("store"));
    String expr = "derivation { name = \"d\"; builder = \"/bin/sh\"; system = \"x\"; a = builtins.toFile \"first\" \"1\";"
        + " b = builtins.toFile \"bad\" \"${builtins.storePath " + MISSING + "}\"; }";
    ScratchStore.Run run = InProcess.run(InstantiateCommand::new, env, dir.toString(),
        List.of("--store", store.url(), "-E", expr));
    assertEquals(1, run.exitCode());
    assertEquals("", run.stdout());
    String bad = run.stderr().replaceAll("(?s).*registering '([^']*)'.*", "$1");
    assertEquals("error: registering '" + bad + "' in the Nix store: path '" + MISSING + "' is not valid\n",
        run.stderr());
    assertEquals(true, bad.endsWith("-bad"));
    Set<String> valid = store.pathInfos(env).keySet();
    assertEquals(1, valid.size(), "only the text before the refused one: " + valid);
    assertEquals(true, valid.iterator().next().endsWith("-first"));
  }

  @Test
  void aSourceChangedSinceEvaluationIsAnError() throws Exception {
    NixInstantiate.require();
    Map<String, String> env = ScratchStore.environment(Files.createDirectories(dir.resolve("home")));
    Path source = Files.writeString(dir.resolve("source.txt"), "before");
    Evaluator evaluator = evaluator(env);
    evaluator.evalText("«string»", SourceFile.Origin.STRING, ("\"${" + source + "}\"").toCharArray(), dir.toString());
    List<StoreObject> added = evaluator.state().store().added();
    Files.writeString(source, "after");
    ByteArrayOutputStream log = new ByteArrayOutputStream();
    try (StoreRegistration registration = registration(env, new ScratchStore(dir.resolve("store")), log)) {
      NixStoreException e = assertThrows(NixStoreException.class, () -> registration.register(added));
      assertEquals(true, e.getMessage().startsWith("registering '" + added.get(0).path() + "' in the Nix store: its"
          + " contents now have the store path '/nix/store/"), e.getMessage());
    }
  }

  @Test
  void pathsAlreadyValidAreNotSentAgain() throws Exception {
    NixInstantiate.require();
    Map<String, String> env = ScratchStore.environment(Files.createDirectories(dir.resolve("home")));
    ScratchStore store = new ScratchStore(dir.resolve("store"));
    Evaluator evaluator = evaluator(env);
    evaluator.evalText("«string»", SourceFile.Origin.STRING,
        "(derivation { name = \"d\"; builder = \"/bin/sh\"; system = \"x\"; t = builtins.toFile \"t\" \"x\"; }).drvPath"
            .toCharArray(), dir.toString());
    List<StoreObject> added = evaluator.state().store().added();
    for (int expected : new int[] {2, 0}) {
      try (StoreRegistration registration = registration(env, store, new ByteArrayOutputStream())) {
        registration.register(added);
        registration.register(added);
        assertEquals(expected, registration.added());
      }
    }
  }

  /** As on a multi-user install: our nix-daemon --stdio forwards to the daemon that owns the store. */
  @Test
  void registersThroughARunningDaemon() throws Exception {
    NixInstantiate.require();
    Map<String, String> env = ScratchStore.environment(Files.createDirectories(dir.resolve("home")));
    Path socket = dir.resolve("daemon-socket");
    env.put("NIX_DAEMON_SOCKET_PATH", socket.toString());
    ScratchStore store = new ScratchStore(dir.resolve("store"));
    ProcessBuilder builder = new ProcessBuilder(ScratchStore.nix("nix-daemon"), "--store", store.url())
        .redirectErrorStream(true).redirectOutput(dir.resolve("daemon.log").toFile());
    builder.environment().clear();
    builder.environment().putAll(env);
    Process daemon = builder.start();
    try {
      for (int i = 0; i < 100 && !Files.exists(socket); i++) {
        Thread.sleep(50);
      }
      String expr = "derivation { name = \"through-daemon\"; builder = \"/bin/sh\"; system = \"x\"; t = builtins.toFile \"t\" \"x\"; }";
      ScratchStore.Run run = InProcess.run(InstantiateCommand::new, env, dir.toString(),
          List.of("--store", "daemon", "-E", expr));
      assertEquals(0, run.exitCode(), run.stderr());
      String drv = run.stdout().strip();
      assertEquals(true, store.pathInfos(env).containsKey(drv), "registered in the daemon's store: " + drv);
    } finally {
      daemon.destroy();
      daemon.waitFor();
    }
  }

  @Test
  void withoutNixInstantiatingSaysWhatIsMissing() {
    ScratchStore.Run run = InProcess.run(InstantiateCommand::new, Map.of("PATH", dir.toString()), dir.toString(),
        List.of("-E", "derivation { name = \"d\"; builder = \"/bin/sh\"; system = \"x\"; }"));
    assertEquals(1, run.exitCode());
    assertEquals("error: 'nix-daemon' was not found on the PATH; registering with the Nix store needs an installed Nix"
        + " (use --readonly-mode to compute the paths without it)\n", run.stderr());
    ScratchStore.Run readOnly = InProcess.run(InstantiateCommand::new, Map.of("PATH", dir.toString()), dir.toString(),
        List.of("--readonly-mode", "-E", "derivation { name = \"d\"; builder = \"/bin/sh\"; system = \"x\"; }"));
    assertEquals(0, readOnly.exitCode(), readOnly.stderr());
    assertEquals("/nix/store/", readOnly.stdout().substring(0, 11));
  }

  private Evaluator evaluator(Map<String, String> env) {
    return new Evaluator(EvalSettings.defaults().withEnvironment(env), new DiskIO(), System.err);
  }

  private static StoreRegistration registration(Map<String, String> env, ScratchStore store, ByteArrayOutputStream log) {
    return new StoreRegistration(new NixTools(env), List.of("--store", store.url()), "/nix/store", new PrintStream(log));
  }
}
