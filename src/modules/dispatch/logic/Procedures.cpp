// SPDX-License-Identifier: Apache-2.0
#include "modules/dispatch/logic/Procedures.h"
#include "platform/util/Error.h"

#include <QFile>
#include <algorithm>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

using namespace Qt::StringLiterals;

// Q_INIT_RESOURCE must be used outside any namespace.
static void initProcedureResources() { Q_INIT_RESOURCE(core); }

namespace gl {

namespace {

const QString kFormat = u"guardline-procedures"_s;

[[noreturn]] void bad(const QString &source, const QString &field, const QString &problem)
{
    fail(ErrorCode::BadInput, u"%1: field '%2': %3"_s.arg(source, field, problem));
}

QJsonObject readRoot(const QByteArray &json, const QString &source)
{
    QJsonParseError err{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &err);
    if (err.error != QJsonParseError::NoError)
        fail(ErrorCode::BadInput, u"%1: offset %2: %3"_s.arg(source).arg(err.offset).arg(err.errorString()));
    if (!doc.isObject())
        fail(ErrorCode::BadInput, u"%1: not a JSON object"_s.arg(source));
    const QJsonObject root = doc.object();
    if (root.value(u"format"_s).toString() != kFormat)
        bad(source, u"format"_s, u"must be \"%1\""_s.arg(kFormat));
    if (!root.value(u"procedures"_s).isArray())
        bad(source, u"procedures"_s, u"must be an array"_s);
    return root;
}

QStringList stringList(const QJsonObject &o, const QString &key, const QString &source, const QString &field)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined() || v.isNull())
        return {};
    if (!v.isArray())
        bad(source, field, u"must be an array of strings"_s);
    QStringList out;
    for (const QJsonValue &e : v.toArray()) {
        if (!e.isString() || e.toString().trimmed().isEmpty())
            bad(source, field, u"must be an array of non-empty strings"_s);
        out << e.toString().trimmed();
    }
    return out;
}

Procedure parseProcedure(const QJsonObject &o, const QString &source, const QString &field)
{
    Procedure p;
    p.id = o.value(u"id"_s).toString().trimmed();
    if (p.id.isEmpty())
        bad(source, field + u".id"_s, u"required"_s);
    const QJsonObject title = o.value(u"title"_s).toObject();
    p.titleEn = title.value(u"en"_s).toString().trimmed();
    p.titleZh = title.value(u"zh"_s).toString().trimmed();
    if (p.titleEn.isEmpty() || p.titleZh.isEmpty())
        bad(source, field + u".title"_s, u"needs 'en' and 'zh'"_s);
    p.rules = stringList(o, u"rules"_s, source, field + u".rules"_s);
    p.kinds = stringList(o, u"kinds"_s, source, field + u".kinds"_s);
    if (p.rules.isEmpty() && p.kinds.isEmpty())
        bad(source, field, u"procedure '%1' applies to nothing: give 'rules' or 'kinds'"_s.arg(p.id));
    const QJsonArray steps = o.value(u"steps"_s).toArray();
    if (steps.isEmpty())
        bad(source, field + u".steps"_s, u"procedure '%1' needs at least one step"_s.arg(p.id));
    QSet<QString> keys;
    for (int i = 0; i < steps.size(); ++i) {
        const QString sf = u"%1.steps[%2]"_s.arg(field).arg(i);
        const QJsonObject s = steps.at(i).toObject();
        ProcedureStep step{s.value(u"key"_s).toString().trimmed(), s.value(u"en"_s).toString().trimmed(),
                           s.value(u"zh"_s).toString().trimmed()};
        if (step.key.isEmpty())
            bad(source, sf + u".key"_s, u"required"_s);
        if (keys.contains(step.key))
            bad(source, sf + u".key"_s, u"duplicate step '%1'"_s.arg(step.key));
        if (step.en.isEmpty())
            bad(source, sf + u".en"_s, u"required (English step text)"_s);
        if (step.zh.isEmpty())
            bad(source, sf + u".zh"_s, u"required (Chinese step text)"_s);
        keys.insert(step.key);
        p.steps << step;
    }
    return p;
}

} // namespace

ProcedureCatalog ProcedureCatalog::parse(const QByteArray &json, const QString &source)
{
    const QJsonObject root = readRoot(json, source);
    ProcedureCatalog c;
    const QJsonArray list = root.value(u"procedures"_s).toArray();
    QSet<QString> ids;
    for (int i = 0; i < list.size(); ++i) {
        const QString field = u"procedures[%1]"_s.arg(i);
        if (!list.at(i).isObject())
            bad(source, field, u"must be an object"_s);
        Procedure p = parseProcedure(list.at(i).toObject(), source, field);
        if (ids.contains(p.id))
            bad(source, field + u".id"_s, u"duplicate procedure '%1'"_s.arg(p.id));
        ids.insert(p.id);
        c.procedures << p;
    }
    return c;
}

void ProcedureCatalog::overrideWith(const QByteArray &json, const QString &source)
{
    const QJsonObject root = readRoot(json, source);
    const QJsonArray list = root.value(u"procedures"_s).toArray();
    QList<Procedure> result = procedures;
    QSet<QString> seen;
    for (int i = 0; i < list.size(); ++i) {
        const QString field = u"procedures[%1]"_s.arg(i);
        const QJsonObject o = list.at(i).toObject();
        const QString id = o.value(u"id"_s).toString().trimmed();
        if (id.isEmpty())
            bad(source, field + u".id"_s, u"required"_s);
        if (seen.contains(id))
            bad(source, field + u".id"_s, u"duplicate procedure '%1'"_s.arg(id));
        seen.insert(id);
        const auto it = std::find_if(result.begin(), result.end(), [&](const Procedure &p) { return p.id == id; });
        if (o.value(u"disabled"_s).toBool()) {
            if (it != result.end())
                result.erase(it);
            continue;
        }
        Procedure p = parseProcedure(o, source, field);
        if (it != result.end())
            *it = p;
        else
            result << p;
    }
    procedures = result; // nothing half-applied: all or nothing
}

ProcedureCatalog ProcedureCatalog::load()
{
    initProcedureResources();
    QFile f(u":/guardline/config/procedures.json"_s);
    if (!f.open(QIODevice::ReadOnly))
        fail(ErrorCode::Unknown, u"the built-in procedures are missing (:/guardline/config/procedures.json)"_s);
    ProcedureCatalog c = parse(f.readAll(), u"procedures.json"_s);
    const QString path = qEnvironmentVariable("GUARDLINE_PROCEDURES");
    if (!path.isEmpty()) {
        QFile site(path);
        if (!site.open(QIODevice::ReadOnly))
            fail(ErrorCode::BadInput, u"%1: cannot read the site's procedures (%2)"_s.arg(path, site.errorString()));
        c.overrideWith(site.readAll(), path);
    }
    return c;
}

const ProcedureCatalog &ProcedureCatalog::current()
{
    static const ProcedureCatalog catalog = load();
    return catalog;
}

const Procedure *ProcedureCatalog::find(const QString &ruleId, const QString &sensorKind) const
{
    if (!ruleId.isEmpty())
        for (const Procedure &p : procedures)
            if (p.rules.contains(ruleId))
                return &p;
    if (!sensorKind.isEmpty())
        for (const Procedure &p : procedures)
            if (p.kinds.contains(sensorKind))
                return &p;
    return nullptr;
}

} // namespace gl
