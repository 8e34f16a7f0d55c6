using System.Collections.Concurrent;
using Microsoft.AspNetCore.Http;

namespace Instroom.Tests.Performance.Support;

/// <summary>
/// Counts the commands run while answering a request marked with the header <see cref="Header"/>, per mark. Commands
/// of background services (no request) and of unmarked requests are not counted, so the count is the page's own.
/// </summary>
internal sealed class CommandCounter(IHttpContextAccessor requests)
{
    public const string Header = "X-Instroom-Telling";

    private readonly ConcurrentDictionary<string, ConcurrentQueue<string>> _commands = new(StringComparer.Ordinal);

    public void Record(string commandText)
    {
        var mark = requests.HttpContext?.Request.Headers[Header].ToString();
        if (!string.IsNullOrEmpty(mark))
        {
            _commands.GetOrAdd(mark, _ => new ConcurrentQueue<string>()).Enqueue(commandText);
        }
    }

    public IReadOnlyList<string> CommandsOf(string mark) => _commands.TryGetValue(mark, out var commands) ? [.. commands] : [];
}
