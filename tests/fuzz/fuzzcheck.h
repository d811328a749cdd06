#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

#include <cstdio>
#include <cstdlib>

// What the harnesses share: a failed check aborts, so libFuzzer keeps the input as a crash, and
// one way of reading "these bytes, fed in these pieces" from a fuzz input.
namespace FuzzCheck {

[[noreturn]] inline void fail(const char *file, int line, const char *what)
{
    std::fprintf(stderr, "%s:%d: check failed: %s\n", file, line, what);
    std::abort();
}

// Separates the stream from the slicing plan in an input; the dictionaries hold it so the
// fuzzer can insert it. An input without it is sliced by a plan read from the stream itself,
// so the wire fixtures are seeds as they are.
inline constexpr QByteArrayView PlanMarker("\xFFPLAN\xFF");

struct SlicedInput
{
    QByteArrayView stream;
    QByteArrayView plan; // never empty when the stream is not
};

inline SlicedInput sliceInput(QByteArrayView input)
{
    const qsizetype marker = input.lastIndexOf(PlanMarker);
    if (marker < 0)
        return {input, input};
    const QByteArrayView plan = input.sliced(marker + PlanMarker.size());
    return {input.first(marker), plan.isEmpty() ? input.first(marker) : plan};
}

// One piece to feed: its bytes, and two bits of the plan byte it came from for the harness to
// vary how it feeds them.
struct Piece
{
    QByteArrayView bytes;
    int how;
};

// Cuts `stream` into pieces of 0..63 bytes, the lengths taken from the plan bytes in turn
// (cycling). Empty pieces are fed too, but never two in a row, so any plan makes progress.
inline QList<Piece> cut(QByteArrayView stream, QByteArrayView plan)
{
    QList<Piece> pieces;
    qsizetype pos = 0;
    qsizetype planIndex = 0;
    bool lastWasEmpty = false;
    while (pos < stream.size()) {
        const auto byte = plan.isEmpty() ? uchar(1) : uchar(plan.at(planIndex % plan.size()));
        ++planIndex;
        qsizetype length = byte & 0x3F;
        if (length == 0 && lastWasEmpty)
            length = 1;
        lastWasEmpty = length == 0;
        length = qMin(length, stream.size() - pos);
        pieces.append({stream.sliced(pos, length), byte >> 6});
        pos += length;
    }
    return pieces;
}

} // namespace FuzzCheck

#define FUZZ_CHECK(condition)                                                                      \
    do {                                                                                           \
        if (!(condition))                                                                          \
            FuzzCheck::fail(__FILE__, __LINE__, #condition);                                       \
    } while (false)
