"""Project commands (Scrapy's COMMANDS_MODULE): ``crawl`` with an exit status that says how the crawl ended."""
