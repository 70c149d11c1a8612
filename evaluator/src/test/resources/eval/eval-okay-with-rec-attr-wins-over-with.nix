(rec { x = "rec"; y = with { x = "with"; }; x; }).y
