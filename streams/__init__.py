"""The Faust topology of wirewatch: app, topics, tables, agents, web views. Thin by design."""
