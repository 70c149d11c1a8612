package dev.six.eval.builtins;

import dev.six.eval.derivation.Derivation;
import dev.six.eval.derivation.DerivationBuilder;
import dev.six.eval.error.NixError;
import dev.six.eval.runtime.EvalSettings;
import dev.six.eval.runtime.EvalState;
import dev.six.eval.source.Pos;
import dev.six.eval.value.AttrsBuilder;
import dev.six.eval.value.NixAttrs;
import dev.six.eval.value.NixString;
import dev.six.eval.value.StringContext;
import dev.six.eval.value.Symbol;
import dev.six.eval.value.Value;
import java.util.List;

/**
 * {@code derivationStrict}, which turns a set of attributes into a store derivation (recorded by
 * the session's store, nothing written) and returns its paths, and {@code derivation}, Nix's lazy
 * wrapper around it, which is written in Nix ({@code derivation-internal.nix}) as in Nix itself.
 * The result of {@code derivationStrict} is {@code { drvPath; <output> = <path>; ... }}: the
 * {@code drvPath} depends on the derivation and all its outputs ({@code =D}), each output path on
 * that output ({@code !out!D}).
 */
final class DerivationBuiltins implements BuiltinGroup {
  private static final Symbol NAME = Symbol.of("name");
  private static final Symbol DRV_PATH = Symbol.of("drvPath");

  @Override
  public void register(Registry r, EvalSettings settings) {
    r.primop("derivationStrict", 1, (st, a, pos) -> derivationStrict(st, st.forceAttrs(a[0], pos), pos));
    r.constant("derivation", BundledExpression.internal("derivation-internal.nix"));
  }

  private static NixAttrs derivationStrict(EvalState st, NixAttrs attrs, Pos pos) {
    // The name first, so that every later error can say which derivation it is about.
    Value nameValue = RequiredAttr.get(attrs, NAME, "derivationStrict", pos);
    Pos namePos = attrs.positionOf(NAME);
    String name;
    try {
      name = st.forceStringNoContext(nameValue, pos);
    } catch (NixError e) {
      e.addTrace("while evaluating the derivation attribute 'name'", namePos);
      throw e;
    }
    // Errors carry Nix 2.8's frames (per attribute, from the builder), not current Nix's
    // "while evaluating derivation ..." one: traces follow 2.8's layout throughout.
    Derivation drv = new DerivationBuilder(st, name, pos, namePos).build(attrs.flat());
    String drvPath = st.store().addDerivation(drv);
    if (st.settings().verbosity() >= EvalSettings.CHATTY) {
      st.log().println("instantiated '" + name + "' -> '" + drvPath + "'");
    }
    AttrsBuilder result = new AttrsBuilder(drv.outputs().size() + 1);
    result.add(DRV_PATH, new NixString(drvPath, StringContext.of(List.of("=" + drvPath))));
    drv.outputs().forEach((output, out) ->
        result.add(output, new NixString(out.path(), StringContext.of(List.of("!" + output + "!" + drvPath)))));
    return result.build();
  }
}
