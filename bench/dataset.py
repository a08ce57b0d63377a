"""The benchmark dataset: the demo site plus, in English, French and German, 8,500 news items
and 1,500 good practices each (10,000 pages per language), built with bulk inserts.

Every generated page has a body of 12 blocks (headings, paragraphs with page links, figures,
quotes, document links), three revisions, and a translation in each other language (same
translation key); news have two tags and two related pages; practices have two themes. The
search index is built at the end (``update_index``). Run inside Django::

    python bench/dataset.py        # with DJANGO_SETTINGS_MODULE and DATABASE_URL set

It does nothing when the dataset is already there.
"""

import json
import os
import sys
import uuid
from datetime import date, timedelta
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
NEWS_PER_LOCALE = int(os.environ.get("BENCH_NEWS_PER_LOCALE", 8500))
PRACTICES_PER_LOCALE = int(os.environ.get("BENCH_PRACTICES_PER_LOCALE", 1500))
LANGUAGES = ["en", "fr", "de"]
REVISIONS_PER_PAGE = 3
TAGS = [f"topic-{number}" for number in range(40)] + ["ROMACT", "ROMED", "Dosta!"]


def body(number, language, image_ids, document_ids, link_ids):
    """A 12-block body: what an Alliance news item or practice looks like."""
    blocks = []
    for part in range(3):
        blocks += [
            {"type": "heading", "value": {"text": f"Part {part + 1}", "level": "h2"}},
            {
                "type": "paragraph",
                "value": f'<p>Item {number} ({language}): see <a linktype="page" id="{link_ids[(number + part) % len(link_ids)]}">'
                "the related page</a> and the Alliance's work with cities and regions for Roma inclusion. "
                "Mediators, housing, education and employment programmes were reviewed with local authorities.</p>",
            },
            {
                "type": "figure",
                "value": {"image": image_ids[(number + part) % len(image_ids)], "caption": "Meeting", "credit": ""},
            }
            if part != 1
            else {"type": "quote", "value": {"quote": "Inclusion starts locally.", "attribution": "", "role": ""}},
            {"type": "document", "value": {"document": document_ids[part % len(document_ids)], "title": ""}}
            if part == 2
            else {"type": "paragraph", "value": "<p>Local and regional authorities share what works.</p>"},
        ]
    for block in blocks:
        block["id"] = str(uuid.uuid4())
    return blocks


def build():
    import django

    sys.path.insert(0, str(BASE_DIR))
    django.setup()
    from django.contrib.contenttypes.models import ContentType
    from django.core.management import call_command
    from django.db import connection, transaction
    from django.utils import timezone
    from taggit.models import Tag
    from wagtail.documents.models import Document
    from wagtail.images.models import Image
    from wagtail.models import Locale, Page

    from news.models import NewsIndexPage, NewsPage
    from practices.models import GoodPracticeIndexPage, GoodPracticePage, Theme

    call_command("migrate", verbosity=0)
    call_command("load_demo_content", verbosity=0)
    if NewsPage.objects.count() >= NEWS_PER_LOCALE * len(LANGUAGES):
        print("dataset already built")
        return
    german = Locale.objects.get_or_create(language_code="de")[0]
    if not Page.objects.filter(locale=german, depth=2).exists():
        for page in (
            Page.objects.get(locale__language_code="en", depth=2),
            NewsIndexPage.objects.get(locale__language_code="en"),
            GoodPracticeIndexPage.objects.get(locale__language_code="en"),
        ):
            page.specific.copy_for_translation(german, copy_parents=True).save_revision().publish()
    image_ids = list(Image.objects.values_list("pk", flat=True))
    document_ids = list(Document.objects.values_list("pk", flat=True))
    link_ids = list(Page.objects.filter(depth__gte=3).values_list("pk", flat=True))
    theme_ids = list(Theme.objects.values_list("pk", flat=True))
    tag_ids = [Tag.objects.get_or_create(name=name, defaults={"slug": name.lower().strip("!")})[0].pk for name in TAGS]
    now = timezone.now()
    news_type = ContentType.objects.get_for_model(NewsPage)
    practice_type = ContentType.objects.get_for_model(GoodPracticePage)
    page_type = ContentType.objects.get_for_model(Page)
    news_keys = [uuid.uuid4() for _ in range(NEWS_PER_LOCALE)]
    practice_keys = [uuid.uuid4() for _ in range(PRACTICES_PER_LOCALE)]

    def children(parent, count, content_type, slug_prefix, title_prefix, keys):
        start = parent.numchild
        rows = [
            Page(
                path=Page._get_path(parent.path, parent.depth + 1, start + number + 1),
                depth=parent.depth + 1,
                numchild=0,
                content_type=content_type,
                title=f"{title_prefix} {number}",
                draft_title=f"{title_prefix} {number}",
                slug=f"{slug_prefix}-{number}",
                url_path=f"{parent.url_path}{slug_prefix}-{number}/",
                locale_id=parent.locale_id,
                translation_key=keys[number],
                live=True,
                has_unpublished_changes=False,
                first_published_at=now - timedelta(days=number),
                last_published_at=now - timedelta(days=number % 30),
                latest_revision_created_at=now,
                show_in_menus=False,
                seo_title="",
                search_description="",
            )
            for number in range(count)
        ]
        created = Page.objects.bulk_create(rows, batch_size=2000)
        Page.objects.filter(pk=parent.pk).update(numchild=start + count)
        return created

    def revisions(cursor, pages, content_type, bodies):
        rows = []
        for page, page_body in zip(pages, bodies, strict=True):
            for number in range(REVISIONS_PER_PAGE):
                content = {"pk": page.pk, "title": page.title, "slug": page.slug, "body": json.dumps(page_body)}
                rows.append(
                    (
                        content_type.pk,
                        page_type.pk,
                        str(page.pk),
                        json.dumps(content),
                        now - timedelta(hours=3 - number),
                    )
                )
        cursor.executemany(
            "INSERT INTO wagtailcore_revision (content_type_id, base_content_type_id, object_id, content, created_at,"
            " approved_go_live_at, object_str) VALUES (%s, %s, %s, %s, %s, NULL, '')",
            rows,
        )
        cursor.execute(
            "UPDATE wagtailcore_page SET latest_revision_id = r.latest, live_revision_id = r.latest FROM"
            " (SELECT object_id, MAX(id) AS latest FROM wagtailcore_revision WHERE base_content_type_id = %s"
            " GROUP BY object_id) r WHERE wagtailcore_page.id::text = r.object_id AND wagtailcore_page.latest_revision_id IS NULL",
            [page_type.pk],
        )

    with transaction.atomic(), connection.cursor() as cursor:
        for language in LANGUAGES:
            locale = Locale.objects.get(language_code=language)
            news_index = NewsIndexPage.objects.get(locale=locale)
            news = children(news_index, NEWS_PER_LOCALE, news_type, "news", f"Alliance news ({language})", news_keys)
            bodies = [body(n, language, image_ids, document_ids, link_ids) for n in range(len(news))]
            cursor.executemany(
                "INSERT INTO news_newspage (page_ptr_id, intro, date, body, related_pages, main_image_id)"
                " VALUES (%s, %s, %s, %s, %s, %s)",
                [
                    (
                        page.pk,
                        "Cities and regions for Roma inclusion: what was decided and who takes part.",
                        date(2013, 3, 20) + timedelta(days=n % 4000),
                        json.dumps(bodies[n]),
                        json.dumps(
                            [
                                {"type": "page", "value": link_ids[(n + k) % len(link_ids)], "id": str(uuid.uuid4())}
                                for k in range(2)
                            ]
                        ),
                        image_ids[n % len(image_ids)],
                    )
                    for n, page in enumerate(news)
                ],
            )
            cursor.executemany(
                "INSERT INTO news_newspagetag (content_object_id, tag_id) VALUES (%s, %s)",
                [(page.pk, tag_ids[(n + k * 7) % len(tag_ids)]) for n, page in enumerate(news) for k in range(2)],
            )
            revisions(cursor, news, news_type, bodies)
            practice_index = GoodPracticeIndexPage.objects.get(locale=locale)
            practices = children(
                practice_index, PRACTICES_PER_LOCALE, practice_type, "practice", f"Practice ({language})", practice_keys
            )
            bodies = [body(n, language, image_ids, document_ids, link_ids) for n in range(len(practices))]
            cursor.executemany(
                "INSERT INTO practices_goodpracticepage (page_ptr_id, intro, country, city_or_region, level, status,"
                " period_start, period_end, body, partners, results, dosta_prize_year, main_image_id)"
                " VALUES (%s, %s, %s, %s, %s, %s, %s, NULL, %s, '[]', %s, %s, %s)",
                [
                    (
                        page.pk,
                        "A practice of Roma inclusion by a local authority.",
                        ["RO", "BG", "HU", "SK", "IT", "ES", "FR", "UA"][n % 8],
                        f"Town {n % 300}",
                        ["local", "regional", "national"][n % 3],
                        ["promising", "demonstrated", "replicated"][n % 3],
                        2005 + n % 18,
                        json.dumps(bodies[n]),
                        "<p>Children enrolled, families housed, mediators trained.</p>",
                        2008 + n % 15 if n % 5 == 0 else None,
                        image_ids[n % len(image_ids)],
                    )
                    for n, page in enumerate(practices)
                ],
            )
            cursor.executemany(
                "INSERT INTO practices_goodpracticepage_themes (goodpracticepage_id, theme_id) VALUES (%s, %s)",
                [
                    (page.pk, theme_ids[(n + k * 3) % len(theme_ids)])
                    for n, page in enumerate(practices)
                    for k in range(2)
                ],
            )
            revisions(cursor, practices, practice_type, bodies)
    call_command("update_index", verbosity=0)
    with connection.cursor() as cursor:
        # What autovacuum would do after a while: the planner needs statistics of the new rows.
        cursor.execute("VACUUM ANALYZE" if connection.vendor == "postgresql" else "ANALYZE")
    print(f"dataset: {Page.objects.count()} pages in {Locale.objects.count()} languages")


if __name__ == "__main__":
    build()
