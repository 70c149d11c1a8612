package dev.six.eval.builtins;

import dev.six.eval.error.ErrorKind;
import dev.six.eval.error.EvalError;
import dev.six.eval.runtime.ContextCollector;
import dev.six.eval.runtime.EvalSettings;
import dev.six.eval.value.NixList;
import dev.six.eval.value.NixString;

/**
 * {@code replaceStrings from to s}, as current Nix runs it: the patterns are forced (their context
 * dropped), then {@code s}, and a replacement only when its pattern first matches, so unused
 * replacements may fail or never terminate (Nix 2.8 forced them all before {@code s}). At each
 * position the first pattern that matches wins; an empty pattern matches at every position,
 * including the end, and the character after it is kept. The result has the context of {@code s}
 * and of every replacement used.
 */
final class ReplaceBuiltins implements BuiltinGroup {
  @Override
  public void register(Registry r, EvalSettings settings) {
    r.primop("replaceStrings", 3, (st, a, pos) -> {
      NixList from = st.forceList(a[0], pos);
      NixList to = st.forceList(a[1], pos);
      if (from.size() != to.size()) {
        throw new EvalError(ErrorKind.INVALID_VALUE,
            "'from' and 'to' arguments to 'replaceStrings' have different lengths", pos);
      }
      String[] patterns = new String[from.size()];
      for (int i = 0; i < patterns.length; i++) {
        patterns[i] = st.forceString(from.get(i), pos).value;
      }
      String[] replacements = new String[to.size()];
      NixString input = st.forceString(a[2], pos);
      ContextCollector context = new ContextCollector();
      context.add(input.context);
      String s = input.value;
      StringBuilder out = new StringBuilder(s.length());
      int p = 0;
      while (p <= s.length()) {
        int i = 0;
        while (i < patterns.length && !s.startsWith(patterns[i], p)) {
          i++;
        }
        if (i == patterns.length) {
          if (p < s.length()) {
            out.append(s.charAt(p));
          }
          p++;
          continue;
        }
        if (replacements[i] == null) {
          NixString replacement = st.forceString(to.get(i), pos);
          context.add(replacement.context);
          replacements[i] = replacement.value;
        }
        out.append(replacements[i]);
        if (patterns[i].isEmpty()) {
          if (p < s.length()) {
            out.append(s.charAt(p));
          }
          p++;
        } else {
          p += patterns[i].length();
        }
      }
      return context.string(out.toString());
    });
  }
}
