"""python -m testsites [--site NAME | --family NAME] [--port N] [--articles N]: serve a local copy until Ctrl-C."""

import argparse

from .server import MirrorServer
from .sites import FAMILY_COPIES, SITES


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m testsites", description=__doc__)
    which = parser.add_mutually_exclusive_group()
    which.add_argument("--site", choices=sorted(set(SITES) - set(FAMILY_COPIES)),
                       help="a site's copy (default haiduong)")
    which.add_argument("--family", choices=sorted(FAMILY_COPIES), help="the copy of a layout family")
    parser.add_argument("--port", type=int, default=8000)
    parser.add_argument("--articles", type=int, help="grow the copy to this many articles (benchmarks)")
    parser.add_argument("--slow-seconds", type=float, default=3.0, help="how long the slow page takes")
    parser.add_argument("--verbose", action="store_true", help="log every request")
    args = parser.parse_args()
    name = args.family or args.site or "haiduong"
    site_class = SITES[name]
    site = site_class(args.articles, args.slow_seconds) if args.articles else site_class(slow_seconds=args.slow_seconds)
    server = MirrorServer(site, args.port, quiet=not args.verbose)
    print(f"Serving the {name} copy ({len(site.articles)} articles) at {server.url}", flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass


if __name__ == "__main__":
    main()
