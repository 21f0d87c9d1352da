#!/usr/bin/env bash
# Installs the Debian 12 packages credcheck needs and builds it. Idempotent: packages already
# present are not reinstalled, and the build is incremental. Works as root on a fresh machine
# (uses sudo only when not root).
#   scripts/setup.sh            # runtime + build packages, Release build in ./build
#   scripts/setup.sh --tests    # also the test packages (GoogleTest, Chromium for HTML checks)
#   scripts/setup.sh --no-build # packages only (the Docker image builds separately)
set -euo pipefail
cd "$(dirname "$0")/.."

with_tests=0
build=1
for arg in "$@"; do
  case "$arg" in
    --tests) with_tests=1 ;;
    --no-build) build=0 ;;
    *) echo "setup.sh: unknown option $arg" >&2; exit 2 ;;
  esac
done

# Build toolchain and libraries (the -dev packages pull in their runtime libraries).
packages=(
  build-essential cmake pkg-config
  libpoppler-cpp-dev poppler-utils          # PDF text layers and rendering; pdftoppm for samples
  libpoppler-private-dev                    # Poppler's core headers: where a page places its pictures (pipeline/reader/image_placements.h)
  libtesseract-dev tesseract-ocr tesseract-ocr-eng tesseract-ocr-osd   # OCR, orientation model
  tesseract-ocr-spa tesseract-ocr-por tesseract-ocr-fra   # Spanish/Portuguese/French pages re-read with their model (accented capitals)
  tesseract-ocr-script-cyrl   # pages printed in Cyrillic read again with eng+Cyrillic (pipeline/reader/page_script.h)
  tesseract-ocr-script-latn   # Latin letters the English model lacks (ë, č, ė, ő...): pages no language claims read again with Latin (pipeline/reader/latin_letters.h)
  libleptonica-dev                          # page image preparation
  libspdlog-dev libfmt-dev                  # logging
  nlohmann-json3-dev                        # dossier, wire format, rules
  libyaml-cpp-dev                           # rulesets (rules/<id>/*.yaml)
  libcli11-dev                              # command line
  libssl-dev                                # SHA-256 (libcrypto)
  libsqlite3-dev                            # watch-folder state (the embedded default)
  libpq-dev                                 # watch state shared by several machines (--state postgresql://)
  libicu-dev                                # SASLprep of PDF passwords (usprep)
  libcpp-httplib-dev                        # `credcheck serve`: HTTP(S) server (Debian's is built with OpenSSL)
  libsodium-dev                             # `credcheck serve`: Argon2id password hashes, random tokens
  python3 python3-reportlab python3-pil python3-numpy   # the synthetic sample generator
  # TrueType fonts the generator embeds in every fixture (samples/credgen/fonts.py), so a
  # fixture is the same picture on every machine, whatever fonts it has besides these.
  fonts-dejavu-core fonts-dejavu-extra fonts-liberation fonts-freefont-ttf
  fonts-crosextra-carlito fonts-crosextra-caladea
)
if [ "$with_tests" = 1 ]; then
  packages+=(libgtest-dev libgmock-dev)
  packages+=(chromium)   # headless: renders dossier.html in tests/e2e/dossier_browser_test.cpp
  packages+=(qpdf)   # AES-256 encrypted fixtures for the password tests (samples/encrypted_fixtures.py)
  packages+=(nodejs)   # the review server's browser tests (tests/browser/, playwright-core driving chromium)
  # npm comes with Debian's `npm` package, or inside a nodejs package that provides it.
  command -v npm > /dev/null 2>&1 || packages+=(npm)
  packages+=(postgresql)   # the server the state tests start themselves (tests/support/pg_server.h)
fi

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ "${#missing[@]}" -gt 0 ]; then
  SUDO=""
  [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  echo "setup: installing ${missing[*]}"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

# playwright-core for tests/browser/, pinned by its package-lock.json; never a browser download
# (the tests drive Debian's /usr/bin/chromium).
if [ "$with_tests" = 1 ]; then
  (cd tests/browser && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund --loglevel=error)
fi

if [ "$build" = 1 ]; then
  testing=OFF
  [ "$with_tests" = 1 ] && testing=ON
  cmake -S . -B build -DCMAKE_BUILD_TYPE=Release -DBUILD_TESTING="$testing" > /dev/null
  cmake --build build -j"$(nproc)"
fi
