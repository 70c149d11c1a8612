builtins.toXML "é €"
