package dev.six.bench;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Times {@code nix-instantiate --parse} given all files of a corpus in one process (Nix 2.8 accepts
 * many files), output discarded: the anchor the index parser is compared with.
 */
final class NixBaseline {
  private NixBaseline() {}

  static Path find() {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
      Path candidate = Path.of(dir, "nix-instantiate");
      if (Files.isExecutable(candidate)) {
        return candidate;
      }
    }
    return null;
  }

  /** Median wall time in milliseconds, or -1 when Nix fails on the corpus. */
  static Stopwatch measure(Path nix, Corpus corpus, int runs) throws Exception {
    List<String> command = new ArrayList<>();
    command.add(nix.toString());
    command.add("--parse");
    for (SourceFile f : corpus.files()) {
      command.add(f.path());
    }
    return Stopwatch.measure(1, runs, () -> {
      ProcessBuilder builder = new ProcessBuilder(command);
      builder.redirectOutput(ProcessBuilder.Redirect.DISCARD);
      builder.redirectError(ProcessBuilder.Redirect.DISCARD);
      builder.environment().put("NIX_REMOTE", "dummy://");
      int status = builder.start().waitFor();
      if (status != 0) {
        throw new IllegalStateException("nix-instantiate --parse failed on " + corpus.name());
      }
      return null;
    });
  }
}
