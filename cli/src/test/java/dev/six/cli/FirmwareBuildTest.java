package dev.six.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.fail;

import dev.six.grammar.oracle.NixInstantiate;
import dev.six.grammar.testing.Golden;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import picocli.CommandLine;

/**
 * The firmware set of {@code corpus/firmware} (an ownerboot-style flash image per board), against
 * the real Nix. For every board:
 *
 * <ul>
 *   <li>{@code derivations}: six computes the same drvPath and outPath as {@code nix-instantiate}
 *       for the image and each of its components (bootblock, config, payload, initrd);
 *   <li>{@code image}: the image's derivation, registered in the store by {@code six instantiate}
 *       and realised by
 *       {@code nix-store --realise --option sandbox false}, is at six's outPath and holds exactly
 *       the expected bytes: the sha256 of {@code flash.rom}, {@code manifest.txt} and
 *       {@code flashrom.layout} in {@code firmware/<board>.sha256}, with the manifest and the
 *       layout also kept as text ({@code <board>.manifest.txt}, {@code <board>.flashrom.layout}).
 *       {@code -Dgolden.update=true} rewrites these files; a missing one is written and fails.
 * </ul>
 *
 * <p>Plus the set's own evaluation tests ({@code corpus/firmware/tests.nix}) through both. All
 * derivations get the system Nix reports as {@code builtins.currentSystem}, so the paths compared
 * are those this machine builds; the expected bytes do not depend on it. Skipped when
 * {@code nix-instantiate} is missing, unless {@code SIX_REQUIRE_NIX=1}. Writing to the store needs
 * a writable one (root, or a daemon named by the inherited {@code NIX_REMOTE}).
 */
class FirmwareBuildTest {
  private static final Path FIRMWARE = Path.of("..", "corpus", "firmware").toAbsolutePath().normalize();
  private static final Path EXPECTED = Golden.resources("firmware");
  /** The attributes of a board that are derivations, the image first. */
  private static final List<String> PARTS = List.of("image", "bootblock", "config", "payload", "initrd");
  /** The files of an image's output. */
  private static final List<String> FILES = List.of("flash.rom", "manifest.txt", "flashrom.layout");
  private static final Map<String, String> EVAL_ENVIRONMENT = Map.of("HOME", NixInstantiate.HOME);

  @TestFactory
  List<DynamicNode> everyBoardBuildsTheExpectedImage() throws Exception {
    Path nix = NixInstantiate.require();
    String system = unquote(nixEval(nix, "builtins.currentSystem"));
    String set = "(import " + FIRMWARE + " { system = \"" + system + "\"; })";
    List<DynamicNode> nodes = new ArrayList<>();
    for (String board : strings(sixEval("builtins.attrNames " + set + ".boards"))) {
      nodes.add(DynamicContainer.dynamicContainer(board, FIRMWARE.resolve("boards").resolve(board + ".nix").toUri(),
          Stream.of(
              DynamicTest.dynamicTest("derivations", () -> sameDerivations(nix, set, board)),
              DynamicTest.dynamicTest("image", () -> expectedImage(nix, set, board)))));
    }
    assertFalse(nodes.isEmpty(), "the firmware set has no boards");
    Path tests = FIRMWARE.resolve("tests.nix");
    nodes.add(DynamicTest.dynamicTest("tests.nix", tests.toUri(), () -> {
      String expression = "import " + tests;
      assertEquals("[ ]", nixEval(nix, expression), "nix-instantiate: failing tests");
      assertEquals("[ ]", sixEval(expression), "six: failing tests");
    }));
    return nodes;
  }

  /** "PART DRVPATH OUTPATH" for every derivation of the board, in six and in Nix. */
  private static void sameDerivations(Path nix, String set, String board) throws Exception {
    String expression = "let b = " + set + "." + board + "; in map (p: \"${p} ${b.${p}.drvPath} ${b.${p}.outPath}\") "
        + nixList(PARTS);
    String theirs = nixEval(nix, expression);
    assertEquals(PARTS.size(), strings(theirs).size(), theirs);
    assertEquals(theirs, sixEval(expression));
  }

  private static void expectedImage(Path nix, String set, String board) throws Exception {
    String image = set + "." + board + ".image";
    String drvPath = unquote(sixEval(image + ".drvPath"));
    String outPath = unquote(sixEval(image + ".outPath"));
    assertEquals(drvPath, register(nix, set, board), "the registered derivation is not six's");
    Path out = Path.of(realise(nix, drvPath));
    assertEquals(Path.of(outPath), out, "realised elsewhere than six's outPath");

    StringBuilder digests = new StringBuilder();
    for (String file : FILES) {
      digests.append(sha256(out.resolve(file))).append("  ").append(file).append('\n');
    }
    // the readable files first, so that a change shows as a diff of their lines
    Golden.compare(EXPECTED.resolve(board + ".manifest.txt"), Files.readString(out.resolve("manifest.txt"), StandardCharsets.ISO_8859_1));
    Golden.compare(EXPECTED.resolve(board + ".flashrom.layout"), Files.readString(out.resolve("flashrom.layout"), StandardCharsets.ISO_8859_1));
    Golden.compare(EXPECTED.resolve(board + ".sha256"), digests.toString());
  }

  /**
   * Puts the board's image derivation and its inputs into the store with {@code six instantiate}
   * (which registers them through Nix's daemon protocol) and returns the .drv path it prints.
   */
  private static String register(Path nix, String set, String board) throws Exception {
    Map<String, String> environment = new java.util.HashMap<>(System.getenv());
    environment.put("HOME", NixInstantiate.HOME);
    environment.put("PATH", nix.getParent() + File.pathSeparator + environment.getOrDefault("PATH", ""));
    ScratchStore.Run run = InProcess.run(InstantiateCommand::new, environment, FIRMWARE.toString(),
        List.of("-E", set + "." + board + ".image"));
    if (run.exitCode() != 0) {
      fail("six instantiate failed:\n" + run.stderr());
    }
    return lastLine(run.stdout());
  }

  /**
   * Builds {@code drvPath} and returns its output: sandbox off, as the builders call host tools, and
   * no binary cache, as nothing here is in one (and the test must not need the network).
   */
  private static String realise(Path nix, String drvPath) throws Exception {
    Path nixStore = nix.resolveSibling("nix-store");
    return lastLine(store(List.of(nixStore.toString(), "--realise", "--option", "sandbox", "false",
        "--option", "substituters", "", drvPath)));
  }

  private static String nixEval(Path nix, String expression) throws Exception {
    NixInstantiate.Run run = NixInstantiate.run(nix, List.of("--eval", "--strict", "-E", expression), EVAL_ENVIRONMENT,
        FIRMWARE.toString());
    if (run.exitCode() != 0) {
      fail("nix-instantiate failed on " + expression + ":\n" + run.stderr());
    }
    return run.stdout().strip();
  }

  private static String sixEval(String expression) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    Terminal terminal = Terminal.of(new ByteArrayInputStream(new byte[0]), out, err, EVAL_ENVIRONMENT, FIRMWARE.toString());
    int status = new CommandLine(new InstantiateCommand(terminal).spec()).execute("--eval", "--strict", "-E", expression);
    if (status != 0) {
      fail("six failed on " + expression + ":\n" + err.toString(StandardCharsets.ISO_8859_1));
    }
    return out.toString(StandardCharsets.ISO_8859_1).strip();
  }

  /**
   * A command that writes to the real store, with this process's environment (so that a
   * {@code NIX_REMOTE} daemon setting is kept) and the standard PATH; returns its stdout.
   */
  private static String store(List<String> command) throws IOException, InterruptedException {
    ProcessBuilder builder = new ProcessBuilder(command);
    builder.environment().put("PATH", "/usr/bin:/bin" + File.pathSeparator + builder.environment().getOrDefault("PATH", ""));
    builder.directory(FIRMWARE.toFile());
    Path errors = Files.createTempFile("six-firmware", ".log");
    builder.redirectError(errors.toFile());
    try {
      Process process = builder.start();
      process.getOutputStream().close();
      byte[] out;
      try (InputStream stdout = process.getInputStream()) {
        out = stdout.readAllBytes();
      }
      if (!process.waitFor(120, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        fail("timed out: " + command);
      }
      if (process.exitValue() != 0) {
        fail(command + " exited with " + process.exitValue() + ":\n" + Files.readString(errors, StandardCharsets.ISO_8859_1));
      }
      return new String(out, StandardCharsets.ISO_8859_1);
    } finally {
      Files.deleteIfExists(errors);
    }
  }

  private static String sha256(Path file) throws IOException, NoSuchAlgorithmException {
    MessageDigest digest = MessageDigest.getInstance("SHA-256");
    try (InputStream in = Files.newInputStream(file)) {
      byte[] buffer = new byte[1 << 16];
      for (int n; (n = in.read(buffer)) > 0; ) {
        digest.update(buffer, 0, n);
      }
    }
    return HexFormat.of().formatHex(digest.digest());
  }

  private static String nixList(List<String> strings) {
    StringBuilder list = new StringBuilder("[");
    for (String s : strings) {
      list.append(" \"").append(s).append('"');
    }
    return list.append(" ]").toString();
  }

  /** The elements of a printed list of plain strings, {@code [ "a" "b" ]}. */
  private static List<String> strings(String printed) {
    String inner = printed.strip();
    if (!inner.startsWith("[") || !inner.endsWith("]")) {
      fail("not a list: " + printed);
    }
    List<String> result = new ArrayList<>();
    // the strings here hold no quotes or escapes: every other piece between quotes is one
    String[] pieces = inner.substring(1, inner.length() - 1).split("\"", -1);
    for (int i = 1; i < pieces.length; i += 2) {
      result.add(pieces[i]);
    }
    return result;
  }

  private static String unquote(String printed) {
    if (printed.length() < 2 || !printed.startsWith("\"") || !printed.endsWith("\"")) {
      fail("not a string: " + printed);
    }
    return printed.substring(1, printed.length() - 1);
  }

  private static String lastLine(String output) {
    String[] lines = output.strip().split("\n");
    return lines[lines.length - 1];
  }
}
