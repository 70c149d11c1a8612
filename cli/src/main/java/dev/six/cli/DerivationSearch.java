package dev.six.cli;

import dev.six.eval.error.EvalError;
import dev.six.eval.runtime.Derivations;
import dev.six.eval.runtime.EvalState;
import dev.six.eval.value.NixAttrs;
import dev.six.eval.value.NixList;
import dev.six.eval.value.Symbol;
import dev.six.eval.value.Value;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * Finds the derivations in a value as {@code nix-instantiate} does (Nix's {@code getDerivations}):
 * a derivation itself; every element of a list (looking into elements that are not derivations);
 * the attributes of a set whose names could be attribute paths, in byte order of the names,
 * looking into a nested set only when its {@code recurseForDerivations} is true. Values are
 * auto-called with the command line's arguments at each level, and forced in Nix's order: the
 * order errors surface in. A derivation reached twice is found once.
 */
final class DerivationSearch {
  private static final Symbol NAME = Symbol.of("name");
  private static final Symbol RECURSE = Symbol.of("recurseForDerivations");
  private static final Symbol COMBINE_CHANNELS = Symbol.of("_combineChannels");

  private final EvalState st;
  private final NixAttrs autoArgs;
  private final Set<NixAttrs> done = Collections.newSetFromMap(new IdentityHashMap<>());
  private final List<NixAttrs> found = new ArrayList<>();

  private DerivationSearch(EvalState st, NixAttrs autoArgs) {
    this.st = st;
    this.autoArgs = autoArgs;
  }

  /** The derivations in {@code value}, in Nix's order. Runs on the evaluation thread. */
  static List<NixAttrs> find(EvalState st, Value value, NixAttrs autoArgs) {
    DerivationSearch search = new DerivationSearch(st, autoArgs);
    search.search(value);
    return search.found;
  }

  private void search(Value in) {
    Value v = AutoArgs.autoCall(st, in, autoArgs);
    if (!collect(v)) {
      return;
    }
    if (v instanceof NixAttrs attrs) {
      boolean combineChannels = attrs.has(COMBINE_CHANNELS);
      for (Symbol name : byteOrder(attrs)) {
        if (!isAttrPathComponent(name.name)) {
          continue;
        }
        Value attr = attrs.get(name);
        if (combineChannels) {
          search(attr);
        } else if (collect(attr)) {
          Value forced = st.force(attr);
          if (forced instanceof NixAttrs nested) {
            Value recurse = nested.get(RECURSE);
            if (recurse != null && st.forceBool(recurse, nested.positionOf(RECURSE))) {
              search(forced);
            }
          }
        }
      }
    } else if (v instanceof NixList list) {
      for (int i = 0; i < list.size(); i++) {
        Value element = list.get(i);
        if (collect(element)) {
          search(element);
        }
      }
    } else {
      throw EvalError.typeError("expression does not evaluate to a derivation (or a set or list of those)", null);
    }
  }

  /**
   * Forces {@code value}; a derivation not seen before is added (its name must be a string).
   * Returns whether the caller may look inside it: not for a derivation.
   */
  private boolean collect(Value value) {
    Value v = st.force(value);
    if (!(v instanceof NixAttrs attrs) || !Derivations.isDerivation(st, attrs)) {
      return true;
    }
    if (!done.add(attrs)) {
      return false;
    }
    Value name = attrs.get(NAME);
    if (name == null) {
      throw EvalError.typeError("derivation name missing", null);
    }
    st.forceStringNoContext(name, null);
    found.add(attrs);
    return false;
  }

  /** The names in byte order ({@code lexicographicOrder}): six's strings hold one char per byte. */
  private static List<Symbol> byteOrder(NixAttrs attrs) {
    Symbol[] names = new Symbol[attrs.size()];
    for (int i = 0; i < names.length; i++) {
      names[i] = attrs.keyAt(i);
    }
    Arrays.sort(names, (a, b) -> a.name.compareTo(b.name));
    return Arrays.asList(names);
  }

  /** {@code [A-Za-z_][A-Za-z0-9-_+]*}: names that can be written in an attribute path. */
  static boolean isAttrPathComponent(String name) {
    if (name.isEmpty() || !(letter(name.charAt(0)) || name.charAt(0) == '_')) {
      return false;
    }
    for (int i = 1; i < name.length(); i++) {
      char c = name.charAt(i);
      if (!(letter(c) || (c >= '0' && c <= '9') || c == '-' || c == '_' || c == '+')) {
        return false;
      }
    }
    return true;
  }

  private static boolean letter(char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
  }
}
