using Microsoft.Data.Sqlite;

namespace Atlas.Core.Storage;

/// <summary>The few helpers every store query uses: commands, parameters that accept null, nullable column reads.</summary>
internal static class SqliteExtensions
{
    public static SqliteCommand Command(this SqliteConnection connection, string sql, SqliteTransaction? transaction = null)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        return command;
    }

    /// <summary>Adds a parameter; null becomes SQL NULL (Microsoft.Data.Sqlite refuses a null Value).</summary>
    public static SqliteCommand With(this SqliteCommand command, string name, object? value)
    {
        command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        return command;
    }

    /// <summary>Adds a typed parameter to fill per row, so one prepared statement serves a whole page.</summary>
    public static SqliteParameter Slot(this SqliteCommand command, string name, SqliteType type) =>
        command.Parameters.Add(name, type);

    public static void Set(this SqliteParameter parameter, object? value) => parameter.Value = value ?? DBNull.Value;

    /// <summary>Starts a write transaction with <c>BEGIN IMMEDIATE</c>: it takes the write lock up front (waiting up to the
    /// busy timeout) instead of failing with SQLITE_BUSY when a read later turns into a write.</summary>
    public static async Task<SqliteTransaction> BeginWriteAsync(this SqliteConnection connection, CancellationToken cancellationToken) =>
        (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);

    public static async Task<long?> ScalarInt64Async(this SqliteCommand command, CancellationToken cancellationToken) =>
        await command.ExecuteScalarAsync(cancellationToken) is long value ? value : null;

    public static async Task<List<long>> ListInt64Async(this SqliteCommand command, CancellationToken cancellationToken)
    {
        var values = new List<long>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            values.Add(reader.GetInt64(0));
        }

        return values;
    }

    public static async Task<List<string>> ListStringsAsync(this SqliteCommand command, CancellationToken cancellationToken)
    {
        var values = new List<string>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            values.Add(reader.GetString(0));
        }

        return values;
    }

    public static string? StringOrNull(this SqliteDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

    public static long? Int64OrNull(this SqliteDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : reader.GetInt64(ordinal);

    public static int? Int32OrNull(this SqliteDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : reader.GetInt32(ordinal);

    public static DateTimeOffset? InstantOrNull(this SqliteDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : StoreTime.FromMs(reader.GetInt64(ordinal));

    public static DateTimeOffset Instant(this SqliteDataReader reader, int ordinal) => StoreTime.FromMs(reader.GetInt64(ordinal));
}
