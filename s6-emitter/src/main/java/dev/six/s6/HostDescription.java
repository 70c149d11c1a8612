package dev.six.s6;

import dev.six.eval.runtime.EvalState;
import dev.six.eval.value.NixAttrs;
import dev.six.eval.value.Value;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A host's whole description ({@code describeHost host}: s6-rc name → record), read into
 * {@link ServiceRecord}s in name order; the unit the emitter writes.
 */
public record HostDescription(List<ServiceRecord> services) {

  public HostDescription {
    services = List.copyOf(services);
  }

  /** Reads the description value; must run on the evaluator's thread (inside {@code Evaluator.run}). */
  public static HostDescription read(EvalState state, Value description) {
    Value forced = state.force(description);
    if (!(forced instanceof NixAttrs attrs)) {
      throw new IllegalArgumentException("a host description should be a set, not " + forced.type());
    }
    List<ServiceRecord> services = new ArrayList<>(attrs.size());
    for (int i = 0; i < attrs.size(); i++) {
      String name = attrs.keyAt(i).name;
      Value record = state.force(attrs.valueAt(i));
      if (!(record instanceof NixAttrs recordAttrs)) {
        throw new IllegalArgumentException("service '" + name + "' should be a set, not " + record.type());
      }
      checkName(name);
      ServiceRecord service = ServiceRecord.read(state, name, recordAttrs);
      if (!service.name().equals(name)) {
        throw new IllegalArgumentException("service '" + name + "' names itself '" + service.name() + "'");
      }
      services.add(service);
    }
    services.sort((a, b) -> a.name().compareTo(b.name()));
    return new HostDescription(Collections.unmodifiableList(services));
  }

  /**
   * A service name becomes a directory name in the source tree and the database: it cannot hold
   * a {@code /} or a NUL, nor be empty, and s6-rc-compile would silently skip one starting with
   * {@code .}; so none of these can leave the output directory or vanish.
   */
  private static void checkName(String name) {
    if (name.isEmpty() || name.startsWith(".") || name.indexOf('/') >= 0 || name.indexOf('\0') >= 0) {
      throw new IllegalArgumentException("service name '" + name + "' cannot name an s6-rc service directory"
          + " (it must be non-empty, without '/' or NUL, and not start with '.')");
    }
  }
}
