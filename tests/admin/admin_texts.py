"""Small resolution texts written for the admin's tests."""

# Its only operative paragraph lacks its full stop: the parser warns about line 7.
WARNED = """80/99. Test of the admin

The General Assembly,

Recalling its resolution 80/1 of 19 September 2025,

1. Decides to remain seized of the matter

3rd plenary meeting 19 September 2025
"""

# The same resolution, corrected: the paragraph has its full stop and a second paragraph follows.
CORRECTED = WARNED.replace(
    "1. Decides to remain seized of the matter\n",
    "1. Decides to remain seized of the matter.\n\n2. Requests a report.\n",
)
