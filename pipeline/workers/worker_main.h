// The worker process: reads tasks from stdin, answers on stdout, one at a time, until stdin
// closes. It is started by the WorkerPool as `credcheck __worker` with its resource limits already
// set; everything that can hang, crash or blow up on hostile input (Poppler, Leptonica,
// Tesseract) runs here and only here.
//
// Test-only fault injection: CREDCHECK_FAULT="MODE:FILE_SUBSTRING:PAGE" makes the worker crash
// (SIGSEGV), hang, allocate without end, or write garbage when it reads that page (from 1) of a
// file whose path contains FILE_SUBSTRING. MODE is crash | hang | alloc | garbage.
#pragma once

namespace cc {

int worker_main();

}  // namespace cc
