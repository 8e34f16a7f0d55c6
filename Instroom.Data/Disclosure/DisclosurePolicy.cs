using System.ComponentModel.DataAnnotations;

namespace Instroom.Data.Disclosure;

/// <summary>
/// Section <c>Instroom:Disclosure</c>: how small counts are protected. See docs/design/disclosure-control.md.
/// </summary>
public sealed class DisclosurePolicy
{
    public const string SectionName = "Instroom:Disclosure";

    /// <summary>Counts from 1 up to (not including) this are hidden; 0 is shown.</summary>
    [Range(2, 1000)]
    public int Threshold { get; set; } = 5;

    public DisclosurePreset Preset { get; set; } = DisclosurePreset.Standaard;

    /// <summary>
    /// Roles that see exact counts. Empty unless configured: nobody is exempt by default, and every exact view of an
    /// exempt role is audited by the caller. Matched exactly (case-sensitive), so a typo exempts nobody.
    /// </summary>
    public List<string> ExemptRoles { get; set; } = [];

    /// <summary>True when any of <paramref name="roles"/> is configured as exempt.</summary>
    public bool IsExempt(IEnumerable<string> roles) => roles.Any(role => ExemptRoles.Contains(role, StringComparer.Ordinal));
}

public enum DisclosurePreset
{
    /// <summary>Small counts hidden, the rest exact.</summary>
    Standaard,

    /// <summary>
    /// As CBS publishes: every shown count rounded to a multiple of 5, small counts hidden, percentages from the
    /// rounded values. Totals are rounded on their own, so they need not add up.
    /// </summary>
    CbsAfronding,
}
