using Microsoft.Data.Sqlite;

namespace Instroom.Data.Storage;

/// <summary>A relative SQLite file is placed under the application's content root, not wherever the shell is.</summary>
public static class SqliteFileLocation
{
    public static string Resolve(string connectionString, string contentRoot)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString);
        if (builder.Mode != SqliteOpenMode.Memory && !string.IsNullOrEmpty(builder.DataSource) && !Path.IsPathRooted(builder.DataSource)
            && builder.DataSource != ":memory:")
        {
            builder.DataSource = Path.GetFullPath(Path.Combine(contentRoot, builder.DataSource));
        }

        return builder.ToString();
    }
}
