#pragma once

#include <QColor>
#include <QPalette>

namespace Parlance::Ui {

// One colour scheme for JSON text and the JSON tree, readable on light and dark palettes.
struct JsonColors
{
    QColor key;
    QColor string;
    QColor number;
    QColor keyword; // true, false, null
    QColor match;   // search hits

    static JsonColors forPalette(const QPalette &palette)
    {
        if (palette.color(QPalette::Base).lightness() < 128)
            return {QColor(0x9c, 0xdc, 0xfe), QColor(0xce, 0x91, 0x78), QColor(0xb5, 0xce, 0xa8),
                    QColor(0x56, 0x9c, 0xd6), QColor(0x61, 0x51, 0x1a)};
        return {QColor(0x04, 0x51, 0xa5), QColor(0xa3, 0x15, 0x15), QColor(0x09, 0x86, 0x58),
                QColor(0x00, 0x00, 0xff), QColor(0xff, 0xe5, 0x8f)};
    }
};

} // namespace Parlance::Ui
