"""Embeds: chrome-less views of the site's maps and charts for other sites' ``<iframe>``s,
with their data (CSV) and metadata (JSON) and an oEmbed endpoint."""
