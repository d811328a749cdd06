// The simulator's HTTP request parser (sim/httprequestparser.h) is slicing-invariant: a
// connection's bytes give the same requests and the same failure whether they arrive at once
// or in pieces the fuzzer chooses. Every request it hands over is well-formed.

#include "fuzzcheck.h"
#include "sim/httprequestparser.h"

#include <algorithm>

using Parlance::Sim::HttpRequestParser;
using Parlance::Sim::Request;

namespace {

struct Outcome
{
    QList<Request> requests;
    HttpRequestParser::Status status = HttpRequestParser::Status::NeedMore;
    int failureStatus = 0;
    QByteArray failureMessage;
};

bool sameRequest(const Request &a, const Request &b)
{
    return a.method == b.method && a.target == b.target && a.path == b.path
           && a.version == b.version && a.headers == b.headers && a.body == b.body;
}

bool operator==(const Outcome &a, const Outcome &b)
{
    return a.status == b.status && a.failureStatus == b.failureStatus
           && a.failureMessage == b.failureMessage
           && std::equal(a.requests.cbegin(), a.requests.cend(), b.requests.cbegin(),
                         b.requests.cend(), sameRequest);
}

bool isTokenChar(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
           || QByteArrayView("!#$%&'*+-.^_`|~").contains(c);
}

void checkRequest(const Request &request)
{
    FUZZ_CHECK(!request.method.isEmpty());
    for (const char c : request.method)
        FUZZ_CHECK(isTokenChar(c));
    FUZZ_CHECK(request.path.startsWith('/'));
    FUZZ_CHECK(request.target.startsWith(request.path));
    FUZZ_CHECK(!request.path.contains('?'));
    FUZZ_CHECK(request.version.startsWith("HTTP/1."));
    for (const auto &[name, value] : request.headers) {
        FUZZ_CHECK(!name.isEmpty() && name == name.toLower());
        FUZZ_CHECK(!name.contains(':') && !name.contains('\r') && !name.contains('\n'));
        FUZZ_CHECK(value == value.trimmed());
    }
    FUZZ_CHECK(!request.hasHeader("transfer-encoding"));
    const QByteArray length = request.header("content-length");
    FUZZ_CHECK(request.body.size() == (length.isEmpty() ? 0 : length.toLongLong()));
}

// Takes every request the bytes so far complete.
void drain(HttpRequestParser &parser, Outcome &outcome)
{
    for (;;) {
        Request request;
        outcome.status = parser.next(&request);
        if (outcome.status != HttpRequestParser::Status::Ready)
            break;
        checkRequest(request);
        outcome.requests.append(std::move(request));
    }
    if (outcome.status == HttpRequestParser::Status::NeedMore) {
        parser.takeContinueRequest(); // as the connection does, so the flag's path runs too
    } else {
        outcome.failureStatus = parser.failureStatus();
        outcome.failureMessage = parser.failureMessage();
        FUZZ_CHECK(outcome.failureStatus >= 400 && outcome.failureStatus < 500);
        FUZZ_CHECK(!outcome.failureMessage.isEmpty());
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView input(reinterpret_cast<const char *>(data), qsizetype(size));
    const FuzzCheck::SlicedInput sliced = FuzzCheck::sliceInput(input);

    HttpRequestParser whole;
    Outcome reference;
    whole.append(sliced.stream);
    drain(whole, reference);

    HttpRequestParser pieces;
    Outcome sliceByPiece;
    for (const FuzzCheck::Piece &piece : FuzzCheck::cut(sliced.stream, sliced.plan)) {
        pieces.append(piece.bytes);
        drain(pieces, sliceByPiece);
    }
    FUZZ_CHECK(sliceByPiece == reference);
    return 0;
}
