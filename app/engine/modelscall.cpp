#include "engine/modelscall.h"

#include "api/models.h"
#include "net/gatewaycall.h"
#include "net/gatewayclient.h"

namespace Parlance::Engine {

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
        emit finished();
    });
}

} // namespace Parlance::Engine
