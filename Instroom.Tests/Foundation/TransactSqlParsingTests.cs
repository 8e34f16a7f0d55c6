using System.Reflection;
using Instroom.Data.Storage;
using Instroom.Tests.Support;
using Microsoft.SqlServer.TransactSql.ScriptDom;

namespace Instroom.Tests.Foundation;

/// <summary>
/// There is no SQL Server on the build machine, so every T-SQL statement Instroom can send is at least parsed by
/// the real T-SQL grammar: the sql/sqlserver scripts, the SQL Server dialect, and every portable query (a const
/// string named *Sql in an Instroom assembly).
/// </summary>
public sealed class TransactSqlParsingTests
{
    public static TheoryData<string> SqlServerScripts()
    {
        var data = new TheoryData<string>();
        foreach (var script in SchemaScript.Load(SqlDialect.SqlServer))
        {
            data.Add(script.Name);
        }

        return data;
    }

    public static TheoryData<string> PortableStatements()
    {
        var data = new TheoryData<string>();
        foreach (var (name, _) in TransactSqlStatements.Portable())
        {
            data.Add(name);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(SqlServerScripts))]
    public void SqlServerScript_ParsesAsTransactSql(string scriptName)
    {
        var script = SchemaScript.Load(SqlDialect.SqlServer).Single(s => s.Name == scriptName);
        foreach (var batch in SqlDialect.SqlServer.SplitBatches(script.Text))
        {
            Assert.Empty(TransactSqlStatements.ParseErrors(batch));
        }
    }

    [Theory]
    [MemberData(nameof(PortableStatements))]
    public void PortableQuery_ParsesAsTransactSql(string name)
    {
        var sql = TransactSqlStatements.Portable().Single(s => s.Name == name).Sql;
        Assert.Empty(TransactSqlStatements.ParseErrors(sql));
    }

    [Fact]
    public void SqlServerDialectStatements_ParseAsTransactSql()
    {
        var statements = TransactSqlStatements.SqlServerDialect().ToList();
        Assert.NotEmpty(statements);
        Assert.All(statements, statement => Assert.Empty(TransactSqlStatements.ParseErrors(statement.Sql)));
    }

    [Fact]
    public void DockerInitScript_ParsesAsTransactSql()
    {
        // sqlcmd substitutes $(Variable) before the server sees the script; do the same with a sample value.
        var script = File.ReadAllText(RepositoryRoot.Combine("sql", "docker", "init-database.sql"))
            .Replace("$(InstroomDbPassword)", "Voorbeeld-wachtwoord-1", StringComparison.Ordinal);

        var batches = SqlDialect.SqlServer.SplitBatches(script);

        Assert.True(batches.Count >= 3);
        Assert.All(batches, batch => Assert.Empty(TransactSqlStatements.ParseErrors(batch)));
    }

    [Fact]
    public void PortableQueries_AreFound()
    {
        // Guards the reflection itself: if it found nothing, the theory above would pass vacuously.
        Assert.Contains(TransactSqlStatements.Portable(), s => s.Name.EndsWith("ReferenceDataLoader.InsertAreaSql", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("SELECT code FROM area WHERE")]
    [InlineData("INSERT INTO area (code) VALUES (@Code")]
    [InlineData("SELECT * FROM area LIMIT 5")]
    [InlineData("CREATE TABLE t (id INTEGER PRIMARY KEY) WITHOUT ROWID")]
    public void BrokenStatement_IsCaught(string sql) => Assert.NotEmpty(TransactSqlStatements.ParseErrors(sql));
}

internal static class TransactSqlStatements
{
    public static IReadOnlyList<string> ParseErrors(string sql)
    {
        var parser = new TSql160Parser(initialQuotedIdentifiers: true);
        using var reader = new StringReader(sql);
        parser.Parse(reader, out var errors);
        return errors.Select(e => $"line {e.Line}: {e.Message}").ToList();
    }

    /// <summary>Every const string whose name ends in "Sql" in the Instroom assemblies.</summary>
    public static IEnumerable<(string Name, string Sql)> Portable() =>
        new[] { typeof(InstroomDatabase).Assembly, typeof(Instroom.Jobs.InstroomJobsExtensions).Assembly, typeof(Program).Assembly }
            .SelectMany(assembly => assembly.GetTypes())
            .SelectMany(type => type.GetFields(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static | BindingFlags.DeclaredOnly)
                .Where(field => field.IsLiteral && field.FieldType == typeof(string) && field.Name.EndsWith("Sql", StringComparison.Ordinal))
                .Select(field => ($"{type.FullName}.{field.Name}", (string)field.GetRawConstantValue()!)))
            .Where(statement => !statement.Item1.Contains("SqliteDialect", StringComparison.Ordinal));

    /// <summary>Every SQL text the SQL Server dialect hands out.</summary>
    public static IEnumerable<(string Name, string Sql)> SqlServerDialect() =>
        typeof(SqlDialect).GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(property => property.PropertyType == typeof(string) && property.Name.EndsWith("Sql", StringComparison.Ordinal))
            .Select(property => (property.Name, (string)property.GetValue(SqlDialect.SqlServer)!));
}
