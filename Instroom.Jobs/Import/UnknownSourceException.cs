namespace Instroom.Jobs.Import;

/// <summary>
/// The source code is not in the <c>source</c> table. A configuration error, not a bad delivery: no import run can
/// be recorded for a source that does not exist, so it is thrown (and a Hangfire job fails visibly) instead.
/// </summary>
public sealed class UnknownSourceException : Exception
{
    public UnknownSourceException()
    {
    }

    public UnknownSourceException(string sourceCode)
        : base($"Bron '{sourceCode}' is niet geregistreerd in Instroom (tabel source).") => SourceCode = sourceCode;

    public UnknownSourceException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public string? SourceCode { get; }
}
