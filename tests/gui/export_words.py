"""What the window's export says last, after what it wrote and what it left out (F290-02): where the
file goes, and how to carry it.  Spelled here, not read from ui.tasks: a test of the words a
volunteer reads must fail when they change."""

HANDED_OVER = ("Give it to the clinic's coordinator: on the clinic's caseload, File > Import clients... takes the "
               "clients in.\n\nThe file names clients and their convictions in plain text: carry it encrypted, and "
               "delete it once imported.")
