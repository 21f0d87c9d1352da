// Fuzz target: the worker result format as the coordinator decodes it (pipeline/workers/wire.h):
// frames fed in chunks of input-chosen sizes, then every decoded message read as a result (page,
// error, page count) and as a task, and what decodes re-encoded and decoded again.
#include "fuzz/fuzz_input.h"
#include "core/page_text_json.h"
#include "pipeline/workers/wire.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  cc::fuzz::ByteReader in(data, size);
  const size_t chunk = 1 + in.byte();
  const std::string_view bytes = in.rest();
  cc::FrameDecoder decoder;
  for (size_t off = 0; off <= bytes.size(); off += chunk) {
    const std::string_view piece = bytes.substr(off, chunk);
    decoder.feed(piece.data(), piece.size());
    for (;;) {
      auto frame = decoder.next();
      if (!frame) return 0;  // a protocol error ends the worker; nothing more is read from it
      if (!frame->has_value()) break;
      const nlohmann::json& msg = **frame;
      if (msg.contains("page")) {
        auto page = cc::page_text_from_json(msg["page"], 20000);
        if (page) {
          auto again = cc::page_text_from_json(cc::page_text_to_json(*page), 20000);
          if (!again) __builtin_trap();  // what we accept we must be able to send
        }
      }
      if (msg.contains("error")) {
        if (auto e = cc::error_from_json(msg["error"])) (void)cc::error_to_json(*e);
      }
      if (msg.contains("limits")) (void)cc::limits_from_json(msg["limits"]);
      if (auto task = cc::task_from_json(msg)) {
        cc::FrameDecoder round;
        const std::string frame_bytes = cc::encode_frame(cc::task_to_json(*task));
        round.feed(frame_bytes.data(), frame_bytes.size());
        auto back = round.next();
        if (!back || !back->has_value() || !cc::task_from_json(**back)) __builtin_trap();
      }
    }
  }
  return 0;
}
