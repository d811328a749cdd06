// The .databrickscfg reader (config/databrickscfg.h) on any bytes: no crash or undefined
// behaviour, well-formed profiles, and the same result with CRLF line ends or a leading BOM.

#include "config/databrickscfg.h"
#include "fuzzcheck.h"

using Parlance::Config::DatabricksCfg;
using Parlance::Config::DatabricksCfgProfile;

namespace {

struct Parsed
{
    QStringList names;
    QList<DatabricksCfgProfile> profiles;
    QString defaultName;
    QString error;

    friend bool operator==(const Parsed &, const Parsed &) = default;
};

Parsed parse(const QByteArray &content)
{
    Parsed parsed;
    const DatabricksCfg cfg = DatabricksCfg::parse(content, &parsed.error);
    parsed.names = cfg.profileNames();
    for (const QString &name : std::as_const(parsed.names)) {
        const std::optional<DatabricksCfgProfile> profile = cfg.profile(name);
        FUZZ_CHECK(profile.has_value());
        parsed.profiles.append(*profile);
    }
    parsed.defaultName = cfg.defaultProfileName();
    return parsed;
}

void checkWellFormed(const Parsed &parsed)
{
    FUZZ_CHECK(!parsed.names.contains(QStringLiteral("__settings__")));
    QStringList names = parsed.names;
    FUZZ_CHECK(names.removeDuplicates() == 0);
    for (const DatabricksCfgProfile &profile : parsed.profiles) {
        FUZZ_CHECK(!profile.name.isEmpty() && profile.name == profile.name.trimmed());
        for (auto it = profile.values.cbegin(); it != profile.values.cend(); ++it) {
            FUZZ_CHECK(!it.key().isEmpty());
            FUZZ_CHECK(it.key() == it.key().trimmed() && it.key() == it.key().toLower());
            // configparser strips each line of a value; a value may start with an empty one.
            for (const QString &line : it.value().split(QLatin1Char('\n')))
                FUZZ_CHECK(line == line.trimmed());
        }
        FUZZ_CHECK(!profile.host().endsWith(QLatin1Char('/')));
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray content(reinterpret_cast<const char *>(data), qsizetype(size));
    const Parsed parsed = parse(content);
    checkWellFormed(parsed);

    if (!content.contains('\r')) {
        QByteArray crlf = content;
        crlf.replace("\n", "\r\n");
        FUZZ_CHECK(parse(crlf) == parsed);
    }
    const QByteArray bom("\xEF\xBB\xBF");
    if (!content.startsWith(bom))
        FUZZ_CHECK(parse(bom + content) == parsed);
    return 0;
}
