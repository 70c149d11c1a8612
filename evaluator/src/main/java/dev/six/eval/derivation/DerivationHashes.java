package dev.six.eval.derivation;

import dev.six.eval.error.ErrorKind;
import dev.six.eval.error.EvalError;
import dev.six.eval.hash.Hash;
import dev.six.eval.hash.HashAlgorithm;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Nix's hash modulo of derivations, which input-addressed output paths are made from. A derivation
 * is hashed with each input derivation replaced by that input's own hash modulo, so that what
 * matters is what the inputs build, not how their {@code .drv} files are spelled; a fixed-output
 * input counts only by its output hash and path ({@code fixed:out:<algo>:<hash>:<path>}), so that
 * changing how a fixed output is fetched changes no output path downstream. Each derivation's hash
 * is remembered by its {@code .drv} path (Nix keeps the same cache, and needs it when nothing is
 * written to disk), and known derivations are looked up through the store that recorded them.
 */
public final class DerivationHashes {
  /** How a derivation counts as an input: one hash for all outputs, or (fixed output) one per output. */
  private record Modulo(Hash regular, Map<String, Hash> fixed) {}

  private final Function<String, Derivation> recorded;
  private final Map<String, Modulo> byDrvPath = new HashMap<>();

  /** {@code recorded} gives the derivation at a {@code .drv} path, or null when it is unknown. */
  public DerivationHashes(Function<String, Derivation> recorded) {
    this.recorded = recorded;
  }

  /**
   * The hash an input-addressed derivation's output paths are made from: its outputs and the
   * variables named after them blanked, its inputs replaced by their hashes modulo.
   */
  public Hash masked(Derivation drv) {
    TreeMap<String, DerivationOutput> outputs = new TreeMap<>();
    TreeMap<String, String> env = new TreeMap<>(drv.env());
    for (String output : drv.outputs().keySet()) {
      outputs.put(output, new DerivationOutput.Deferred());
      env.computeIfPresent(output, (k, v) -> "");
    }
    return sha256(ATermWriter.write(drv.with(outputs, env), inputsModulo(drv)));
  }

  /** Remembers how {@code drv}, just written at {@code drvPath}, counts as an input. */
  public void remember(String drvPath, Derivation drv) {
    byDrvPath.put(drvPath, asInput(drv));
  }

  private Modulo modulo(String drvPath) {
    Modulo known = byDrvPath.get(drvPath);
    if (known == null) {
      Derivation drv = recorded.apply(drvPath);
      if (drv == null) {
        throw new EvalError(ErrorKind.INVALID_VALUE, "path '" + drvPath + "' is not valid", null);
      }
      known = asInput(drv);
      byDrvPath.put(drvPath, known);
    }
    return known;
  }

  private Modulo asInput(Derivation drv) {
    if (drv.isFixedOutput()) {
      Map<String, Hash> hashes = new HashMap<>();
      for (Map.Entry<String, DerivationOutput> e : drv.outputs().entrySet()) {
        DerivationOutput out = e.getValue();
        hashes.put(e.getKey(), sha256("fixed:out:" + out.hashAlgo() + ":" + out.hash() + ":" + out.path()));
      }
      return new Modulo(null, hashes);
    }
    return new Modulo(sha256(ATermWriter.write(drv, inputsModulo(drv))), null);
  }

  /** The input derivations of {@code drv}, each named by the base-16 hash it counts as. */
  private SortedMap<String, SortedSet<String>> inputsModulo(Derivation drv) {
    TreeMap<String, SortedSet<String>> inputs = new TreeMap<>();
    for (Map.Entry<String, SortedSet<String>> e : drv.inputDrvs().entrySet()) {
      Modulo input = modulo(e.getKey());
      if (input.regular != null) {
        inputs.computeIfAbsent(input.regular.toBase16(), k -> new TreeSet<>()).addAll(e.getValue());
        continue;
      }
      for (String output : e.getValue()) {
        Hash hash = input.fixed.get(output);
        if (hash == null) {
          throw new EvalError(ErrorKind.INVALID_VALUE,
              "no hash for output '" + output + "' of derivation '" + drv.name() + "'", null);
        }
        // A fixed output stands for a derivation with the single output "out".
        inputs.computeIfAbsent(hash.toBase16(), k -> new TreeSet<>()).add("out");
      }
    }
    return inputs;
  }

  private static Hash sha256(String text) {
    return HashAlgorithm.SHA256.hash(text.getBytes(StandardCharsets.ISO_8859_1));
  }
}
