using Instroom.Jobs.Sources;

namespace Instroom.Web.Features.AdminSources;

/// <summary>The connection form of one source, with the errors of a refused save and the result of a connection test.</summary>
public sealed record SourceEditPage(SourceConnection Source, SourceConnectionForm Form, IReadOnlyList<SourceFieldError> Errors, SourceCheckResult? Check)
{
    public string? ErrorFor(SourceField field) => Errors.FirstOrDefault(error => error.Field == field)?.Message;

    public bool HasStoredToken => !string.IsNullOrWhiteSpace(Source.TokenProtected);

    public bool HasConfiguredToken => !string.IsNullOrWhiteSpace(Source.TokenSecretName);
}
