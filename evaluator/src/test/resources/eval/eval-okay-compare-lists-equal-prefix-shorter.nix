[ 1 ] < [ 1 (throw "never") ]
