[ (if true then 1 else throw "never") (if false then throw "never" else 2) ]
