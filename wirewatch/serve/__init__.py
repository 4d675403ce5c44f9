"""``wirewatch serve``: the live feed out as its own process (REST API, Server-Sent
Events a client can resume, and a live page), also embeddable in a single worker."""
