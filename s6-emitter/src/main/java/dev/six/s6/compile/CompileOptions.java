package dev.six.s6.compile;

/**
 * What s6-rc-compile's build configuration and options change in its output (the version is the
 * compilation's: {@link Database#version}).
 *
 * @param prefixes where the generated scripts find execline, s6 and s6-rc
 * @param blocking {@code -b}: the oneshot runner waits for a lock instead of failing
 * @param fdholderUser {@code -h USER}: the user allowed to talk to the fd holder, or {@code null}
 */
public record CompileOptions(InstallPrefixes prefixes, boolean blocking, String fdholderUser) {

  public static CompileOptions of(InstallPrefixes prefixes) {
    return new CompileOptions(prefixes, false, null);
  }
}
