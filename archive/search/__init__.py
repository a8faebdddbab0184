"""Full-text search in PostgreSQL. `query` reads the search box (no Django), `bigrams` splits Chinese as
the index does, `snippets` makes safe HTML, `form` reads the query string, `service.search` is the one
search the page and the API run, `index` rebuilds the vectors (`manage.py rebuild_search`). The columns,
indexes and the view are in archive/models/search.py and migration 0005; the texts' documents, which
decide what is found and its order, in archive/models/search_documents.py and migration 0008. What is
found and in what order: archive/search/service.py."""
