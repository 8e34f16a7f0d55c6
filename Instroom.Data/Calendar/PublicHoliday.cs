using NodaTime;

namespace Instroom.Data.Calendar;

/// <summary>A public holiday with its Dutch name, e.g. 2026-05-14 "Hemelvaartsdag".</summary>
public sealed record PublicHoliday(LocalDate Date, string Name);
