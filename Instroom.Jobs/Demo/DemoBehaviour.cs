using NodaTime;

namespace Instroom.Jobs.Demo;

/// <summary>How a demo source behaves for one peildatum.</summary>
public enum DemoBehaviourKind
{
    /// <summary>Available from the normal time in the night after the peildatum.</summary>
    OnTime,

    /// <summary>Available only hours later than normal (the server answers 404 until then).</summary>
    Late,

    /// <summary>Available on time but inconsistent (a histogram that does not add up to its stock), so it is
    /// quarantined; the source sends a correct correction (version 2) the next night.</summary>
    Invalid,
}

/// <summary>
/// What a demo source does for one peildatum: when its delivery becomes available, and for an invalid one when the
/// correction follows.
/// </summary>
public sealed record DemoBehaviour(DemoBehaviourKind Kind, Instant AvailableFrom, Instant? CorrectedFrom = null)
{
    /// <summary>The version the source serves at <paramref name="now"/>, or null when nothing is available yet.</summary>
    public int? VersionAt(Instant now) =>
        now < AvailableFrom ? null
        : CorrectedFrom is { } corrected && now >= corrected ? 2
        : 1;
}
