package dev.six.s6.live;

import dev.six.s6.compile.Database;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assertions;

/**
 * The order in which s6-rc would bring up every longrun of a compiled database: each after all it
 * depends on, as the database's dependency arrays say. It stands in for {@code s6-rc -u}, which
 * Debian lacks; the live test stops services in the reverse order, as {@code s6-rc -d} would.
 * The oneshot runner is left out, and a database with oneshots is refused: running them needs
 * s6-rc's own {@code s6-rc-oneshot-run}.
 */
public final class StartOrder {
  private final Database db;
  private final List<String> order = new ArrayList<>();
  private final boolean[] placed;

  private StartOrder(Database db) {
    this.db = db;
    this.placed = new boolean[db.longruns()];
  }

  /** The names of all longruns but {@code s6rc-oneshot-runner}, dependencies first. */
  public static List<String> of(Database db) {
    Assertions.assertEquals(0, db.oneshots(), "the live cases have no oneshots: running them needs s6-rc");
    StartOrder walk = new StartOrder(db);
    walk.placed[0] = true;
    // Ascending indices, so that the order is the same on every run.
    for (int i = 1; i < db.longruns(); i++) {
      walk.place(i);
    }
    return List.copyOf(walk.order);
  }

  private void place(int index) {
    if (placed[index]) {
      return;
    }
    placed[index] = true; // the compiler has refused cycles, so marking before the walk is safe
    Database.Service service = db.services().get(index);
    for (int k = 0; k < service.forwardCount(); k++) {
      int dependency = db.forwardDependencies()[service.forwardStart() + k];
      Assertions.assertNotEquals(0, dependency, service.name() + " depends on the oneshot runner");
      place(dependency);
    }
    order.add(service.name());
  }
}
