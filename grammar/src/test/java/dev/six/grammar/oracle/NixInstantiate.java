package dev.six.grammar.oracle;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * The real {@code nix-instantiate} (Debian's nix-bin, Nix 2.8), used as the differential oracle.
 * Tests that need it are skipped when it is missing, unless {@code SIX_REQUIRE_NIX=1} (set by CI),
 * in which case its absence is a failure.
 */
public final class NixInstantiate {
  /** HOME given to Nix, so that {@code ~/} paths print the same everywhere. */
  public static final String HOME = "/home/user";

  private NixInstantiate() {}

  /** The executable, or aborts the calling test when it is absent (fails under CI). */
  public static Path require() {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
      Path candidate = Path.of(dir, "nix-instantiate");
      if (Files.isExecutable(candidate)) {
        return candidate;
      }
    }
    if ("1".equals(System.getenv("SIX_REQUIRE_NIX"))) {
      Assertions.fail("nix-instantiate is required (SIX_REQUIRE_NIX=1) but not on PATH");
    }
    Assumptions.abort("nix-instantiate is not installed");
    return null;
  }

  /** What one run printed. Output is decoded as ISO-8859-1 so that bytes compare exactly. */
  public record Run(int exitCode, String stdout, String stderr) {
    /** The {@code LINE:COL} of Nix's "at FILE:LINE:COL:" error line, or null. */
    public String errorPosition() {
      for (String line : stderr.split("\n")) {
        String trimmed = line.trim();
        if (trimmed.startsWith("at ") && trimmed.endsWith(":")) {
          String[] parts = trimmed.substring(0, trimmed.length() - 1).split(":");
          if (parts.length >= 3) {
            return parts[parts.length - 2] + ":" + parts[parts.length - 1];
          }
        }
      }
      return null;
    }
  }

  /** {@code nix-instantiate --parse FILE}, in a clean environment with {@link #HOME}. */
  public static Run parse(Path executable, Path file) throws IOException, InterruptedException {
    return run(List.of(executable.toString(), "--parse", file.toAbsolutePath().toString()), new byte[0], "/");
  }

  /** {@code nix-instantiate --parse -} reading {@code input}, in directory {@code cwd}. */
  public static Run parseStdin(Path executable, byte[] input, String cwd) throws IOException, InterruptedException {
    return run(List.of(executable.toString(), "--parse", "-"), input, cwd);
  }

  /**
   * {@code nix-instantiate ARGS} in directory {@code cwd} with only {@code environment} (plus a
   * PATH and a store that never writes).
   */
  public static Run run(Path executable, List<String> args, Map<String, String> environment, String cwd)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(executable.toString());
    command.addAll(args);
    return run(command, new byte[0], cwd, environment);
  }

  private static Run run(List<String> command, byte[] input, String cwd) throws IOException, InterruptedException {
    return run(command, input, cwd, Map.of("HOME", HOME));
  }

  private static Run run(List<String> command, byte[] input, String cwd, Map<String, String> environment)
      throws IOException, InterruptedException {
    ProcessBuilder builder = new ProcessBuilder(command);
    builder.environment().clear();
    builder.environment().putAll(environment);
    builder.environment().put("PATH", "/usr/bin:/bin");
    builder.environment().put("NIX_REMOTE", "dummy://");
    builder.directory(new File(cwd));
    Process process = builder.start();
    process.getOutputStream().write(input);
    process.getOutputStream().close();
    byte[] out = process.getInputStream().readAllBytes();
    byte[] err = process.getErrorStream().readAllBytes();
    if (!process.waitFor(60, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new IOException("nix-instantiate timed out: " + command);
    }
    return new Run(process.exitValue(), new String(out, StandardCharsets.ISO_8859_1), new String(err, StandardCharsets.ISO_8859_1));
  }
}
