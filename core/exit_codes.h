// The process exit codes of `credcheck`, in one table (the README repeats it).
#pragma once

namespace cc {

enum ExitCode : int {
  kExitSuccess = 0,          // every document read (or the command did what it was asked)
  kExitInternalError = 1,    // a bug or an unexpected system failure
  kExitUsage = 2,            // bad command line or arguments
  kExitDocumentsFailed = 3,  // the batch completed but some documents could not be read
  kExitOutputNotWritable = 4,// OUT cannot be created or written
  kExitInvalidRules = 5,     // a rules file failed validation; nothing was evaluated
};

}  // namespace cc
