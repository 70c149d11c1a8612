{ type = "derivation"; name = "fake"; drvPath = "/tmp/fake.drv"; }
