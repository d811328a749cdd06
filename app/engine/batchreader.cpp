#include "engine/batchreader.h"

#include <QCoreApplication>

namespace Parlance::Engine {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Parlance::Engine::BatchInput)
};
} // namespace

bool BatchReader::open(const QString &path, QString *error)
{
    m_file.setFileName(path);
    if (!m_file.open(QIODevice::ReadOnly)) {
        *error = Tr::tr("cannot read %1: %2").arg(path, m_file.errorString());
        return false;
    }
    return true;
}

std::optional<BatchRow> BatchReader::next()
{
    QByteArray buffer;
    while (m_readyAt >= m_ready.size() && !m_finished) {
        m_ready.clear();
        m_readyAt = 0;
        buffer.resize(kReadBytes);
        const qint64 got = m_file.read(buffer.data(), buffer.size());
        if (got < 0) {
            m_finished = true;
            m_ready.clear();
            m_readError
                = BatchInputError{0, 0, Tr::tr("reading stopped: %1").arg(m_file.errorString())};
            return std::nullopt;
        }
        if (got == 0) {
            m_finished = true;
            if (!m_parser.finish(m_ready))
                return std::nullopt;
            break;
        }
        if (!m_parser.feed(QByteArrayView(buffer.constData(), got), m_ready)) {
            m_finished = true;
            m_ready.clear();
            return std::nullopt;
        }
    }
    if (m_readyAt >= m_ready.size())
        return std::nullopt;
    return std::move(m_ready[m_readyAt++]);
}

} // namespace Parlance::Engine
