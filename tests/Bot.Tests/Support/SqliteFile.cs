using Microsoft.Data.Sqlite;

namespace Bot.Tests.Support;

internal static class SqliteFile
{
    /// <summary>One value from the bot's SQLite file, read on a separate unpooled connection.</summary>
    public static object? Scalar(string path, string sql)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        connection.Open();
        using var query = connection.CreateCommand();
        query.CommandText = sql;
        return query.ExecuteScalar();
    }
}
