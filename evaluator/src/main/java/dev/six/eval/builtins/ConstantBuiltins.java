package dev.six.eval.builtins;

import dev.six.eval.runtime.EvalSettings;
import dev.six.eval.value.AttrsBuilder;
import dev.six.eval.value.NixInt;
import dev.six.eval.value.NixList;
import dev.six.eval.value.NixString;
import dev.six.eval.value.Value;

/** The constants: the Nix version six implements, the system, the store, the search path, time. */
final class ConstantBuiltins implements BuiltinGroup {
  /** The Nix whose language six implements (current nixpkgs requires at least 2.18). */
  static final String NIX_VERSION = "2.28.0";

  @Override
  public void register(Registry r, EvalSettings settings) {
    r.constant("nixVersion", NixString.of(NIX_VERSION));
    r.constant("langVersion", NixInt.of(6));
    r.constant("currentSystem", NixString.of(settings.currentSystem()));
    r.constant("storeDir", NixString.of(settings.storeDir()));
    r.constant("currentTime", NixInt.of(settings.currentTime()));
    Value[] entries = new Value[settings.searchPath().size()];
    for (int i = 0; i < entries.length; i++) {
      EvalSettings.SearchPathEntry e = settings.searchPath().get(i);
      entries[i] = new AttrsBuilder(2)
          .add("path", NixString.of(e.path()))
          .add("prefix", NixString.of(e.prefix()))
          .build();
    }
    r.constant("nixPath", NixList.of(entries));
  }
}
