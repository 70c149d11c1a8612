# The default contents of a board's flash initrd, in the sense of mkInitrd: what the pre-kexec
# system does. It brings up the console, unlocks the disk, mounts the boot volume read-only and
# kexecs the kernel and initrd of the configuration chosen for the next boot, passing the key on.
# A board adds or replaces files with `extraInitrdContents`; lists are scripts, so a scope
# extension can also append lines to them.
{ board, console, kernelParams }:
{
  init = [
    "mount -t proc proc /proc"
    "mount -t sysfs sys /sys"
    "mount -t devtmpfs dev /dev"
    "exec /early/run </dev/console >/dev/console 2>&1"
  ];

  "early/run" = [
    ". /etc/board"
    "echo \"flash initrd of $board, console $console\""
    "cryptsetup open --key-file=/run/key /dev/disk/by-partlabel/system system || exec /early/fail"
    "lvm vgchange --activate y --select lv_tags=boot || exec /early/fail"
    "mount -o ro LABEL=boot /boot || exec /early/fail"
    "exec /early/kexec /nix/var/nix/profiles/nextboot"
  ];

  "early/kexec" = [
    "configuration=$(readlink -f \"$1\")"
    "kexec --load \"$configuration/boot/kernel\" --initrd=\"$configuration/boot/initrd\" \\"
    "  --command-line=\"$(cat \"$configuration/boot/kernel-params\") configuration=$configuration\""
    "exec kexec --exec"
  ];

  "early/fail" = [
    "echo 'boot failed; this is a shell on the flash initrd' >&2"
    "exec sh"
  ];

  "etc/board" = ''
    board=${board}
    console=${console}
    params='${builtins.concatStringsSep " " kernelParams}'
  '';
}
