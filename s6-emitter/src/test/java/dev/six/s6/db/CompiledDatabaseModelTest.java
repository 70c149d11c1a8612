package dev.six.s6.db;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.six.s6.ServiceType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The model a compiled database reads into, on two golden cases whose sources say what to expect
 * (compile/ok/oneshot-basic and compile/ok/pipeline-funnel).
 */
class CompiledDatabaseModelTest {

  private static CompiledDatabase read(String name) throws Exception {
    Path dir = CompiledDatabaseGoldenTest.CASES.resolve(name).resolve("expected/db");
    return CompiledDatabase.parse(Files.readAllBytes(dir.resolve("n")), Files.readAllBytes(dir.resolve("db")),
        Files.readAllBytes(dir.resolve("resolve.cdb")), name);
  }

  @Test
  void oneshotsKeepTheirScriptsTimeoutsAndDependencies() throws Exception {
    CompiledDatabase db = read("oneshot-basic");
    assertEquals(2, db.longrunCount());
    AtomicService setup = db.service(3);
    assertEquals("setup", setup.name());
    assertEquals(ServiceType.ONESHOT, setup.type());
    assertEquals(List.of("if", " echo", " setting", " up", "", "touch", "/tmp/x"), setup.upScript());
    assertEquals(List.of("rm", "-f", "/tmp/x"), setup.downScript());
    assertEquals(1234, setup.timeoutUp());
    assertEquals(500, setup.timeoutDown());
    // Every oneshot needs the oneshot runner (index 0).
    assertEquals(List.of(0), setup.dependencies());
    assertEquals(List.of(0, 3), db.service(2).dependencies());
    assertEquals(List.of(2), setup.dependents());
    assertEquals(Map.of(), db.bundles("oneshot-basic"));
  }

  @Test
  void aFunnelListsItsProducersWithTheFirstListedLast() throws Exception {
    CompiledDatabase db = read("pipeline-funnel");
    AtomicService lg = db.service(2);
    assertEquals("lg", lg.name());
    // consumer-for says q2, q3, q1 (and q2 again): the first one moves to the end.
    assertEquals(List.of("q3", "q1", "q2"), lg.producers().stream().map(i -> db.service(i).name()).toList());
    assertEquals(-1, lg.consumer());
    assertEquals(2, db.service(3).consumer());
    // A producer needs its consumer and the fd holder (index 1); a last consumer needs the fd holder.
    assertEquals(List.of(1, 2), db.service(3).dependencies());
    assertEquals(List.of(1), lg.dependencies());
    assertEquals(Map.of("pl", List.of(2, 3, 4, 5)), db.bundles("pipeline-funnel"));
  }
}
