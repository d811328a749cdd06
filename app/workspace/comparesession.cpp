#include "workspace/comparesession.h"

#include "config/connectionsecrets.h"
#include "config/profilestore.h"
#include "engine/chatsession.h"
#include "engine/exchangelog.h"
#include "engine/modelscall.h"
#include "net/gatewayclient.h"
#include "store/storedconversation.h"

#include <QRandomGenerator>
#include <QSet>
#include <QUuid>

#include <algorithm>

namespace Parlance::Workspace {

struct CompareSession::Column
{
    Core::CompareColumnSpec spec;
    Net::GatewayClient *client = nullptr;
    Engine::ChatSession *session = nullptr;
    // The column's own saved connection, once opened.
    std::optional<Core::Connection> own;
    QString ownToken;
    QString problem;
    // Counts spec changes, so a keychain answer for a connection no longer chosen is dropped.
    quint64 generation = 0;
    QPointer<Engine::ModelsCall> modelsCall;

    ~Column()
    {
        // The session's call runs on the client: the session goes first.
        delete session;
        delete client;
    }
};

static QString newKey()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

CompareSession::CompareSession(Engine::ExchangeLog *log, Config::ProfileStore *profiles,
                               Config::SecretStore *secrets, QObject *parent)
    : QObject(parent)
    , m_log(log)
    , m_profiles(profiles)
    , m_secrets(secrets)
    , m_key(newKey())
    , m_created(QDateTime::currentDateTimeUtc())
{
    // A comparison always has at least two columns; until chosen, they use the shared model.
    for (int i = 0; i < kMinColumns; ++i) {
        makeColumn({});
        m_order.append(i);
    }
    renumber();
}

CompareSession::~CompareSession()
{
    // Sessions signal as they stop; nobody should hear them while this half-destroyed object
    // is still their parent's child.
    for (const auto &column : m_columns)
        column->session->disconnect(this);
}

void CompareSession::setSharedConnection(const Core::Connection &connection, const QString &token)
{
    m_sharedConnection = connection;
    m_sharedToken = token;
    m_hasShared = true;
    for (int i = 0; i < columnCount(); ++i) {
        if (!m_columns[i]->spec.connectionName) {
            applyConnection(i);
            emit columnChanged(i);
        }
    }
}

void CompareSession::setSharedSettings(const Core::ChatSettings &settings)
{
    m_shared = settings;
    for (int i = 0; i < columnCount(); ++i) {
        if (m_columns[i]->spec.model.isEmpty() && !settings.model.isEmpty())
            m_columns[i]->spec.model = settings.model;
        emit columnChanged(i);
    }
}

CompareSession::Column *CompareSession::makeColumn(const Core::CompareColumnSpec &spec)
{
    auto column = std::make_unique<Column>();
    column->spec = spec;
    if (column->spec.model.isEmpty())
        column->spec.model = m_shared.model;
    column->client = new Net::GatewayClient();
    column->client->setTokenSource(m_tokenSource);
    column->session = new Engine::ChatSession(column->client, m_log);
    Column *raw = column.get();
    connect(raw->session, &Engine::ChatSession::busyChanged, this, &CompareSession::updateBusy);
    // A prompt, a finished answer or a change to the turns is something the history keeps.
    connect(raw->session, &Engine::ChatSession::turnInserted, this, &CompareSession::changed);
    connect(raw->session, &Engine::ChatSession::replyFinished, this, &CompareSession::changed);
    connect(raw->session, &Engine::ChatSession::turnRemoved, this, &CompareSession::changed);
    m_columns.push_back(std::move(column));
    return raw;
}

bool CompareSession::addColumn(const Core::CompareColumnSpec &spec)
{
    if (columnCount() >= kMaxColumns || isBusy())
        return false;
    Column *column = makeColumn(spec);
    const int index = columnCount() - 1;
    // A column added after prompts were sent starts from the conversation so far, as the
    // first column holds it, so every column answers the same next prompt.
    if (index > 0 && !m_columns.front()->session->turns().isEmpty())
        column->session->restore(m_columns.front()->session->turns(), effectiveSettings(index));
    m_order.append(index);
    renumber();
    if (column->spec.connectionName)
        openSavedConnection(column);
    else
        applyConnection(index);
    emit columnsChanged();
    emit changed();
    return true;
}

bool CompareSession::removeColumn(int column)
{
    if (column < 0 || column >= columnCount() || columnCount() <= kMinColumns || isBusy())
        return false;
    m_columns.erase(m_columns.begin() + column);
    m_order.removeAll(column);
    for (int &shown : m_order) {
        if (shown > column)
            --shown;
    }
    renumber();
    emit columnsChanged();
    emit changed();
    return true;
}

void CompareSession::connectColumns()
{
    for (int i = 0; i < columnCount(); ++i) {
        if (m_columns[i]->spec.connectionName)
            openSavedConnection(m_columns[i].get());
        else
            applyConnection(i);
    }
}

void CompareSession::renumber()
{
    for (int i = 0; i < columnCount(); ++i)
        m_columns[i]->session->setConversationKey(columnKey(i));
}

Core::CompareColumnSpec CompareSession::spec(int column) const
{
    return column >= 0 && column < columnCount() ? m_columns[column]->spec
                                                 : Core::CompareColumnSpec{};
}

void CompareSession::setSpec(int column, const Core::CompareColumnSpec &spec)
{
    if (column < 0 || column >= columnCount())
        return;
    Column *c = m_columns[column].get();
    const bool connectionChanged = c->spec.connectionName != spec.connectionName;
    c->spec = spec;
    if (connectionChanged) {
        c->own.reset();
        c->ownToken.clear();
        c->problem.clear();
        ++c->generation;
        if (spec.connectionName)
            openSavedConnection(c);
        else
            applyConnection(column);
    }
    emit columnChanged(column);
    emit changed();
}

void CompareSession::openSavedConnection(Column *column)
{
    const QString name = *column->spec.connectionName;
    if (!m_profiles || !m_profiles->connection(name)) {
        column->problem = tr("There is no saved connection named '%1'. Choose another "
                             "connection for this column.")
                              .arg(name);
        return;
    }
    const quint64 generation = column->generation;
    QPointer<CompareSession> self(this);
    Config::loadSavedConnection(m_profiles, m_secrets, name,
                                [self, column, generation](const Config::LoadedConnection &loaded) {
                                    // The column may be gone, or its connection changed, by the
                                    // time the keychain answers.
                                    if (!self)
                                        return;
                                    const int index = self->indexOf(column);
                                    if (index < 0 || column->generation != generation)
                                        return;
                                    if (loaded.ok) {
                                        column->own = loaded.connection;
                                        column->ownToken = loaded.token;
                                    }
                                    column->problem = loaded.ok
                                                          ? QString()
                                                          : loaded.problems.join(QLatin1Char(' '));
                                    self->applyConnection(index);
                                    emit self->columnChanged(index);
                                });
}

int CompareSession::indexOf(const Column *column) const
{
    for (int i = 0; i < columnCount(); ++i) {
        if (m_columns[i].get() == column)
            return i;
    }
    return -1;
}

void CompareSession::applyConnection(int column)
{
    Column *c = m_columns[column].get();
    if (c->own)
        c->session->setConnection(*c->own, c->ownToken);
    else if (!c->spec.connectionName && m_hasShared)
        c->session->setConnection(m_sharedConnection, m_sharedToken);
}

Core::ChatSettings CompareSession::effectiveSettings(int column) const
{
    Core::ChatSettings settings = m_shared;
    if (column < 0 || column >= columnCount())
        return settings;
    const Core::CompareColumnSpec &spec = m_columns[column]->spec;
    if (!spec.model.isEmpty())
        settings.model = spec.model;
    if (spec.api)
        settings.api = *spec.api;
    if (spec.params)
        settings.params = *spec.params;
    return settings;
}

const Core::Connection *CompareSession::connection(int column) const
{
    if (column < 0 || column >= columnCount())
        return nullptr;
    const Column *c = m_columns[column].get();
    if (c->spec.connectionName)
        return c->own ? &*c->own : nullptr;
    return m_hasShared ? &m_sharedConnection : nullptr;
}

QString CompareSession::columnProblem(int column) const
{
    if (column < 0 || column >= columnCount())
        return {};
    const Column *c = m_columns[column].get();
    if (!c->problem.isEmpty())
        return c->problem;
    if (!connection(column)) {
        return c->spec.connectionName
                   ? tr("Opening the connection '%1'…").arg(*c->spec.connectionName)
                   : tr("No connection. Choose one in the toolbar.");
    }
    if (c->spec.model.isEmpty() && m_shared.model.isEmpty())
        return tr("No model. Choose one for this column.");
    return {};
}

Engine::ChatSession *CompareSession::session(int column) const
{
    return column >= 0 && column < columnCount() ? m_columns[column]->session : nullptr;
}

QString CompareSession::columnKey(int column) const
{
    return m_key + u'#' + QString::number(column + 1);
}

int CompareSession::columnOfKey(const QString &conversationKey) const
{
    const QString prefix = m_key + u'#';
    if (!conversationKey.startsWith(prefix))
        return -1;
    bool ok = false;
    const int n = conversationKey.mid(prefix.size()).toInt(&ok);
    return ok && n >= 1 && n <= columnCount() ? n - 1 : -1;
}

bool CompareSession::sendAll(const QString &text)
{
    if (text.trimmed().isEmpty() || isBusy() || m_columns.empty())
        return false;
    // Every column answers every round, so rounds line up for votes and exports: one that
    // cannot be sent to stops the round before anything leaves.
    for (int i = 0; i < columnCount(); ++i) {
        if (!columnProblem(i).isEmpty())
            return false;
    }
    if (m_title.isEmpty())
        m_title = Store::titleFor(text);
    for (int i = 0; i < columnCount(); ++i)
        m_columns[i]->session->send(text, effectiveSettings(i));
    return true;
}

void CompareSession::stop(int column)
{
    if (Engine::ChatSession *s = session(column))
        s->stop();
}

void CompareSession::stopAll()
{
    for (const auto &column : m_columns)
        column->session->stop();
}

bool CompareSession::isBusy() const
{
    return std::any_of(m_columns.begin(), m_columns.end(),
                       [](const auto &column) { return column->session->isBusy(); });
}

void CompareSession::updateBusy()
{
    const bool busy = isBusy();
    if (busy == m_busy)
        return;
    m_busy = busy;
    emit busyChanged(busy);
    if (!busy) {
        emit roundFinished();
        emit changed();
    }
}

int CompareSession::rounds() const
{
    if (m_columns.empty())
        return 0;
    const QList<Core::Turn> &turns = m_columns.front()->session->turns();
    return int(std::count_if(turns.begin(), turns.end(),
                             [](const Core::Turn &turn) { return turn.isUser(); }));
}

bool CompareSession::continueWith(int column)
{
    if (column < 0 || column >= columnCount() || isBusy())
        return false;
    const QList<Core::Turn> turns = m_columns[column]->session->turns();
    for (int i = 0; i < columnCount(); ++i) {
        if (i != column)
            m_columns[i]->session->restore(turns, effectiveSettings(i));
    }
    emit changed();
    return true;
}

void CompareSession::clear()
{
    stopAll();
    for (const auto &column : m_columns)
        column->session->clear();
    m_key = newKey();
    m_title.clear();
    m_created = QDateTime::currentDateTimeUtc();
    m_votes.clear();
    m_revealed = false;
    if (m_blind)
        shuffle();
    renumber();
    emit columnsChanged();
}

bool CompareSession::startNew(const QList<Core::CompareColumnSpec> &columns)
{
    if (isBusy() || columns.size() < kMinColumns || columns.size() > kMaxColumns)
        return false;
    m_columns.clear();
    m_order.clear();
    for (int i = 0; i < columns.size(); ++i) {
        makeColumn(columns.at(i));
        m_order.append(i);
    }
    m_key = newKey();
    m_title.clear();
    m_created = QDateTime::currentDateTimeUtc();
    m_votes.clear();
    m_revealed = false;
    if (m_blind)
        shuffle();
    renumber();
    connectColumns();
    emit columnsChanged();
    emit blindChanged();
    return true;
}

QList<Core::CompareColumnSpec> CompareSession::specs() const
{
    QList<Core::CompareColumnSpec> specs;
    for (const auto &column : m_columns)
        specs.append(column->spec);
    return specs;
}

bool CompareSession::spreadModels(const QStringList &candidates)
{
    if (rounds() > 0 || isBusy() || m_columns.empty())
        return false;
    const QString first = effectiveSettings(0).model;
    if (first.isEmpty())
        return false; // the shared model is not known yet: the first column has none
    for (int i = 1; i < columnCount(); ++i) {
        if (effectiveSettings(i).model != first)
            return false;
    }
    QStringList others = candidates;
    others.removeAll(first);
    others.removeDuplicates();
    bool changed = false;
    for (int i = 1; i < columnCount() && i - 1 < others.size(); ++i) {
        m_columns[i]->spec.model = others.at(i - 1);
        emit columnChanged(i);
        changed = true;
    }
    return changed;
}

bool CompareSession::setBlind(bool blind)
{
    if (isBusy())
        return false;
    m_blind = blind;
    m_revealed = false;
    if (blind)
        shuffle();
    else
        std::sort(m_order.begin(), m_order.end());
    emit blindChanged();
    emit changed();
    return true;
}

void CompareSession::shuffle()
{
    std::shuffle(m_order.begin(), m_order.end(), *QRandomGenerator::global());
}

QList<int> CompareSession::displayOrder() const
{
    return m_order;
}

QString CompareSession::label(int column) const
{
    const int position = int(m_order.indexOf(column));
    // Eight columns at most: A to H.
    return position < 0 ? QString() : QString(QChar(u'A' + position));
}

QString CompareSession::contestant(int column) const
{
    const Core::ChatSettings settings = effectiveSettings(column);
    for (int i = 0; i < columnCount(); ++i) {
        const Core::ChatSettings other = effectiveSettings(i);
        if (i != column && other.model == settings.model && other.api != settings.api)
            return settings.model + u'@' + Core::apiKindName(settings.api);
    }
    return settings.model;
}

bool CompareSession::canVote() const
{
    const int round = rounds() - 1;
    return round >= 0 && !isBusy()
           && std::none_of(m_votes.begin(), m_votes.end(),
                           [round](const Core::Vote &vote) { return vote.round == round; });
}

bool CompareSession::vote(Core::Vote::Outcome outcome, int best)
{
    if (!canVote())
        return false;
    if (outcome == Core::Vote::Outcome::Best && (best < 0 || best >= columnCount()))
        return false;
    Core::Vote vote;
    vote.at = QDateTime::currentDateTimeUtc();
    for (int i = 0; i < columnCount(); ++i)
        vote.contestants.append(contestant(i));
    vote.outcome = outcome;
    vote.best = outcome == Core::Vote::Outcome::Best ? best : -1;
    vote.comparisonKey = m_key;
    vote.round = rounds() - 1;
    m_votes.append(vote);
    const bool wasHidden = !isRevealed();
    m_revealed = true;
    emit voted(vote);
    if (wasHidden)
        emit blindChanged();
    emit changed();
    return true;
}

Core::Comparison CompareSession::snapshot() const
{
    Core::Comparison comparison;
    comparison.key = m_key;
    comparison.title = m_title;
    comparison.created = m_created;
    comparison.updated = QDateTime::currentDateTimeUtc();
    comparison.blind = m_blind;
    if (m_blind)
        comparison.blindOrder = m_order;
    comparison.votes = m_votes;
    for (int i = 0; i < columnCount(); ++i) {
        const Column *c = m_columns[i].get();
        Core::ComparisonColumn column;
        column.connectionName
            = c->spec.connectionName ? *c->spec.connectionName : m_sharedConnection.name;
        column.settings = effectiveSettings(i);
        const QList<Core::Turn> &turns = c->session->turns();
        for (int row = 0; row < turns.size(); ++row) {
            Core::Turn turn = turns.at(row);
            if (c->session->isStreaming(row)) {
                // What has arrived so far, kept as incomplete: a reloaded reply never finishes.
                turn.message = c->session->messageAt(row);
                turn.message.incomplete = true;
            }
            column.turns.append(turn);
        }
        comparison.columns.append(column);
    }
    return comparison;
}

bool CompareSession::restore(const Core::Comparison &comparison)
{
    if (isBusy() || comparison.columns.size() < kMinColumns
        || comparison.columns.size() > kMaxColumns) {
        return false;
    }
    m_columns.clear();
    m_order.clear();
    m_key = comparison.key.isEmpty() ? newKey() : comparison.key;
    m_title = comparison.title;
    m_created = comparison.created.isValid() ? comparison.created : QDateTime::currentDateTimeUtc();
    m_votes = comparison.votes;
    const QStringList saved = savedConnections();
    for (int i = 0; i < comparison.columns.size(); ++i) {
        const Core::ComparisonColumn &stored = comparison.columns.at(i);
        Core::CompareColumnSpec spec;
        spec.model = stored.settings.model;
        if (stored.settings.api != m_shared.api)
            spec.api = stored.settings.api;
        if (stored.settings.params != m_shared.params)
            spec.params = stored.settings.params;
        // A column held on a saved connection other than the shared one gets it back.
        if (!stored.connectionName.isEmpty() && stored.connectionName != m_sharedConnection.name
            && saved.contains(stored.connectionName)) {
            spec.connectionName = stored.connectionName;
        }
        Column *column = makeColumn(spec);
        column->session->restore(stored.turns, stored.settings);
        m_order.append(i);
    }
    // A stored order that is not a permutation of the columns is ignored.
    QList<int> sorted = comparison.blindOrder;
    std::sort(sorted.begin(), sorted.end());
    m_blind = comparison.blind;
    if (m_blind && sorted == m_order)
        m_order = comparison.blindOrder;
    m_revealed = !m_votes.isEmpty();
    renumber();
    connectColumns();
    emit columnsChanged();
    emit blindChanged();
    return true;
}

QStringList CompareSession::savedConnections() const
{
    return m_profiles ? m_profiles->names() : QStringList();
}

void CompareSession::refreshModels(int column)
{
    const Core::Connection *target = connection(column);
    if (!target || !m_columns[column]->spec.connectionName)
        return;
    Column *c = m_columns[column].get();
    delete c->modelsCall;
    // Parented to the column's client: removing the column ends the call.
    auto *call = new Engine::ModelsCall(c->client, *target, c->ownToken, c->client);
    c->modelsCall = call;
    call->setModelServices(true);
    if (m_log) {
        connect(call, &Engine::ModelsCall::callStarted, m_log,
                [log = m_log](Net::GatewayCall *page) { log->follow(page); });
    }
    connect(call, &Engine::ModelsCall::finished, this, [this, call, c] {
        call->deleteLater();
        const int index = indexOf(c);
        if (index >= 0 && !call->error())
            emit columnModels(index, call->models());
    });
    call->start();
    if (m_log)
        m_log->follow(call->gatewayCall());
}

} // namespace Parlance::Workspace
