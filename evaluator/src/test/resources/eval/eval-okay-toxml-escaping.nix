builtins.toXML "q\" lt< gt> amp& nl\n tab\t cr\r"
