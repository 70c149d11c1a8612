package dev.six.s6.compile;

import java.util.List;

/**
 * A compiled s6-rc database as the files {@code n}, {@code db} and {@code resolve.cdb} hold it:
 * atomic services by index (longruns first, the two internal ones at 0 and 1, then oneshots),
 * bundles by index, and the flat dependency and producer arrays the records point into.
 *
 * @param version the layout: 0.7 adds a reload script to oneshot records
 * @param strings the string table (names, and oneshot script words)
 * @param longruns how many of {@code services} are longruns
 * @param argvCount Σ over oneshots of (argc up + 1) + (argc down + 1)
 * @param reverseDependencies for each service in turn, who depends on it (ascending)
 * @param forwardDependencies for each service in turn, what it depends on (ascending)
 * @param producers for each longrun in turn, its producers
 */
public record Database(
    RcVersion version,
    byte[] strings,
    int longruns,
    int argvCount,
    List<Service> services,
    List<Bundle> bundles,
    int[] reverseDependencies,
    int[] forwardDependencies,
    int[] producers) {

  /** One atomic service's record. {@code consumer} is {@code longruns} when there is none. */
  public record Service(
      String name,
      int nameOffset,
      int flags,
      long timeoutDown,
      long timeoutUp,
      int reverseCount,
      int forwardCount,
      int reverseStart,
      int forwardStart,
      int consumer,
      int producerCount,
      int producerStart,
      int downArgc,
      int downArgv,
      int upArgc,
      int upArgv,
      int reloadArgc,
      int reloadArgv) {}

  /** A bundle and its resolved atomic members, ascending. */
  public record Bundle(String name, int[] members) {}

  public int oneshots() {
    return services.size() - longruns;
  }

  public boolean isLongrun(int index) {
    return index < longruns;
  }
}
