using Instroom.Tests.Ingestion;

namespace Instroom.Tests.Support;

/// <summary>
/// The test assembly doubles as a console program, so a test can run real work in a child process and kill it at a
/// point the child reports (see <see cref="ChildProcess"/>). Under <c>dotnet test</c> this Main is never called.
/// </summary>
public static class TestProcessEntry
{
    public static async Task<int> Main(string[] args) => args switch
    {
        [ImportInterruptionTests.ChildCommand, .. var rest] => await ImportInterruptionTests.RunChildAsync(rest),
        _ => Usage(),
    };

    private static int Usage()
    {
        Console.Error.WriteLine($"usage: dotnet Instroom.Tests.dll {ImportInterruptionTests.ChildCommand} <arguments>");
        return 2;
    }
}
