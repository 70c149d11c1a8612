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
      ServiceRecord service = ServiceRecord.read(state, name, recordAttrs);
      if (!service.name().equals(name)) {
        throw new IllegalArgumentException("service '" + name + "' names itself '" + service.name() + "'");
      }
      services.add(service);
    }
    services.sort((a, b) -> a.name().compareTo(b.name()));
    return new HostDescription(Collections.unmodifiableList(services));
  }
}
