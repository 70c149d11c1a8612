{ infuse, hello }:
infuse hello { __output = $0old: { doCheck = false; }; }
