"""Project commands (Scrapy's COMMANDS_MODULE): ``scrapy crawl`` with an exit code that says how the crawl ended."""
