throw "x  \n\ny\n\n"
