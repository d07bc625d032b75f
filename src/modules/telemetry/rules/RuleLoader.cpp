// SPDX-License-Identifier: Apache-2.0
#include "modules/telemetry/rules/Rule.h"
#include "platform/util/Error.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <cmath>

using namespace Qt::StringLiterals;

namespace gl::rules {

namespace {

constexpr struct { Op op; const char16_t *name; } kOps[] = {
    {Op::Gt, u"gt"}, {Op::Lt, u"lt"}, {Op::Rise, u"rise"}, {Op::DropPct, u"drop_pct"}, {Op::Stale, u"stale"},
};
constexpr struct { Severity s; const char16_t *name; } kSeverities[] = {
    {Severity::Critical, u"critical"}, {Severity::High, u"high"},
    {Severity::Medium, u"medium"}, {Severity::Low, u"low"},
};

/// Builds messages like "rules.json: rule 'x': all_of[1]: field 'by': missing".
class Ctx {
public:
    Ctx(QString file) : m_file(std::move(file)) {}
    void setRule(const QString &rule) { m_rule = rule; }
    void setCondition(int index) { m_cond = index; }
    [[noreturn]] void fail(const QString &field, const QString &problem) const
    {
        QString msg = m_file;
        if (!m_rule.isEmpty())
            msg += u": rule '"_s + m_rule + u'\'';
        if (m_cond >= 0)
            msg += u": all_of["_s + QString::number(m_cond) + u']';
        if (!field.isEmpty())
            msg += u": field '"_s + field + u'\'';
        gl::fail(ErrorCode::BadInput, msg + u": "_s + problem);
    }
    void checkKeys(const QJsonObject &o, std::initializer_list<const char16_t *> allowed) const
    {
        for (auto it = o.begin(); it != o.end(); ++it) {
            bool known = false;
            for (const char16_t *k : allowed)
                known = known || it.key() == QStringView(k);
            if (!known)
                fail(it.key(), u"unknown field"_s);
        }
    }
    double number(const QJsonObject &o, const QString &key, bool required, double fallback = 0) const
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined()) {
            if (required)
                fail(key, u"missing"_s);
            return fallback;
        }
        if (!v.isDouble() || !std::isfinite(v.toDouble()))
            fail(key, u"must be a number"_s);
        return v.toDouble();
    }
    qint64 seconds(const QJsonObject &o, const QString &key, bool required) const
    {
        const double s = number(o, key, required);
        if (s < 0 || s > 1e9)
            fail(key, u"must be between 0 and 1e9 seconds"_s);
        return qRound64(s * 1000.0);
    }
    QString string(const QJsonObject &o, const QString &key, bool required) const
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined()) {
            if (required)
                fail(key, u"missing"_s);
            return {};
        }
        if (!v.isString())
            fail(key, u"must be a string"_s);
        if (required && v.toString().trimmed().isEmpty())
            fail(key, u"must not be empty"_s);
        return v.toString();
    }

private:
    QString m_file;
    QString m_rule;
    int m_cond = -1;
};

Condition parseCondition(const Ctx &ctx, const QJsonValue &value)
{
    if (!value.isObject())
        ctx.fail({}, u"a condition must be an object"_s);
    const QJsonObject o = value.toObject();
    ctx.checkKeys(o, {u"tag", u"op", u"value", u"by", u"window_s", u"deadband"});
    Condition c;
    c.tag = ctx.string(o, u"tag"_s, true).trimmed();
    const QString op = ctx.string(o, u"op"_s, true);
    c.op = opFromName(op);
    if (c.op == Op::Unknown)
        ctx.fail(u"op"_s, u"unknown op '"_s + op + u"' (expected gt, lt, rise, drop_pct or stale)"_s);

    const bool threshold = c.op == Op::Gt || c.op == Op::Lt;
    const bool windowed = !threshold;
    const bool usesBy = c.op == Op::Rise || c.op == Op::DropPct;
    auto forbid = [&](const QString &key, bool allowed) {
        if (!allowed && o.contains(key))
            ctx.fail(key, u"not used by op '"_s + op + u'\'');
    };
    forbid(u"value"_s, threshold);
    forbid(u"deadband"_s, threshold);
    forbid(u"by"_s, usesBy);
    forbid(u"window_s"_s, windowed);
    if (threshold) {
        c.value = ctx.number(o, u"value"_s, true);
        c.deadband = ctx.number(o, u"deadband"_s, false, 0);
        if (c.deadband < 0)
            ctx.fail(u"deadband"_s, u"must not be negative"_s);
    }
    if (usesBy)
        c.by = ctx.number(o, u"by"_s, true);
    if (windowed)
        c.windowMs = ctx.seconds(o, u"window_s"_s, true);
    return c;
}

Rule parseRule(Ctx &ctx, const QJsonValue &value, int index, QSet<QString> &ids)
{
    ctx.setRule({});
    ctx.setCondition(-1);
    if (!value.isObject())
        ctx.fail(u"rules["_s + QString::number(index) + u']', u"a rule must be an object"_s);
    const QJsonObject o = value.toObject();
    Rule r;
    if (!o.value(u"id"_s).isString() || o.value(u"id"_s).toString().trimmed().isEmpty())
        ctx.fail(u"rules["_s + QString::number(index) + u"].id"_s, u"missing or not a non-empty string"_s);
    r.id = o.value(u"id"_s).toString();
    ctx.setRule(r.id);
    if (ids.contains(r.id))
        ctx.fail(u"id"_s, u"duplicate rule id"_s);
    ids.insert(r.id);
    ctx.checkKeys(o, {u"id", u"severity", u"name", u"name_zh", u"description", u"all_of", u"for_s", u"actions"});

    const QString sev = ctx.string(o, u"severity"_s, true);
    r.severity = severityFromName(sev);
    if (r.severity == Severity::Unknown)
        ctx.fail(u"severity"_s, u"unknown severity '"_s + sev + u"' (expected critical, high, medium or low)"_s);
    r.name = ctx.string(o, u"name"_s, false);
    r.nameZh = ctx.string(o, u"name_zh"_s, false);
    ctx.string(o, u"description"_s, false);
    r.forMs = ctx.seconds(o, u"for_s"_s, false);

    const QJsonValue all = o.value(u"all_of"_s);
    if (all.isUndefined())
        ctx.fail(u"all_of"_s, u"missing"_s);
    if (!all.isArray() || all.toArray().isEmpty())
        ctx.fail(u"all_of"_s, u"must be a non-empty array of conditions"_s);
    const QJsonArray conds = all.toArray();
    for (qsizetype i = 0; i < conds.size(); ++i) {
        ctx.setCondition(int(i));
        r.allOf.append(parseCondition(ctx, conds.at(i)));
    }
    ctx.setCondition(-1);

    const QJsonValue actions = o.value(u"actions"_s);
    if (!actions.isUndefined()) {
        if (!actions.isArray())
            ctx.fail(u"actions"_s, u"must be an array"_s);
        r.actions = actions.toArray();
        for (qsizetype i = 0; i < r.actions.size(); ++i) {
            const QJsonValue a = r.actions.at(i);
            const QString where = u"actions["_s + QString::number(i) + u']';
            if (!a.isObject() || !a.toObject().value(u"type"_s).isString())
                ctx.fail(where, u"must be an object with a string 'type'"_s);
            // Unknown types would be stored and silently do nothing on the live engine: refuse them.
            const QJsonObject ao = a.toObject();
            const QString type = ao.value(u"type"_s).toString();
            static const QStringList known{u"dispatch"_s, u"instruction"_s, u"notify"_s};
            if (!known.contains(type))
                ctx.fail(where + u".type"_s, u"unknown action type '"_s + type + u"' (expected "_s + known.join(u", "_s) + u')');
            for (const char16_t *key : {u"text", u"text_zh", u"target", u"to"})
                if (ao.contains(QString::fromUtf16(key))
                    && (!ao.value(QString::fromUtf16(key)).isString() || ao.value(QString::fromUtf16(key)).toString().trimmed().isEmpty()))
                    ctx.fail(where + u'.' + QString::fromUtf16(key), u"must be a non-empty string"_s);
            if (ao.contains(u"ack_s"_s) && (!ao.value(u"ack_s"_s).isDouble() || ao.value(u"ack_s"_s).toDouble() <= 0))
                ctx.fail(where + u".ack_s"_s, u"must be a positive number of seconds"_s);
        }
    }
    return r;
}

} // namespace

QString opName(Op op)
{
    for (const auto &e : kOps)
        if (e.op == op)
            return QString::fromUtf16(e.name);
    return u"unknown"_s;
}

Op opFromName(QStringView name)
{
    for (const auto &e : kOps)
        if (name == QStringView(e.name))
            return e.op;
    return Op::Unknown;
}

QString severityName(Severity s)
{
    for (const auto &e : kSeverities)
        if (e.s == s)
            return QString::fromUtf16(e.name);
    return u"unknown"_s;
}

QString severityNameZh(Severity s)
{
    switch (s) {
    case Severity::Critical: return u"紧急"_s;
    case Severity::High: return u"高"_s;
    case Severity::Medium: return u"中"_s;
    case Severity::Low: return u"低"_s;
    default: return severityName(s);
    }
}

Severity severityFromName(QStringView name)
{
    for (const auto &e : kSeverities)
        if (name == QStringView(e.name))
            return e.s;
    return Severity::Unknown;
}

RuleSet parseRules(const QByteArray &json, const QString &fileName)
{
    QJsonParseError perr;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &perr);
    if (perr.error != QJsonParseError::NoError) {
        const int line = int(json.left(perr.offset).count('\n')) + 1;
        fail(ErrorCode::BadInput, fileName + u": line "_s + QString::number(line) + u": invalid JSON: "_s
                 + perr.errorString());
    }
    Ctx ctx(fileName);
    if (!doc.isObject())
        ctx.fail({}, u"the document must be an object {\"rules\": [...]}"_s);
    const QJsonObject top = doc.object();
    ctx.checkKeys(top, {u"rules", u"version", u"description"});
    if (!top.value(u"rules"_s).isArray())
        ctx.fail(u"rules"_s, u"missing or not an array"_s);

    RuleSet set;
    QSet<QString> ids;
    QHash<QString, int> tagIndex;
    const QJsonArray rules = top.value(u"rules"_s).toArray();
    for (qsizetype i = 0; i < rules.size(); ++i) {
        Rule r = parseRule(ctx, rules.at(i), int(i), ids);
        for (const Condition &c : std::as_const(r.allOf)) {
            if (!tagIndex.contains(c.tag)) {
                tagIndex.insert(c.tag, int(set.tags.size()));
                set.tags.append(c.tag);
            }
        }
        set.rules.append(std::move(r));
    }
    return set;
}

RuleSet loadRules(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        fail(ErrorCode::BadInput, path + u": cannot read: "_s + f.errorString());
    return parseRules(f.readAll(), path);
}

} // namespace gl::rules
