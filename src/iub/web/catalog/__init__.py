"""Published catalog versions, the public catalog pages, the self-check and the JSON API."""
