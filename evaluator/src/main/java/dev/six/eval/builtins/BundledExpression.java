package dev.six.eval.builtins;

import dev.six.eval.ir.Node;
import dev.six.eval.runtime.Env;
import dev.six.eval.runtime.EvalState;
import dev.six.eval.runtime.Thunk;
import dev.six.eval.source.SourceFile;
import dev.six.eval.value.Value;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * A built-in written in Nix: a source shipped in the evaluator's resources, parsed, checked and
 * lowered like any file (in the global scope) the first time it is needed, once per evaluation.
 * Its positions name it as Nix names its own internal files ({@code «nix-internal»/NAME}).
 */
final class BundledExpression extends Node {
  private final String resource;
  private final String displayName;

  private BundledExpression(String resource, String displayName) {
    super(null, -1);
    this.resource = resource;
    this.displayName = displayName;
  }

  /** A thunk of the resource {@code file} next to this class, shown as {@code «nix-internal»/file}. */
  static Thunk internal(String file) {
    // Messages are written one char per byte, so the name holds the UTF-8 bytes of the guillemets.
    String name = new String(("«nix-internal»/" + file).getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
    return Thunk.of(new BundledExpression(file, name), null);
  }

  @Override
  public Value eval(EvalState st, Env env) {
    SourceFile source = SourceFile.internal(displayName, "/" + resource, read().toCharArray());
    return st.imports().lower(source, null, null).eval(st, null);
  }

  private String read() {
    try (InputStream in = BundledExpression.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("resource " + resource + " is missing from the evaluator");
      }
      return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
