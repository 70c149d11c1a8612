package dev.six.lsp.values;

import dev.six.eval.runtime.EvalState;
import dev.six.eval.value.NixAttrs;
import dev.six.eval.value.Value;
import dev.six.s6.DefinitionFiles;
import dev.six.s6.ServiceRecord;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One service's s6-rc source definition directory as the emitter would write it (its
 * {@link DefinitionFiles}), read from a host's description: the value of corpus/six's
 * {@code describeHost}, a set of records by s6-rc name.
 *
 * @param name the s6-rc name ({@code net.iface.eth2})
 * @param files the files in path order (contents one char per byte); empty when the description has no such service
 */
public record ServiceDirectory(String name, List<File> files) {
  /** A file of the directory: its relative path, contents, and whether it is executable. */
  public record File(String path, String contents, boolean executable) {}

  /** The directory of service {@code name} in {@code description}; must run on the evaluation's thread. */
  static ServiceDirectory of(EvalState st, Value description, String name) {
    Value forced = st.force(description);
    Value record = forced instanceof NixAttrs set ? set.get(name) : null;
    if (record == null || !(st.force(record) instanceof NixAttrs attrs) || attrs.get("type") == null) {
      return new ServiceDirectory(name, List.of());
    }
    DefinitionFiles definition = DefinitionFiles.of(ServiceRecord.read(st, name, attrs));
    List<File> files = new ArrayList<>();
    for (Map.Entry<String, String> file : definition.files().entrySet()) {
      files.add(new File(file.getKey(), file.getValue(), definition.executables().contains(file.getKey())));
    }
    return new ServiceDirectory(name, List.copyOf(files));
  }

  /**
   * The description of {@code host} in a root's value: a site's {@code descriptions.<host>}, or
   * the value itself when it is not a site (a root that is one host's description).
   */
  static Value descriptionOf(EvalState st, Value root, String host) {
    Value forced = st.force(root);
    Value descriptions = forced instanceof NixAttrs set ? set.get("descriptions") : null;
    if (descriptions != null && host != null && st.force(descriptions) instanceof NixAttrs byHost
        && byHost.get(host) != null) {
      return byHost.get(host);
    }
    return forced;
  }

  /** The paths whose contents differ between {@code this} and {@code other} (added and removed too). */
  List<String> changedFrom(ServiceDirectory other) {
    java.util.TreeSet<String> changed = new java.util.TreeSet<>();
    Map<String, String> mine = new java.util.HashMap<>();
    files.forEach(f -> mine.put(f.path(), f.contents()));
    Map<String, String> theirs = new java.util.HashMap<>();
    other.files.forEach(f -> theirs.put(f.path(), f.contents()));
    for (String path : mine.keySet()) {
      if (!mine.get(path).equals(theirs.get(path))) {
        changed.add(path);
      }
    }
    for (String path : theirs.keySet()) {
      if (!mine.containsKey(path)) {
        changed.add(path);
      }
    }
    return List.copyOf(changed);
  }
}
