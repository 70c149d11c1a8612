package dev.six.s6.db;

import java.util.List;

/**
 * One s6-rc-db command with its operands, checked as s6-rc-db checks a command line before it
 * opens any database: a known command word, at least one operand for every command but
 * {@code help} and {@code check}, and a known list kind for {@code list}.
 *
 * @param verb the command
 * @param up the direction given by {@code -u} (the default) or {@code -d}
 * @param operands the words after the command (s6-rc-db ignores extra ones where it takes one)
 */
public record DbRequest(Verb verb, boolean up, List<String> operands) {

  /** s6-rc-db's usage line. */
  public static final String USAGE =
      "s6-rc-db [ -u | -d ] [ -l live ] [ -c compiled ] [ -b ] command... (use s6-rc-db help for more information)";

  /** The commands, in s6-rc-db's table order. */
  public enum Verb {
    HELP("help"),
    CHECK("check"),
    LIST("list"),
    TYPE("type"),
    TIMEOUT("timeout"),
    CONTENTS("contents"),
    DEPENDENCIES("dependencies"),
    PIPELINE("pipeline"),
    SCRIPT("script"),
    FLAGS("flags"),
    ATOMICS("atomics"),
    ALL_DEPENDENCIES("all-dependencies");

    private final String word;

    Verb(String word) {
      this.word = word;
    }

    public String word() {
      return word;
    }
  }

  /** What {@code list} lists. */
  public enum ListKind {
    ALL("all"),
    SERVICES("services"),
    ONESHOTS("oneshots"),
    LONGRUNS("longruns"),
    BUNDLES("bundles");

    private final String word;

    ListKind(String word) {
      this.word = word;
    }
  }

  public DbRequest {
    operands = List.copyOf(operands);
  }

  /** The request for {@code words} (command word first), or a usage failure. */
  public static DbRequest of(List<String> words, boolean up) throws DbFailure {
    if (words.isEmpty()) {
      throw DbFailure.usage();
    }
    Verb verb = null;
    for (Verb v : Verb.values()) {
      if (v.word.equals(words.get(0))) {
        verb = v;
      }
    }
    if (verb == null) {
      throw DbFailure.usage();
    }
    List<String> operands = words.subList(1, words.size());
    if (verb != Verb.HELP && verb != Verb.CHECK && operands.isEmpty()) {
      throw DbFailure.usage();
    }
    DbRequest request = new DbRequest(verb, up, operands);
    if (verb == Verb.LIST) {
      request.listKind();
    }
    return request;
  }

  /** The operand of {@code list}. */
  public ListKind listKind() throws DbFailure {
    for (ListKind k : ListKind.values()) {
      if (k.word.equals(operands.get(0))) {
        return k;
      }
    }
    throw DbFailure.usage();
  }

  /** The one operand of single-name commands. */
  String name() {
    return operands.get(0);
  }
}
