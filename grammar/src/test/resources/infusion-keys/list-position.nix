# infuse-error: infuse.__init: at path x[1].z.__init: infused a value to __init but attribute already existed
{ infuse, prev }:
infuse prev {
  x = [
    { z.__assign = 1; }
    { z.__init = 2; }
  ];
}
