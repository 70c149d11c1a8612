package dev.six.eval.builtins;

import dev.six.eval.runtime.EvalState;
import dev.six.eval.runtime.Thunk;
import dev.six.eval.value.AttrsBuilder;
import dev.six.eval.value.NixAttrs;
import dev.six.eval.value.NixBool;
import dev.six.eval.value.NixNull;
import dev.six.eval.value.Symbol;
import dev.six.eval.value.Value;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Assembles the global scope of an evaluation: every built-in group registers its functions and
 * constants, which become the {@code builtins} set (holding itself as {@code builtins.builtins})
 * and the global names.
 */
public final class Builtins {
  private Builtins() {}

  /** The groups, each a class of related built-ins. */
  static List<BuiltinGroup> groups() {
    return List.of(
        new ConstantBuiltins(),
        new TypeBuiltins(),
        new ControlBuiltins(),
        new ArithmeticBuiltins(),
        new ListBuiltins(),
        new AttrBuiltins(),
        new StringBuiltins(),
        new RegexBuiltins(), new ReplaceBuiltins(), new VersionBuiltins(), new ContextBuiltins(),
        new ImportBuiltins(),
        new HashBuiltins(), new PathBuiltins(), new StoreBuiltins(), new DerivationBuiltins(),
        new JsonBuiltins(), new XmlBuiltins(), new TomlBuiltins(),
        new UnavailableBuiltins());
  }

  /** Installs the global scope into {@code st}. */
  public static void install(EvalState st) {
    Registry registry = new Registry();
    registry.constant("true", NixBool.TRUE);
    registry.constant("false", NixBool.FALSE);
    registry.constant("null", NixNull.NULL);
    for (BuiltinGroup group : groups()) {
      group.register(registry, st.settings());
    }
    SelfReference self = new SelfReference();
    AttrsBuilder attrs = new AttrsBuilder(registry.builtins().size() + 1);
    Map<Symbol, Value> globals = new HashMap<>();
    for (Map.Entry<String, Value> entry : registry.builtins().entrySet()) {
      attrs.add(entry.getKey(), entry.getValue());
      globals.put(Registry.globalName(entry.getKey()), entry.getValue());
    }
    Thunk builtinsThunk = Thunk.of(self, null);
    attrs.add("builtins", builtinsThunk);
    NixAttrs builtins = attrs.build();
    self.set(builtins);
    globals.put(Symbol.of("builtins"), builtins);
    globals.put(Symbol.of("true"), NixBool.TRUE);
    globals.put(Symbol.of("false"), NixBool.FALSE);
    globals.put(Symbol.of("null"), NixNull.NULL);
    st.setGlobals(Map.copyOf(globals));
  }

  /** {@code builtins.builtins}: the set refers to itself once it exists. */
  private static final class SelfReference extends dev.six.eval.ir.Node {
    private Value value;

    SelfReference() {
      super(null, -1);
    }

    void set(Value value) {
      this.value = value;
    }

    @Override
    public Value eval(EvalState st, dev.six.eval.runtime.Env env) {
      return value;
    }
  }
}
