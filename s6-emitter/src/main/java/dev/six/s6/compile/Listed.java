package dev.six.s6.compile;

/**
 * A name as a service's list file (or {@code .d} directory) gives it, with that file's name for
 * errors, and its entry in the name table (resolved once, when it is read).
 */
record Listed(String name, String file, NameTable.Name entry) {}
