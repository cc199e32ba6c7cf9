"""Storage of the caseload in SQLite (through sqlite-utils).

`db.connection.open_caseload` opens a file, `db.repository.Repository` is the only way to
read and write it (audited), `db.backup` makes verified backups and restores them, and
`db.errors.CaseloadError` is what a user is told when the file or the disk is the problem.
"""
