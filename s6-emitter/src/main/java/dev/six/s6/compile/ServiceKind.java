package dev.six.s6.compile;

/** What a name stands for while compiling; {@link #UNDEFINED} until its definition is read. */
enum ServiceKind {
  UNDEFINED("unknown"),
  ONESHOT("oneshot"),
  LONGRUN("longrun"),
  BUNDLE("bundle");

  final String word;

  ServiceKind(String word) {
    this.word = word;
  }
}
