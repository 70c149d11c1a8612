with builtins; [ (compareVersions "1.é" "1.z") (compareVersions "1é" "1.0") (compareVersions "é" "è") ]
