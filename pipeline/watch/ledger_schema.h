// The ledger's schema, created and migrated by the program: numbered migrations per engine, applied
// in order, each in its own transaction, the version kept in meta('schema_version'). A database
// whose version is newer than this binary knows is refused (an older credcheck must not write to
// it). Several daemons starting together on one PostgreSQL database migrate once: the migration
// transaction takes a transaction-scoped lock (released at commit, safe behind a pooler).
#pragma once

#include "core/expected.h"
#include "pipeline/watch/state_db.h"

namespace cc {

constexpr int kLedgerSchemaVersion = 3;

// The schema version the database holds (0: none yet).
Expected<int> ledger_schema_version(Database& db);
// Brings the schema up to kLedgerSchemaVersion; refuses a newer one.
Status migrate_ledger(Database& db);
// Refuses a schema newer than this binary knows or one not yet created (for read-only use).
Status check_ledger_schema(Database& db);

}  // namespace cc
