using System.Collections.Concurrent;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Instroom.Data.Disclosure;
using Instroom.Data.Rollups;
using Microsoft.Extensions.Options;

namespace Instroom.Web.Features.Dashboard;

/// <summary>
/// Keeps the <see cref="WeekDisclosure"/> of recently shown weeks: computing one takes up to a few seconds for a week
/// of small counts, and a week's figures change only when a delivery comes in. The key is a hash of everything the
/// week's input holds, so a new delivery or correction simply makes a new entry.
/// </summary>
public sealed class WeekDisclosures(IOptions<DisclosurePolicy> policy)
{
    /// <summary>Enough for the weeks people page through; the cache is emptied when it is full.</summary>
    private const int MaxWeeks = 32;

    private readonly ConcurrentDictionary<string, Lazy<WeekDisclosure>> _weeks = new(StringComparer.Ordinal);

    public WeekDisclosure For(WeekInput input)
    {
        if (_weeks.Count >= MaxWeeks)
        {
            _weeks.Clear();
        }

        var options = policy.Value;
        return _weeks.GetOrAdd(Fingerprint(input, options), _ => new Lazy<WeekDisclosure>(() => WeekDisclosure.Compute(input, options))).Value;
    }

    /// <summary>SHA-256 of the week, the policy, the regions with their gemeenten, the expected sources, the deliveries used and every figure.</summary>
    internal static string Fingerprint(WeekInput input, DisclosurePolicy options)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        void Add(string text) => hash.AppendData(Encoding.UTF8.GetBytes(text + "\n"));

        Add($"{input.Week.Key}|{options.Threshold}|{options.Preset}");
        foreach (var region in input.Regions)
        {
            Add($"r|{region.Region.Code}|{region.Region.Kind}|{string.Join(',', region.Gemeenten.Order(StringComparer.Ordinal))}");
        }

        foreach (var expected in input.Expected)
        {
            Add($"e|{expected.Source.Code}|{expected.GemeenteCode}");
        }

        foreach (var delivery in input.Deliveries)
        {
            Add($"d|{delivery.Source.Code}|{delivery.ReferenceDate}|{delivery.Corrected}");
        }

        foreach (var figure in input.Figures)
        {
            Add($"f|{figure.SourceCode}|{figure.GemeenteCode}|{figure.Indicator}|{figure.Measure}|{figure.Class}|{figure.Value.ToString(CultureInfo.InvariantCulture)}");
        }

        return Convert.ToHexString(hash.GetHashAndReset());
    }
}
