[ (throw "x") ]
