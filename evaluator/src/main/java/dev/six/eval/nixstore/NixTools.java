package dev.six.eval.nixstore;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Where the installed Nix's programs are: looked up in the {@code PATH} of the environment six
 * runs in, as a shell would, so that six uses the same Nix as the user's {@code nix-store}.
 */
public final class NixTools {
  private final Map<String, String> environment;

  public NixTools(Map<String, String> environment) {
    this.environment = environment;
  }

  /** The environment Nix's programs run in (the store to use, {@code NIX_REMOTE}, ...). */
  public Map<String, String> environment() {
    return environment;
  }

  /** The executable {@code name} ({@code nix-daemon}, {@code nix-store}) on the PATH. */
  public Path find(String name) throws NixStoreException {
    String path = environment.getOrDefault("PATH", "");
    for (String dir : path.split(File.pathSeparator)) {
      if (dir.isEmpty()) {
        continue;
      }
      Path candidate = Path.of(dir, name);
      if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
        return candidate;
      }
    }
    throw new NixStoreException("'" + name + "' was not found on the PATH; registering with the Nix store needs an"
        + " installed Nix (use --readonly-mode to compute the paths without it)");
  }
}
