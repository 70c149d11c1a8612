/**
 * Reading a compiled s6-rc database (the {@code n}, {@code db} and {@code resolve.cdb} files that
 * {@code s6-rc-compile} writes) into an immutable model, and answering questions about it exactly as
 * {@code s6-rc-db} 0.5.4.1 answers them: the same bytes on standard output, the same messages on
 * standard error, the same exit statuses.
 *
 * <p>Layers: {@link dev.six.s6.db.CdbReader} (the cdb file format) and
 * {@link dev.six.s6.db.CompiledDatabase} (the model, with the validation s6-rc-db applies while
 * reading); {@link dev.six.s6.db.DatabaseCheck} (the consistency checks of {@code s6-rc-db check});
 * {@link dev.six.s6.db.DbRequest} and {@link dev.six.s6.db.DbQuery} (one command and its output);
 * {@link dev.six.s6.db.DbTool} (the whole command line, errors included). Names and script words
 * are strings of one {@code char} per byte (ISO-8859-1), as everywhere in the emitter.
 */
package dev.six.s6.db;
