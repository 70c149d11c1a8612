# Sugar and plain keys at one level: infuse refuses the whole infusion.
{ infuse, prev }:
infuse prev { targets.sshd.__input.port = { __assign = 2222; extra = 1; }; }
