builtins.fromJSON ''"\ud83d\ude00 and \uDBFF\uDFFF"''
