#include "engine/modelscall.h"

#include "api/models.h"
#include "api/modelservices.h"
#include "core/modelroute.h"
#include "net/gatewaycall.h"
#include "net/gatewayclient.h"

namespace Parlance::Engine {

namespace {
constexpr int kMaxServicePages = 50; // 50,000 services at 1000 a page
}

ModelsCall::ModelsCall(Net::GatewayClient *client, Core::Connection connection, QString token,
                       QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_connection(std::move(connection))
    , m_token(std::move(token))
{}

ModelsCall::~ModelsCall()
{
    delete m_call;
}

void ModelsCall::start()
{
    m_call = m_client->send(Api::buildListModelsRequest(m_connection.modelsUrl()), m_connection,
                            m_token);
    connect(m_call, &Net::GatewayCall::finished, this, [this] {
        m_error = m_call->error();
        if (!m_error && !Api::parseModelList(m_call->body(), &m_models)) {
            Core::ApiError error;
            error.kind = Core::ApiError::Kind::Protocol;
            error.httpStatus = m_call->status();
            error.message = tr("The model list from %1 is not in a format Parlance knows.")
                                .arg(m_connection.modelsUrl().toString(QUrl::RemoveUserInfo));
            error.raw = m_call->body().left(4096);
            m_error = error;
        }
        if (!m_error && m_listServices && Core::isAiGatewayRoute(m_connection)) {
            requestServices({});
            return;
        }
        emit finished();
    });
}

QList<Net::GatewayCall *> ModelsCall::gatewayCalls() const
{
    QList<Net::GatewayCall *> calls;
    if (m_call)
        calls.append(m_call);
    for (const QPointer<Net::GatewayCall> &call : m_serviceCalls) {
        if (call)
            calls.append(call);
    }
    return calls;
}

void ModelsCall::requestServices(const QString &pageToken)
{
    const QUrl url = Api::modelServicesUrl(m_connection, pageToken);
    Net::GatewayCall *call
        = m_client->send(Api::buildListModelsRequest(url), m_connection, m_token);
    m_serviceCalls.append(call);
    emit callStarted(call);
    connect(call, &Net::GatewayCall::finished, this, [this, call] {
        if (call->error()) {
            finishServices(call->error()->message);
            return;
        }
        QList<Core::ModelInfo> page;
        QString next;
        if (!Api::parseModelServiceList(call->body(), &page, &next)) {
            finishServices(tr("The model services list is not in a format Parlance knows."));
            return;
        }
        m_services.append(page);
        // A server that keeps handing out page tokens must not keep us asking forever.
        if (!next.isEmpty() && m_serviceCalls.size() < kMaxServicePages) {
            requestServices(next);
            return;
        }
        finishServices({});
    });
}

void ModelsCall::finishServices(const QString &note)
{
    m_servicesNote = note;
    if (note.isEmpty())
        m_models = Api::mergeModelServices(m_models, m_services);
    emit finished();
}

} // namespace Parlance::Engine
