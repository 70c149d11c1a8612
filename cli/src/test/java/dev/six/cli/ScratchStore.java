package dev.six.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A fresh Nix store of its own in a directory (Nix's chroot store, {@code --store DIR}: store
 * paths are {@code /nix/store/...}, kept in {@code DIR/nix/store}), so that six and Nix each
 * register into an empty store and what they registered can be compared, without touching or
 * depending on the machine's {@code /nix/store}. Queried through the installed Nix.
 */
record ScratchStore(Path dir) {
  private static final Pattern PATH_INFO = Pattern.compile("\\{\"path\":\"([^\"]*)\"(.*?)\\}(?=,\\{\"path\"|\\]$)");

  /** What one process printed, decoded one char per byte. */
  record Run(int exitCode, String stdout, String stderr) {}

  /**
   * The environment both tools run in: the test's PATH, a HOME of their own, no binary caches
   * (there is no network, and substitution is not what is compared), and no 8 MB of space
   * reserved for the garbage collector in every scratch store.
   */
  static Map<String, String> environment(Path home) {
    Map<String, String> env = new TreeMap<>();
    env.put("PATH", System.getenv().getOrDefault("PATH", "/usr/bin:/bin"));
    env.put("HOME", home.toString());
    env.put("NIX_CONFIG", "substituters =\ngc-reserved-space = 0");
    return env;
  }

  /** Removes the store (its files are read-only, as Nix leaves them). */
  void delete() throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    List<Path> all;
    try (Stream<Path> walk = Files.walk(dir)) {
      all = walk.sorted(Comparator.reverseOrder()).toList();
    }
    for (Path p : all) {
      if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
        p.toFile().setWritable(true);
      }
    }
    for (Path p : all) {
      Files.delete(p);
    }
  }

  String url() {
    return dir.toString();
  }

  /** Where {@code storePath} is kept on disk. */
  Path file(String storePath) {
    return dir.resolve(storePath.substring(1));
  }

  /**
   * Every valid path with what Nix recorded for it (hash and size of its archive, references,
   * deriver, content address), as {@code nix path-info --json} prints it without the registration
   * time; path to record.
   */
  Map<String, String> pathInfos(Map<String, String> environment) throws IOException, InterruptedException {
    Run run = run(List.of(nix("nix"), "--extra-experimental-features", "nix-command", "path-info", "--json",
        "--derivation", "--all", "--store", url()), environment, "/");
    assertEquals(0, run.exitCode(), run.stderr());
    String json = run.stdout().strip();
    // A format this parser does not know must fail here, not compare two empty maps.
    assertEquals(true, json.startsWith("["), "nix path-info --json in Nix 2.8's list format: " + json);
    Map<String, String> infos = new TreeMap<>();
    Matcher m = PATH_INFO.matcher(json);
    while (m.find()) {
      infos.put(m.group(1), m.group(2).replaceAll(",\"registrationTime\":\\d+", ""));
    }
    assertEquals(json.split("\\{\"path\":", -1).length - 1, infos.size(), "every record read: " + json);
    return infos;
  }

  /**
   * Asserts that {@code other} holds exactly the paths this store holds, recorded the same way,
   * with the same bytes on disk; returns the paths compared.
   */
  Map<String, String> assertSameAs(ScratchStore other, Map<String, String> environment)
      throws IOException, InterruptedException {
    Map<String, String> ours = pathInfos(environment);
    Map<String, String> theirs = other.pathInfos(environment);
    assertEquals(theirs, ours, "paths registered and what Nix recorded for them");
    for (String path : ours.keySet()) {
      assertSameTree(other.file(path), file(path));
    }
    return ours;
  }

  /** Same file types, bytes, executable bits and link targets, throughout. */
  static void assertSameTree(Path expected, Path actual) throws IOException {
    String where = actual.toString();
    assertEquals(Files.isSymbolicLink(expected), Files.isSymbolicLink(actual), where);
    if (Files.isSymbolicLink(expected)) {
      assertEquals(Files.readSymbolicLink(expected), Files.readSymbolicLink(actual), where);
    } else if (Files.isDirectory(expected, LinkOption.NOFOLLOW_LINKS)) {
      assertEquals(true, Files.isDirectory(actual, LinkOption.NOFOLLOW_LINKS), where);
      assertEquals(list(expected), list(actual), where);
      for (String name : list(expected)) {
        assertSameTree(expected.resolve(name), actual.resolve(name));
      }
    } else {
      assertArrayEquals(Files.readAllBytes(expected), Files.readAllBytes(actual), where);
      assertEquals(Files.isExecutable(expected), Files.isExecutable(actual), where);
    }
  }

  private static List<String> list(Path dir) throws IOException {
    try (Stream<Path> entries = Files.list(dir)) {
      return entries.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  /** The installed Nix program {@code name} (the caller has checked Nix is installed). */
  static String nix(String name) {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
      Path candidate = Path.of(dir, name);
      if (Files.isExecutable(candidate)) {
        return candidate.toString();
      }
    }
    throw new IllegalStateException(name + " is not on the PATH");
  }

  /** Runs {@code command} in {@code cwd} with exactly {@code environment}. */
  static Run run(List<String> command, Map<String, String> environment, String cwd)
      throws IOException, InterruptedException {
    ProcessBuilder builder = new ProcessBuilder(new ArrayList<>(command)).directory(new File(cwd));
    builder.environment().clear();
    builder.environment().putAll(environment);
    builder.redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
    Path err = Files.createTempFile("six-nix-", ".err");
    builder.redirectError(err.toFile());
    try {
      Process process = builder.start();
      byte[] out = process.getInputStream().readAllBytes();
      if (!process.waitFor(120, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new IOException("timed out: " + command);
      }
      return new Run(process.exitValue(), new String(out, StandardCharsets.ISO_8859_1),
          Files.readString(err, StandardCharsets.ISO_8859_1));
    } finally {
      Files.deleteIfExists(err);
    }
  }
}
