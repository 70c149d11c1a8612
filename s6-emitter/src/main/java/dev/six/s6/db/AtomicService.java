package dev.six.s6.db;

import dev.six.s6.ServiceType;
import java.util.List;

/**
 * One oneshot or longrun of a compiled database, as its record in {@code db} describes it.
 * Indices are positions in {@link CompiledDatabase#services()}: longruns first (0 is
 * {@code s6rc-oneshot-runner}, 1 is {@code s6rc-fdholder}), then oneshots.
 *
 * @param index this service's index
 * @param name the service name (one char per byte)
 * @param type {@link ServiceType#LONGRUN} or {@link ServiceType#ONESHOT}
 * @param flags the flag bits (bit 0: essential)
 * @param timeoutUp milliseconds, 0 for none
 * @param timeoutDown milliseconds, 0 for none
 * @param dependencies indices of the services this one needs directly, in stored order
 * @param dependents indices of the services that need this one directly, in stored order
 * @param consumer index of the longrun this one writes to, or -1 (always -1 for a oneshot)
 * @param producers indices of the longruns writing to this one, in stored order
 * @param upScript a oneshot's up script as parsed words (empty for a longrun)
 * @param downScript a oneshot's down script as parsed words (empty for a longrun)
 */
public record AtomicService(int index, String name, ServiceType type, int flags, long timeoutUp,
    long timeoutDown, List<Integer> dependencies, List<Integer> dependents, int consumer,
    List<Integer> producers, List<String> upScript, List<String> downScript) {

  public AtomicService {
    dependencies = List.copyOf(dependencies);
    dependents = List.copyOf(dependents);
    producers = List.copyOf(producers);
    upScript = List.copyOf(upScript);
    downScript = List.copyOf(downScript);
  }

  public boolean isLongrun() {
    return type == ServiceType.LONGRUN;
  }

  /** The timeout for the up ({@code true}) or down transition. */
  public long timeout(boolean up) {
    return up ? timeoutUp : timeoutDown;
  }

  /** The direct dependencies ({@code up}) or dependents. */
  public List<Integer> edges(boolean up) {
    return up ? dependencies : dependents;
  }

  /** The up or down script words. */
  public List<String> script(boolean up) {
    return up ? upScript : downScript;
  }
}
