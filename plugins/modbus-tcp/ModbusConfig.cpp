// SPDX-License-Identifier: Apache-2.0
#include "ModbusConfig.h"

#include <QJsonArray>

#include <cmath>
#include <optional>

using namespace Qt::StringLiterals;

namespace gl::modbus {
namespace {

/// Reads an optional integer field; returns the refusal or an empty string.
QString intField(const QJsonObject &o, const QString &key, const QString &where, int lo, int hi, int &out)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined())
        return {};
    const double d = v.toDouble(std::nan(""));
    if (!v.isDouble() || d != std::floor(d) || d < lo || d > hi)
        return u"%1: must be an integer %2..%3"_s.arg(where).arg(lo).arg(hi);
    out = int(d);
    return {};
}

QString numberField(const QJsonObject &o, const QString &key, const QString &where, std::optional<double> &out)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined())
        return {};
    if (!v.isDouble() || !std::isfinite(v.toDouble()))
        return u"%1: must be a number"_s.arg(where);
    out = v.toDouble();
    return {};
}

QString unknownFields(const QJsonObject &o, const QString &where, std::initializer_list<const char16_t *> known)
{
    for (auto it = o.begin(); it != o.end(); ++it) {
        bool ok = false;
        for (const char16_t *k : known)
            ok = ok || it.key() == QStringView(k);
        if (!ok)
            return u"%1%2: unknown field"_s.arg(where.isEmpty() ? QString() : where + u"."_s, it.key());
    }
    return {};
}

} // namespace

QString parseConfig(const QJsonObject &c, Config &cfg)
{
    if (QString e = unknownFields(c, {}, {u"host", u"port", u"unit_id", u"timeout_ms", u"retries", u"reconnect", u"poll_ms",
                                          u"tags", u"registers", u"commands", u"description"}); !e.isEmpty())
        return e;
    if (!c.value(u"host"_s).isString() || c.value(u"host"_s).toString().trimmed().isEmpty())
        return u"host: the PLC's host name or address is required"_s;
    cfg.host = c.value(u"host"_s).toString().trimmed();
    QString e;
    if (!(e = intField(c, u"port"_s, u"port"_s, 1, 65535, cfg.port)).isEmpty()
        || !(e = intField(c, u"unit_id"_s, u"unit_id"_s, 0, 255, cfg.unitId)).isEmpty()
        || !(e = intField(c, u"timeout_ms"_s, u"timeout_ms"_s, 10, 60000, cfg.timeoutMs)).isEmpty()
        || !(e = intField(c, u"retries"_s, u"retries"_s, 0, 10, cfg.retries)).isEmpty())
        return e;
    int defaultPoll = 1000;
    if (!(e = intField(c, u"poll_ms"_s, u"poll_ms"_s, 50, 3'600'000, defaultPoll)).isEmpty())
        return e;
    if (c.contains(u"reconnect"_s)) {
        if (!c.value(u"reconnect"_s).isObject())
            return u"reconnect: must be an object {\"min_s\": .., \"max_s\": ..}"_s;
        const QJsonObject r = c.value(u"reconnect"_s).toObject();
        if (QString u = unknownFields(r, u"reconnect"_s, {u"min_s", u"max_s"}); !u.isEmpty())
            return u;
        std::optional<double> lo = 1.0, hi = 30.0;
        if (!(e = numberField(r, u"min_s"_s, u"reconnect.min_s"_s, lo)).isEmpty() || !(e = numberField(r, u"max_s"_s, u"reconnect.max_s"_s, hi)).isEmpty())
            return e;
        if (*lo < 0.1 || *hi < *lo || *hi > 3600)
            return u"reconnect: need 0.1 <= min_s <= max_s <= 3600"_s;
        cfg.backoffMinS = *lo;
        cfg.backoffMaxS = *hi;
    }

    struct Range { std::optional<double> lo, hi; };
    QHash<QString, Range> tagRanges;
    const QJsonValue tags = c.value(u"tags"_s);
    if (!tags.isUndefined() && !tags.isObject())
        return u"tags: must be an object {\"TAG\": {\"min\": .., \"max\": ..}}"_s;
    const QJsonObject tagObject = tags.toObject();
    for (auto it = tagObject.begin(); it != tagObject.end(); ++it) {
        const QString where = u"tags.%1"_s.arg(it.key());
        if (!it.value().isObject())
            return where + u": must be an object {\"min\": .., \"max\": ..}"_s;
        const QJsonObject t = it.value().toObject();
        if (QString u = unknownFields(t, where, {u"min", u"max", u"unit"}); !u.isEmpty())
            return u;
        Range r;
        if (!(e = numberField(t, u"min"_s, where + u".min"_s, r.lo)).isEmpty() || !(e = numberField(t, u"max"_s, where + u".max"_s, r.hi)).isEmpty())
            return e;
        if (r.lo && r.hi && *r.lo > *r.hi)
            return where + u": min is above max"_s;
        tagRanges.insert(it.key(), r);
    }

    const QJsonValue regsValue = c.value(u"registers"_s);
    if (!regsValue.isArray() || regsValue.toArray().isEmpty())
        return u"registers: at least one {\"tag\", \"table\", \"address\", \"type\"} is required"_s;
    const QJsonArray regs = regsValue.toArray();
    QHash<QString, int> seen;
    for (qsizetype i = 0; i < regs.size(); ++i) {
        const QString where = u"registers[%1]"_s.arg(i);
        if (!regs.at(i).isObject())
            return where + u": must be an object"_s;
        const QJsonObject o = regs.at(i).toObject();
        if (QString u = unknownFields(o, where, {u"tag", u"table", u"address", u"type", u"word_order", u"scale", u"offset",
                                                  u"poll_ms", u"min", u"max"});
            !u.isEmpty())
            return u;
        Register r;
        r.tag = o.value(u"tag"_s).toString().trimmed();
        if (r.tag.isEmpty())
            return where + u".tag: the tag is required"_s;
        if (seen.contains(r.tag))
            return where + u".tag: '%1' is already mapped by registers[%2]"_s.arg(r.tag).arg(seen.value(r.tag));
        seen.insert(r.tag, int(i));
        const QString table = o.value(u"table"_s).toString(u"holding"_s);
        if (table == u"holding"_s)
            r.table = Table::Holding;
        else if (table == u"input"_s)
            r.table = Table::Input;
        else if (table == u"coil"_s)
            r.table = Table::Coil;
        else if (table == u"discrete"_s)
            r.table = Table::Discrete;
        else
            return where + u".table: unknown table '%1' (holding, input, coil or discrete)"_s.arg(table);
        if (!o.contains(u"address"_s))
            return where + u".address: the address is required"_s;
        if (!(e = intField(o, u"address"_s, where + u".address"_s, 0, 65535, r.address)).isEmpty())
            return e;
        const QString type = o.value(u"type"_s).toString(isBits(r.table) ? u"bool"_s : u"u16"_s);
        if (isBits(r.table)) {
            if (type != u"bool"_s)
                return where + u".type: a %1 is a single bit: type '%2' does not apply (use bool or leave it out)"_s.arg(table, type);
            r.type = Type::Bit;
        } else if (type == u"u16"_s) {
            r.type = Type::U16;
        } else if (type == u"i16"_s) {
            r.type = Type::I16;
        } else if (type == u"u32"_s) {
            r.type = Type::U32;
        } else if (type == u"i32"_s) {
            r.type = Type::I32;
        } else if (type == u"f32"_s) {
            r.type = Type::F32;
        } else {
            return where + u".type: unknown type '%1' (u16, i16, u32, i32 or f32)"_s.arg(type);
        }
        if (r.address + r.width() - 1 > 65535)
            return where + u".address: a %1 at %2 runs past register 65535"_s.arg(type).arg(r.address);
        const QString order = o.value(u"word_order"_s).toString(u"big"_s);
        if (order != u"big"_s && order != u"little"_s)
            return where + u".word_order: must be big or little, not '%1'"_s.arg(order);
        r.littleWords = order == u"little"_s;
        std::optional<double> scale = 1.0, offset = 0.0;
        if (!(e = numberField(o, u"scale"_s, where + u".scale"_s, scale)).isEmpty() || !(e = numberField(o, u"offset"_s, where + u".offset"_s, offset)).isEmpty())
            return e;
        if (*scale == 0)
            return where + u".scale: must not be 0"_s;
        r.scale = *scale;
        r.offset = *offset;
        r.pollMs = defaultPoll;
        if (!(e = intField(o, u"poll_ms"_s, where + u".poll_ms"_s, 50, 3'600'000, r.pollMs)).isEmpty())
            return e;
        const Range range = tagRanges.value(r.tag);
        r.lo = range.lo;
        r.hi = range.hi;
        if (!(e = numberField(o, u"min"_s, where + u".min"_s, r.lo)).isEmpty() || !(e = numberField(o, u"max"_s, where + u".max"_s, r.hi)).isEmpty())
            return e;
        if (r.lo && r.hi && *r.lo > *r.hi)
            return where + u": min is above max"_s;
        cfg.registers << r;
    }

    const QJsonValue cmds = c.value(u"commands"_s);
    if (!cmds.isUndefined() && !cmds.isObject())
        return u"commands: must be an object {\"TARGET\": {\"table\": \"coil\", \"address\": .., \"value\": ..}}"_s;
    const QJsonObject cmdObject = cmds.toObject();
    for (auto it = cmdObject.begin(); it != cmdObject.end(); ++it) {
        QJsonArray list = it.value().isArray() ? it.value().toArray() : QJsonArray{it.value()};
        if (list.isEmpty())
            return u"commands.%1: no write given"_s.arg(it.key());
        QList<Write> writes;
        for (qsizetype k = 0; k < list.size(); ++k) {
            const QString where = it.value().isArray() ? u"commands.%1[%2]"_s.arg(it.key()).arg(k) : u"commands.%1"_s.arg(it.key());
            if (!list.at(k).isObject())
                return where + u": must be an object {\"table\", \"address\", \"value\"}"_s;
            const QJsonObject o = list.at(k).toObject();
            if (QString u = unknownFields(o, where, {u"table", u"address", u"value"}); !u.isEmpty())
                return u;
            Write w;
            const QString table = o.value(u"table"_s).toString(u"coil"_s);
            if (table == u"coil"_s)
                w.table = Table::Coil;
            else if (table == u"holding"_s)
                w.table = Table::Holding;
            else
                return where + u".table: a command writes a coil or a holding register, not '%1'"_s.arg(table);
            if (!o.contains(u"address"_s))
                return where + u".address: the address is required"_s;
            if (!(e = intField(o, u"address"_s, where + u".address"_s, 0, 65535, w.address)).isEmpty())
                return e;
            const QJsonValue v = o.value(u"value"_s);
            int value = 1;
            if (v.isBool()) {
                if (w.table != Table::Coil)
                    return where + u".value: a holding register takes a number"_s;
                value = v.toBool() ? 1 : 0;
            } else if (w.table == Table::Coil) {
                if (!(e = intField(o, u"value"_s, where + u".value"_s, 0, 1, value)).isEmpty())
                    return e;
            } else {
                if (!o.contains(u"value"_s))
                    return where + u".value: the value to write is required"_s;
                if (!(e = intField(o, u"value"_s, where + u".value"_s, -32768, 65535, value)).isEmpty())
                    return e;
            }
            w.value = quint16(value & 0xffff);
            writes << w;
        }
        cfg.commands.insert(it.key(), writes);
    }
    return {};
}

} // namespace gl::modbus
