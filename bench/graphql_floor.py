"""What graphql-core alone costs for the benchmark's answers: the floor under any resolver work.

    python bench/graphql_floor.py            # the benchmark's dataset (bench/http_bench.py builds it)
    python bench/graphql_floor.py --database alliance_bench_small --rounds 1 --executions 5

Each query of bench/http_bench.py is first answered by the API (in-process, on the benchmark's
database), with ``__typename`` added to every selection. The same query is then executed by
graphql-core against the exported schema (schema.graphql) with default resolvers over that
finished answer in memory: no SQL, no Django, no resolver of ours, only graphql-core walking the
selection and completing each value, plus the JSON encoding. Its median time per execution bounds
the rate one worker can reach on one core for that answer whatever the resolvers do.
"""

import argparse
import json
import os
import statistics
import sys
import time
import uuid
from pathlib import Path

from serving import BASE_DIR, django_env


def with_typenames(query):
    """``query`` with ``__typename`` selected in every selection set."""
    from graphql import FieldNode, NameNode, SelectionSetNode, Visitor, parse, print_ast, visit

    class AddTypename(Visitor):
        def leave_selection_set(self, node, *_args):
            names = {getattr(selection, "name", None) and selection.name.value for selection in node.selections}
            if "__typename" in names:
                return None
            return SelectionSetNode(selections=(*node.selections, FieldNode(name=NameNode(value="__typename"))))

    return print_ast(visit(parse(query), AddTypename()))


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--database", default="alliance_bench_v1", help="a database bench/http_bench.py built")
    parser.add_argument("--rounds", type=int, default=7)
    parser.add_argument("--executions", type=int, default=200, help="per round (default 200)")
    options = parser.parse_args()
    server_url = os.environ.get("DATABASE_URL", "postgres://postgres@127.0.0.1:5432/postgres").rsplit("/", 1)[0]
    os.environ.update(
        django_env(
            "bench.settings",
            f"{server_url}/{options.database}",
            os.environ.get("REDIS_URL", "redis://127.0.0.1:6379/0"),
            f"floor-{uuid.uuid4().hex[:12]}",
        )
    )
    sys.path.insert(0, str(BASE_DIR))
    import django

    django.setup()
    import http_bench
    from django.test import Client
    from graphql import build_schema, execute, parse

    from news.models import NewsPage

    detail = NewsPage.objects.live().filter(locale__language_code="en").order_by("-date", "-pk")[7]
    home = detail.get_parent().get_parent()
    detail_path = detail.url_path[len(home.url_path) - 1 :]
    cases = [
        ("news list, 20 items", http_bench.NEWS_LIST, {}),
        ("page detail, 12 blocks", http_bench.PAGE_DETAIL, {"path": detail_path}),
        ("good practices by theme", http_bench.PRACTICES, {}),
        ("navigation + settings", http_bench.NAVIGATION, {}),
    ]
    schema = build_schema(Path(BASE_DIR / "schema.graphql").read_text())
    client = Client(HTTP_HOST="127.0.0.1")
    print(
        f"graphql-core {__import__('graphql').__version__}: execution over the finished answer in memory, "
        f"{options.rounds} rounds x {options.executions} executions, medians"
    )
    print(f"{'scenario':<26} {'fields':>7} {'ms/answer':>10} {'answers/s per core':>19}")
    for name, query, variables in cases:
        response = client.post(
            "/graphql/",
            json.dumps({"query": with_typenames(query), "variables": variables}),
            content_type="application/json",
        )
        data = response.json()["data"]
        document = parse(query)
        fields = count_fields(data)
        timings = []
        for _round in range(options.rounds):
            started = time.perf_counter()
            for _ in range(options.executions):
                result = execute(schema, document, root_value=data, variable_values=variables)
                json.dumps({"data": result.data})
            timings.append((time.perf_counter() - started) / options.executions)
            assert not result.errors, result.errors
        median = statistics.median(timings) * 1000
        print(f"{name:<26} {fields:>7} {median:>10.2f} {1000 / median:>19.0f}")


def count_fields(value):
    if isinstance(value, dict):
        return sum(1 + count_fields(item) for key, item in value.items() if key != "__typename")
    if isinstance(value, list):
        return sum(count_fields(item) for item in value)
    return 0


if __name__ == "__main__":
    main()
