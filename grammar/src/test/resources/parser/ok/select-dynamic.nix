x: y: x.${y}.z
