package dev.six.cli;

import dev.six.eval.nixstore.NixStoreException;
import dev.six.eval.nixstore.NixStoreRealise;
import dev.six.eval.nixstore.NixTools;
import dev.six.eval.nixstore.StoreRegistration;
import dev.six.eval.runtime.Evaluator;
import dev.six.eval.value.NixAttrs;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Builds a host's firmware image for {@code six build}: registers its derivation with the
 * installed Nix, realises it with {@code nix-store --realise} and makes {@code firmware} in the
 * result a garbage-collector root of the image. Without Nix, writes the {@code .drv} path to
 * {@code firmware.drv} instead and says so.
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
    NixTools nix = store.nix(terminal);
    try {
      nix.find("nix-store");
    } catch (NixStoreException noNix) {
      Files.writeString(generation.resolve("firmware.drv"), SourceInput.decodeName(drvPath) + "\n", StandardCharsets.UTF_8);
      return new Outcome(null, drvPath, "Nix is not installed (no nix-store on PATH): the firmware image is not built;"
          + " its derivation is in firmware.drv");
    }
    try (StoreRegistration registration = store.registration(terminal)) {
      registration.register(evaluator.state().store().added());
      ByteArrayOutputStream printed = new ByteArrayOutputStream();
      int status = new NixStoreRealise(nix).run(realiseOptions, List.of(drvPath), terminal.cwd(), printed,
          terminal.stderr());
      String out = printed.toString(StandardCharsets.ISO_8859_1).strip();
      if (status != 0 || out.isEmpty() || out.contains("\n")) {
        throw new NixStoreException("building the firmware image " + drvPath + " failed (nix-store exited with "
            + status + ")");
      }
      registration.addPermRoot(out, generation.resolve("firmware").toString(), terminal.cwd());
      return new Outcome(out, drvPath, null);
    }
  }
}
