package dev.six.eval.builtins;

import dev.six.eval.runtime.EvalSettings;

/** A family of related built-ins, registered together. */
public interface BuiltinGroup {
  void register(Registry registry, EvalSettings settings);
}
