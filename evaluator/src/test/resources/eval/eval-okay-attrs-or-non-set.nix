[ ((1).a or 2) ("x".y or 3) (null.z or 4) ]
