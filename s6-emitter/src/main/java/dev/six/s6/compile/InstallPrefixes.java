package dev.six.s6.compile;

/**
 * Where the programs that generated service directories call live, as s6-rc was configured when
 * it was built: they are written into every generated script. Each is empty (found through
 * {@code PATH}) or an absolute directory ending in {@code /}.
 *
 * @param shebangDir the directory of {@code execlineb} for {@code #!} lines (never empty)
 * @param execlineBin the execline commands ({@code fdmove}, {@code pipeline}, …)
 * @param s6Bin the s6 commands ({@code s6-ipcserverd}, {@code s6-fdholder-daemon}, …)
 * @param s6RcLibexec s6-rc's helpers ({@code s6-rc-oneshot-run}, {@code s6-rc-fdholder-filler})
 */
public record InstallPrefixes(String shebangDir, String execlineBin, String s6Bin, String s6RcLibexec) {

  public InstallPrefixes {
    shebangDir = directory("shebang", shebangDir);
    if (shebangDir.isEmpty()) {
      throw new IllegalArgumentException("the shebang directory of execlineb cannot be empty");
    }
    execlineBin = directory("execline", execlineBin);
    s6Bin = directory("s6", s6Bin);
    s6RcLibexec = directory("s6-rc libexec", s6RcLibexec);
  }

  /** A Debian-style installation: execline's commands off {@code PATH} in /usr/lib/execline/bin. */
  public static InstallPrefixes debian() {
    return new InstallPrefixes("/usr/bin/", "/usr/lib/execline/bin/", "/usr/bin/", "/usr/libexec/s6-rc/");
  }

  /**
   * A nixpkgs-style installation ({@code --enable-absolute-paths}): execline's, s6's and s6-rc's
   * output directories ({@code /nix/store/…-execline-2.9.3.0-bin} and so on).
   */
  public static InstallPrefixes absolute(String execline, String s6, String s6Rc) {
    return new InstallPrefixes(execline + "/bin/", execline + "/bin/", s6 + "/bin/", s6Rc + "/libexec/");
  }

  private static String directory(String what, String dir) {
    if (dir == null) {
      throw new IllegalArgumentException("no " + what + " directory");
    }
    if (!dir.isEmpty() && (!dir.startsWith("/") || !dir.endsWith("/"))) {
      throw new IllegalArgumentException("the " + what + " directory must be empty or absolute with a final /: " + dir);
    }
    return dir;
  }
}
