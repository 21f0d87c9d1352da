#!/usr/bin/python3
"""Page counts of a generated packets set, and a copy of its first candidates that reach N pages.

    /usr/bin/python3 bench/subset.py PACKETS_DIR SMALL_DIR N   ->  prints "all_pages small_pages"

Page counts come from the generator's truth (PACKETS_DIR/truth/<id>.json). SMALL_DIR is made
once (left as it is when it exists).
"""

import json
import os
import shutil
import sys

big, small, want = sys.argv[1], sys.argv[2], int(sys.argv[3])
ids = sorted(os.listdir(os.path.join(big, "packets")))
pages = {i: sum(d["pages"] for d in json.load(open(os.path.join(big, "truth", i + ".json")))["documents"]) for i in ids}
chosen, n = [], 0
while n < want and len(chosen) < len(ids):
    chosen.append(ids[len(chosen)])
    n += pages[chosen[-1]]
if not os.path.isdir(small):
    for i in chosen:
        shutil.copytree(os.path.join(big, "packets", i), os.path.join(small, i))
print(sum(pages.values()), n)
