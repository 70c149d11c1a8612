package dev.six.s6.compile;

/** A name as a service's list file (or {@code .d} directory) gives it, with that file's name for errors. */
record Listed(String name, String file) {}
