#pragma once

#include <QtGlobal>

namespace Parlance::Core {

// Shared by the SSE parser and the JSON fast path, which must agree on what is valid UTF-8:
// the WHATWG decoder's rules, which are also QJsonDocument's (no overlongs, no surrogates,
// nothing above U+10FFFF).
//
// Length of the well-formed UTF-8 sequence starting at s[0] (s[0] >= 0x80), or 0 when it is
// ill-formed; then *badLength is the length of its maximal ill-formed subpart, which the WHATWG
// decoder turns into one U+FFFD (the byte that broke the sequence starts the next one).
inline qsizetype utf8SequenceLength(const uchar *s, qsizetype available,
                                    qsizetype *badLength = nullptr)
{
    const uchar lead = s[0];
    qsizetype need = 0;
    uchar lower = 0x80;
    uchar upper = 0xBF;
    if (lead >= 0xC2 && lead <= 0xDF) {
        need = 1;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
        need = 2;
        if (lead == 0xE0)
            lower = 0xA0; // overlong
        else if (lead == 0xED)
            upper = 0x9F; // UTF-16 surrogates
    } else if (lead >= 0xF0 && lead <= 0xF4) {
        need = 3;
        if (lead == 0xF0)
            lower = 0x90; // overlong
        else if (lead == 0xF4)
            upper = 0x8F; // above U+10FFFF
    } else {
        if (badLength)
            *badLength = 1; // continuation byte, C0/C1 (overlong) or F5..FF
        return 0;
    }
    qsizetype i = 1;
    for (; i <= need; ++i) {
        if (i >= available || s[i] < lower || s[i] > upper) {
            if (badLength)
                *badLength = i;
            return 0;
        }
        lower = 0x80;
        upper = 0xBF;
    }
    return i;
}

// The offset of the first byte that is not part of well-formed UTF-8, or -1 when all is.
inline qsizetype firstInvalidUtf8(const uchar *data, qsizetype size)
{
    for (qsizetype i = 0; i < size;) {
        if (data[i] < 0x80) {
            ++i;
            continue;
        }
        const qsizetype length = utf8SequenceLength(data + i, size - i);
        if (length == 0)
            return i;
        i += length;
    }
    return -1;
}

} // namespace Parlance::Core
