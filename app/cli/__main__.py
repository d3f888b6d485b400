"""`python -m app.cli`: how autostart launches an installation without the `storesync` script."""

from app.cli.entry import main

raise SystemExit(main())
