package dev.six.cli;

import dev.six.eval.runtime.HostSystem;
import dev.six.eval.nixstore.NixStoreException;
import dev.six.eval.nixstore.NixStoreRealise;
import dev.six.eval.nixstore.NixTools;
import dev.six.eval.nixstore.StoreRegistration;
import dev.six.eval.runtime.Evaluator;
import dev.six.eval.value.NixAttrs;
import dev.six.eval.value.NixString;
import dev.six.eval.value.Value;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds a host's firmware image for {@code six build}: registers its derivation with the
 * installed Nix and realises it with {@code nix-store --realise}, the result's {@code firmware}
 * link being the garbage-collector root of the image. When it cannot be built here (no Nix, or an
 * image for another system and no remote builders), the result gets {@code firmware.drv-path}
 * instead, and the reason is said.
 */
final class FirmwareBuilder {
  private final StoreFlags store;
  private final Terminal terminal;
  private final List<String> realiseOptions;

  FirmwareBuilder(StoreFlags store, Terminal terminal, List<String> realiseOptions) {
    this.store = store;
    this.terminal = terminal;
    this.realiseOptions = List.copyOf(realiseOptions);
  }

  /** What happened: the image's store path, or the note explaining why there is only a {@code .drv} path. */
  record Outcome(String imagePath, String drvPath, String note) {}

  Outcome build(Evaluator evaluator, NixAttrs image, Path generation) throws IOException, NixStoreException {
    FoundDerivation drv = new FoundDerivation(image);
    String drvPath = evaluator.run(() -> drv.drvPath(evaluator.state()));
    String system = evaluator.run(() -> {
      Value s = image.get("system");
      return s != null && evaluator.state().force(s) instanceof NixString str ? str.value : null;
    });
    NixTools nix = store.nix(terminal);
    try {
      nix.find("nix-store");
    } catch (NixStoreException noNix) {
      return drvOnly(generation, drvPath, "Nix is not installed (no nix-store on PATH): the firmware image is not built");
    }
    try (StoreRegistration registration = store.registration(terminal)) {
      registration.register(evaluator.state().store().added());
      if (system != null && !system.equals(HostSystem.current()) && !realiseOptions.contains("builders")) {
        registration.addPermRoot(drvPath, generation.resolve("firmware.drv").toString(), terminal.cwd());
        return drvOnly(generation, drvPath, "the firmware image is for " + system + " and this machine is "
            + HostSystem.current() + ": build firmware.drv on such a machine, or give a remote builder"
            + " (--option builders 'ssh://HOST " + system + "')");
      }
      List<String> options = new ArrayList<>(realiseOptions);
      options.addAll(List.of("--add-root", generation.resolve("firmware").toString()));
      ByteArrayOutputStream printed = new ByteArrayOutputStream();
      int status = new NixStoreRealise(nix).run(options, List.of(drvPath), terminal.cwd(), printed, terminal.stderr());
      if (status != 0) {
        throw new NixStoreException("building the firmware image " + drvPath + " failed (nix-store exited with "
            + status + ")");
      }
      return new Outcome(Files.readSymbolicLink(generation.resolve("firmware")).toString(), drvPath, null);
    }
  }

  private static Outcome drvOnly(Path generation, String drvPath, String why) throws IOException {
    Files.writeString(generation.resolve("firmware.drv-path"), SourceInput.decodeName(drvPath) + "\n",
        StandardCharsets.UTF_8);
    return new Outcome(null, drvPath, why + "; its derivation is " + drvPath);
  }
}
