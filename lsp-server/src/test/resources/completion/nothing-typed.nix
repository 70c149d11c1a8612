# With nothing typed yet, every name in scope is proposed, then every global (with its type).
# resolve: map
let
  alpha = 1;
in
map (beta: $0) [ alpha ]
