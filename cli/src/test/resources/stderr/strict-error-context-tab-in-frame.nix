let x = { a = builtins.addErrorContext "in\ta   " (throw "t"); }; in x
