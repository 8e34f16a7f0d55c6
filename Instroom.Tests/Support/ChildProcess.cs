using System.Diagnostics;

namespace Instroom.Tests.Support;

/// <summary>
/// This test assembly started as a separate process (<c>dotnet Instroom.Tests.dll command args…</c>), with its
/// standard output readable line by line and its standard input held open, so a child can wait there to be killed.
/// </summary>
public sealed class ChildProcess : IAsyncDisposable
{
    private readonly Process _process;

    private ChildProcess(Process process) => _process = process;

    public static ChildProcess Start(params string[] arguments)
    {
        var start = new ProcessStartInfo(DotnetHost())
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(typeof(ChildProcess).Assembly.Location);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        return new ChildProcess(Process.Start(start) ?? throw new InvalidOperationException("Could not start the child process."));
    }

    /// <summary>Reads output lines until one equals <paramref name="line"/>; fails if the child ends first.</summary>
    public async Task WaitForLineAsync(string line, CancellationToken cancellationToken)
    {
        while (await _process.StandardOutput.ReadLineAsync(cancellationToken) is { } read)
        {
            if (read == line)
            {
                return;
            }
        }

        var error = await _process.StandardError.ReadToEndAsync(cancellationToken);
        throw new InvalidOperationException($"The child process ended before it wrote '{line}'. Its error output: {error}");
    }

    /// <summary>Kills the process the way an operating system or a crash would: no cleanup code of its own runs.</summary>
    public async Task KillAsync()
    {
        _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            await KillAsync();
        }

        _process.Dispose();
    }

    private static string DotnetHost()
    {
        // Under dotnet test the test host itself runs on the dotnet executable; fall back to the PATH otherwise.
        var current = Environment.ProcessPath;
        return current is not null && Path.GetFileNameWithoutExtension(current) == "dotnet" ? current : "dotnet";
    }
}
