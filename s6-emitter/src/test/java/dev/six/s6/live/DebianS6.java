package dev.six.s6.live;

import dev.six.s6.compile.InstallPrefixes;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * Debian's {@code s6} and {@code execline} packages, which the live tests run compiled service
 * directories with. Debian has no s6-rc, so only s6's and execline's programs are taken from it.
 * Tests that need them are skipped where they are missing, unless {@code SIX_REQUIRE_S6=1} (set
 * by CI), where their absence is a failure.
 */
public final class DebianS6 {
  /** The search path of s6-svscan, its services and the tools: execline's commands first, as
   * Debian's {@code execlineb} wrapper itself puts them. */
  public static final String PATH = "/usr/lib/execline/bin:/usr/bin:/bin";

  private DebianS6() {}

  /** Aborts the calling test, or fails it under CI, unless the programs are installed. */
  public static void require() {
    InstallPrefixes debian = InstallPrefixes.debian();
    // Where compiled scripts look for their interpreter and commands, and the supervisor itself.
    List<Path> needed = List.of(
        Path.of(debian.shebangDir(), "execlineb"),
        Path.of(debian.execlineBin(), "fdmove"),
        Path.of(debian.s6Bin(), "s6-fdholder-daemon"),
        program("s6-svscan"));
    List<Path> missing = needed.stream().filter(p -> !Files.isExecutable(p)).toList();
    if (missing.isEmpty()) {
      return;
    }
    String why = "Debian's s6 and execline packages are not installed (missing " + missing + ")";
    if ("1".equals(System.getenv("SIX_REQUIRE_S6"))) {
      Assertions.fail(why + ", and SIX_REQUIRE_S6=1 requires them");
    }
    Assumptions.abort(why);
  }

  /** An s6 program by its name, where Debian installs it. */
  public static Path program(String name) {
    return Path.of(InstallPrefixes.debian().s6Bin(), name);
  }
}
