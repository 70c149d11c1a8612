# A sugar's name that is not an attribute key (here a string) has no documentation.
{ x = "__app$0end"; }
