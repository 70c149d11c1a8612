# Mounts the file systems in order (an execline `if` chain), and unmounts them in reverse on the
# way down. Joins global.mounts, which most services wait for.
{ lib, six, targets, pkgs
, filesystems ? [
    { device = "proc"; mountPoint = "/proc"; fsType = "proc"; }
    { device = "sysfs"; mountPoint = "/sys"; fsType = "sysfs"; }
    { device = "devtmpfs"; mountPoint = "/dev"; fsType = "devtmpfs"; options = [ "mode=0755" ]; }
    { device = "tmpfs"; mountPoint = "/run"; fsType = "tmpfs"; options = [ "mode=0755" "nosuid" "nodev" ]; }
  ]
}:
let
  fail = msg: throw "mounts: ${msg}";
  fsTypes = [ "proc" "sysfs" "devtmpfs" "devpts" "tmpfs" "ext4" "xfs" "btrfs" "vfat" "f2fs" "nfs" "9p" "overlay" "cgroup2" ];
  checkFs = i: fs:
    let where = "filesystems[${toString i}]"; in
    if !(builtins.isAttrs fs) then fail "${where} must be an attribute set"
    else if !(fs ? device && fs ? mountPoint && fs ? fsType) then fail "${where} needs device, mountPoint and fsType"
    else if !(lib.hasPrefix "/" fs.mountPoint) then fail "${where}.mountPoint must be absolute, not ${builtins.toJSON fs.mountPoint}"
    else if !(builtins.elem fs.fsType fsTypes) then fail "${where}.fsType ${builtins.toJSON fs.fsType} is not one of ${lib.concatStringsSep ", " fsTypes}"
    else true;
  points = map (fs: fs.mountPoint) filesystems;
  mountLine = fs: "if { ${pkgs.busybox}/bin/mkdir -p ${fs.mountPoint} }\nif { ${pkgs.busybox}/bin/mount -t ${fs.fsType}"
    + lib.optionalString ((fs.options or [ ]) != [ ]) " -o ${lib.concatStringsSep "," fs.options}"
    + " ${fs.device} ${fs.mountPoint} }\n";
in
assert builtins.isList filesystems && filesystems != [ ] || fail "filesystems must be a non-empty list";
assert builtins.all (x: x) (lib.imap0 checkFs filesystems);
assert lib.unique points == points || fail "a mount point appears twice in filesystems";
six.mkOneshot {
  up = lib.concatMapStrings mountLine filesystems + "true\n";
  down = lib.concatMapStrings (p: "foreground { ${pkgs.busybox}/bin/umount -l ${p} }\n") (builtins.genList (i: builtins.elemAt points (builtins.length points - 1 - i)) (builtins.length points)) + "true\n";
  essential = true;
  passthru = {
    before = [ targets.global.mounts ];
    mountPoints = points;
  };
}
