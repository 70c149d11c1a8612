package dev.six.s6;

/** The three kinds of s6-rc service, as the {@code type} file names them. */
public enum ServiceType {
  LONGRUN("longrun"),
  ONESHOT("oneshot"),
  BUNDLE("bundle");

  private final String fileText;

  ServiceType(String fileText) {
    this.fileText = fileText;
  }

  /** The word written to the {@code type} file (without its newline). */
  public String word() {
    return fileText;
  }

  static ServiceType of(String word, String where) {
    for (ServiceType t : values()) {
      if (t.fileText.equals(word)) {
        return t;
      }
    }
    throw new IllegalArgumentException(where + ": unknown service type '" + word + "'");
  }
}
