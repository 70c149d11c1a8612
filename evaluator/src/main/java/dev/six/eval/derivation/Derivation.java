package dev.six.eval.derivation;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A store derivation, what {@code derivationStrict} produces and Nix writes as a {@code .drv} file:
 * its outputs, the outputs of other derivations it needs ({@code inputDrvs}, by {@code .drv}
 * path), the plain store paths it needs ({@code inputSrcs}), and how to run the builder. Strings
 * hold one char per byte, and every collection is sorted by those bytes, as Nix's
 * {@code std::map}s are. Structured attributes, when there are any, are kept apart from the
 * environment as one JSON text ({@code structuredAttrs}, else null), as current Nix keeps them:
 * they join the environment as {@code __json} only when the derivation is written. Immutable.
 */
public record Derivation(
    String name,
    SortedMap<String, DerivationOutput> outputs,
    SortedMap<String, SortedSet<String>> inputDrvs,
    SortedSet<String> inputSrcs,
    String platform,
    String builder,
    List<String> args,
    SortedMap<String, String> env,
    String structuredAttrs) {

  public Derivation {
    outputs = Collections.unmodifiableSortedMap(new TreeMap<>(outputs));
    TreeMap<String, SortedSet<String>> drvs = new TreeMap<>();
    for (Map.Entry<String, SortedSet<String>> e : inputDrvs.entrySet()) {
      drvs.put(e.getKey(), Collections.unmodifiableSortedSet(new TreeSet<>(e.getValue())));
    }
    inputDrvs = Collections.unmodifiableSortedMap(drvs);
    inputSrcs = Collections.unmodifiableSortedSet(new TreeSet<>(inputSrcs));
    args = List.copyOf(args);
    env = Collections.unmodifiableSortedMap(new TreeMap<>(env));
  }

  /** Whether its (single) output has a content hash fixed in advance. */
  public boolean isFixedOutput() {
    return !outputs.isEmpty() && outputs.values().stream().allMatch(o -> o instanceof DerivationOutput.Fixed);
  }

  /**
   * The store paths the {@code .drv} file refers to: its sources and input derivations (not its
   * outputs, which need not exist).
   */
  public SortedSet<String> references() {
    TreeSet<String> references = new TreeSet<>(inputSrcs);
    references.addAll(inputDrvs.keySet());
    return Collections.unmodifiableSortedSet(references);
  }

  /** The same derivation with other outputs and environment (as output paths are filled in). */
  public Derivation with(SortedMap<String, DerivationOutput> newOutputs, SortedMap<String, String> newEnv) {
    return new Derivation(name, newOutputs, inputDrvs, inputSrcs, platform, builder, args, newEnv, structuredAttrs);
  }
}
