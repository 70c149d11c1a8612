({ p ? __curPos }: p.line) { }
