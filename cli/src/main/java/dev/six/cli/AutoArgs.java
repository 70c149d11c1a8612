package dev.six.cli;

import dev.six.eval.error.ErrorKind;
import dev.six.eval.error.EvalError;
import dev.six.eval.ir.LambdaNode;
import dev.six.eval.ir.Node;
import dev.six.eval.runtime.EvalState;
import dev.six.eval.runtime.Evaluator;
import dev.six.eval.runtime.NixLambda;
import dev.six.eval.runtime.Thunk;
import dev.six.eval.source.SourceFile;
import dev.six.eval.value.AttrsBuilder;
import dev.six.eval.value.NixAttrs;
import dev.six.eval.value.NixString;
import dev.six.eval.value.Symbol;
import dev.six.eval.value.Value;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * {@code --arg}, {@code --argstr}, {@code --arg-from-file} and {@code --arg-from-stdin}, and Nix's
 * {@code autoCallFunction}: a top-level function with formals is called with the arguments it
 * accepts (all of them when it has {@code ...}).
 */
final class AutoArgs {
  private AutoArgs() {}

  /** What an argument's text is. */
  enum Kind {
    /** A Nix expression ({@code --arg}). */
    EXPRESSION,
    /** A string as given on the command line ({@code --argstr}). */
    STRING,
    /** A string of bytes, one char each: a file's or standard input's contents. */
    BYTES
  }

  /** One argument. */
  record Arg(String text, Kind kind) {}

  /** The arguments as a set; expressions are evaluated lazily, as Nix does. */
  static NixAttrs build(Evaluator evaluator, Map<String, Arg> args, String cwd) {
    AttrsBuilder attrs = new AttrsBuilder(args.size());
    args.forEach((name, arg) -> {
      if (arg.kind() == Kind.STRING) {
        attrs.add(name, NixString.of(SourceInput.bytewise(arg.text())));
      } else if (arg.kind() == Kind.BYTES) {
        attrs.add(name, NixString.of(arg.text()));
      } else {
        SourceFile source = new SourceFile(SourceInput.bytewise("«string»"), SourceFile.Origin.STRING,
            SourceInput.decode(arg.text().getBytes(StandardCharsets.UTF_8)), SourceInput.bytewise(cwd));
        Node node = evaluator.state().imports().lower(source, null, null);
        attrs.add(name, Thunk.of(node, null));
      }
    });
    return attrs.build();
  }

  /** Calls {@code fun} with the arguments it takes, if it is a function with formals. */
  static Value autoCall(EvalState st, Value fun, NixAttrs args) {
    Value f = st.force(fun);
    if (f instanceof NixAttrs attrs) {
      Value functor = attrs.get(EvalState.FUNCTOR);
      if (functor != null) {
        return autoCall(st, st.call(functor, f, null), args);
      }
    }
    if (!(f instanceof NixLambda lambda) || !lambda.node.hasFormals()) {
      return f;
    }
    LambdaNode node = lambda.node;
    AttrsBuilder passed = new AttrsBuilder(node.formals().length);
    if (node.ellipsis()) {
      for (int i = 0; i < args.size(); i++) {
        passed.add(args.keyAt(i), args.valueAt(i));
      }
    } else {
      Symbol[] formals = node.formals();
      for (int i = 0; i < formals.length; i++) {
        Value v = args.get(formals[i]);
        if (v != null) {
          passed.add(formals[i], v);
        } else if (!node.hasDefault(i)) {
          throw new EvalError(ErrorKind.BAD_CALL, "cannot evaluate a function that has an argument without a value ('"
              + formals[i].name + "')\n\nNix attempted to evaluate a function as a top level expression; in\n"
              + "this case it must have its arguments supplied either by default\n"
              + "values, or passed explicitly with '--arg' or '--argstr'. See\n"
              + "https://nixos.org/manual/nix/stable/#ss-functions.", lambda.node.pos());
        }
      }
    }
    return st.force(st.call(f, passed.build(), null));
  }
}
