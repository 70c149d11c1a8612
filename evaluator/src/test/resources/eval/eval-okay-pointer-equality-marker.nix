let marker = [ [ (throw "forced") ] ]; in [ (marker == marker) ([ marker ] == [ marker ]) ]
