"""The advanced interface ``/analiza``: one view state shared by map, table and chart."""
