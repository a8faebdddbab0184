"""Full-text search in PostgreSQL. `query` reads the search box (no Django), `bigrams` splits Chinese as
the index does, `snippets` makes safe HTML, `form` reads the query string, `service.search` is the one
search the page and the API run, `hits` finds a page's hits and snippets, `index` rebuilds the vectors
(`manage.py rebuild_search`). Each text's search vector, its index and how they are kept current:
archive/models/texts.py, archive/models/search.py and migration 0014. What is found and in what order:
archive/search/service.py."""
