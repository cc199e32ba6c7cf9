"""`python -m clinic_app` is the same as the `clinic-app` command."""

try:
    from clinic_app.cli import main
except KeyboardInterrupt:  # a Ctrl-C as the command line's code loads: said as main says it (F65-06)
    import sys

    print("clinic-app: interrupted before the command began; nothing was read or written.", file=sys.stderr)
    raise SystemExit(130) from None

raise SystemExit(main())
