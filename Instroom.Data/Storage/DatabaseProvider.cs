namespace Instroom.Data.Storage;

/// <summary>The two databases Instroom runs on: SQLite embedded by default, SQL Server in production.</summary>
public enum DatabaseProvider
{
    Sqlite,
    SqlServer,
}
