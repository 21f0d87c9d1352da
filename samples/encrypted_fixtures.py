#!/usr/bin/env python3
"""Encrypted PDFs for the password tests, with the passwords an agency would type for them.

Writes into --out: a one-page text PDF (reportlab, synthetic text only) encrypted with qpdf
(Debian package `qpdf`; reportlab cannot write AES-256):
  r6-saslprep.pdf  AES-256 (PDF 2.0, R6). Typed password "S\u00aaSL\u00adprep" (feminine ordinal,
                   soft hyphen); the file is keyed with its SASLprep form "SaSLprep", so only a
                   reader that prepares the password as PDF 2.0 requires opens it.
  r6-nbsp.pdf      AES-256. Typed "cafe\u0301\u00a0lab" (decomposed e + combining acute, no-break
                   space); keyed with "caf\u00e9 lab" (NFKC, space mapped).
  r4-aes.pdf       AES-128 (R4), plain ASCII password "plain-pw".
Every file has a non-empty owner password different from the user one (an R6 file with an empty
owner password opens without any password). passwords.json maps file -> typed password.
Usage: /usr/bin/python3 samples/encrypted_fixtures.py --out DIR
"""
import argparse
import json
import os
import subprocess
import sys

from reportlab.lib.pagesizes import letter
from reportlab.pdfgen import canvas

FILES = {
    # file: (typed password, password the file is keyed with, key bits)
    "r6-saslprep.pdf": ("S\u00aaSL\u00adprep", "SaSLprep", 256),
    "r6-nbsp.pdf": ("cafe\u0301\u00a0lab", "caf\u00e9 lab", 256),
    "r4-aes.pdf": ("plain-pw", "plain-pw", 128),
}


def plain_pdf(path):
    c = canvas.Canvas(path, pagesize=letter)
    c.setFont("Helvetica", 12)
    y = 720
    for line in ["CERTIFICATE OF EMPLOYMENT", "This is to certify that Example Candidate",
                 "worked as a Medical Technologist in the clinical laboratory."]:
        c.drawString(72, y, line)
        y -= 18
    c.showPage()
    c.save()


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", required=True)
    args = ap.parse_args()
    os.makedirs(args.out, exist_ok=True)
    plain = os.path.join(args.out, "plain.pdf")
    plain_pdf(plain)
    typed = {}
    for name, (typed_pw, keyed_pw, bits) in FILES.items():
        cmd = ["qpdf", "--encrypt", keyed_pw, "owner-only-" + name, str(bits)]
        if bits == 128:
            cmd += ["--use-aes=y"]
        cmd += ["--", plain, os.path.join(args.out, name)]
        subprocess.run(cmd, check=True)
        typed[name] = typed_pw
    with open(os.path.join(args.out, "passwords.json"), "w", encoding="utf-8") as f:
        json.dump(typed, f, ensure_ascii=False, indent=1)
    return 0


if __name__ == "__main__":
    sys.exit(main())
