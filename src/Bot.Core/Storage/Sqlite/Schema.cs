using Microsoft.Data.Sqlite;

namespace Bot.Core.Storage.Sqlite;

/// <summary>The schema as an ordered list of migration steps; <c>PRAGMA user_version</c> counts the steps applied.</summary>
internal static class Schema
{
    /// <summary>Step i takes the file from version i to i + 1. Append new steps; never edit a published one.</summary>
    internal static readonly IReadOnlyList<string> Migrations =
    [
        """
        CREATE TABLE articles (
            url        TEXT    NOT NULL PRIMARY KEY,
            json       TEXT    NOT NULL,
            fetched_at INTEGER NOT NULL
        );
        CREATE INDEX articles_fetched_at ON articles (fetched_at);

        CREATE TABLE article_aliases (
            alias       TEXT NOT NULL PRIMARY KEY,
            article_url TEXT NOT NULL REFERENCES articles (url) ON DELETE CASCADE
        );
        CREATE INDEX article_aliases_article_url ON article_aliases (article_url);

        CREATE TABLE summaries (
            article_url   TEXT    NOT NULL,
            length        TEXT    NOT NULL,
            language      TEXT    NOT NULL,
            summarizer_id TEXT    NOT NULL,
            json          TEXT    NOT NULL,
            created_at    INTEGER NOT NULL,
            PRIMARY KEY (article_url, length, language, summarizer_id)
        );
        CREATE INDEX summaries_created_at ON summaries (created_at);

        CREATE TABLE recent_links (
            id         INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
            platform   TEXT    NOT NULL,
            channel_id TEXT    NOT NULL,
            thread_id  TEXT    NOT NULL,
            url        TEXT    NOT NULL,
            posted_at  INTEGER NOT NULL
        );
        CREATE INDEX recent_links_conversation ON recent_links (platform, channel_id, thread_id, posted_at);

        CREATE TABLE delivered_events (
            platform TEXT    NOT NULL,
            event_id TEXT    NOT NULL,
            seen_at  INTEGER NOT NULL,
            PRIMARY KEY (platform, event_id)
        ) WITHOUT ROWID;
        CREATE INDEX delivered_events_seen_at ON delivered_events (seen_at);
        """,
    ];

    internal static int LatestVersion => Migrations.Count;

    /// <summary>Applies the missing steps in one write transaction; returns the version the file had.</summary>
    internal static int Migrate(SqliteConnection connection, string path)
    {
        using var transaction = connection.BeginTransaction(deferred: false);
        var version = Convert.ToInt32(connection.Scalar("PRAGMA user_version;", transaction));
        if (version > LatestVersion)
        {
            throw StorageException.TooNew(path, version, LatestVersion);
        }

        for (var step = version; step < LatestVersion; step++)
        {
            connection.Execute(Migrations[step], transaction);
        }

        if (version != LatestVersion)
        {
            // PRAGMA takes no parameters; the value is a count from this file, never input.
            connection.Execute($"PRAGMA user_version = {LatestVersion};", transaction);
        }

        transaction.Commit();
        return version;
    }
}
