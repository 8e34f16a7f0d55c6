using System.Text.Json.Serialization;

namespace Instroom.Data.Disclosure;

/// <summary>
/// How a figure may be shown. <see cref="NoData"/> is the default value on purpose: a count nobody filled in reads as
/// "geen gegevens", never as zero.
/// </summary>
[JsonConverter(typeof(JsonStringEnumConverter<DisclosureState>))]
public enum DisclosureState
{
    /// <summary>Nothing was delivered: shown "geen gegevens", never as 0.</summary>
    NoData = 0,

    /// <summary>The value as counted (0 included: zero and no data look different).</summary>
    Exact,

    /// <summary>Rounded to a multiple of 5 (CBS preset), or derived from rounded values.</summary>
    Rounded,

    /// <summary>Hidden: a small count, a cell hidden so that a small count cannot be recomputed, or a derived value
    /// with such an input.</summary>
    Suppressed,

    /// <summary>Only for shares: the whole is zero, so there is no percentage ("–").</summary>
    NotApplicable,
}
