throw "x\n\ty"
