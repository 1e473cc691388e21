using Microsoft.Data.Sqlite;

namespace Bot.Core.Storage.Sqlite;

internal static class SqliteConnectionExtensions
{
    internal static SqliteCommand Command(this SqliteConnection connection, string sql, SqliteTransaction? transaction = null)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        return command;
    }

    internal static int Execute(this SqliteConnection connection, string sql, SqliteTransaction? transaction = null)
    {
        using var command = connection.Command(sql, transaction);
        return command.ExecuteNonQuery();
    }

    internal static object? Scalar(this SqliteConnection connection, string sql, SqliteTransaction? transaction = null)
    {
        using var command = connection.Command(sql, transaction);
        return command.ExecuteScalar();
    }

    internal static SqliteCommand With(this SqliteCommand command, string name, object? value)
    {
        command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        return command;
    }
}
