"""python -m spiders.mirror [--site NAME] [--port N] [--articles N]: serve a local copy until Ctrl-C."""

import argparse

from .server import MirrorServer
from .sites import SITES


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m spiders.mirror", description=__doc__)
    parser.add_argument("--site", default="haiduong", choices=sorted(SITES))
    parser.add_argument("--port", type=int, default=8000)
    parser.add_argument("--articles", type=int, help="grow the copy to this many articles (benchmarks)")
    parser.add_argument("--slow-seconds", type=float, default=3.0, help="how long the slow page takes")
    parser.add_argument("--verbose", action="store_true", help="log every request")
    args = parser.parse_args()
    site_class = SITES[args.site]
    site = site_class(args.articles, args.slow_seconds) if args.articles else site_class(slow_seconds=args.slow_seconds)
    server = MirrorServer(site, args.port, quiet=not args.verbose)
    print(f"Serving the {args.site} copy ({len(site.articles)} articles) at {server.url}", flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass


if __name__ == "__main__":
    main()
