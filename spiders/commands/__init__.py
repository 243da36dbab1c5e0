"""Project commands (Scrapy's COMMANDS_MODULE): ``crawl`` with an exit status that says when no site was reached."""
