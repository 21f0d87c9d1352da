// The daemon's parts in-process: the ledger's state machine (on SQLite and PostgreSQL alike),
// settle detection and refusals of the inbox scanner, the page cache, path refusals and
// idempotent moves.
#include <gtest/gtest.h>
#include <sys/stat.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

#include "pipeline/cache/crop_cache.h"
#include "pipeline/cache/page_cache.h"
#include "pipeline/watch/file_moves.h"
#include "pipeline/watch/inbox_scanner.h"
#include "pipeline/watch/ledger.h"
#include "pipeline/watch/watch_paths.h"
#include "tests/support/state_engines.h"
#include "tests/support/test_support.h"
#include "tests/watch/daemon_process.h"

namespace cc {
namespace {
namespace fs = std::filesystem;
using test::TempDir;

NewDocument doc(const std::string& cand, const std::string& name, const std::string& sha) {
  return {cand, name, "/inbox/" + cand + "/" + name, sha, 10, 1};
}

std::string sha_of(char c) { return std::string(64, c); }

// The ledger's suite runs on both engines (SQLite, PostgreSQL): one meaning, two databases.
class Ledger : public test::StateEngines {};
CC_INSTANTIATE_STATE_ENGINES(Ledger);

TEST_P(Ledger, TakesQueuesAndDetectsDuplicatesAndReplacements) {
  auto ledger = cc::Ledger::open(state());
  ASSERT_TRUE(ledger) << ledger.error().message;
  auto a = ledger->take(doc("c1", "tor.pdf", sha_of('a')), 1);
  ASSERT_TRUE(a) << a.error().message;
  EXPECT_EQ(a->state, "queued");
  EXPECT_TRUE(*ledger->known("/inbox/c1/tor.pdf", 10, 1));
  EXPECT_FALSE(*ledger->known("/inbox/c1/tor.pdf", 11, 1));  // size changed: a new input
  // The same bytes again, under any name: a duplicate that takes no part in the dossier.
  auto dup = ledger->take(doc("c1", "copy.pdf", sha_of('a')), 2);
  ASSERT_TRUE(dup);
  EXPECT_EQ(dup->state, "duplicate");
  // Same content in another candidate is not a duplicate.
  EXPECT_EQ(ledger->take(doc("c2", "tor.pdf", sha_of('a')), 2)->state, "queued");
  // A new version of a file with the same name supersedes the old one.
  auto v2 = ledger->take(doc("c1", "tor.pdf", sha_of('b')), 3);
  ASSERT_TRUE(v2);
  auto members = ledger->members("c1");
  ASSERT_TRUE(members);
  ASSERT_EQ(members->size(), 1u);
  EXPECT_EQ((*members)[0].sha256, sha_of('b'));
}

TEST_P(Ledger, TheSameBytesAsAFailedDocumentAreReadAgainAndReplaceIt) {
  auto ledger = cc::Ledger::open(state());
  ASSERT_TRUE(ledger) << ledger.error().message;
  auto locked = ledger->take(doc("c1", "tor.pdf", sha_of('e')), 1);
  ASSERT_TRUE(locked);
  ASSERT_TRUE(ledger->mark_read(locked->id, sha_of('e'), "encrypted", "needs a password", 2));
  // Dropped again (its password added meanwhile), here under another name: read, not a duplicate.
  auto again = ledger->take(doc("c1", "tor-again.pdf", sha_of('e')), 3);
  ASSERT_TRUE(again);
  EXPECT_EQ(again->state, "queued");
  auto members = ledger->members("c1");
  ASSERT_TRUE(members);
  ASSERT_EQ(members->size(), 1u);
  EXPECT_EQ((*members)[0].name, "tor-again.pdf");
  // Once it reads, a further copy is a duplicate as usual.
  ASSERT_TRUE(ledger->mark_read(again->id, sha_of('e'), "", "", 4));
  EXPECT_EQ(ledger->take(doc("c1", "tor-third.pdf", sha_of('e')), 5)->state, "duplicate");
}

TEST_P(Ledger, JobVersionIsReusedWhenInterruptedAndAdvancesWhenDone) {
  auto ledger = cc::Ledger::open(state());
  ASSERT_TRUE(ledger);
  auto row = ledger->take(doc("c1", "a.pdf", sha_of('a')), 1);
  ASSERT_TRUE(ledger->mark_read(row->id, sha_of('a'), "", "", 2));
  EXPECT_EQ(*ledger->candidates_ready(), std::vector<std::string>{"c1"});
  EXPECT_EQ(*ledger->begin_job("c1", 1, 3), 1);
  EXPECT_EQ(*ledger->begin_job("c1", 1, 4), 1);  // the first run was interrupted: same version
  ASSERT_TRUE(ledger->finish_job("c1", 1, {{row->id, "/archive/c1/a.pdf"}}, 5));
  EXPECT_TRUE(ledger->candidates_ready()->empty());
  auto moves = ledger->pending_moves();
  ASSERT_EQ(moves->size(), 1u);
  EXPECT_EQ((*moves)[0].dest_path, "/archive/c1/a.pdf");
  ASSERT_TRUE(ledger->mark_moved(row->id, true, 6));
  EXPECT_TRUE(ledger->pending_moves()->empty());
  EXPECT_EQ(*ledger->count_in_state("done"), 1);
  // A later document re-evaluates the candidate under the next version.
  auto later = ledger->take(doc("c1", "b.pdf", sha_of('c')), 7);
  EXPECT_TRUE(ledger->candidates_ready()->empty());  // queued: not ready yet
  ASSERT_TRUE(ledger->mark_read(later->id, sha_of('c'), "corrupt", "bad xref", 8));
  EXPECT_EQ(*ledger->begin_job("c1", 2, 9), 2);
  EXPECT_EQ(ledger->members("c1")->size(), 2u);
}

TEST_P(Ledger, TransientFailuresWaitForTheirBackOff) {
  auto ledger = cc::Ledger::open(state());
  auto row = ledger->take(doc("c1", "a.pdf", sha_of('a')), 1);
  ASSERT_TRUE(ledger->mark_retry(row->id, "page_timeout", "slow", 100, true));
  EXPECT_TRUE(ledger->due(50, 10)->empty());
  ASSERT_EQ(ledger->due(100, 10)->size(), 1u);
  EXPECT_EQ((*ledger->due(100, 10))[0].attempts, 1);
}

TEST(InboxScanner, TakesAFileOnlyOnceItHasSettled) {
  TempDir dir;
  const std::string inbox = dir / "inbox";
  test::write_file(inbox + "/c1/a.pdf", "%PDF-1.4 part");
  InboxScanner scanner(inbox, 1.0);
  auto first = scanner.scan(100.0);
  EXPECT_TRUE(first.ready.empty());
  EXPECT_EQ(first.settling_candidates.count("c1"), 1u);
  EXPECT_TRUE(scanner.scan(100.5).ready.empty());
  test::write_file(inbox + "/c1/a.pdf", "%PDF-1.4 part and more");  // still growing: the clock restarts
  EXPECT_TRUE(scanner.scan(101.2).ready.empty());
  EXPECT_TRUE(scanner.scan(101.9).ready.empty());
  auto settled = scanner.scan(102.3);
  ASSERT_EQ(settled.ready.size(), 1u);
  EXPECT_EQ(settled.ready[0].candidate, "c1");
  EXPECT_EQ(settled.ready[0].name, "a.pdf");
}

TEST(InboxScanner, LooseFilesNestedFoldersAndSkippedNames) {
  TempDir dir;
  const std::string inbox = dir / "inbox";
  test::write_file(inbox + "/ph-0001.pdf", "x");
  test::write_file(inbox + "/c2/letters/job.pdf", "x");
  test::write_file(inbox + "/c2/.hidden.pdf", "x");
  test::write_file(inbox + "/c2/tor.pdf.part", "x");
  InboxScanner scanner(inbox, 0);
  auto r = scanner.scan(1);
  ASSERT_EQ(r.ready.size(), 2u);
  EXPECT_EQ(r.ready[0].candidate, "c2");
  EXPECT_EQ(r.ready[0].name, "letters/job.pdf");
  EXPECT_EQ(r.ready[1].candidate, "ph-0001");
  EXPECT_EQ(r.ready[1].name, "ph-0001.pdf");
}

TEST(InboxScanner, RefusesSymlinksOutOfTheInboxAndNonRegularFiles) {
  TempDir dir;
  const std::string inbox = dir / "inbox";
  test::write_file(dir / "outside/secret.pdf", "x");
  test::write_file(inbox + "/c1/real.pdf", "x");
  fs::create_symlink(dir / "outside/secret.pdf", inbox + "/c1/link.pdf");
  fs::create_symlink(inbox + "/c1/real.pdf", inbox + "/c1/inner-link.pdf");  // stays inside: allowed
  ASSERT_EQ(::mkfifo((inbox + "/c1/pipe.pdf").c_str(), 0644), 0);
  InboxScanner scanner(inbox, 0);
  auto r = scanner.scan(1);
  std::vector<std::string> refused;
  for (const auto& x : r.refused) refused.push_back(x.entry.name);
  std::sort(refused.begin(), refused.end());
  EXPECT_EQ(refused, (std::vector<std::string>{"link.pdf", "pipe.pdf"}));
  ASSERT_EQ(r.ready.size(), 2u);  // real.pdf and inner-link.pdf
}

TEST(PageCache, StoresReadsAndPermanentErrorsButNotTransientOnes) {
  TempDir dir;
  PageCache cache(dir / "cache", reader_settings_key(Limits{}, false));
  DocumentText d;
  d.sha256 = sha_of('a');
  d.kind = FileKind::pdf;
  d.page_count = 1;
  PageText p;
  p.number = 1;
  p.width_pt = 612;
  p.height_pt = 792;
  p.source = TextSource::text_layer;
  p.words.push_back({"Transcript", {72, 70, 150, 82}, 1.0f, 0});
  d.pages.push_back(p);
  ASSERT_TRUE(cache.store(d));
  auto hit = cache.lookup(sha_of('a'), false);
  ASSERT_TRUE(hit);
  ASSERT_EQ(hit->pages.size(), 1u);
  EXPECT_EQ(hit->pages[0].words[0].text, "Transcript");
  EXPECT_DOUBLE_EQ(hit->pages[0].words[0].box.x1, 150);

  DocumentText slow;
  slow.sha256 = sha_of('b');
  slow.error = Error{ErrorCode::page_timeout, "page 1: exceeded 60 s"};
  ASSERT_TRUE(cache.store(slow));
  EXPECT_FALSE(cache.lookup(sha_of('b'), false));

  DocumentText locked;
  locked.sha256 = sha_of('c');
  locked.error = Error{ErrorCode::encrypted, "needs a password"};
  ASSERT_TRUE(cache.store(locked));
  EXPECT_TRUE(cache.lookup(sha_of('c'), false));
  EXPECT_FALSE(cache.lookup(sha_of('c'), true));  // a password now offered: read it again

  // Other reader settings (another OCR resolution) never see these entries.
  Limits other;
  other.ocr_dpi = 200;
  EXPECT_FALSE(PageCache(dir / "cache", reader_settings_key(other, false)).lookup(sha_of('a'), false));
  // A damaged entry is a miss, not an error.
  std::ofstream(cache.entry_path(sha_of('a'))) << "{\"format\": tru";
  EXPECT_FALSE(cache.lookup(sha_of('a'), false));
}

// A small real PNG (the crop cache checks what it reads back as strictly as a worker's answer).
CropImage tiny_crop() {
  static const unsigned char kPng[] = {
      0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52, 0x00, 0x00,
      0x00, 0x02, 0x00, 0x00, 0x00, 0x01, 0x08, 0x00, 0x00, 0x00, 0x00, 0xc6, 0xf3, 0x27, 0x6c, 0x00, 0x00, 0x00,
      0x0b, 0x49, 0x44, 0x41, 0x54, 0x78, 0x9c, 0x63, 0x60, 0xf8, 0x0f, 0x00, 0x01, 0x01, 0x01, 0x00, 0x1e, 0x0c,
      0x8b, 0x27, 0x00, 0x00, 0x00, 0x00, 0x49, 0x45, 0x4e, 0x44, 0xae, 0x42, 0x60, 0x82};
  CropImage c;
  c.png.assign(reinterpret_cast<const char*>(kPng), sizeof kPng);
  c.box = Box{10, 20, 330, 52};
  c.width = 2;
  c.height = 1;
  return c;
}

TEST(CropCache, KeepsRenderedCropsPerRegionAndTreatsDamageAsAMiss) {
  TempDir dir;
  CropCache cache(dir / "cache");
  CropSpec spec;
  spec.box = Box{10, 20, 330, 52};
  spec.dpi = 110;
  EXPECT_FALSE(cache.lookup(sha_of('a'), 1, spec));
  ASSERT_TRUE(cache.store(sha_of('a'), 1, spec, tiny_crop()));
  auto hit = cache.lookup(sha_of('a'), 1, spec);
  ASSERT_TRUE(hit);
  EXPECT_EQ(hit->png, tiny_crop().png);
  EXPECT_EQ(hit->width, 2);
  EXPECT_DOUBLE_EQ(hit->box.x1, 330);
  // Another page, region, resolution, turn or document is another crop.
  EXPECT_FALSE(cache.lookup(sha_of('a'), 2, spec));
  EXPECT_FALSE(cache.lookup(sha_of('b'), 1, spec));
  CropSpec turned = spec;
  turned.turn = 90;
  EXPECT_FALSE(cache.lookup(sha_of('a'), 1, turned));
  CropSpec sharper = spec;
  sharper.dpi = 150;
  EXPECT_FALSE(cache.lookup(sha_of('a'), 1, sharper));
  // A damaged entry, or one whose PNG does not match its stated size, is a miss.
  std::ofstream(cache.document_path(sha_of('a'))) << "{\"crops\": {\"png\": \"iVBOR";
  EXPECT_FALSE(cache.lookup(sha_of('a'), 1, spec));
  CropImage lying = tiny_crop();
  lying.width = 3;
  ASSERT_TRUE(cache.store(sha_of('a'), 1, spec, lying));
  EXPECT_FALSE(cache.lookup(sha_of('a'), 1, spec));
  // No document hash, nothing stored.
  EXPECT_FALSE(cache.store("", 1, spec, tiny_crop()));
}

TEST(CropCache, KeepsADocumentsCropsInOneFileAndMergesLaterOnes) {
  TempDir dir;
  CropCache cache(dir / "cache");
  CropSpec first, second;
  first.box = Box{10, 20, 330, 52};
  second.box = Box{10, 60, 330, 92};
  first.dpi = second.dpi = 110;
  ASSERT_TRUE(cache.add(sha_of('c'), {{CropCache::crop_key(0, first), tiny_crop()}}));
  ASSERT_TRUE(cache.add(sha_of('c'), {{CropCache::crop_key(3, second), tiny_crop()}}));
  const DocumentCrops kept = cache.load(sha_of('c'));
  EXPECT_EQ(kept.size(), 2u);
  EXPECT_TRUE(kept.count(CropCache::crop_key(0, first)));
  EXPECT_TRUE(kept.count(CropCache::crop_key(3, second)));
  size_t files = 0;
  for (const auto& e : fs::recursive_directory_iterator(dir / "cache")) files += e.is_regular_file();
  EXPECT_EQ(files, 1u);
  EXPECT_TRUE(fs::exists(cache.document_path(sha_of('c'))));
}

TEST(WatchPaths, RefusesOutInsideInboxAndTheReverse) {
  TempDir dir;
  fs::create_directories(dir / "inbox");
  WatchOptions o;
  o.inbox = dir / "inbox";
  o.out_dir = dir / "inbox/out";
  EXPECT_FALSE(resolve_watch_paths(o));
  o = WatchOptions{};
  o.inbox = dir / "inbox";
  o.out_dir = dir.path();
  EXPECT_FALSE(resolve_watch_paths(o));
  o = WatchOptions{};
  o.inbox = dir / "inbox";
  o.out_dir = dir / "out";
  o.archive_dir = dir / "inbox/archive";
  EXPECT_FALSE(resolve_watch_paths(o));
  o = WatchOptions{};
  o.inbox = dir / "inbox";
  o.out_dir = dir / "out";
  ASSERT_TRUE(resolve_watch_paths(o));
  EXPECT_EQ(o.archive_dir, dir / "out/.credcheck/archive");
}

TEST(FileMoves, MovesOnceAndAnInterruptedMoveIsDoneAgain) {
  TempDir dir;
  test::write_file(dir / "inbox/c1/a.pdf", "content");
  const std::string dest = destination_path(dir / "archive", "c1", "a.pdf", "");
  auto first = move_file(dir / "inbox/c1/a.pdf", dest);
  ASSERT_TRUE(first);
  EXPECT_EQ(*first, MoveOutcome::moved);
  EXPECT_EQ(test::read_file(dest), "content");
  EXPECT_EQ(*move_file(dir / "inbox/c1/a.pdf", dest), MoveOutcome::already_moved);
  test::write_file(dir / "inbox/c1/a.pdf", "other");
  EXPECT_FALSE(move_file(dir / "inbox/c1/a.pdf", dest));  // never overwrites
  EXPECT_EQ(destination_path("/q", "c1", "dir/a.pdf", "7"), "/q/c1/dir/a.7.pdf");
}

TEST(FileMoves, AnErrorNoteWrittenAgainRemovesTheHalfWrittenOneOfAKilledDaemon) {
  TempDir dir;
  const std::string dest = destination_path(dir / "quarantine", "c1", "scan.pdf", "");
  test::write_file(dest + ".error.txt.tmp-4242-7", "file: /inbox/c1/sc");  // cut off by SIGKILL
  test::write_file(dest + ".other.tmp-4242-8", "not ours");
  ASSERT_TRUE(write_error_note(dest, "/inbox/c1/scan.pdf", "corrupt_pdf", "no xref table"));
  EXPECT_EQ(test::read_file(dest + ".error.txt"), "file: /inbox/c1/scan.pdf\nerror: corrupt_pdf\nwhy: no xref table\n");
  EXPECT_FALSE(fs::exists(dest + ".error.txt.tmp-4242-7"));
  EXPECT_TRUE(fs::exists(dest + ".other.tmp-4242-8"));  // only leftovers of this very note are removed
}

}  // namespace
}  // namespace cc
