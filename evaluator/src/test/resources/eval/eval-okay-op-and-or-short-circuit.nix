[ (false && throw "never") (true || throw "never") ]
