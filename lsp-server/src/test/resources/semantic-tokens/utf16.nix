# columns count UTF-16 code units: é is one, 😀 is two (a surrogate pair)
let cafe = "é"; smile = "😀😀"; in { "ключ" = cafe; x = smile; "😀" = cafe; y = "😀" + smile; }
