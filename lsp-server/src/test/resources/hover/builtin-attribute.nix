# An attribute of builtins: its documentation, shown as builtins.NAME.
builtins.fol$0dl' (acc: x: acc + x) 0 [ 1 2 ]
