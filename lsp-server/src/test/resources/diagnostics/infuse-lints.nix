# The sixos lints reach the editor as they reach six check, after the file's own allow comments.
{ infuse, prev }:
infuse prev {
  targets.sshd.__input.port.__asign = 2222;
  targets.ntpd.__input.servers = [ "pool.ntp.org" ];
  targets.getty.__input.baud = 115200;
  targets.cron.__input.jobs = 3;  # six-lint: allow infuse_scalar_leaf
}
