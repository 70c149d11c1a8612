with builtins; [ (compareVersions "2147483647" "2147483648") (compareVersions "2147483648" "2147483649") (compareVersions "99999999999" "1") (compareVersions "0002147483647" "2147483647") ]
