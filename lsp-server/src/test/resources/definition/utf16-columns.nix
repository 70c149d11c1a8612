let s = "ééé😀"; x = 1; in s + "😀" + toString x$0
