package dev.six.eval.builtins;

import dev.six.eval.print.XmlPrinter;
import dev.six.eval.runtime.ContextCollector;
import dev.six.eval.runtime.EvalSettings;

/** {@code toXML}: the value, fully evaluated, as the XML of {@code nix-instantiate --xml --no-location}. */
final class XmlBuiltins implements BuiltinGroup {
  @Override
  public void register(Registry r, EvalSettings settings) {
    r.primop("toXML", 1, (st, a, pos) -> {
      ContextCollector context = new ContextCollector();
      String xml = XmlPrinter.print(st, a[0], true, false, context);
      return context.string(xml);
    });
  }
}
