"a\nb\tc\rd\\e\"f\$g\hij $x $${y}"
