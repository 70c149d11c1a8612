# __curPos is syntax, not a variable: only its documentation.
__cur$0Pos.line
