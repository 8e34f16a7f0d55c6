using Instroom.Data.Storage;

namespace Instroom.Tests.Support;

/// <summary>Theory data: every repository test runs on SQLite, and on SQL Server when configured.</summary>
public sealed class Providers : TheoryData<DatabaseProvider>
{
    public Providers()
    {
        Add(DatabaseProvider.Sqlite);
        Add(DatabaseProvider.SqlServer);
    }
}
