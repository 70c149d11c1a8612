builtins.fromJSON ''{"name": "six", "tags": ["a", "b"], "nested": {"x": 1, "y": {"z": null}}}''
