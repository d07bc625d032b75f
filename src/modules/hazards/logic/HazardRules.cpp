// SPDX-License-Identifier: Apache-2.0
#include "modules/hazards/logic/HazardRules.h"
#include "platform/util/Error.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

// Q_INIT_RESOURCE must be used outside any namespace.
static void initHazardRulesResources() { Q_INIT_RESOURCE(core); }

namespace gl {

namespace {

QList<HazardTerm> terms(const QJsonObject &root, const QString &field, const QString &keyName, const QString &source)
{
    const QJsonValue v = root.value(field);
    if (!v.isArray() || v.toArray().isEmpty())
        fail(ErrorCode::BadInput, u"%1: field '%2': must be a non-empty array"_s.arg(source, field));
    QList<HazardTerm> out;
    int i = 0;
    for (const QJsonValue &e : v.toArray()) {
        const QJsonObject o = e.toObject();
        HazardTerm t{o.value(keyName).toString(), o.value(u"en"_s).toString(), o.value(u"zh"_s).toString()};
        if (t.key.isEmpty() || t.en.isEmpty() || t.zh.isEmpty())
            fail(ErrorCode::BadInput, u"%1: field '%2[%3]': needs '%4', 'en' and 'zh'"_s.arg(source, field).arg(i).arg(keyName));
        for (const HazardTerm &seen : out)
            if (seen.key == t.key)
                fail(ErrorCode::BadInput, u"%1: field '%2[%3]': duplicate '%4'"_s.arg(source, field).arg(i).arg(t.key));
        out << t;
        ++i;
    }
    return out;
}

QStringList keys(const QList<HazardTerm> &list)
{
    QStringList out;
    for (const HazardTerm &t : list)
        out << t.key;
    return out;
}

} // namespace

const HazardRules &HazardRules::defaults()
{
    static const HazardRules rules = [] {
        initHazardRulesResources();
        QFile f(u":/guardline/config/hazard-rules.json"_s);
        if (!f.open(QIODevice::ReadOnly))
            fail(ErrorCode::Storage, u"hazard-rules.json is not compiled in"_s);
        return parse(f.readAll(), u"hazard-rules.json"_s);
    }();
    return rules;
}

HazardRules HazardRules::parse(const QByteArray &json, const QString &source)
{
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &err);
    if (!doc.isObject())
        fail(ErrorCode::BadInput, u"%1: not a JSON object (%2)"_s.arg(source, err.errorString()));
    const QJsonObject root = doc.object();
    HazardRules r;
    r.categories = terms(root, u"categories"_s, u"key"_s, source);
    r.grades = terms(root, u"grades"_s, u"key"_s, source);
    r.majorCriteria = terms(root, u"major_criteria"_s, u"id"_s, source);
    r.planItems = terms(root, u"plan_items"_s, u"key"_s, source);
    if (keys(r.grades) != QStringList{u"general"_s, u"major"_s})
        fail(ErrorCode::BadInput, u"%1: field 'grades': must be general and major"_s.arg(source));
    r.settings = root.value(u"settings"_s).toObject();
    for (const char *k : {"deadline_days.general", "deadline_days.major", "reinspection_hours", "face_match_threshold"})
        if (!(r.settings.value(QLatin1String(k)).toDouble() > 0))
            fail(ErrorCode::BadInput, u"%1: field 'settings.%2': must be a positive number"_s.arg(source, QLatin1String(k)));
    return r;
}

QStringList HazardRules::categoryKeys() const { return keys(categories); }
QStringList HazardRules::criterionIds() const { return keys(majorCriteria); }
QStringList HazardRules::planKeys() const { return keys(planItems); }

const HazardTerm *HazardRules::category(const QString &key) const
{
    for (const HazardTerm &t : categories)
        if (t.key == key)
            return &t;
    return nullptr;
}

} // namespace gl
