"""What the office publishes: the annual report's statutory table (annual.py) and the
政府信息公开 column as a static site (site.py)."""
