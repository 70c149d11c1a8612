# An error decides the exit status; the unused names are reported only for a file that checks.
let unused = 1; in
undefinedName
