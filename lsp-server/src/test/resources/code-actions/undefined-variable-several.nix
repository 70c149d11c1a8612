# Several names within a slip: none is preferred.
let abc = 1; abd = 2; in
$0abe
