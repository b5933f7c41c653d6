"""The environment variable naming the clinic's database: read by `--help` before anything
heavy is imported, so it lives apart from the database module."""

ENVIRONMENT_VARIABLE = "REPATRIATE_DB"
