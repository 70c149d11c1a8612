# One network interface, brought up by a oneshot.
{ six, targets
, interface ? "eth0"
, address ? null
}:
six.mkOneshot {
  up = [ "ip" "link" "set" interface "up" ];
  passthru.after = [ targets.global.coldplug ];
}
