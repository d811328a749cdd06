#pragma once

#include "settings/connectiondraft.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace Parlance::Ui {

// What is wrong with a connection being edited, said per field so the form can show each
// message under the field it is about. Errors block saving; warnings do not.
struct ValidationIssue
{
    enum class Field { Name, Host, BaseUrl, GatewayPath, Token, Headers, Proxy, CaFile };
    enum class Severity { Error, Warning };

    Field field;
    Severity severity;
    QString text;

    friend bool operator==(const ValidationIssue &, const ValidationIssue &) = default;
};

// `otherNames`: the names of every other connection in the dialog, for the duplicate check.
QList<ValidationIssue> validateConnection(const ConnectionDraft &draft,
                                          const QStringList &otherNames);

bool hasErrors(const QList<ValidationIssue> &issues);

} // namespace Parlance::Ui
