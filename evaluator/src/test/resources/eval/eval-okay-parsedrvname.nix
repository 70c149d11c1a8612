with builtins; map parseDrvName [ "nix-0.12pre12876" "a-b-c" "foo" "foo-" "foo-bar-1.0" "-1.0" "foo--1" "foo-é" "apache-httpd-2.0.48" "firefox-esr-115.0" "x-_y" ]
