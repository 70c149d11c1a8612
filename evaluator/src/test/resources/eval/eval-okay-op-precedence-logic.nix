[ (true || false && false) (!true || true) (false -> false -> false) (true -> false || true) (!false == true) ]
