using NodaTime;

namespace Instroom.Web.Security;

/// <summary>The injected <see cref="IClock"/> as a <see cref="TimeProvider"/>, so the cookie's idle expiry and our absolute limit use one time.</summary>
internal sealed class ClockTimeProvider(IClock clock) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => clock.GetCurrentInstant().ToDateTimeOffset();
}
