// SPDX-License-Identifier: Apache-2.0
#include "modules/telemetry/rules/RuleDiff.h"
#include "platform/util/Error.h"

#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

using namespace Qt::StringLiterals;

namespace gl::rules {

namespace {

QString compact(const QJsonValue &v)
{
    if (v.isUndefined())
        return {};
    if (v.isObject())
        return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
    if (v.isArray())
        return QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
    if (v.isString())
        return u'"' + v.toString() + u'"';
    if (v.isBool())
        return v.toBool() ? u"true"_s : u"false"_s;
    if (v.isNull())
        return u"null"_s;
    return QString::number(v.toDouble(), 'g', 15);
}

/// Rule objects by id, in file order. The content is validated with parseRules first.
QList<QJsonObject> ruleObjects(const QByteArray &json, const QString &name)
{
    parseRules(json, name); // throws BadInput naming the rule and field
    QList<QJsonObject> out;
    const QJsonArray rules = QJsonDocument::fromJson(json).object().value(u"rules"_s).toArray();
    for (const QJsonValue &r : rules)
        out.append(r.toObject());
    return out;
}

void diffObjects(const QJsonObject &a, const QJsonObject &b, const QString &prefix, QList<FieldChange> &out)
{
    QStringList keys = a.keys();
    for (const QString &k : b.keys())
        if (!keys.contains(k))
            keys.append(k);
    for (const QString &k : std::as_const(keys)) {
        if (prefix.isEmpty() && k == u"all_of"_s)
            continue;
        const QJsonValue va = a.value(k), vb = b.value(k);
        if (va != vb)
            out.append({prefix + k, compact(va), compact(vb)});
    }
}

QString number(double v)
{
    return QString::number(v, 'g', 10);
}

} // namespace

QList<RuleChange> diffRuleSets(const QByteArray &before, const QByteArray &after, const QString &beforeName, const QString &afterName)
{
    const QList<QJsonObject> a = ruleObjects(before, beforeName), b = ruleObjects(after, afterName);
    QHash<QString, QJsonObject> byIdA;
    for (const QJsonObject &r : a)
        byIdA.insert(r.value(u"id"_s).toString(), r);
    QSet<QString> inB;
    QList<RuleChange> out;
    for (const QJsonObject &rb : b) {
        const QString id = rb.value(u"id"_s).toString();
        inB.insert(id);
        const auto it = byIdA.constFind(id);
        if (it == byIdA.constEnd()) {
            out.append({RuleChange::Kind::Added, id, {}});
            continue;
        }
        RuleChange c{RuleChange::Kind::Changed, id, {}};
        diffObjects(*it, rb, {}, c.fields);
        const QJsonArray ca = it->value(u"all_of"_s).toArray(), cb = rb.value(u"all_of"_s).toArray();
        for (qsizetype i = 0; i < std::max(ca.size(), cb.size()); ++i) {
            const QString path = u"all_of["_s + QString::number(i) + u']';
            if (i >= ca.size())
                c.fields.append({path, {}, compact(cb.at(i))});
            else if (i >= cb.size())
                c.fields.append({path, compact(ca.at(i)), {}});
            else
                diffObjects(ca.at(i).toObject(), cb.at(i).toObject(), path + u'.', c.fields);
        }
        if (!c.fields.isEmpty())
            out.append(std::move(c));
    }
    for (const QJsonObject &ra : a) {
        const QString id = ra.value(u"id"_s).toString();
        if (!inB.contains(id))
            out.append({RuleChange::Kind::Removed, id, {}});
    }
    return out;
}

QString summarize(const Condition &c)
{
    const QString window = number(c.windowMs / 1000.0) + u" s"_s;
    switch (c.op) {
    case Op::Gt:
    case Op::Lt: {
        QString s = c.tag + (c.op == Op::Gt ? u" > "_s : u" < "_s) + number(c.value);
        if (c.deadband > 0)
            s += u" (deadband "_s + number(c.deadband) + u')';
        return s;
    }
    case Op::Rise:
        return c.tag + u" rise ≥ "_s + number(c.by) + u" in "_s + window;
    case Op::DropPct:
        return c.tag + u" drop ≥ "_s + number(c.by) + u" % in "_s + window;
    case Op::Stale:
        return c.tag + u" stale > "_s + window;
    case Op::Unknown:
        break;
    }
    return c.tag + u" ?"_s;
}

QString summarize(const Rule &r)
{
    QStringList parts;
    for (const Condition &c : r.allOf)
        parts << summarize(c);
    QString s = parts.join(u" AND "_s);
    if (r.forMs > 0)
        s += u" for ≥ "_s + number(r.forMs / 1000.0) + u" s"_s;
    return s;
}

QString summarizeActions(const Rule &r)
{
    QStringList parts;
    for (const QJsonValue &v : r.actions) {
        const QJsonObject a = v.toObject();
        QString s = a.value(u"type"_s).toString();
        const QString target = a.value(u"target"_s).toString(), text = a.value(u"text"_s).toString();
        if (!target.isEmpty())
            s += u" → "_s + target;
        if (!text.isEmpty())
            s += u": "_s + text;
        parts << s;
    }
    return parts.join(u"; "_s);
}

} // namespace gl::rules
