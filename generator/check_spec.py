"""Bundle and validate the spec: `python -m generator.check_spec`."""

from __future__ import annotations

import sys

from openapi_spec_validator import validate

from generator.bundle import bundle


def main() -> int:
    document = bundle()
    validate(document)
    operations = sum(
        1 for item in document["paths"].values() for method in item if method in {"get", "post", "put", "delete"}
    )
    print(f"spec is valid: {operations} operations, {len(document['components'].get('schemas', {}))} schemas")
    return 0


if __name__ == "__main__":
    sys.exit(main())
