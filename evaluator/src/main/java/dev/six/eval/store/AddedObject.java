package dev.six.eval.store;

import dev.six.eval.io.EvalIO;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * A path a {@link ComputingStore} computed, seen as the store object Nix would have added: its
 * contents come from its {@link Origin}, read through the store's own view of the file system, so
 * that a filtered copy's archive leaves out what the filter rejected.
 */
record AddedObject(String path, String name, Origin origin, EvalIO io) implements StoreObject {

  @Override
  public Method method() {
    if (origin instanceof Origin.Source source) {
      return source.method() == FileIngestion.RECURSIVE ? Method.RECURSIVE : Method.FLAT;
    }
    return Method.TEXT;
  }

  @Override
  public SortedSet<String> references() {
    if (origin instanceof Origin.StoreDerivation drv) {
      return drv.drv().references();
    }
    return origin instanceof Origin.Text text
        ? Collections.unmodifiableSortedSet(new TreeSet<>(text.references()))
        : Collections.emptySortedSet();
  }

  @Override
  public void writeContents(OutputStream out) throws IOException {
    if (origin instanceof Origin.StoreDerivation drv) {
      out.write(drv.asText().contents());
    } else if (origin instanceof Origin.Text text) {
      out.write(text.contents());
    } else if (method() == Method.FLAT) {
      out.write(io.read(path));
    } else {
      try {
        NarWriter.write(io, path, PathFilter.ALL, out);
      } catch (UncheckedIOException e) {
        throw e.getCause();
      } catch (StoreException e) {
        throw new IOException(e.getMessage(), e);
      }
    }
  }

  @Override
  public String toString() {
    return path;
  }
}
