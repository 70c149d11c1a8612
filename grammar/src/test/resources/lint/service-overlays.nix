# A host's service-overlays: the sets among them are infusions of the targets scope.
{ infuse, final }:
{
  name = "router";
  service-overlays = [
    { targets.sshd.__input.port.__assign = 2222; }
    { targets.sshd.__input.port = 22; }
    (final: prev: { targets = prev.targets // { x = 1; }; })
  ];
}
