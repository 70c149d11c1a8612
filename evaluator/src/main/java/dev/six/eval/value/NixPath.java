package dev.six.eval.value;

/** A path value: absolute and canonical, one char per byte like strings. */
public final class NixPath extends Value {
  public final String path;

  public NixPath(String path) {
    this.path = path;
  }

  @Override
  public ValueType type() {
    return ValueType.PATH;
  }

  @Override
  public String toString() {
    return path;
  }
}
