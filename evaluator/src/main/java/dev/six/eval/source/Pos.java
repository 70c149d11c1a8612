package dev.six.eval.source;

/** A position in a source: what error messages, {@code __curPos} and {@code unsafeGetAttrPos} report. */
public record Pos(SourceFile file, int offset) {

  public int line() {
    return file.lines().line(offset);
  }

  public int column() {
    return file.lines().column(offset);
  }

  /**
   * The position as Nix 2.8 writes it inside messages ("already defined at ..."): standard input
   * and command-line strings are {@code (string)}.
   */
  public String describe() {
    String name = file.origin() == SourceFile.Origin.FILE ? file.name() : "(string)";
    return name + ":" + line() + ":" + column();
  }

  @Override
  public String toString() {
    return file.name() + ":" + line() + ":" + column();
  }
}
