SELECT max(date_end::date - date_start::date) FROM event_facets
