"""The learner store's schema, as numbered forward migrations.

``MIGRATIONS[n - 1]`` takes a database from ``PRAGMA user_version`` ``n - 1`` to ``n``.
A migration that has shipped is never edited: a learner's database may have been
built by it. Change the schema by appending a new one (and a test that builds the
previous version and opens it).

Only DDL lives here; ``vocab.store`` runs it, inside one transaction per migration.
"""

from __future__ import annotations

# v1: the first release. Articles, the analysis cache, word statuses, lookups,
# quiz answers, review cards and settings.
_V1 = (
    """
    CREATE TABLE articles (
        id INTEGER PRIMARY KEY,
        title TEXT NOT NULL,
        body TEXT NOT NULL,
        source TEXT NOT NULL DEFAULT '',
        source_url TEXT UNIQUE,
        content_hash TEXT NOT NULL UNIQUE,
        added_at TEXT NOT NULL,
        last_read_at TEXT,
        fetched_at TEXT,
        article_json TEXT NOT NULL,
        word_count INTEGER NOT NULL DEFAULT 0,
        level TEXT,
        glossary_size INTEGER,
        known_share REAL
    )
    """,
    # The library screen sorts and filters 10,000 articles on these columns.
    "CREATE INDEX articles_title ON articles (title COLLATE NOCASE)",
    "CREATE INDEX articles_added ON articles (added_at)",
    "CREATE INDEX articles_last_read ON articles (last_read_at)",
    "CREATE INDEX articles_level ON articles (level)",
    "CREATE INDEX articles_words ON articles (word_count)",
    "CREATE INDEX articles_known ON articles (known_share)",
    """
    CREATE TABLE analysis_cache (
        content_hash TEXT NOT NULL,
        engine_version TEXT NOT NULL,
        json TEXT NOT NULL,
        created_at TEXT NOT NULL,
        PRIMARY KEY (content_hash, engine_version)
    )
    """,
    """
    CREATE TABLE word_statuses (
        lemma TEXT NOT NULL,
        upos TEXT NOT NULL DEFAULT '',
        status TEXT NOT NULL CHECK (status IN ('new', 'learning', 'known', 'ignored')),
        updated_at TEXT NOT NULL,
        PRIMARY KEY (lemma, upos)
    )
    """,
    "CREATE INDEX word_statuses_status ON word_statuses (status)",
    """
    CREATE TABLE lookups (
        id INTEGER PRIMARY KEY,
        word TEXT NOT NULL,
        lemma TEXT NOT NULL,
        upos TEXT NOT NULL DEFAULT '',
        article_id INTEGER REFERENCES articles (id) ON DELETE SET NULL,
        sentence TEXT NOT NULL DEFAULT '',
        at TEXT NOT NULL
    )
    """,
    "CREATE INDEX lookups_word ON lookups (lemma, upos, at)",
    "CREATE INDEX lookups_at ON lookups (at)",
    """
    CREATE TABLE quiz_answers (
        id INTEGER PRIMARY KEY,
        item_type TEXT NOT NULL,
        lemma TEXT NOT NULL,
        upos TEXT NOT NULL DEFAULT '',
        word TEXT NOT NULL DEFAULT '',
        prompt TEXT NOT NULL DEFAULT '',
        given TEXT NOT NULL DEFAULT '',
        correct INTEGER NOT NULL,
        article_id INTEGER REFERENCES articles (id) ON DELETE SET NULL,
        at TEXT NOT NULL
    )
    """,
    "CREATE INDEX quiz_answers_at ON quiz_answers (at)",
    """
    CREATE TABLE review_cards (
        lemma TEXT NOT NULL,
        upos TEXT NOT NULL DEFAULT '',
        card_json TEXT NOT NULL,
        due TEXT NOT NULL,
        state TEXT NOT NULL,
        streak INTEGER NOT NULL DEFAULT 0,
        PRIMARY KEY (lemma, upos)
    )
    """,
    "CREATE INDEX review_cards_due ON review_cards (due)",
    """
    CREATE TABLE settings (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
    )
    """,
)

# v2: undoable status changes ("I know the rest"), the history the progress charts
# are drawn from, where a word was first met and its definition (exports, quizzes),
# and a reading log (streaks and "articles read" need more than last_read_at).
_V2 = (
    """
    CREATE TABLE status_batches (
        id INTEGER PRIMARY KEY,
        reason TEXT NOT NULL DEFAULT '',
        at TEXT NOT NULL,
        undone_at TEXT
    )
    """,
    """
    CREATE TABLE status_history (
        id INTEGER PRIMARY KEY,
        lemma TEXT NOT NULL,
        upos TEXT NOT NULL DEFAULT '',
        old TEXT NOT NULL,
        new TEXT NOT NULL,
        at TEXT NOT NULL,
        reason TEXT NOT NULL DEFAULT '',
        batch_id INTEGER REFERENCES status_batches (id) ON DELETE SET NULL
    )
    """,
    "CREATE INDEX status_history_word ON status_history (lemma, upos, at)",
    "CREATE INDEX status_history_batch ON status_history (batch_id)",
    # Words marked in v1 get one history row, so "known over time" starts somewhere.
    """
    INSERT INTO status_history (lemma, upos, old, new, at, reason)
    SELECT lemma, upos, 'new', status, updated_at, 'migrated' FROM word_statuses
    """,
    "ALTER TABLE word_statuses ADD COLUMN definition TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE word_statuses ADD COLUMN first_word TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE word_statuses ADD COLUMN first_sentence TEXT NOT NULL DEFAULT ''",
    """
    ALTER TABLE word_statuses ADD COLUMN first_article_id INTEGER
        REFERENCES articles (id) ON DELETE SET NULL
    """,
    "ALTER TABLE lookups ADD COLUMN definition TEXT NOT NULL DEFAULT ''",
    """
    CREATE TABLE reading_log (
        id INTEGER PRIMARY KEY,
        article_id INTEGER REFERENCES articles (id) ON DELETE SET NULL,
        word_count INTEGER NOT NULL DEFAULT 0,
        at TEXT NOT NULL
    )
    """,
    "CREATE INDEX reading_log_at ON reading_log (at)",
    # v1 only knew the last reading; keep it as one reading.
    """
    INSERT INTO reading_log (article_id, word_count, at)
    SELECT id, word_count, last_read_at FROM articles WHERE last_read_at IS NOT NULL
    """,
)

# v3: news feeds the learner follows (the web importer reads and fills them).
_V3 = (
    """
    CREATE TABLE feeds (
        id INTEGER PRIMARY KEY,
        url TEXT NOT NULL UNIQUE,
        title TEXT NOT NULL DEFAULT '',
        etag TEXT,
        last_modified TEXT,
        last_checked TEXT
    )
    """,
    """
    CREATE TABLE feed_items (
        id INTEGER PRIMARY KEY,
        feed_id INTEGER NOT NULL REFERENCES feeds (id) ON DELETE CASCADE,
        guid TEXT NOT NULL,
        url TEXT NOT NULL DEFAULT '',
        title TEXT NOT NULL DEFAULT '',
        summary TEXT NOT NULL DEFAULT '',
        published TEXT,
        content TEXT NOT NULL DEFAULT '',
        article_id INTEGER REFERENCES articles (id) ON DELETE SET NULL,
        seen INTEGER NOT NULL DEFAULT 0,
        UNIQUE (feed_id, guid)
    )
    """,
    "CREATE INDEX feed_items_published ON feed_items (published)",
)

# v4: the library's filter reads titles and sources from the title index alone. The
# source column comes after the body in a row, so a filter that read rows went
# through every article's text (~40 ms for 10,000 articles, 4 ms from the index).
_V4 = (
    "DROP INDEX articles_title",
    "CREATE INDEX articles_title ON articles (title COLLATE NOCASE, source)",
)

# v5: a word keeps the title of the article it was first met in after the article is
# deleted (the foreign keys then become NULL), so exports still say where it came from.
_V5 = (
    "ALTER TABLE word_statuses ADD COLUMN first_article_title TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE lookups ADD COLUMN article_title TEXT NOT NULL DEFAULT ''",
    """
    CREATE TRIGGER articles_keep_title BEFORE DELETE ON articles BEGIN
        UPDATE word_statuses SET first_article_title = OLD.title
            WHERE first_article_id = OLD.id;
        UPDATE lookups SET article_title = OLD.title WHERE article_id = OLD.id;
    END
    """,
)

# v6: the meaning a learner chose for a word of an article, when the engine's was
# wrong ("builders": people who build, not a substance added to soaps).
_V6 = (
    """
    CREATE TABLE sense_choices (
        article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
        lemma TEXT NOT NULL,
        upos TEXT NOT NULL,
        synset TEXT NOT NULL,
        at TEXT NOT NULL,
        PRIMARY KEY (article_id, lemma, upos)
    )
    """,
)

# v7: a word saved where it started a sentence kept that capital ("Attendance"), in the
# word list, review and exports; it is saved as a dictionary spells it now
# (`Token.dictionary_spelling`), and so are the words saved before. A name (PROPN)
# keeps its capital, and so does a word with a capital past its first letter ("NATO",
# "iPhone") or no lower-case letter after it ("I"), as `without_initial_capital` has it.
_V7 = tuple(
    f"""
    UPDATE {table} SET {column} = lower({column})
    WHERE upos <> 'PROPN'
      AND substr({column}, 1, 1) <> lower(substr({column}, 1, 1))
      AND substr({column}, 2) = lower(substr({column}, 2))
      AND substr({column}, 2) GLOB '*[a-z]*'
    """
    for table, column in (("word_statuses", "first_word"), ("lookups", "word"),
                          ("quiz_answers", "word"))
)

MIGRATIONS: tuple[tuple[str, ...], ...] = (_V1, _V2, _V3, _V4, _V5, _V6, _V7)
SCHEMA_VERSION = len(MIGRATIONS)
