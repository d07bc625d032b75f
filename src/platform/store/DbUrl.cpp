// SPDX-License-Identifier: Apache-2.0
#include "platform/store/DbUrl.h"
#include "platform/util/Error.h"

#include <QDir>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QUrl>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace gl {

DbUrl DbUrl::parse(const QString &text)
{
    DbUrl u;
    if (text.isEmpty()) {
        u.backend = Backend::Sqlite;
        u.path = defaultSqlitePath();
        return u;
    }
    if (text.startsWith(u"postgresql://"_s) || text.startsWith(u"postgres://"_s)) {
        const QUrl url(text, QUrl::StrictMode);
        if (!url.isValid() || url.host().isEmpty())
            fail(ErrorCode::BadInput,
                 u"database URL: not a valid postgresql://user[:pass]@host[:port]/dbname URL (host '%1')"_s
                     .arg(url.host()));
        u.backend = Backend::Postgres;
        u.host = url.host();
        u.port = url.port(5432);
        u.user = url.userName();
        u.password = url.password();
        u.dbName = url.path().mid(1);
        if (u.dbName.isEmpty() || u.dbName.contains(u'/'))
            fail(ErrorCode::BadInput, u"database URL '%1': the database name is missing"_s.arg(u.redacted()));
        // TLS parameters only: each is handed to libpq as a connect option, so the value must not be able to
        // add another option (no spaces, quotes, backslashes or ';').
        static const QStringList known = {u"sslmode"_s, u"sslrootcert"_s, u"sslcert"_s, u"sslkey"_s, u"sslcrl"_s};
        static const QStringList modes = {u"disable"_s, u"allow"_s, u"prefer"_s, u"require"_s, u"verify-ca"_s, u"verify-full"_s};
        for (const auto &[key, value] : QUrlQuery(url).queryItems(QUrl::FullyDecoded)) {
            if (!known.contains(key))
                fail(ErrorCode::BadInput, u"database URL: unknown parameter '%1' (accepted: %2)"_s.arg(key, known.join(u", "_s)));
            if (value.isEmpty() || value.contains(QRegularExpression(u"[\\s;'\"\\\\]"_s)))
                fail(ErrorCode::BadInput, u"database URL: parameter '%1' needs a value without spaces, quotes, backslashes or ';'"_s.arg(key));
            if (key == u"sslmode"_s && !modes.contains(value))
                fail(ErrorCode::BadInput, u"database URL: sslmode '%1' is not one of %2"_s.arg(value, modes.join(u", "_s)));
            u.pgOptions.append({key, value});
        }
        return u;
    }
    if (text.contains(u"://"_s))
        fail(ErrorCode::BadInput,
             u"database URL: unsupported scheme in '%1' (use a file path, sqlite:PATH or postgresql://...)"_s
                 .arg(text.section(u"://"_s, 0, 0)));
    u.backend = Backend::Sqlite;
    u.path = text.startsWith(u"sqlite:"_s) ? text.mid(7) : text;
    if (u.path.isEmpty())
        fail(ErrorCode::BadInput, u"database URL: 'sqlite:' needs a file path"_s);
    return u;
}

QString DbUrl::defaultSqlitePath()
{
    QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    if (dir.isEmpty())
        dir = QDir::homePath() + u"/.local/share/Guardline"_s;
    return dir + u"/guardline.sqlite"_s;
}

QString DbUrl::redacted() const
{
    switch (backend) {
    case Backend::Sqlite:
        return u"sqlite:"_s + path;
    case Backend::Postgres: {
        QStringList query;
        for (const auto &[key, value] : pgOptions)
            query << key + u"="_s + value;
        return u"postgresql://%1%2@%3:%4/%5"_s.arg(user, password.isEmpty() ? QString() : u":***"_s, host)
                   .arg(port)
                   .arg(dbName)
            + (query.isEmpty() ? QString() : u"?"_s + query.join(u'&'));
    }
    case Backend::Unknown:
        break;
    }
    return {};
}

QString DbUrl::pgConnectOptions() const
{
    // A conninfo value without quoting (QPSQL turns the ';' into spaces): what is not a plain name character
    // becomes '_'; PostgreSQL keeps the first 63 bytes.
    QString name = applicationName.isEmpty() ? u"guardline"_s : applicationName.left(63);
    for (QChar &c : name)
        if (!(c.isLetterOrNumber() && c.unicode() < 128) && !QStringView(u"@:._-").contains(c))
            c = u'_';
    QString options = u"connect_timeout=5;application_name="_s + name;
    for (const auto &[key, value] : pgOptions)
        options += u";"_s + key + u"="_s + value;
    return options;
}

} // namespace gl
