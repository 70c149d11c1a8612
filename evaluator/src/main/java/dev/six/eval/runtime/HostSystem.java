package dev.six.eval.runtime;

import java.util.Locale;

/**
 * The Nix system name of the machine six runs on ({@code x86_64-linux}, {@code aarch64-darwin},
 * ...): what {@code builtins.currentSystem} is for a command, as Nix reports the platform it was
 * built for.
 */
public final class HostSystem {
  private HostSystem() {}

  public static String current() {
    return of(System.getProperty("os.arch"), System.getProperty("os.name"));
  }

  /** The system name for a JVM's {@code os.arch} and {@code os.name}. */
  public static String of(String osArch, String osName) {
    String arch = switch (osArch.toLowerCase(Locale.ROOT)) {
      case "amd64", "x86_64" -> "x86_64";
      case "x86", "i386", "i486", "i586", "i686" -> "i686";
      case "aarch64", "arm64" -> "aarch64";
      case "arm" -> "armv7l";
      case "ppc64le" -> "powerpc64le";
      case "ppc64" -> "powerpc64";
      default -> osArch.toLowerCase(Locale.ROOT);
    };
    String name = osName.toLowerCase(Locale.ROOT);
    String os = name.startsWith("mac") || name.startsWith("darwin") ? "darwin"
        : name.startsWith("freebsd") ? "freebsd"
        : name.startsWith("openbsd") ? "openbsd"
        : "linux";
    return arch + "-" + os;
  }
}
