package dev.six.s6.compile;

/**
 * The s6-rc release whose compiled layout to write. 0.5.4.1 is what sixos and Debian-era
 * toolchains run (its layout holds through 0.6.1.1); 0.7.0.0 (unreleased, skarnet's git HEAD)
 * adds oneshot {@code reload} scripts, {@code flag-recommended}, and new service directory files.
 */
public enum RcVersion {
  V0_5("0.5", "0.5.4.1"),
  V0_7("0.7", "0.7.0.0");

  private final String shortName;
  private final String release;

  RcVersion(String shortName, String release) {
    this.shortName = shortName;
    this.release = release;
  }

  /** The version as {@code --s6-rc-version} takes it, or {@code null} when unknown. */
  public static RcVersion parse(String s) {
    for (RcVersion v : values()) {
      if (v.shortName.equals(s) || v.release.equals(s)) {
        return v;
      }
    }
    return null;
  }

  public String release() {
    return release;
  }

  /** 0.7: oneshots have a third script, {@code reload}, read before {@code up}. */
  boolean hasReload() {
    return this == V0_7;
  }

  /** 0.7: {@code flag-recommended} is flag bit 1, and the internal services are essential. */
  boolean hasRecommendedFlag() {
    return this == V0_7;
  }

  /** The execlineb option of the internal services' run scripts. */
  String internalShebangOption() {
    return this == V0_7 ? "-s1" : "-P";
  }

  /** 0.7 (as 0.5.5.0 on): the fd holder is told how many fds to hold. */
  boolean hasFdholderLimit() {
    return this == V0_7;
  }

  /** 0.7: {@code flag-timeout-killpg}, {@code reload-signal}, {@code flag-newpidns} reach the service directory. */
  boolean hasNewerServicedirFiles() {
    return this == V0_7;
  }

  /** 0.5.4.1 prints "fatal: : unable to find a run script" (an empty program-name part). */
  boolean hasRunScriptQuirk() {
    return this == V0_5;
  }
}
