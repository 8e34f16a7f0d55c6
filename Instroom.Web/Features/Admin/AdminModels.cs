using Instroom.Data.Status;
using Instroom.Data.Trends;
using Instroom.Jobs.Sources;
using Instroom.Web.Features.Deliveries;
using Instroom.Web.Features.Indicators;
using NodaTime;

namespace Instroom.Web.Features.Admin;

/// <summary>A source's connection settings as an administrator reads them; the token itself is never here.</summary>
public sealed record ConnectionLine(
    string Code,
    string Name,
    string Kind,
    string Validity,
    bool Active,
    string Connector,
    string Address,
    string PullTime,
    string Timeout,
    string MaxSize,
    bool Enabled,
    bool HasTokenSecret)
{
    public static ConnectionLine From(SourceConnection source, LocalDate today) => new(
        source.Code,
        source.Name,
        source.Kind.ToString(),
        source.ValidTo is { } to ? $"{DeliveryText.Date(source.ValidFrom)} tot {DeliveryText.Date(to)}" : $"sinds {DeliveryText.Date(source.ValidFrom)}",
        source.IsActiveOn(today),
        source.Connector switch
        {
            null => "geen koppeling",
            SourceConnectors.Folder => "map",
            var connector => connector,
        },
        source.Connector switch
        {
            SourceConnectors.Folder => source.FolderPath ?? "–",
            null => "–",
            _ => SafeAddress(source.BaseUrl),
        },
        source.Connector is null ? "–" : source.PullTimeLocal,
        source.Connector is null ? "–" : $"{source.TimeoutSeconds} s",
        source.Connector is null ? "–" : (source.MaxBodyBytes / 1048576.0).ToString("0.#", Formats.Dutch) + " MiB",
        source.Connector is not null && source.Enabled,
        source.HasToken);

    /// <summary>Scheme, host and path only: user info or a query string could hold a secret.</summary>
    private static string SafeAddress(string? baseUrl) => SourceChanges.SafeAddress(baseUrl);
}

/// <summary>A status rule in the administrator's table.</summary>
public sealed record RuleRow(StatusRule Rule, RuleLine Line, string IndicatorLabel, string IndicatorAnchor);

/// <summary>The Beheer page: connections and status rules, each with a link to its form.</summary>
public sealed record AdminIndexModel(IReadOnlyList<ConnectionLine> Connections, IReadOnlyList<RuleRow> Rules)
{
    /// <summary>What was just saved, shown once after the redirect.</summary>
    public string? Confirmation { get; init; }

    public static AdminIndexModel From(IReadOnlyList<SourceConnection> sources, IReadOnlyList<StatusRule> rules, LocalDate today) => new(
        sources.OrderBy(s => s.Kind).ThenBy(s => s.Code, StringComparer.Ordinal).Select(s => ConnectionLine.From(s, today)).ToList(),
        rules.Select(rule => TrendIndicators.TryGet(rule.Indicator, out var indicator)
                ? new RuleRow(rule, RuleLine.From(rule), indicator.Label, indicator.DefinitionAnchor)
                : new RuleRow(rule, RuleLine.From(rule), rule.Indicator, "indicator-" + rule.Indicator))
            .ToList());
}
