#pragma once

// Reads a Qt Linguist .ts file into plain values, so a test can check its translations and
// compare it with what lupdate finds in the sources today.
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QList>
#include <QString>
#include <QStringList>
#include <QXmlStreamReader>

namespace TsCatalogue {

struct Message
{
    QString context;
    QString source;
    QString comment; // the disambiguation, which is part of the lookup key
    QString file;    // absolute path of the first place lupdate found the string
    int line = 0;
    bool numerus = false;
    QString type; // empty when finished; "unfinished", "vanished" or "obsolete"
    QString translation;
    QStringList forms; // the plural forms of a numerus message

    // What QTranslator looks a string up by, plus whether it needs plural forms.
    QString key() const
    {
        QString key = context + u'\x1f' + source + u'\x1f' + comment;
        if (numerus)
            key.append(u'\x1f').append(u'n');
        return key;
    }
    // Vanished and obsolete messages stay in the file for reuse but are no longer shown.
    bool isLive() const
    {
        return type != QLatin1StringView("vanished") && type != QLatin1StringView("obsolete");
    }
};

struct Catalogue
{
    QString language;
    QList<Message> messages;
    QString error;
};

inline Catalogue read(const QString &path)
{
    Catalogue catalogue;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        catalogue.error = file.errorString();
        return catalogue;
    }
    // Locations are written relative to the .ts file itself.
    const QDir base = QFileInfo(path).absoluteDir();
    QXmlStreamReader xml(&file);
    QString context;
    Message message;
    while (!xml.atEnd()) {
        const QXmlStreamReader::TokenType token = xml.readNext();
        if (token == QXmlStreamReader::EndElement && xml.name() == QLatin1StringView("message"))
            catalogue.messages.append(message);
        if (token != QXmlStreamReader::StartElement)
            continue;
        const QStringView name = xml.name();
        if (name == QLatin1StringView("TS")) {
            catalogue.language = xml.attributes().value(QLatin1StringView("language")).toString();
        } else if (name == QLatin1StringView("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1StringView("message")) {
            message = Message();
            message.context = context;
            message.numerus
                = xml.attributes().value(QLatin1StringView("numerus")) == QLatin1StringView("yes");
        } else if (name == QLatin1StringView("location")) {
            if (message.file.isEmpty()) {
                const QXmlStreamAttributes attributes = xml.attributes();
                message.file = QDir::cleanPath(base.absoluteFilePath(
                    attributes.value(QLatin1StringView("filename")).toString()));
                message.line = attributes.value(QLatin1StringView("line")).toInt();
            }
            xml.skipCurrentElement();
        } else if (name == QLatin1StringView("source")) {
            message.source = xml.readElementText();
        } else if (name == QLatin1StringView("comment")) {
            message.comment = xml.readElementText();
        } else if (name == QLatin1StringView("translation")) {
            message.type = xml.attributes().value(QLatin1StringView("type")).toString();
            // Text and <numerusform> children interleave; the text between forms is indentation.
            while (!xml.atEnd()) {
                const QXmlStreamReader::TokenType token = xml.readNext();
                if (token == QXmlStreamReader::Characters && !message.numerus)
                    message.translation += xml.text();
                else if (token == QXmlStreamReader::StartElement
                         && xml.name() == QLatin1StringView("numerusform"))
                    message.forms.append(xml.readElementText());
                else if (token == QXmlStreamReader::EndElement
                         && xml.name() == QLatin1StringView("translation"))
                    break;
            }
        } else if (name != QLatin1StringView("context")) {
            xml.skipCurrentElement(); // extracomment, translatorcomment, oldsource, ...
        }
    }
    if (xml.hasError())
        catalogue.error
            = QStringLiteral("line %1: %2").arg(xml.lineNumber()).arg(xml.errorString());
    return catalogue;
}

} // namespace TsCatalogue
