package dev.six.s6.compile;

import java.io.IOException;

/**
 * The service directories of s6-rc's two internal longruns, the oneshot runner and the fd holder,
 * as s6-rc-compile generates them for the configured version and install prefixes.
 */
final class InternalServicedirs {
  private final TreeOutput out;
  private final CompileOptions options;
  private RcVersion version;

  InternalServicedirs(TreeOutput out, CompileOptions options) {
    this.out = out;
    this.options = options;
  }

  void write(Database db) throws IOException {
    version = db.version();
    writeRunner();
    writeFdholder(db);
  }

  private void writeRunner() throws IOException {
    InstallPrefixes p = options.prefixes();
    String dir = skeleton(Drafts.RUNNER, 3);
    out.file(dir + "/run", "#!" + p.shebangDir() + "execlineb " + version.internalShebangOption() + "\n"
        + p.execlineBin() + "fdmove -c 2 1\n"
        + p.execlineBin() + "fdmove 1 3\n"
        + p.s6Bin() + "s6-ipcserver-socketbinder -- s\n"
        + p.s6Bin() + "s6-ipcserverd -1 --\n"
        + p.s6Bin() + "s6-ipcserver-access -v0 -E -l0 -i data/rules --\n"
        + p.s6Bin() + "s6-sudod -t 30000 --\n"
        + p.s6RcLibexec() + "s6-rc-oneshot-run -l ../.. " + (options.blocking() ? "-b " : "") + "--\n",
        TreeOutput.EXECUTABLE);
  }

  private void writeFdholder(Database db) throws IOException {
    InstallPrefixes p = options.prefixes();
    String dir = skeleton(Drafts.FDHOLDER, 1);
    String env = dir + "/data/rules/uid/0/env";
    out.directory(env);
    out.file(env + "/S6_FDHOLDER_LIST", "\n", TreeOutput.FILE);
    out.file(env + "/S6_FDHOLDER_STORE_REGEX", "^pipe:s6rc-\n", TreeOutput.FILE);
    out.symlink(env + "/S6_FDHOLDER_RETRIEVE_REGEX", "S6_FDHOLDER_STORE_REGEX");
    out.file(env + "/S6_FDHOLDER_SETDUMP", "\n", TreeOutput.FILE);
    out.file(env + "/S6_FDHOLDER_GETDUMP", "\n", TreeOutput.FILE);
    out.symlink(dir + "/data/rules/gid/0/env", "../../uid/0/env");
    StringBuilder autofilled = new StringBuilder();
    for (int i = 0; i < db.longruns(); i++) {
      if (db.services().get(i).producerCount() > 0) {
        autofilled.append(db.services().get(i).name()).append('\n');
      }
    }
    out.file(dir + "/data/autofilled", autofilled.toString(), TreeOutput.FILE);
    String e = p.execlineBin();
    StringBuilder run = new StringBuilder()
        .append("#!").append(p.shebangDir()).append("execlineb ").append(version.internalShebangOption())
        .append('\n')
        .append(e).append("pipeline -dw --\n{\n  ")
        .append(e).append("if --\n  {\n    ")
        .append(e).append("forstdin -x0 -- i\n      ")
        .append(e).append("exit 0\n  }\n  ")
        .append(e).append("if -nt --\n  {\n    ")
        .append(e).append("redirfd -r 0 ./data/autofilled\n    ")
        .append(p.s6Bin()).append("s6-ipcclient -l0 -- s\n    ")
        .append(p.s6RcLibexec()).append("s6-rc-fdholder-filler -1 --\n  }\n  ")
        .append(p.s6Bin()).append("s6-svc -t .\n}\n");
    if (options.fdholderUser() != null) {
      run.append(p.s6Bin()).append("s6-envuidgid -i -- ").append(SkalibsQuote.quote(options.fdholderUser())).append('\n');
    }
    run.append(p.s6Bin()).append("s6-fdholder-daemon -1 ");
    if (version.hasFdholderLimit()) {
      run.append("-n ").append(fdLimit(db)).append(' ');
    }
    run.append(options.fdholderUser() != null ? "-U " : "")
        .append("-i data/rules -- s\n");
    out.file(dir + "/run", run.toString(), TreeOutput.EXECUTABLE);
  }

  /**
   * How many fds the fd holder may hold: two per pipe (each longrun with producers reads from
   * one), with room to spare, and never fewer than 256.
   */
  private static int fdLimit(Database db) {
    int pipes = 0;
    for (int i = 0; i < db.longruns(); i++) {
      if (db.services().get(i).producerCount() > 0) {
        pipes++;
      }
    }
    int x = 2 * pipes;
    return x < 240 ? 256 : x + x / 16 + 2;
  }

  /** The part both share: notification fd, and access rules letting root (and only root) in. */
  private String skeleton(String name, int notificationFd) throws IOException {
    String dir = "servicedirs/" + name;
    out.directory(dir);
    out.file(dir + "/notification-fd", notificationFd + "\n", TreeOutput.FILE);
    out.directory(dir + "/data");
    out.directory(dir + "/data/rules");
    out.directory(dir + "/data/rules/gid");
    out.directory(dir + "/data/rules/gid/0");
    out.file(dir + "/data/rules/gid/0/allow", "", TreeOutput.FILE);
    out.directory(dir + "/data/rules/uid");
    out.directory(dir + "/data/rules/uid/0");
    out.file(dir + "/data/rules/uid/0/allow", "", TreeOutput.FILE);
    out.symlink(dir + "/data/rules/uid/self", "0");
    return dir;
  }
}
