#pragma once

#include "sim/errorresponses.h"
#include "sim/response.h"

#include <QString>

#include <optional>

namespace Parlance::Sim {

// The per-request misbehaviour knobs, read from request headers:
//   X-Sim-Fault: disconnect | stall | malformed | html502 | no-done | mid-stream-error
//                | status=NNN | redirect=URL | rate-limit=N   (several, comma-separated)
//   X-Sim-Chunk-Bytes: N
// Knobs that replace the answer (html502, status, redirect) apply before routing; the others
// reshape whatever the route answered.
class Faults
{
public:
    // redirect=URL answers 307 to URL + the request target + this query item; a request that
    // carries it is not redirected again.
    static constexpr QByteArrayView RedirectMarker = "sim-redirected";

    // Reads the knobs; returns a 400 answer in *invalid when a knob is not understood.
    static Faults fromRequest(const Request &request, std::optional<Response> *invalid);

    // The answer that replaces the route's, if a replacing knob is set.
    std::optional<Response> replacement(const Request &request, ErrorStyle style) const;

    // Applies the reshaping knobs to the route's answer.
    void apply(Response &response) const;

    // rate-limit=N: the gateway answers 429 to the first N requests that carry it (it counts).
    int rateLimit() const { return m_rateLimit; }

private:
    bool m_disconnect = false;
    bool m_stall = false;
    bool m_malformed = false;
    bool m_html502 = false;
    bool m_noDone = false;
    bool m_midStreamError = false;
    int m_status = 0;
    QByteArray m_redirect;
    int m_chunkBytes = 0;
    int m_rateLimit = 0;
};

} // namespace Parlance::Sim
