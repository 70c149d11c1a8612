[ (true && false) (true || false) (false -> true) (!true) (false && throw "no") (true || throw "no") ]
