// Binarisation on a normalised background, in one pass: what
// pixThresholdToBinary(pixBackgroundNormSimple(gray), threshold) gives, bit for bit, without
// making the normalised 8-bit page in between. Leptonica's background normalisation flattens
// uneven lighting and light printed patterns (security paper, photos of pages) to an even
// background of 200, by scaling each 10 x 15 pixel tile with the inverse of its background level;
// the threshold then sees each pixel as value * inverse / 256. Comparing that product with the
// threshold directly saves a full-page pass and 8 MB per 300 dpi page (bench/: 1.5% of OCR CPU).
#pragma once

#include "pipeline/reader/pix.h"

namespace cc {

// `gray` 8 bpp; pixels whose normalised value is below `threshold` become 1 (ink). A page with too
// little background to model (Leptonica makes no map) is thresholded as it is, as Leptonica does.
PixPtr binarise_on_normalised_background(Pix* gray, int threshold);

}  // namespace cc
