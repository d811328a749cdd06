#include "sim/modelserviceroutes.h"

#include "sim/catalogroutes.h"
#include "sim/errorresponses.h"
#include "sim/gatewaystate.h"
#include "sim/jsonwriter.h"
#include "sim/router.h"

#include <QDateTime>
#include <QUrlQuery>

#include <algorithm>

namespace Parlance::Sim {

namespace {

QByteArray serviceJson(const DemoService &service)
{
    const QString created = QDateTime::fromSecsSinceEpoch(CatalogRoutes::CreatedSeconds, Qt::UTC)
                                .toString(Qt::ISODate);
    Json::Object o;
    o.str("name", QString(u"model-services/" + service.name))
        .str("owner", "sim@parlance.local")
        .str("create_time", created);
    if (!service.comment.isEmpty()) // Databricks leaves empty fields out
        o.str("comment", service.comment);
    return o
        .raw("supported_api_types",
             Json::array({Json::string("chat/completions"), Json::string("responses")}))
        .bytes();
}

} // namespace

void ModelServiceRoutes::registerRoutes(Router &router)
{
    router.add(
        "GET", QStringLiteral("/api/2.1/unity-catalog/model-services"),
        [this](const Request &request, const QStringList &) {
            if (!m_state.modelServicesEnabled) {
                ErrorSpec spec = errorForStatus(
                    404, QStringLiteral("Unity AI Gateway is not enabled for this workspace."));
                spec.databricksCode = QStringLiteral("FEATURE_DISABLED");
                return errorResponse(ErrorStyle::Databricks, spec);
            }
            const qsizetype q = request.target.indexOf('?');
            const QUrlQuery query(q < 0 ? QString() : QString::fromUtf8(request.target.mid(q + 1)));
            // As documented: 100 when unset or 0, at most 1000.
            int pageSize = query.queryItemValue(QStringLiteral("page_size")).toInt();
            if (pageSize <= 0)
                pageSize = 100;
            pageSize = std::min({pageSize, 1000, m_state.modelServicesPageCap});
            bool tokenOk = true;
            const QString token = query.queryItemValue(QStringLiteral("page_token"));
            const int offset = token.isEmpty() ? 0 : token.toInt(&tokenOk);
            QString parent = query.queryItemValue(QStringLiteral("parent"), QUrl::FullyDecoded);
            if (!tokenOk || offset < 0)
                return badRequest(ErrorStyle::Databricks, QStringLiteral("Invalid page_token."),
                                  QStringLiteral("page_token"));
            if (!parent.isEmpty() && !parent.startsWith(u"schemas/"))
                return badRequest(ErrorStyle::Databricks,
                                  QStringLiteral("parent must be schemas/{catalog}.{schema}."),
                                  QStringLiteral("parent"));
            parent = parent.mid(8);

            QList<DemoService> matching;
            for (const DemoService &service : DemoModels::services()) {
                if (parent.isEmpty() || service.name.startsWith(parent + u'.'))
                    matching.append(service);
            }
            QByteArrayList page;
            for (qsizetype i = offset; i < matching.size() && page.size() < pageSize; ++i)
                page.append(serviceJson(matching.at(i)));
            Json::Object answer;
            // Like Databricks, an empty list is left out.
            if (!page.isEmpty())
                answer.raw("model_services", Json::array(page));
            if (offset + page.size() < matching.size())
                answer.str("next_page_token", QString::number(offset + page.size()));
            return Response::json(200, answer.bytes());
        });
}

} // namespace Parlance::Sim
